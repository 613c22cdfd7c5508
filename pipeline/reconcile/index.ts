/**
 * Reconciliation core (pure: no I/O, no environment). The persist stage uses it as follows:
 *
 * 1. `clusterDocumentMentions(mentions)` groups one article's mentions (short forms join long ones);
 * 2. `canonicalNameOf(surfaces, type)` names each cluster;
 * 3. `blockingKeys(normalizeName(surface, type), type)` gives the indexed keys to fetch candidates by;
 * 4. `decideLink({ text: canonical, type }, candidates)` links at `AUTO_MERGE_THRESHOLD` or creates,
 *    listing candidates in `[REVIEW_THRESHOLD, AUTO_MERGE_THRESHOLD)` for review;
 * 5. `demonymOf(surface)` relates a nationality word (MISC) to its country, without merging.
 *
 * `scoreMatch` is the one pairwise measure behind all of it and behind `newsflow predict names`.
 */
export const RECONCILE_VERSION = '1.0.0';

export { normalizeName, phoneticToken, toLatin, type NormalizedName } from './normalize.js';
import { countryIndex } from './countries.js';
import { placeIndex } from './places.js';

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

/**
 * Builds the country and place lookup tables (every name of every locale, transliterated: ~0.1 s)
 * now rather than inside the first article's linking, for a caller that is waiting on something
 * else anyway, such as the stages loading on the analysis thread.
 */
export function prepareLookups(): void {
  countryIndex();
  placeIndex();
}
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
