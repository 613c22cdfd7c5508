import { describe, expect, it } from 'vitest';
import { demonymOf } from '../../../pipeline/reconcile/index.js';

describe('demonymOf', () => {
  it('maps nationality words in several languages and inflections to the country', () => {
    const cases: Array<[string, string]> = [
      ['Uzbek', 'UZ'],
      ['Uzbeks', 'UZ'],
      ['usbekisch', 'UZ'],
      ['usbekischen', 'UZ'],
      ['узбекский', 'UZ'],
      ['узбекского', 'UZ'],
      ['ouzbek', 'UZ'],
      ['Azerbaijani', 'AZ'],
      ['aserbaidschanische', 'AZ'],
      ['Kazakh', 'KZ'],
      ['казахстанской', 'KZ'],
      ['Chinese', 'CN'],
      ['chinesischen', 'CN'],
      ['Japanese', 'JP'],
      ['Iranian', 'IR'],
      ['Russian', 'RU'],
      ['südkoreanischen', 'KR'],
    ];
    for (const [word, code] of cases) expect([word, demonymOf(word)]).toEqual([word, code]);
  });

  it('accepts a language hint', () => {
    expect(demonymOf('usbekische', 'deu')).toBe('UZ');
  });

  it('returns null for country names and other words', () => {
    for (const word of ['Uzbekistan', 'Usbekistan', 'Iran', 'Узбекистан', 'Chevrolet', 'Tashkent', 'Central Asian', '']) {
      expect([word, demonymOf(word)]).toEqual([word, null]);
    }
  });
});
