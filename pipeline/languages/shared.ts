/**
 * Lists that belong to no single pack: the company legal forms of countries whose language has no
 * pack yet (`Volvo AB`, `Equinor ASA`, `Fiat S.p.A.`, `Philips N.V.`), which wire text in any language
 * carries (a language that gets a pack takes its forms from here), and the surname endings of the
 * region in the English-style romanisation that several packs' press writes.
 */
import type { LegalFormClass } from './types.js';

export const FOREIGN_LEGAL_FORMS: ReadonlyArray<readonly [LegalFormClass, readonly string[]]> = [
  ['LLC', ['Sp. z o.o.', 'spzoo', 'S.R.L.', 'societatea cu răspundere limitată']],
  ['LLP', ['TOV']],
  ['SA', ['S.p.A.']],
  ['NV', ['N.V.', 'B.V.', 'BVBA', 'naamloze vennootschap']],
  ['AB', ['AB', 'publ', 'AB publ']],
  ['AS', ['AS', 'A/S', 'ASA', 'ApS', 'Oy', 'Oyj']],
];

/**
 * Surname endings of Russian, Ukrainian, Caucasian and Central Asian names as English, French and
 * Spanish wire text romanises them (`Mirziyoyev`, `Tokayev`, `Aliyeva`, `Saakashvili`, `Tokayuly`).
 */
export const ROMANISED_SURNAME_ENDINGS: readonly string[] = ['ov', 'ova', 'ev', 'eva', 'yev', 'yeva', 'iev', 'ieva', 'zade', 'zoda', 'enko', 'dze', 'shvili', 'yan', 'uly', 'kyzy', 'qizi'];
