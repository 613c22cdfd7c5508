/**
 * Lists read in every language that belong to no pack: the company legal forms of countries whose
 * language has no pack yet (`Volvo AB`, `Equinor ASA`, `Fiat S.p.A.`, `Philips N.V.`), which wire
 * text in any language carries. A language that gets a pack takes its forms from here.
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
