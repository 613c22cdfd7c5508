/**
 * Finding a known string in a text where its surroundings allow it, without compiling a regular
 * expression per string. Building `new RegExp(escaped + lookarounds, 'gu')` for every name of every
 * article and scanning the text with it was 12% of the analysis thread's CPU on news (the Unicode
 * property classes make each compile and each scan slow); `indexOf` finds the candidates and two
 * one-character tests check their edges. The results are those of that global RegExp: left to right,
 * non-overlapping, the same surroundings read as the same code points.
 */

/** A letter, combining mark or digit: what may not touch a name that stands alone. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** The code point that ends just before offset `i` ('' at the start), as a RegExp lookbehind reads it. */
export function codePointBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const last = text.charCodeAt(i - 1);
  if (last >= 0xdc00 && last <= 0xdfff && i >= 2) {
    const first = text.charCodeAt(i - 2);
    if (first >= 0xd800 && first <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1]!;
}

/** The code point that starts at offset `i` ('' at the end), as a RegExp lookahead reads it. */
export function codePointAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** Whether a code point is a letter, combining mark or digit. */
export const isWordChar = (cp: string): boolean => cp !== '' && WORD_CHAR.test(cp);

/**
 * Start offsets of `literal` in `text`, left to right and non-overlapping, where `fits(start, end)`
 * holds: what a global RegExp of the escaped literal, with `fits` as its lookarounds, matches.
 */
export function* occurrences(text: string, literal: string, fits: (start: number, end: number) => boolean): Generator<number> {
  if (!literal) return;
  for (let a = text.indexOf(literal); a >= 0; ) {
    const b = a + literal.length;
    if (fits(a, b)) {
      yield a;
      a = text.indexOf(literal, b);
    } else {
      a = text.indexOf(literal, a + 1);
    }
  }
}

/** Start offsets where `word` stands alone in `text`: no letter, mark or digit right before or after. */
export const wholeWordOccurrences = (text: string, word: string): Generator<number> =>
  occurrences(text, word, (a, b) => !isWordChar(codePointBefore(text, a)) && !isWordChar(codePointAt(text, b)));
