import { describe, expect, it } from 'vitest';
import { predictCase } from '../../../cli/predict-numbers.js';

const values = (spec: string, lang: string, input: string) => predictCase(`${spec}.json`, lang, input).map((r) => [r.text, r.value]);

describe('number grammar read from the packs', () => {
  it('decimal words join spelled integers and decimals in each pack’s language', () => {
    expect(values('NumberModel', 'de', 'drei Komma fünf')).toEqual([['drei Komma fünf', 3.5]]);
    expect(values('NumberModel', 'es', 'tres coma cinco')).toEqual([['tres coma cinco', 3.5]]);
    expect(values('NumberModel', 'tr', 'üç virgül beş')).toEqual([['üç virgül beş', 3.5]]);
    expect(values('NumberModel', 'en', 'nine point nought four')).toEqual([['nine point nought four', 9.04]]);
  });

  it('a decimal word without a spelled number before it stays a word', () => {
    expect(values('NumberModel', 'en', 'the point is two')).toEqual([['two', 2]]);
    // another language's decimal word is no decimal mark in English
    expect(values('NumberModel', 'en', 'three Komma five')).toEqual([['three', 3], ['five', 5]]);
  });

  it('relative ordinals resolve to positions, unless extended types are suppressed', () => {
    expect(values('OrdinalModel', 'en', 'Show me the next one, not the second to last.')).toEqual([['next one', 'current+1'], ['the second to last', 'end-1']]);
    expect(values('OrdinalModel', 'de', 'Zeig mir die vorletzte Seite.')).toEqual([['vorletzte', 'end-1']]);
    expect(values('OrdinalModel', 'fr', 'la dernière page')).toEqual([['dernière', 'end+0']]);
    expect(values('OrdinalModelSuppressExtendedTypes', 'en', 'Show me the next one.')).toEqual([]);
    // a numeric ordinal wins over the words around it
    expect(values('OrdinalModel', 'en', 'the third to last')).toEqual([['the third to last', 'end-2']]);
  });
});
