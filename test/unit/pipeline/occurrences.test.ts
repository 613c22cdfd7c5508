/**
 * `occurrences` and `matchesAtWordStart` replace regular expressions with lookarounds by `indexOf` /
 * a plain pattern plus an edge check. They must find exactly what those expressions find: the
 * expressions themselves are the reference here, over texts with hyphens, digits, marks, astral
 * letters, repeats and overlaps.
 */
import { describe, expect, it } from 'vitest';
import { matchesAtWordStart } from '../../../pipeline/events/patterns.js';
import { codePointAt, codePointBefore, occurrences, wholeWordOccurrences } from '../../../pipeline/text/occurrences.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const starts = (re: RegExp, text: string): number[] => [...text.matchAll(re)].map((m) => m.index);

const TEXTS = [
  'Karimov met Karimova; Karimov-Plan, 2Karimov, Karimov2 and (Karimov).',
  'Hoffmann-Maschinenbau-Chef, Hoffmann-Maschinenbau-3, Hoffmann-Maschinenbau GmbH, x-Hoffmann-Maschinenbau-Werk',
  'Né de Café, Cafés, Café\u0301 and 𝐀Café and Café𝐀 and Café', // a combining mark and astral letters at the edges
  'aaa aa aaaa aa-aa aa',
  'Иванов, Иванова и «Иванов» — Иванов.',
];
const WORDS = ['Karimov', 'Hoffmann-Maschinenbau', 'Café', 'aa', 'Иванов', 'Plan'];

describe('occurrences of a literal', () => {
  it('whole words: the same starts as a RegExp with letter, mark and digit lookarounds', () => {
    for (const text of TEXTS) {
      for (const word of WORDS) {
        const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escape(word)}(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
        expect([...wholeWordOccurrences(text, word)], `${word} in ${text}`).toEqual(starts(re, text));
      }
    }
    expect([...wholeWordOccurrences(TEXTS[0]!, 'Karimov')]).toEqual([0, 22, 60]);
  });

  it('any edge condition: a compound part before a hyphen and a letter', () => {
    for (const text of TEXTS) {
      for (const word of WORDS) {
        const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}-])${escape(word)}(?=-\\p{L})`, 'gu');
        const fits = (a: number, b: number): boolean =>
          !/[\p{L}\p{M}\p{N}-]/u.test(codePointBefore(text, a)) && text[b] === '-' && /^\p{L}$/u.test(codePointAt(text, b + 1));
        expect([...occurrences(text, word, fits)], `${word} in ${text}`).toEqual(starts(re, text));
      }
    }
  });

  it('non-overlapping, left to right, like a global RegExp', () => {
    expect([...occurrences('aaaa', 'aa', () => true)]).toEqual([0, 2]);
    expect([...occurrences('abc', '', () => true)]).toEqual([]);
  });

  it('reads the code points around an offset, surrogate pairs whole', () => {
    expect(codePointBefore('x𝐀y', 3)).toBe('𝐀');
    expect(codePointAt('x𝐀y', 1)).toBe('𝐀');
    expect([codePointBefore('ab', 0), codePointAt('ab', 2)]).toEqual(['', '']);
  });
});

describe('matches at a word start', () => {
  const PATTERNS = ['open(?:ed|s)?', '\\p{L}*produktion', '(?:\\s+)?said', 'a', 'plan\\p{L}*'];
  const SENTENCES = [
    'It opened, reopened and re-opened; Opens 2opened.',
    'Die Produktion, E-Autoproduktion, Autoproduktion und 3produktion.',
    'He said  said, unsaid; 𝐀said',
    'a ba -a a',
    'Plans, planned, replan, Planung.',
  ];
  it('finds what the pattern with a no-letter-digit-hyphen lookbehind finds', () => {
    for (const p of PATTERNS) {
      const plain = new RegExp(`(?:${p})(?![\\p{L}\\p{N}])`, 'giu');
      const reference = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${p})(?![\\p{L}\\p{N}])`, 'giu');
      for (const s of SENTENCES) {
        const got = [...matchesAtWordStart(plain, s)].map((m) => [m.index, m[0]]);
        expect(got, `${p} in ${s}`).toEqual([...s.matchAll(reference)].map((m) => [m.index, m[0]]));
      }
    }
    expect([...matchesAtWordStart(/open(?:ed|s)?(?![\p{L}\p{N}])/giu, SENTENCES[0]!)].map((m) => m[0])).toEqual(['opened', 'Opens']);
  });
});
