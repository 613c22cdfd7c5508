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

/**
 * The packs' product labels (`events.products`, English plurals every pack shares) → the unit their
 * figures count, one of the units the packs' `numbers.units` normalise to (`tractors` → tractor,
 * `battery_packs` → battery_pack). A label without one (`parts`, `batteries`) names goods of no one unit.
 */
export const PRODUCT_UNITS: Readonly<Record<string, string>> = {
  cars: 'car', buses: 'bus', trucks: 'truck', vans: 'van', trailers: 'trailer', motorcycles: 'motorcycle',
  tractors: 'tractor', combines: 'combine', cotton_harvesters: 'cotton_harvester', seed_drills: 'seed_drill', sprayers: 'sprayer', machinery: 'machine',
  locomotives: 'locomotive', wagons: 'wagon', trams: 'tram', trains: 'train',
  engines: 'engine', axles: 'axle', cabins: 'cabin', gearboxes: 'gearbox', battery_packs: 'battery_pack', battery_cells: 'battery_cell',
  bogies: 'bogie', wiring_harnesses: 'wiring_harness', seats: 'seat', tyres: 'tyre',
};

/** The units of vehicles, of the units `PRODUCT_UNITS` names: what the packs' vehicle words (`vehicles`, `Fahrzeuge`) may count. */
export const VEHICLE_UNITS: ReadonlySet<string> = new Set(['car', 'bus', 'truck', 'van', 'trailer', 'motorcycle', 'tractor', 'combine', 'cotton_harvester', 'locomotive', 'wagon', 'tram', 'train']);
