/**
 * Which files decide each stage's output, and the stage versions derived from them. A stage's
 * version is its hand-kept semver plus the first 8 hex digits of a SHA-256 over those files
 * (`pipeline/versions.json`, written by `npm run versions`; a unit test fails when it is stale), so
 * a change of rules, pack data or model files changes the version every stored fact carries, and
 * `newsflow reprocess` picks up the articles made by older rules.
 */
import versions from './versions.json' with { type: 'json' };

/** Repository-relative folders and files whose content decides a stage's output. */
export const STAGE_SOURCES = Object.freeze({
  language: ['pipeline/language', 'pipeline/types.ts', 'models/langid/ngram-model.json'],
  segment: ['pipeline/text', 'pipeline/types.ts'],
  entities: ['pipeline/entities', 'pipeline/languages', 'pipeline/types.ts', 'models/gazetteers'],
  numbers: ['pipeline/numbers', 'pipeline/languages', 'pipeline/types.ts', 'models/gazetteers/vehicles.json'],
  // (the events stage reads the country of a place from the reconcile lookups and the gazetteer)
  events: ['pipeline/events', 'pipeline/languages', 'pipeline/types.ts', 'pipeline/reconcile/countries.ts', 'pipeline/reconcile/demonyms.ts', 'pipeline/reconcile/normalize.ts', 'pipeline/reconcile/places.ts', 'models/gazetteers/places.json'],
  reconcile: ['pipeline/reconcile', 'pipeline/languages', 'pipeline/types.ts', 'models/gazetteers'],
} as const satisfies Record<string, readonly string[]>);

export type VersionedStage = keyof typeof STAGE_SOURCES;

const HASHES: Readonly<Record<VersionedStage, string>> = versions;

/** `1.2.0+3fa2b1c0`: the semver a person bumps for a change of contract, plus the content hash. */
export function stageVersion(stage: VersionedStage, semver: string): string {
  return `${semver}+${HASHES[stage].slice(0, 8)}`;
}

/** The pipeline's version: its semver plus a hash over every stage's content hash. */
export function pipelineVersion(semver: string): string {
  const all = Object.keys(STAGE_SOURCES).map((s) => HASHES[s as VersionedStage]).join('');
  // the stage hashes are hex already: fold them without a crypto import (pure module)
  let h = 0x811c9dc5;
  for (let i = 0; i < all.length; i++) h = Math.imul(h ^ all.charCodeAt(i), 0x01000193) >>> 0;
  return `${semver}+${h.toString(16).padStart(8, '0')}`;
}
