/**
 * The numbers stage's view of the language packs (`pipeline/languages`): which pack a language code
 * reads with, and the word tables it needs. Anything without a pack reads as `und`: digits only,
 * the international scale words, separator readings flagged ambiguous.
 */
import { canonicalLanguage, isPackLanguage, PACKS, perLanguage, type NumbersSection, type NumWord, type PackLanguage } from '../languages/index.js';
import type { LanguageCode } from '../types.js';

export type Lang = PackLanguage | 'und';

export function toLang(code: LanguageCode): Lang {
  const c = canonicalLanguage(code);
  return isPackLanguage(c) ? c : 'und';
}

/** Separator read as the decimal mark when it appears alone (null: ambiguous, `und`). */
export function decimalSeparator(lang: Lang): ',' | '.' | null {
  return lang === 'und' ? null : PACKS[lang].numbers.decimal;
}

/** The number reading of one lower-cased word. */
export function lookupWord(lang: Lang, w: string): NumWord | null {
  if (lang !== 'und') return PACKS[lang].numbers.word(w);
  // unknown language: digits only, plus the international scale words
  const e = PACKS.en.numbers.word(w);
  return e && e.kind === 'scale' && !e.ordinal ? e : null;
}

/** The numbers section a language reads with: its pack's, English's for `und`. */
export function numbersOf(lang: Lang): NumbersSection {
  return PACKS[lang === 'und' ? 'en' : lang].numbers;
}

/** Connector words allowed inside a spelled-out number (`and`, `et`, `y`; `und` reads English's). */
export const connectorsOf = perLanguage((lang: Lang): ReadonlySet<string> => new Set(numbersOf(lang).connectors));
