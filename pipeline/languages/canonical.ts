/**
 * One reading of language codes for the whole pipeline: ISO 639-1, 639-2/B and 639-3 codes and
 * BCP 47 tags (`eng`, `ger`, `deu`, `de-CH`, `uz-Cyrl`) become the ISO 639-1 code where one exists,
 * through `Intl.Locale`'s canonicalisation (CLDR alias data). Varieties that the pipeline reads with
 * their standard language's pack are folded in here, and only here.
 */
import { memoize } from '../memo.js';
import { UNDETERMINED } from '../types.js';

/** Varieties read with another language's pack: Swiss German, South Azerbaijani, Southern Uzbek. */
const READ_AS: Readonly<Record<string, string>> = Object.freeze({ gsw: 'de', azb: 'az', uzs: 'uz' });

const readRemembered = memoize(readLanguage, { size: 256 });

/**
 * `eng` → `en`, `deu`/`ger`/`gsw`/`de-AT` → `de`, `uzn` → `uz`; '' / `und` / malformed → `und`.
 * Remembered: `Intl.Locale` costs microseconds and the stages ask per sentence and per fact (5.8% of
 * the events stage's time on 300 news articles), always about a handful of codes.
 */
export function canonicalLanguage(code: string | null | undefined): string {
  return code ? readRemembered(code) : UNDETERMINED;
}

function readLanguage(code: string): string {
  let language: string | undefined;
  try {
    // `und` canonicalises to no language at all
    language = new Intl.Locale(code.trim()).language;
  } catch {
    return UNDETERMINED;
  }
  if (!language) return UNDETERMINED;
  return READ_AS[language] ?? language;
}
