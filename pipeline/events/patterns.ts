/**
 * How the events stage turns the packs' pattern lists into regular expressions: letter boundaries
 * around each alternative, and an empty list that matches nothing (a pack with no `reported` cues
 * must not make every sentence hedged).
 */

/** No letter or digit right before. */
export const B = '(?<![\\p{L}\\p{N}])';
/** No letter or digit right after. */
export const E = '(?![\\p{L}\\p{N}])';

/** The alternatives as one group body; `(?!)` (never) for an empty list. */
export const alt = (xs: readonly string[]): string => (xs.length ? xs.map((x) => `(?:${x})`).join('|') : '(?!)');

/** Any of the words, whole. */
export const words = (xs: readonly string[], flags = 'giu'): RegExp => new RegExp(`${B}(?:${alt(xs)})${E}`, flags);

/** Matches when a text ends with one of the words (plus spaces). */
export const ending = (xs: readonly string[]): RegExp => new RegExp(`${B}(?:${alt(xs)})\\s*$`, 'iu');

/**
 * Clause breaks inside a sentence; a comma between digits (`5,000`) is none, nor are the guillemets
 * around a name (`Экспорт тракторов «Степь» вырастет`: up to three words, no space inside them, no clause punctuation).
 */
export const CLAUSE_BREAK = /(?<!\d),|,(?!\d)|[;:()"“”„—–\n]|«(?![^\s«»,;:.!?]+(?:\s[^\s«»,;:.!?]+){0,2}»)|(?<!«[^\s«»,;:.!?]+(?:\s[^\s«»,;:.!?]+){0,2})»|\s-\s/gu;

/** The index of the clause of a sentence's text that holds an offset (0 for the first). */
export function clauseAt(text: string, offset: number): number {
  let k = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) if ((m.index ?? 0) < offset) k++;
  return k;
}
