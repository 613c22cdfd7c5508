/**
 * How the events stage turns the packs' pattern lists into regular expressions: letter boundaries
 * around each alternative, and an empty list that matches nothing (a pack with no `reported` cues
 * must not make every sentence hedged).
 */
import { codePointAt, codePointBefore } from '../text/occurrences.js';

/** No letter or digit right before. */
export const B = '(?<![\\p{L}\\p{N}])';
/** No letter or digit right after. */
export const E = '(?![\\p{L}\\p{N}])';

/** The alternatives as one group body; `(?!)` (never) for an empty list. */
export const alt = (xs: readonly string[]): string => (xs.length ? xs.map((x) => `(?:${x})`).join('|') : '(?!)');

/**
 * A company noun of a discourse section, up to two words and its genitive at the end of a text (`le plus grand
 * constructeur automobile d'`, `el mayor fabricante de automóviles de `): the place after it qualifies the
 * company (its home country), it does not act. Never matches where the section has no company nouns.
 */
export const companyOfEnd = (d: { readonly companyNouns: readonly string[]; readonly genitive: readonly string[] }): RegExp =>
  new RegExp(`${B}(?:${alt(d.companyNouns)})(?:\\s+[\\p{L}-]+){0,2}\\s+(?:${alt(d.genitive)})\\s*$`, 'iu');

/** Any of the words, whole. */
export const words = (xs: readonly string[], flags = 'giu'): RegExp => new RegExp(`${B}(?:${alt(xs)})${E}`, flags);

/** Matches when a text ends with one of the words (plus spaces). */
export const ending = (xs: readonly string[]): RegExp => new RegExp(`${B}(?:${alt(xs)})\\s*$`, 'iu');

/** Matches when a text ends with one of the words and a space (the word right before what follows); null for none. */
export const wordBefore = (xs: readonly string[]): RegExp | null => (xs.length ? new RegExp(`${B}(?:${alt(xs)})\\s+$`, 'iu') : null);

/** A lower-case word and the space after it at the end of a text. */
const LOWER_WORD_END = /(?<![\p{L}-])\p{Ll}[\p{L}-]*\s+$/u;

/**
 * The text before a name, and the same text without one or two words in lower case at its end that
 * say what the name is (`of the freight forwarder X`, `du transitaire X`, `de la empresa transitaria X`).
 */
export function describedFrom(before: string): string[] {
  const one = before.replace(LOWER_WORD_END, '');
  return [before, one, one.replace(LOWER_WORD_END, '')];
}

/** An alternative of a pattern that opens with a run of letters of any length (`\p{L}*[Ee]xport`). */
const OPENS_WITH_LETTER_RUN = /(?:^|[|(])(?:\?:)?\\p\{L\}\*/u;

/**
 * A trigger rule's pattern, global and case-insensitive, for `matchesAtWordStart`. Where an
 * alternative opens with a letter run the engine has no first character to scan for: it tries every
 * position of every word and re-reads the rest of the word from each (the German `\p{L}*export`,
 * `\p{L}*produktion` rules took 3 % of the analysis thread on news). Such a pattern is told not to
 * start right after a letter, which `matchesAtWordStart` refuses anyway, so it reads each word once
 * and finds the same matches; the others keep the engine's scan.
 */
export function triggerPattern(source: string): RegExp {
  const guard = OPENS_WITH_LETTER_RUN.test(source) ? '(?<!\\p{L})' : '';
  return new RegExp(`${guard}(?:${source})${E}`, 'giu');
}

/**
 * A pack’s partner words (`with`, `gemeinsam mit`, `с`, `avec`) with an article and up to `between` more words
 * (four unless told) and an opening quote at the end of a text: what stands right before a partner's name (`with
 * Chinese automaker `, `с узбекской компанией «`); null where the pack has none.
 */
export const partnerEnd = (partner: string | null | undefined, between = 4): RegExp | null =>
  partner
    ? new RegExp(`(?<![\\p{L}])(?:${partner})\\s+(?:(?:the|der|die|dem|den|des|la|le|les|l['’]|el|los|las)\\s+)?(?:[\\p{L}-]+\\s+){0,${between}}["“„«]?$`, 'iu')
    : null;

/** A letter, digit or hyphen: no trigger starts right after one (`re-opened`, `E-Auto`). */
const JOINS_WORD = /[\p{L}\p{N}-]/u;

/**
 * The matches of a global pattern that start where no letter, digit or hyphen precedes them: what
 * `(?<![\p{L}\p{N}-])` in front of the pattern would give, left to right and non-overlapping. The check
 * is made here because a pattern that opens with a lookbehind loses the engine's first-character scan:
 * scanning news sentences with the English and French trigger rules took 2.6× and 5.4× as long.
 */
export function* matchesAtWordStart(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const i = m.index;
    const blocked = JOINS_WORD.test(codePointBefore(text, i));
    if (!blocked) yield m;
    if (blocked || m[0] === '') re.lastIndex = i + Math.max(1, codePointAt(text, i).length);
  }
}

/**
 * Clause breaks inside a sentence; a comma between digits (`5,000`) is none, nor are the parentheses
 * around one word (a short name after the full one: `Kazakhstan Temir Joly (KTZ) einen Vertrag`), nor the guillemets
 * around a name (`Экспорт тракторов «Степь» вырастет`: up to three words, no space inside them, no clause punctuation).
 */
export const CLAUSE_BREAK = /(?<!\d),|,(?!\d)|[;:"“”„—–\n]|\((?![^()\s]+\))|(?<!\([^()\s]+)\)|«(?![^\s«»,;:.!?]+(?:\s[^\s«»,;:.!?]+){0,2}»)|(?<!«[^\s«»,;:.!?]+(?:\s[^\s«»,;:.!?]+){0,2})»|\s-\s/gu;

/** The index of the clause of a sentence's text that holds an offset (0 for the first). */
export function clauseAt(text: string, offset: number): number {
  let k = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) if ((m.index ?? 0) < offset) k++;
  return k;
}
