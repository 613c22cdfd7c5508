/** Types for the few CommonJS modules of `talisman` the reconciliation core uses. */

declare module 'talisman/metrics/jaro-winkler.js' {
  /** Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, boost threshold 0.7). */
  const jaroWinkler: (a: string, b: string) => number;
  export default jaroWinkler;
}

declare module 'talisman/metrics/overlap.js' {
  /** Overlap coefficient |A ∩ B| / min(|A|, |B|) of two sequences taken as sets. */
  const overlap: <T>(a: readonly T[], b: readonly T[]) => number;
  export default overlap;
}

declare module 'talisman/metrics/damerau-levenshtein.js' {
  /** Damerau-Levenshtein (optimal string alignment) edit distance. */
  const damerauLevenshtein: (a: string, b: string) => number;
  export default damerauLevenshtein;
}
