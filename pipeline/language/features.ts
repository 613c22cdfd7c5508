/**
 * Character n-gram features shared by the language model's training script
 * (models/langid/train.ts) and the stage: lower-cased words (letters and combining marks),
 * padded with a space each side, cut into 1- to 4-grams; plus the whole word.
 */

const WORD = /[\p{L}\p{M}]+/gu;

/** Longest n-gram. */
export const MAX_N = 4;

/** Words (lower-case runs of letters and marks) of a text. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Calls `emit` with every feature of the text (repeats included). */
export function forEachFeature(text: string, emit: (feature: string) => void): void {
  for (const w of words(text)) {
    const padded = ` ${w.length > 40 ? w.slice(0, 40) : w} `;
    const len = padded.length;
    for (let i = 0; i < len; i++) {
      for (let n = 1; n <= MAX_N && i + n <= len; n++) {
        if (n === 1 && (i === 0 || i === len - 1)) continue;
        emit(padded.slice(i, i + n));
      }
    }
    if (w.length > 1 && w.length <= 20) emit(`#${w}`);
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;
const HASH_CHAR = 0x23; // '#', the word-feature prefix

/** 32-bit FNV-1a over the UTF-16 code units of feature[start, end): the key of a feature string in the model. */
export function featureHash(feature: string, start = 0, end = feature.length): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ feature.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

const LETTER = /^[\p{L}\p{M}]+$/u;
/** Per BMP code unit: 0 unknown, 1 letter or mark, 2 other. */
const bmpClass = new Uint8Array(65536);

function isLetterUnit(c: number): boolean {
  let k = bmpClass[c]!;
  if (k === 0) {
    k = c >= 0xd800 && c < 0xe000 ? 2 : LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    bmpClass[c] = k;
  }
  return k === 1;
}

const astral = new Map<number, boolean>();
function isLetterPoint(cp: number): boolean {
  let v = astral.get(cp);
  if (v === undefined) astral.set(cp, (v = LETTER.test(String.fromCodePoint(cp))));
  return v;
}

/**
 * The hashes of exactly the features `forEachFeature` gives (same order), without making
 * strings: the fast path of the stage.
 */
export function forEachFeatureHash(text: string, emit: (hash: number) => void): void {
  const s = text.toLowerCase();
  const n = s.length;
  const buf = new Uint16Array(42);
  let i = 0;
  while (i < n) {
    // Find the next word: a run of letters/marks (astral letters as surrogate pairs).
    const start = i;
    let end = i;
    while (end < n) {
      const c = s.charCodeAt(end);
      if (c >= 0xd800 && c < 0xdc00 && end + 1 < n) {
        const d = s.charCodeAt(end + 1);
        if (d >= 0xdc00 && d < 0xe000 && isLetterPoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000)) {
          end += 2;
          continue;
        }
        break;
      }
      if (isLetterUnit(c)) end++;
      else break;
    }
    if (end === start) {
      i = start + 1;
      continue;
    }
    i = end;
    const wlen = end - start;
    const cap = wlen > 40 ? 40 : wlen;
    buf[0] = 32;
    for (let k = 0; k < cap; k++) buf[k + 1] = s.charCodeAt(start + k);
    buf[cap + 1] = 32;
    const len = cap + 2;
    for (let a = 0; a < len; a++) {
      let h = FNV_OFFSET;
      for (let m = 1; m <= MAX_N && a + m <= len; m++) {
        h = Math.imul(h ^ buf[a + m - 1]!, FNV_PRIME);
        if (m === 1 && (a === 0 || a === len - 1)) continue;
        emit(h >>> 0);
      }
    }
    if (wlen > 1 && wlen <= 20) {
      let h = Math.imul(FNV_OFFSET ^ HASH_CHAR, FNV_PRIME);
      for (let k = start; k < end; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
      emit(h >>> 0);
    }
  }
}
