import { describe, expect, it } from 'vitest';
import { scanNumerals, toLang } from '../../../pipeline/numbers/index.js';

const values = (text: string, lang: string): Array<[string, number]> =>
  scanNumerals(text, toLang(lang)).map((n) => [text.slice(n.start, n.end), n.value]);

describe('numeral scanner', () => {
  it('separators by locale', () => {
    expect(values('1,234.5 and 1.234', 'eng')).toEqual([['1,234.5', 1234.5], ['1.234', 1.234]]);
    expect(values('1.234,5 und 1.234 und 2,35', 'deu')).toEqual([['1.234,5', 1234.5], ['1.234', 1234], ['2,35', 2.35]]);
    expect(values("12 000 · 12\u00a0000 · 12\u2009000 · 1'234", 'eng').map(([, v]) => v)).toEqual([12000, 12000, 12000, 1234]);
  });

  it('spelled-out numbers in five languages', () => {
    expect(values('one hundred and sixty-one', 'eng')).toEqual([['one hundred and sixty-one', 161]]);
    expect(values('zwei Millionen eintausendeinhundertfünfzig', 'deu')).toEqual([['zwei Millionen eintausendeinhundertfünfzig', 2001150]]);
    expect(values('две тысячи триста', 'rus')).toEqual([['две тысячи триста', 2300]]);
    expect(values('quatre-vingt-dix et vingt et un', 'fra')).toEqual([['quatre-vingt-dix', 90], ['vingt et un', 21]]);
    expect(values('treinta y uno', 'spa')).toEqual([['treinta y uno', 31]]);
  });

  it('scale words, suffixes and exponents', () => {
    expect(values('10k, 1.2b, 3 dozens, 1e10, 322 hundred', 'eng').map(([, v]) => v)).toEqual([10000, 1.2e9, 36, 1e10, 32200]);
  });

  it('fractions', () => {
    expect(values('two thirds', 'eng')).toEqual([['two thirds', 2 / 3]]);
    expect(values('one and a half', 'eng')).toEqual([['one and a half', 1.5]]);
    expect(values('zweieinhalb', 'deu')).toEqual([['zweieinhalb', 2.5]]);
  });

  it('digit ordinals per language', () => {
    const ord = (t: string, l: string): number[] => scanNumerals(t, toLang(l)).filter((n) => n.ordinal).map((n) => n.value);
    expect(ord('the 11th and 2nd', 'eng')).toEqual([11, 2]);
    expect(ord('die 3. Banane', 'deu')).toEqual([3]);
    expect(ord('le 1er et la 2e', 'fra')).toEqual([1, 2]);
    expect(ord('2-й этап', 'rus')).toEqual([2]);
  });
});
