/** Reconciliation core: name normalisation, blocking keys, scoring with reasons, linking decisions. */
export const RECONCILE_VERSION = '1.0.0';

export { normalizeName, phoneticToken, toLatin, type NormalizedName } from './normalize.js';
export { countryCodeOf, englishCountryName } from './countries.js';
export { demonymOf, englishDemonym } from './demonyms.js';
export {
  AUTO_MERGE_THRESHOLD,
  REVIEW_THRESHOLD,
  scoreMatch,
  isShortForm,
  scoreNormalized,
  tokenSimilarity,
  type MatchReason,
  type MatchScore,
  type NameCandidate,
  type ScoreContext,
} from './score.js';
export { blockingKeys } from './keys.js';
export {
  canonicalNameOf,
  clusterDocumentMentions,
  decideLink,
  type EntityCandidate,
  type LinkDecision,
  type LinkOptions,
  type ManualLocks,
  type ReviewCandidate,
} from './link.js';
