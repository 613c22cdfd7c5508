import { describe, expect, it } from 'vitest';
import { featureHash, forEachFeature, forEachFeatureHash, words } from '../../../pipeline/language/features.js';
import { countScripts, scriptOf } from '../../../pipeline/language/script.js';

describe('language features', () => {
  it('the fast hashed features are exactly the hashes of the string features', () => {
    const texts = [
      'Hello, World! Ünïcödé façade — naïve coöperation.',
      'İstanbul IŞIK ığdır; Bakı şəhəri',
      'Правительство: «налоги» растут-2024',
      '𠀀𠀁 汉字 かな カナ 한국어 😀 emoji 😀 text',
      'a ' + 'x'.repeat(60) + ' b',
      "oʻzbek g'alaba o’z",
      '',
    ];
    for (const t of texts) {
      const slow: number[] = [];
      forEachFeature(t, (f) => slow.push(featureHash(f)));
      const fast: number[] = [];
      forEachFeatureHash(t, (h) => fast.push(h));
      expect(fast, t).toEqual(slow);
    }
  });

  it('makes 1- to 4-grams of padded words plus the word', () => {
    const f: string[] = [];
    forEachFeature('Ab c', (x) => f.push(x));
    expect(f).toEqual([' a', ' ab', ' ab ', 'a', 'ab', 'ab ', 'b', 'b ', '#ab', ' c', ' c ', 'c', 'c ']);
    expect(words('Der 1. Mai')).toEqual(['der', 'mai']);
  });

  it('counts letters per script', () => {
    expect(scriptOf('a'.codePointAt(0)!)).toBe('Latin');
    expect(scriptOf('ə'.codePointAt(0)!)).toBe('Latin');
    expect(scriptOf('ж'.codePointAt(0)!)).toBe('Cyrillic');
    expect(scriptOf('ک'.codePointAt(0)!)).toBe('Arabic');
    expect(scriptOf('،'.codePointAt(0)!)).toBeNull();
    expect(scriptOf('7'.codePointAt(0)!)).toBeNull();
    expect(scriptOf('𠀀'.codePointAt(0)!)).toBe('Han');
    const c = countScripts('Москва, 2024: Berlin');
    expect(c.main).toBe('Cyrillic');
    expect(c.letters).toBe(12);
    expect(c.counts.get('Latin')).toBe(6);
  });
});
