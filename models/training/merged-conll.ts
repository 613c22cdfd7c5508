/**
 * The conversion eval_merged.ts and eval_merge_overrides.ts share between CoNLL token tags and the product's
 * mention spans: each sentence's tokens joined by single spaces, the model's tags (tagTokens) as spans with
 * confidence 0.9 (tagTokens gives no marginals), and merged mentions tagged back onto the tokens they overlap
 * (GPE -> LOC, PRODUCT/EVENT -> MISC).
 */
import type { NerSpanLike } from '../../pipeline/entities/merge.js';

const TO_CONLL: Record<string, string> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', GPE: 'LOC', MISC: 'MISC', PRODUCT: 'MISC', EVENT: 'MISC' };

/** Language of a set name: de-germeval-heldout -> de, wikineural-ru-heldout -> ru. */
export function setLang(name: string): string {
  const [a, b] = name.split('-');
  return a!.length === 2 ? a! : b!;
}

/** One sentence as text, with each token's offsets and the model's tags as spans over that text. */
export interface SentenceSpans {
  text: string;
  offsets: Array<[number, number]>;
  spans: NerSpanLike[];
}

export function sentenceSpans(toks: readonly string[], tags: readonly string[]): SentenceSpans {
  const offsets: Array<[number, number]> = [];
  let pos = 0;
  for (const t of toks) {
    offsets.push([pos, pos + t.length]);
    pos += t.length + 1;
  }
  const text = toks.join(' ');
  const spans: NerSpanLike[] = [];
  for (let j = 0; j < tags.length; j++) {
    const tag = tags[j]!;
    if (tag === 'O') continue;
    const label = tag.slice(2) as NerSpanLike['label'];
    if (tag.startsWith('I-') && j > 0 && tags[j - 1] !== 'O' && tags[j - 1]!.slice(2) === label) continue;
    let k = j + 1;
    while (k < tags.length && tags[k] === `I-${label}`) k++;
    const start = offsets[j]![0];
    const end = offsets[k - 1]![1];
    spans.push({ start, end, text: text.slice(start, end), label, confidence: 0.9 });
  }
  return { text, offsets, spans };
}

/** IOB2 tags of the tokens at `offsets` from mentions over their text; a mention overlapping a tagged token is left out. */
export function tagMentions(mentions: ReadonlyArray<{ start: number; end: number; type: string }>, offsets: ReadonlyArray<[number, number]>): string[] {
  const out = offsets.map(() => 'O');
  for (const m of mentions) {
    const type = TO_CONLL[m.type];
    if (!type) continue;
    const idx = offsets.map((o, j) => (o[0] < m.end && m.start < o[1] ? j : -1)).filter((j) => j >= 0);
    if (!idx.length || idx.some((j) => out[j] !== 'O')) continue;
    idx.forEach((j, n) => (out[j] = `${n === 0 ? 'B' : 'I'}-${type}`));
  }
  return out;
}
