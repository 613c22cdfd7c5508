/**
 * Linear-chain CRF decoding for the NER model: Viterbi best path and per-token marginals
 * (forward-backward in log space). Emissions are row-major [T][K] in a Float32Array slice.
 */

export interface Crf {
  /** transitions[i * K + j]: score of tag i followed by tag j (hard IOB2 constraints are large negatives). */
  transitions: Float64Array;
  start: Float64Array;
  end: Float64Array;
  K: number;
}

export function makeCrf(transitions: number[][], start: number[], end: number[]): Crf {
  const K = start.length;
  const t = new Float64Array(K * K);
  for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) t[i * K + j] = transitions[i]?.[j] ?? 0;
  return { transitions: t, start: Float64Array.from(start), end: Float64Array.from(end), K };
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

function logSumExp(a: Float64Array): number {
  let m = -Infinity;
  for (const v of a) if (v > m) m = v;
  if (m === -Infinity) return m;
  let s = 0;
  for (const v of a) s += Math.exp(v - m);
  return m + Math.log(s);
}

/** Posterior marginals p(tag_t = k | sentence), row-major [T][K]. */
export function marginals(crf: Crf, em: ArrayLike<number>, T: number): Float64Array {
  const { K, transitions: tr } = crf;
  const alpha = new Float64Array(T * K);
  const beta = new Float64Array(T * K);
  const tmp = new Float64Array(K);
  for (let k = 0; k < K; k++) alpha[k] = crf.start[k]! + em[k]!;
  for (let t = 1; t < T; t++) {
    for (let j = 0; j < K; j++) {
      for (let i = 0; i < K; i++) tmp[i] = alpha[(t - 1) * K + i]! + tr[i * K + j]!;
      alpha[t * K + j] = logSumExp(tmp) + em[t * K + j]!;
    }
  }
  for (let k = 0; k < K; k++) beta[(T - 1) * K + k] = crf.end[k]!;
  for (let t = T - 2; t >= 0; t--) {
    for (let i = 0; i < K; i++) {
      for (let j = 0; j < K; j++) tmp[j] = tr[i * K + j]! + em[(t + 1) * K + j]! + beta[(t + 1) * K + j]!;
      beta[t * K + i] = logSumExp(tmp);
    }
  }
  for (let k = 0; k < K; k++) tmp[k] = alpha[(T - 1) * K + k]! + crf.end[k]!;
  const logZ = logSumExp(tmp);
  const out = new Float64Array(T * K);
  for (let i = 0; i < T * K; i++) out[i] = Math.exp(alpha[i]! + beta[i]! - logZ);
  return out;
}
