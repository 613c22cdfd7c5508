/**
 * Multinomial naive Bayes over character n-grams (models/langid/ngram-model.json, made by
 * models/langid/train.ts). Scores are log-likelihoods per feature, so texts of any length
 * compare on one scale.
 */
import modelData from '../../models/langid/ngram-model.json' with { type: 'json' };
import { featureHash, forEachFeatureHash } from './features.js';

interface ModelFile {
  langs: string[];
  totals: number[];
  features: string;
}

/** Additive smoothing. */
const ALPHA = 0.02;

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

  constructor(data: ModelFile) {
    this.langs = data.langs;
    data.langs.forEach((l, i) => this.index.set(l, i));
    const lines = data.features.split('\n');
    const vocab = lines.length;
    this.base = Float64Array.from(data.totals, (n) => Math.log(ALPHA) - Math.log(n + ALPHA * vocab));
    const logAlpha = Math.log(ALPHA);
    let pairs = 0;
    for (const line of lines) for (let i = line.indexOf('\t'); i >= 0; i = line.indexOf(' ', i + 1)) pairs++;
    let size = 1;
    while (size < lines.length * 2) size <<= 1;
    this.mask = size - 1;
    this.table = new Int32Array(size * 3);
    this.packed = new Uint32Array(pairs);
    let at = 0;
    for (const line of lines) {
      const tab = line.indexOf('\t');
      const start = at;
      for (const p of line.slice(tab + 1).split(' ')) {
        const colon = p.indexOf(':');
        const delta = Math.log(Number(p.slice(colon + 1)) + ALPHA) - logAlpha;
        this.packed[at++] = ((Number(p.slice(0, colon)) << 16) | Math.round(delta * DELTA_SCALE)) >>> 0;
      }
      this.insert(featureHash(line.slice(0, tab)) | 0, start, at);
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

/** The model, parsed on first use. */
export function ngramModel(): NgramModel {
  model ??= new NgramModel(modelData as ModelFile);
  return model;
}
