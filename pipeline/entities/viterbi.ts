/**
 * Linear-chain CRF decoding for the NER model: Viterbi best path and per-token marginals
 * (forward-backward with per-step scaling). Emissions are row-major [T][K] in a Float32Array slice.
 */

export interface Crf {
  /** transitions[i * K + j]: score of tag i followed by tag j (hard IOB2 constraints are large negatives). */
  transitions: Float64Array;
  start: Float64Array;
  end: Float64Array;
  /** exp(transitions): the forward-backward pass multiplies instead of summing exponentials. */
  expTransitions: Float64Array;
  K: number;
}

export function makeCrf(transitions: number[][], start: number[], end: number[]): Crf {
  const K = start.length;
  const t = new Float64Array(K * K);
  for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) t[i * K + j] = transitions[i]?.[j] ?? 0;
  return { transitions: t, start: Float64Array.from(start), end: Float64Array.from(end), expTransitions: t.map(Math.exp), K };
}

/** Best tag sequence for emissions em (length T*K). */
export function viterbi(crf: Crf, em: ArrayLike<number>, T: number): number[] {
  const { K, transitions: tr } = crf;
  if (T === 0) return [];
  let score = new Float64Array(K);
  for (let k = 0; k < K; k++) score[k] = crf.start[k]! + em[k]!;
  const back = new Int32Array(T * K);
  let next = new Float64Array(K);
  for (let t = 1; t < T; t++) {
    for (let j = 0; j < K; j++) {
      let best = -Infinity;
      let arg = 0;
      for (let i = 0; i < K; i++) {
        const s = score[i]! + tr[i * K + j]!;
        if (s > best) {
          best = s;
          arg = i;
        }
      }
      next[j] = best + em[t * K + j]!;
      back[t * K + j] = arg;
    }
    [score, next] = [next, score];
  }
  let last = 0;
  let best = -Infinity;
  for (let k = 0; k < K; k++) {
    const s = score[k]! + crf.end[k]!;
    if (s > best) {
      best = s;
      last = k;
    }
  }
  const path = new Array<number>(T);
  path[T - 1] = last;
  for (let t = T - 1; t > 0; t--) {
    last = back[t * K + last]!;
    path[t - 1] = last;
  }
  return path;
}

/** exp(scores[k] - max) for k < K, written to out: a row of scores made positive and finite. */
function expShifted(scores: ArrayLike<number>, offset: number, K: number, out: Float64Array): void {
  let m = -Infinity;
  for (let k = 0; k < K; k++) if (scores[offset + k]! > m) m = scores[offset + k]!;
  for (let k = 0; k < K; k++) out[k] = Math.exp(scores[offset + k]! - m);
}

/** Divides a row by its sum (a row of zeros stays as is). */
function normalise(row: Float64Array, offset: number, K: number): void {
  let sum = 0;
  for (let k = 0; k < K; k++) sum += row[offset + k]!;
  if (sum > 0) for (let k = 0; k < K; k++) row[offset + k]! /= sum;
}

/**
 * Posterior marginals p(tag_t = k | sentence), row-major [T][K]. Forward and backward run on
 * probabilities rescaled at every step, so each step multiplies by exp(transitions) instead of
 * taking K log-sum-exps: the same marginals (to rounding) at one exponential per tag and token.
 */
export function marginals(crf: Crf, em: ArrayLike<number>, T: number): Float64Array {
  const { K, expTransitions: E } = crf;
  const out = new Float64Array(T * K);
  if (T === 0) return out;
  // exp(emission - row max) per token
  const ex = new Float64Array(T * K);
  const row = new Float64Array(K);
  for (let t = 0; t < T; t++) {
    expShifted(em, t * K, K, row);
    ex.set(row, t * K);
  }
  const alpha = new Float64Array(T * K);
  const first = new Float64Array(K);
  for (let k = 0; k < K; k++) first[k] = crf.start[k]! + em[k]!;
  expShifted(first, 0, K, row);
  alpha.set(row, 0);
  normalise(alpha, 0, K);
  for (let t = 1; t < T; t++) {
    for (let j = 0; j < K; j++) {
      let s = 0;
      for (let i = 0; i < K; i++) s += alpha[(t - 1) * K + i]! * E[i * K + j]!;
      alpha[t * K + j] = s * ex[t * K + j]!;
    }
    normalise(alpha, t * K, K);
  }
  const beta = new Float64Array(T * K);
  expShifted(crf.end, 0, K, row);
  beta.set(row, (T - 1) * K);
  normalise(beta, (T - 1) * K, K);
  for (let t = T - 2; t >= 0; t--) {
    for (let i = 0; i < K; i++) {
      let s = 0;
      for (let j = 0; j < K; j++) s += E[i * K + j]! * ex[(t + 1) * K + j]! * beta[(t + 1) * K + j]!;
      beta[t * K + i] = s;
    }
    normalise(beta, t * K, K);
  }
  for (let i = 0; i < T * K; i++) out[i] = alpha[i]! * beta[i]!;
  for (let t = 0; t < T; t++) normalise(out, t * K, K);
  return out;
}
