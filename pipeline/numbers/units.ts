/**
 * Counted nouns and measurement units after a number: normalisation (`vehicles`, `Einheiten`,
 * `машин` → `car`) and the words that make a quantity a rate (`per year`, `pro Jahr`, `в год`).
 */
import { allPacks, APPROXIMATORS, type LanguagePack } from '../languages/index.js';
import type { Lang } from './locales.js';

/**
 * Normalised unit → one whole-word pattern over every pack's nouns for it (`car`: `vehicles`,
 * `Fahrzeuge`, `машин`, `araç`), in registry order: a counted noun reads the same whatever the
 * article's language, as mixed-language wire text needs.
 */
const NOUNS: Array<[RegExp, string]> = (() => {
  const byUnit = new Map<string, string[]>();
  for (const pack of allPacks()) {
    for (const [unit, patterns] of Object.entries(pack.numbers.units)) byUnit.set(unit, [...(byUnit.get(unit) ?? []), ...patterns]);
  }
  return [...byUnit].map(([unit, patterns]) => [new RegExp(`^(?:${patterns.join('|')})$`, 'u'), unit]);
})();

/** Words after a number that are never its counted noun, every pack's. */
const UNIT_STOP: ReadonlySet<string> = new Set(allPacks().flatMap((p) => p.numbers.notUnits));

/** Is the word one that is never a counted noun nor part of one (articles, prepositions, auxiliaries)? */
export function isUnitStop(word: string): boolean {
  return UNIT_STOP.has(word.toLowerCase());
}

/** Is the word a known counted noun or unit (not just a plural-looking word)? */
export function isKnownUnit(word: string): boolean {
  const w = word.toLowerCase();
  return NOUNS.some(([re]) => re.test(w));
}

export function normaliseUnit(word: string): string {
  const w = word.toLowerCase();
  for (const [re, u] of NOUNS) if (re.test(w)) return u;
  if (/^[a-z]+s$/.test(w) && w.length > 3) {
    if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
    // `batches`, `boxes`, `passes`: -es after a sibilant
    if (/(?:ch|sh|ss|x)es$/u.test(w)) return w.slice(0, -2);
    return w.slice(0, -1);
  }
  return w;
}

/** Is the word right after a number its counted noun? (Language-aware heuristics.) */
export function isCountedNoun(word: string, lang: Lang): boolean {
  const w = word.toLowerCase();
  if (UNIT_STOP.has(w) || w.length < 2 && !/^[tg]$/.test(w)) return false;
  if (NOUNS.some(([re]) => re.test(w))) return true;
  switch (lang) {
    case 'de':
      // nouns are capitalised; lower-case words are adjectives/verbs
      return /^\p{Lu}/u.test(word);
    case 'en':
    case 'und':
      return /^[a-z]+s$/.test(word) && !/(?:ss|us|is)$/.test(word);
    case 'ru':
      return /^[а-яё]+(ов|ев|ей|ий|ых|их|а|ы|и|ек)$/.test(w);
    case 'fr':
    case 'es':
      return /^[a-zà-ÿ]+s$/.test(w) && w.length > 3;
    case 'tr':
    case 'az':
    case 'uz':
    case 'kk':
      // nouns after a number take no plural: only the pack's nouns are read as counted
      return false;
  }
}

const every = <T>(pick: (n: LanguagePack['numbers']) => readonly T[]): T[] => allPacks().flatMap((p) => pick(p.numbers));
const approximator = `(?:(?:${APPROXIMATORS.join('|')})\\s+)?`;

/** A rate phrase right after a quantity, every pack's: "per year", "a year", "pro Jahr", "в год", "par an". */
export const RATE_AFTER = new RegExp(`^[ \\u00A0]*(?:${every((n) => n.rates.after).join('|')})(?![\\p{L}])`, 'iu');
/** A quantity's span that ends in its rate phrase ("800 tractors a year"). */
export const RATE_AT_END = new RegExp(`(?<![\\p{L}])(?:${every((n) => n.rates.after).join('|')})$`, 'iu');
/** Rate words excluded from the span by convention (adverbs). */
export const RATE_ADVERB = new RegExp(`^(?:${every((n) => n.rates.adverbs).join('|')})$`, 'iu');
/** Rate marker before the number: "annually about 10,000", "annual production of 10,000", "Jahreskapazität von". */
export const RATE_BEFORE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}_])(?:${every((n) => n.rates.adverbs).join('|')})\\s+${approximator}|(?<![\\p{L}\\p{N}_])(?:${every((n) => n.rates.before).join('|')}))$`,
  'iu',
);
