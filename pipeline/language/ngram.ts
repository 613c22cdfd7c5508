/**
 * Multinomial naive Bayes over character n-grams (models/langid/ngram-model.json, made by
 * models/langid/train.ts). Scores are log-likelihoods per feature, so texts of any length
 * compare on one scale.
 */
import { readFileSync } from 'node:fs';
import { featureHash, forEachFeatureHash } from './features.js';

const MODEL_FILE = new URL('../../models/langid/ngram-model.json', import.meta.url);

interface ModelFile {
  langs: string[];
  totals: number[];
  features: string;
}

/** Additive smoothing. */
const ALPHA = 0.02;

const [NEWLINE, COLON, SPACE, ZERO] = ['\n', ':', ' ', '0'].map((c) => c.charCodeAt(0)) as [number, number, number, number];

/** Fixed-point scale of the packed log-count boosts. */
const DELTA_SCALE = 2048;

class NgramModel {
  readonly langs: readonly string[];
  readonly index = new Map<string, number>();
  /** log P(unseen feature | language). */
  private readonly base: Float64Array;
  /**
   * Open-addressing table, three ints a slot: feature hash, start and end of its run in
   * `packed` (end 0 = empty slot). Features whose 32-bit hashes collide keep the first.
   */
  private readonly table: Int32Array;
  private readonly mask: number;
  /** language index << 16 | log-count boost × DELTA_SCALE, per (feature, language). */
  private readonly packed: Uint32Array;

  /**
   * Packs `data.features` (lines `feature<TAB>lang:count lang:count…`, counts are integers) by
   * scanning the one string: no per-line or per-pair substrings, so loading leaves little garbage.
   */
  constructor(data: ModelFile) {
    this.langs = data.langs;
    data.langs.forEach((l, i) => this.index.set(l, i));
    const f = data.features;
    let vocab = 1;
    let pairs = 0; // an upper bound: a feature itself may hold ':'
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (c === NEWLINE) vocab++;
      else if (c === COLON) pairs++;
    }
    this.base = Float64Array.from(data.totals, (n) => Math.log(ALPHA) - Math.log(n + ALPHA * vocab));
    const logAlpha = Math.log(ALPHA);
    let size = 1;
    while (size < vocab * 2) size <<= 1;
    this.mask = size - 1;
    this.table = new Int32Array(size * 3);
    this.packed = new Uint32Array(pairs);
    let at = 0;
    for (let lineStart = 0; lineStart < f.length; ) {
      const tab = f.indexOf('\t', lineStart);
      let i = tab + 1;
      const start = at;
      for (;;) {
        let lang = 0;
        for (let c = f.charCodeAt(i); c !== COLON; c = f.charCodeAt(++i)) lang = lang * 10 + c - ZERO;
        let count = 0;
        let c = f.charCodeAt(++i);
        for (; c >= ZERO && c <= ZERO + 9; c = f.charCodeAt(++i)) count = count * 10 + c - ZERO;
        const delta = Math.log(count + ALPHA) - logAlpha;
        this.packed[at++] = ((lang << 16) | Math.round(delta * DELTA_SCALE)) >>> 0;
        i++;
        if (c !== SPACE) break; // newline or end of string
      }
      this.insert(featureHash(f, lineStart, tab) | 0, start, at);
      lineStart = i;
    }
  }

  private insert(hash: number, start: number, end: number): void {
    const t = this.table;
    let slot = hash & this.mask;
    while (t[slot * 3 + 2] !== 0 && t[slot * 3] !== hash) slot = (slot + 1) & this.mask;
    if (t[slot * 3 + 2] === 0) {
      t[slot * 3] = hash;
      t[slot * 3 + 1] = start;
      t[slot * 3 + 2] = end;
    }
  }

  /**
   * Mean log-likelihood per known feature for each language index in `candidates`.
   * `known` is the number of features the model knew.
   */
  score(text: string, candidates: readonly number[]): { scores: Float64Array; known: number } {
    const acc = new Int32Array(this.langs.length);
    const { table, mask, packed } = this;
    let known = 0;
    forEachFeatureHash(text, (h) => {
      const key = h | 0;
      let slot = key & mask;
      for (;;) {
        const end = table[slot * 3 + 2]!;
        if (end === 0) return;
        if (table[slot * 3] === key) {
          known++;
          for (let j = table[slot * 3 + 1]!; j < end; j++) {
            const v = packed[j]!;
            const k = v >>> 16;
            acc[k] = acc[k]! + (v & 0xffff);
          }
          return;
        }
        slot = (slot + 1) & mask;
      }
    });
    const scores = new Float64Array(candidates.length);
    candidates.forEach((c, i) => {
      scores[i] = known ? (acc[c]! / DELTA_SCALE + known * this.base[c]!) / known : 0;
    });
    return { scores, known };
  }
}

let model: NgramModel | null = null;

/**
 * The model, parsed on first use. Read with readFileSync and dropped once packed: a JSON module
 * import would keep the parsed file (and its transform) alive for the life of the process.
 */
export function ngramModel(): NgramModel {
  model ??= new NgramModel(JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as ModelFile);
  return model;
}
