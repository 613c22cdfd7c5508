/**
 * The CRF decoder against brute force: on small random CRFs, Viterbi returns the highest-scoring
 * tag sequence and the marginals equal the posterior summed over every sequence, also with the
 * large negative transitions the IOB2 constraints use and with long sentences (no underflow).
 */
import { describe, expect, it } from 'vitest';
import { makeCrf, marginals, viterbi } from '../../../pipeline/entities/viterbi.js';
import { mulberry32 } from '../../helpers/random.js';

function randomCrf(K: number, rnd: () => number, forbidden: number) {
  const tr = Array.from({ length: K }, (_, i) => Array.from({ length: K }, (_, j) => ((i * 7 + j * 3) % 5 === 0 && i !== j ? forbidden : rnd() * 4 - 2)));
  return makeCrf(tr, Array.from({ length: K }, () => rnd() * 2 - 1), Array.from({ length: K }, () => rnd() * 2 - 1));
}

/** Every path's score, by enumeration. */
function paths(crf: ReturnType<typeof makeCrf>, em: Float32Array, T: number): Array<{ path: number[]; score: number }> {
  const { K } = crf;
  const out: Array<{ path: number[]; score: number }> = [];
  const path = new Array<number>(T).fill(0);
  for (;;) {
    let score = crf.start[path[0]!]! + em[path[0]!]! + crf.end[path[T - 1]!]!;
    for (let t = 1; t < T; t++) score += crf.transitions[path[t - 1]! * K + path[t]!]! + em[t * K + path[t]!]!;
    out.push({ path: [...path], score });
    let t = T - 1;
    while (t >= 0 && path[t] === K - 1) path[t--] = 0;
    if (t < 0) return out;
    path[t]!++;
  }
}

describe('CRF decoding', () => {
  it('Viterbi and the marginals agree with enumerating every tag sequence', () => {
    const rnd = mulberry32(7);
    for (const [K, T, forbidden] of [[3, 1, -10000], [3, 4, -10000], [4, 5, -5], [5, 3, -10000]] as const) {
      const crf = randomCrf(K, rnd, forbidden);
      const em = Float32Array.from({ length: T * K }, () => rnd() * 6 - 3);
      const all = paths(crf, em, T);
      const best = all.reduce((a, b) => (b.score > a.score ? b : a));
      expect(viterbi(crf, em, T)).toEqual(best.path);
      const m = Math.max(...all.map((p) => p.score));
      const z = all.reduce((s, p) => s + Math.exp(p.score - m), 0);
      const expected = new Float64Array(T * K);
      for (const p of all) p.path.forEach((k, t) => (expected[t * K + k]! += Math.exp(p.score - m) / z));
      const got = marginals(crf, em, T);
      for (let i = 0; i < T * K; i++) expect(got[i]).toBeCloseTo(expected[i]!, 12);
    }
  });

  it('stays finite and normalised on a long sentence with large scores', () => {
    const rnd = mulberry32(11);
    const K = 9;
    const T = 400;
    const crf = randomCrf(K, rnd, -10000);
    const em = Float32Array.from({ length: T * K }, () => rnd() * 60 - 30);
    const got = marginals(crf, em, T);
    for (let t = 0; t < T; t++) {
      let sum = 0;
      for (let k = 0; k < K; k++) {
        expect(Number.isFinite(got[t * K + k]!)).toBe(true);
        sum += got[t * K + k]!;
      }
      expect(sum).toBeCloseTo(1, 12);
    }
    expect(marginals(crf, em, 0)).toHaveLength(0);
  });
});
