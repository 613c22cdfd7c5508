/**
 * Sentence-boundary accuracy of a segmenter, measured on CoNLL-style corpora: consecutive gold
 * sentences are detokenized and joined into one line of SENTENCES_PER_LINE, and the segmenter must
 * find the joins again. Only joins after a sentence that ends in . ! ? … (then closing quotes or
 * brackets) are gold breaks; a headline without a full stop cannot be found in running text, so
 * breaks there are neither counted nor penalised. Nor are breaks next to a straight quote `"`,
 * whose side (opening or closing) the tokens do not tell. score.py has no segmentation task, so
 * this is scored here.
 */
import type { Span } from '../pipeline/types.js';

export const SENTENCES_PER_LINE = 8;

/** Running text from tokens: no space before closing punctuation or after opening brackets. */
export function detokenize(tokens: string[]): string {
  return tokens.join(' ').replace(/ ([.,;:!?%)\]}»“])/gu, '$1').replace(/([(\[{«„]) /gu, '$1');
}

const ENDS_SENTENCE = /[.!?…]["'»“”’)\]]*$/u;

export interface BoundaryScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export function scoreBoundaries(
  sentences: string[],
  split: (text: string) => Span[],
  perLine = SENTENCES_PER_LINE,
): BoundaryScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < sentences.length; i += perLine) {
    const group = sentences.slice(i, i + perLine);
    const gold = new Set<number>();
    const unscored = new Set<number>();
    let text = '';
    group.forEach((sentence, j) => {
      if (j > 0) {
        const prev = group[j - 1]!;
        const quoted = prev.endsWith('"') || sentence.startsWith('"');
        (ENDS_SENTENCE.test(prev) && !quoted ? gold : unscored).add(text.length + 1);
        text += ' ';
      }
      text += sentence;
    });
    const found = new Set(split(text).map((s) => s.start).filter((start) => start > 0));
    for (const b of found) {
      if (gold.has(b)) tp++;
      else if (!unscored.has(b) && text[b] !== '"' && text[b - 2] !== '"') fp++;
    }
    for (const b of gold) if (!found.has(b)) fn++;
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, tp, fp, fn };
}
