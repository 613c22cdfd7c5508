import { describe, expect, it } from 'vitest';
import { detokenize, scoreBoundaries } from '../../../bench/segment-eval.js';
import type { Span } from '../../../pipeline/types.js';

/** A splitter that breaks after every ". " (and after "b" when `wrong`), as Spans of the text. */
const splitter = (wrong = false) => (text: string): Span[] => {
  const starts = [0];
  for (const m of text.matchAll(wrong ? /(?:\. |b )/g : /\. /g)) starts.push(m.index + m[0].length);
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? text.length, text: '' }));
};

describe('scoreBoundaries', () => {
  const sentences = ['A b c.', 'D e f.', 'HEADLINE', 'G h.', '" Quoted .', 'I j.'].map((s) => s.replace(' .', '.'));

  it('counts found, missed and false breaks; breaks after a headline or at a straight quote are not scored', () => {
    expect(scoreBoundaries(sentences, splitter(), 8)).toMatchObject({ tp: 3, fp: 0, fn: 0, f1: 1 });
    expect(scoreBoundaries(sentences, () => [], 8)).toMatchObject({ tp: 0, fp: 0, fn: 3, recall: 0 });
    expect(scoreBoundaries(sentences, splitter(true), 8)).toMatchObject({ tp: 3, fp: 1, fn: 0, precision: 0.75 });
  });

  it('scores each line of `perLine` sentences on its own', () => {
    expect(scoreBoundaries(sentences, splitter(), 1)).toMatchObject({ tp: 0, fp: 0, fn: 0 });
  });

  it('detokenizes CoNLL tokens into running text', () => {
    expect(detokenize(['Er', 'sagte', '(', 'laut', 'dpa', ')', ':', 'Ja', '.'])).toBe('Er sagte (laut dpa): Ja.');
  });
});
