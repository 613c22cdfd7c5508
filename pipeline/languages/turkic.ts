/**
 * Shared grammar for the packs of the Turkic languages (tr, az, uz, kk): their number words are
 * regular (units, tens, `yüz`/`yuz`/`жүз` for hundred, scale words) and every word takes case and
 * possessive suffixes (`milyara`, `milliardga`, `млрд-қа`, `foizga`, `Toshkentda`), which a lookup
 * strips with the pack's suffix list before it reads the word.
 */
import type { NumWord } from './types.js';

export interface TurkicNumberWords {
  /** 0 … 9. */
  units: readonly string[];
  /** 10, 20, … 90. */
  tens: readonly string[];
  /** Hundred (`yüz`, `yuz`, `жүз`). */
  hundred: string;
  /** Scale words and their abbreviations → value (`bin`, `mln`, `млрд`). */
  scales: Readonly<Record<string, number>>;
  /** Ordinal forms: 1 … 9, 10 … 90 (by tens), hundred, thousand. */
  ordinals: { units: readonly string[]; tens: readonly string[]; hundred: string; thousand: string };
  /** Fraction words (`yarım` = 1/2, `çeyrek` = 1/4) → denominator. */
  fractions?: Readonly<Record<string, number>>;
}

/** The word table of a Turkic language; the word for one doubles as the indefinite article (`bir`). */
export function turkicNumberWords(spec: TurkicNumberWords): Map<string, NumWord> {
  const m = new Map<string, NumWord>();
  spec.units.forEach((w, i) => m.set(w, { kind: i === 0 ? 'zero' : 'unit', value: i, ...(i === 1 ? { article: true } : {}) }));
  spec.tens.forEach((w, i) => m.set(w, { kind: 'tens', value: 10 * (i + 1) }));
  m.set(spec.hundred, { kind: 'hundred', value: 100 });
  for (const [w, v] of Object.entries(spec.scales)) m.set(w, { kind: 'scale', value: v });
  spec.ordinals.units.forEach((w, i) => m.set(w, { kind: 'unit', value: i + 1, ordinal: true }));
  spec.ordinals.tens.forEach((w, i) => m.set(w, { kind: 'tens', value: 10 * (i + 1), ordinal: true }));
  m.set(spec.ordinals.hundred, { kind: 'hundred', value: 100, ordinal: true });
  m.set(spec.ordinals.thousand, { kind: 'scale', value: 1e3, ordinal: true });
  for (const [w, d] of Object.entries(spec.fractions ?? {})) m.set(w, { kind: 'unit', value: d, ordinal: true, fraction: true });
  return m;
}

/** Apostrophes Turkic orthographies write inside words or before a suffix (`so'm`, `o‘n`, `2024'te`). */
const APOSTROPHES = /[’‘ʻʼ`´]/gu;

/**
 * A lookup that reads a word as is, else with one of the suffixes cut off its end (longest first),
 * after folding the apostrophe variants to `'` and the dot that JavaScript's `toLowerCase` leaves on
 * a Turkish capital `İ` (`İki` → `i̇ki` → `iki`). Suffixes are lower-case strings. `reserved` words
 * are never numbers although a suffix makes them look so (`yüzde`, percent, is not `yüz` + `de`);
 * a stem shorter than three letters takes no suffix (`ona` is "to him", not `on` + `a`).
 */
export function suffixedLookup(
  table: ReadonlyMap<string, NumWord>,
  suffixes: readonly string[],
  reserved: readonly string[] = [],
): (word: string) => NumWord | null {
  const bySize = [...suffixes].sort((a, b) => b.length - a.length);
  const never = new Set(reserved);
  return (word) => {
    const w = word.replace(APOSTROPHES, "'").replace(/i\u0307/gu, 'i');
    const hit = table.get(w);
    if (hit) return hit;
    if (never.has(w)) return null;
    for (const s of bySize) {
      if (w.length > s.length + 2 && w.endsWith(s)) {
        const stem = w.slice(0, -s.length).replace(/['-]$/u, '');
        if (stem.length < 3) continue;
        const e = table.get(stem);
        // an ordinal or a fraction keeps its own ending: only cardinals and scales take case suffixes
        if (e && !e.ordinal) return e;
      }
    }
    return null;
  };
}

/** A regex source that also matches the word with any of the suffixes (after an optional apostrophe or hyphen). */
export function withSuffixes(pattern: string, suffixes: readonly string[]): string {
  return `(?:${pattern})(?:['’‘ʻʼ-]?(?:${[...suffixes].sort((a, b) => b.length - a.length).join('|')}))?`;
}

/**
 * A Turkic verb trigger: its stems (`aç`, `ihraç\s+(?:et|ed|edil)`) with one of the language's tense,
 * aspect, voice or negation endings (`-tı`, `-ıb`, `-acak`, `-ıl`, `-ma`), then any person, copula or
 * evidential suffix. Each pack defines its endings once (`VERB_ENDINGS`), so a verb needs only its stem.
 */
export function verbForms(stems: readonly string[], endings: readonly string[]): string {
  return `(?:${stems.join('|')})(?:${[...endings].sort((a, b) => b.length - a.length).join('|')})\\p{L}*`;
}
