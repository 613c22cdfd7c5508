import { describe, expect, it } from 'vitest';
import { clauseAt, E, matchesAtWordStart, triggerPattern } from '../../../pipeline/events/patterns.js';
import { allPacks } from '../../../pipeline/languages/index.js';

const found = (re: RegExp, text: string) => [...matchesAtWordStart(re, text)].map((m) => [m.index, m[0]]);
const plain = (source: string) => new RegExp(`(?:${source})${E}`, 'giu');

const TEXT = [
  'Die Autoexporte stiegen, E-Autoexporte nicht; Export und Reexport, 2023Exporte, Ausfuhren.',
  'Die Produktion, Serienproduktion und Fahrzeugherstellung; Vorproduktionen-Start, Produktionsfertigung.',
  'Exports rose; re-exports fell; car exports and export-led growth. Экспорт автомобилей вырос.',
].join(' ');

describe('events: trigger patterns', () => {
  it('a pattern opening with a letter run is guarded against starting inside a word; others keep the plain form', () => {
    expect(triggerPattern('\\p{L}*[Ee]xport(?:e|en|s)?|Ausfuhr(?:en)?').source.startsWith('(?<!\\p{L})')).toBe(true);
    expect(triggerPattern('Ausfuhr|(?:\\p{L}*produktion)').source.startsWith('(?<!\\p{L})')).toBe(true);
    expect(triggerPattern('produzier\\p{L}*|hergestellt').source).toBe(plain('produzier\\p{L}*|hergestellt').source);
    expect(triggerPattern('(?:Bau|Errichtung)\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}*werk').source.startsWith('(?<!')).toBe(false);
  });

  it('finds exactly the matches of the unguarded pattern, for every trigger rule of every pack', () => {
    let guarded = 0;
    for (const pack of allPacks()) {
      for (const rule of pack.events?.triggers ?? []) {
        const re = triggerPattern(rule.pattern);
        if (re.source.startsWith('(?<!\\p{L})')) guarded++;
        expect(found(re, TEXT), `${pack.code}: ${rule.pattern}`).toEqual(found(plain(rule.pattern), TEXT));
      }
    }
    expect(guarded).toBeGreaterThan(0);
  });

  it('finds compounds at word starts only', () => {
    const re = triggerPattern('\\p{L}*[Ee]xport(?:e|en|s)?');
    expect(found(re, 'Autoexporte, E-Autoexporte und 2023Exporte').map(([, t]) => t)).toEqual(['Autoexporte']);
  });
});

describe('events: parentheses around one word break no clause', () => {
  it('`X (KTZ) einen Vertrag` is one clause; `(seit 2019 im Amt)` and a comma are breaks', () => {
    const one = 'Alstom hat mit Kazakhstan Temir Joly (KTZ) einen Vertrag unterzeichnet.';
    expect(clauseAt(one, one.indexOf('Vertrag'))).toBe(0);
    const two = 'Anna Weber (seit 2019 im Amt) sagte, der Vertrag gelte.';
    expect(clauseAt(two, two.indexOf('sagte'))).toBe(2);
    expect(clauseAt(two, two.indexOf('Vertrag'))).toBe(3);
  });
});

