import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../pipeline/text/normalize.js';
import { splitLines, splitSentences } from '../../../pipeline/text/segment.js';

describe('normalizeText', () => {
  it('composes to NFC, unifies line ends and drops control characters', () => {
    expect(normalizeText('Mu\u0308nchen\r\nZeile\rdrei\u0007 ')).toBe('München\nZeile\ndrei');
  });
});

describe('segmentation', () => {
  const text = 'Title line\n\n  Mr. Smith visited Tashkent. He met Dr. Azimov on Friday!\nNo. 3127 was signed.';

  it('splits lines with offsets that slice to their text', () => {
    const lines = splitLines(text);
    expect(lines.map((l) => l.text)).toEqual([
      'Title line',
      'Mr. Smith visited Tashkent. He met Dr. Azimov on Friday!',
      'No. 3127 was signed.',
    ]);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
  });

  it('splits sentences inside a line, not after abbreviations, with exact offsets', () => {
    const sentences = splitLines(text).flatMap((l) => splitSentences(l));
    expect(sentences.map((s) => s.text)).toEqual([
      'Title line',
      'Mr. Smith visited Tashkent.',
      'He met Dr. Azimov on Friday!',
      'No. 3127 was signed.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps offsets right after astral characters (emoji)', () => {
    const t = '🚗🚗 Cars sold well. Exports grew 🚀 fast.';
    const sentences = splitLines(t).flatMap((l) => splitSentences(l));
    expect(sentences.map((s) => s.text)).toEqual(['🚗🚗 Cars sold well.', 'Exports grew 🚀 fast.']);
    for (const s of sentences) expect(t.slice(s.start, s.end)).toBe(s.text);
  });
});
