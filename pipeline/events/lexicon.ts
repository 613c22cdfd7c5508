/**
 * The events stage's language-independent lists. Each language's trigger lexicon and cue words live
 * in its pack (`pipeline/languages/<code>.ts`, section `events`): every pattern there is a
 * regular-expression source (Unicode, case-insensitive) that the stage wraps in letter boundaries,
 * so a stem is written with a trailing `\p{L}*` when its endings vary.
 */

import type { EventsSection } from '../languages/index.js';

export type { EventsSection as LanguageLexicon, TriggerPos, TriggerRole, TriggerRule } from '../languages/index.js';

/** Every cue that makes a fact planned: the pack's plan words and its future tense forms. */
export const plannedCues = (lex: EventsSection): string[] => [...lex.planned, ...lex.futureTense];

/** Units of counts that are never a produced or traded quantity. */
export const NON_PRODUCT_UNITS = new Set([
  'day', 'days', 'year', 'years', 'month', 'months', 'week', 'weeks', 'hour', 'hours', 'hectare', 'hectares',
  'km', 'm', 'm2', 'sqm', 'times', 'region', 'regions', 'resident', 'residents', 'manufacturer', 'manufacturers',
  'person', 'people', 'percent_point',
  // parts of a delivery or a project, not goods (`delivered in three batches`, `built in two phases`)
  'batch', 'batches', 'shipment', 'shipments', 'tranche', 'tranches', 'phase', 'phases', 'stage', 'stages', 'lot', 'lots', 'round', 'rounds',
]);

/** Units of counts that are jobs. */
export const JOB_UNITS = new Set(['job', 'jobs', 'workplace', 'workplaces', 'employee', 'employees', 'worker', 'workers', 'position', 'positions']);

/** Units of counts that are jobs only beside a jobs word (`employs 3,000 people`). */
export const PEOPLE_UNITS = new Set(['person', 'persons', 'people']);

/** Units that only export, sales or trade figures take (`60 countries`). */
export const DESTINATION_UNITS = new Set(['country', 'countries', 'market', 'markets']);

/** Counted nouns that all mean vehicles: the gold convention normalises them to `car`. */
export const CAR_UNITS = new Set([
  'car', 'cars', 'vehicle', 'vehicles', 'unit', 'units', 'automobile', 'automobiles', 'auto', 'autos', 'einheit', 'einheiten',
  'fahrzeug', 'fahrzeuge', 'pkw', 'автомобиль', 'автомобилей', 'машина', 'машин', 'штук', 'voiture', 'voitures', 'véhicule',
  'véhicules', 'coche', 'coches', 'vehículo', 'vehículos',
]);

/** A place mention whose name is a facility or a natural feature: never an actor. */
export const FACILITY_NAME = /(?:park|zone|district|industrial|estate|river|lake|sea|valley|mountains?|gebiet|industrie|fluss|see|tal|промзон|зон[аеы]|парк|район|рек[аи]|долин|parc|rivière|fleuve|vallée|zona|parque|polígono|río|valle)/iu;
