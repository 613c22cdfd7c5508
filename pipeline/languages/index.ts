/**
 * The language packs: one per language the pipeline reads beyond identifying it, in one frozen
 * registry. `satisfies Record<PackLanguage, LanguagePack>` makes the compiler list every section a
 * new language still lacks. Stages look a pack up with `packFor(code)`, never by branching on codes.
 */
import { memoize } from '../memo.js';
import { canonicalLanguage } from './canonical.js';
import { az } from './az.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { kk } from './kk.js';
import { ru } from './ru.js';
import { tr } from './tr.js';
import { FOREIGN_LEGAL_FORMS } from './shared.js';
import type { LanguagePack, LegalFormClass } from './types.js';
import { uz } from './uz.js';

export type * from './types.js';
export { canonicalLanguage } from './canonical.js';
export { PRODUCT_UNITS, VEHICLE_UNITS } from './shared.js';

/** Registry order is the order of mixed-language readings (units, currency names): English first. */
const REGISTRY = { en, de, ru, fr, es, tr, az, uz, kk } satisfies Record<string, LanguagePack>;

/** The ISO 639-1 codes of the languages with a pack. */
export type PackLanguage = keyof typeof REGISTRY;

export const PACKS: Readonly<Record<PackLanguage, LanguagePack>> = Object.freeze(REGISTRY);
export const PACK_LANGUAGES: readonly PackLanguage[] = Object.freeze(Object.keys(REGISTRY) as PackLanguage[]);

export function isPackLanguage(code: string): code is PackLanguage {
  return Object.hasOwn(PACKS, code);
}

/** The pack of a language code in any form (`eng`, `en`, `de-CH`, `gsw`), or null when none exists. */
export function packFor(code: string | null | undefined): LanguagePack | null {
  const c = canonicalLanguage(code);
  return isPackLanguage(c) ? PACKS[c] : null;
}

/** Every pack, in registry order. */
export function allPacks(): readonly LanguagePack[] {
  return PACK_LANGUAGES.map((c) => PACKS[c]);
}

/** The pack read for undetermined text (`und`) by the stages that read words: English. */
export const UNDETERMINED_PACK = en;

/** More language codes than any text or pack names; past it a per-language value is built again. */
const LANGUAGES_REMEMBERED = 256;

/**
 * A value compiled once per language from its pack (a regular expression, a set): `perLanguage(build)`
 * returns a lookup that builds on first use and keeps the result (`memoize`, bounded: language codes
 * can come from input).
 */
export function perLanguage<K extends string, T>(build: (lang: K) => T): (lang: K) => T {
  return memoize(build, { size: LANGUAGES_REMEMBERED });
}

/** Every company legal form the stages read: each pack's, then those of languages without one. */
export const LEGAL_FORMS: ReadonlyArray<readonly [LegalFormClass, readonly string[]]> = Object.freeze([
  ...allPacks().flatMap((p) => p.names.legalForms),
  ...FOREIGN_LEGAL_FORMS,
]);

/** The legal forms written as abbreviations (`GmbH`, `ООО`, `S.A.`, `MChJ`): what may follow a company's name. */
export const LEGAL_FORM_ABBREVIATIONS: readonly string[] = Object.freeze(
  [...new Set(LEGAL_FORMS.flatMap(([, surfaces]) => surfaces.filter((f) => !/\s/u.test(f) && /^\p{Lu}/u.test(f) && f.replace(/[./]/gu, '').length <= 6)))],
);

/** Hedges before a figure, every pack's (`about`, `rund`, `около`, `environ`, `yaklaşık`): regex sources. */
export const APPROXIMATORS: readonly string[] = Object.freeze(allPacks().flatMap((p) => p.numbers.approximators));
