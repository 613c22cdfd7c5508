/**
 * Blocking keys: a few short strings per name such that two names of one entity share at least
 * one of them, so candidates are found by indexed equality (`entity_keys.key = ANY(...)`), never
 * by scanning all entities. Each key carries its kind as a prefix:
 *
 * - `k:` the phonetic key with spaces removed (UzAuto Motors = UzAvto motors = УзАвто Моторс),
 * - `s:` its consonant skeleton (Kashkadarya = Kaschkadarja = Qashqadaryo),
 * - `t:` a telling token: the surname of a person, the first word of other names
 *   (Shadjalilova ↔ Zumrad Shadjalilova, UzAuto ↔ UzAuto Motors),
 * - `a:` an acronym of an organisation (IKCO, PLA),
 * - `country:XX` the ISO code of a country named in any language (Usbekistan, Узбекистан → UZ),
 * - `place:ID` a region or city of the gazetteer in any spelling (Qashqadaryo, Кашкадарья → kashkadarya),
 * - `demonym:XX` for nationality words (Uzbek, usbekischen → UZ; kept apart from the country).
 */
import type { EntityType } from '../types.js';
import { countryCodeOf } from './countries.js';
import { demonymOf } from './demonyms.js';
import { placeIdOf } from './places.js';
import type { NormalizedName } from './normalize.js';

/** First words too common to block on. */
const COMMON_FIRST = new Set([
  'the', 'bank', 'first', 'national', 'international', 'united', 'new', 'general', 'state', 'central', 'china', 'republic',
  'ministry', 'government', 'university', 'city', 'north', 'south', 'east', 'west', 'great', 'royal', 'saint', 'san', 'al', 'el',
]);

const PARTICLE_TOKENS = new Set(['al', 'el', 'bin', 'ibn', 'ben', 'de', 'van', 'von', 'der', 'da', 'di', 'of', 'and', 'the']);

function skeleton(key: string): string {
  return key.replace(/(?<=.)[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

/** The blocking keys of one normalised name of the given type (deduplicated, stable order). */
export function blockingKeys(name: NormalizedName, type: EntityType): string[] {
  const keys: string[] = [];
  const joined = name.phonetic.join('');
  if (!joined) return keys;
  keys.push(`k:${joined}`);
  if (/\p{L}/u.test(joined)) {
    const sk = skeleton(joined);
    if (sk.length >= 4) keys.push(`s:${sk}`);
  }
  const significant = name.tokens
    .map((t, i) => ({ t, p: name.phonetic[i]! }))
    .filter((x) => !PARTICLE_TOKENS.has(x.t) && !/^\d+$/.test(x.t));
  if (significant.length >= 2) {
    if (type === 'PER') {
      const last = significant[significant.length - 1]!;
      if (last.p.length >= 3) keys.push(`t:${last.p}`);
    } else {
      const first = significant[0]!;
      if (first.p.length >= 3 && !COMMON_FIRST.has(first.t)) keys.push(`t:${first.p}`);
    }
  } else if (significant.length === 1 && significant[0]!.p.length >= 3) {
    keys.push(`t:${significant[0]!.p}`);
  }
  if (type !== 'PER') {
    if (significant.length >= 2) {
      const acronym = significant.map((x) => x.t[0]).join('');
      if (acronym.length >= 3) keys.push(`a:${acronym}`);
    } else if (significant.length === 1) {
      const word = name.display.replace(/[^\p{L}\p{N}]/gu, '');
      if (word.length >= 2 && word.length <= 6 && word === word.toUpperCase() && /\p{Lu}/u.test(word)) {
        keys.push(`a:${significant[0]!.t}`);
      }
    }
  }
  if (type === 'GPE' || type === 'LOC') {
    const code = countryCodeOf(name.display);
    if (code) keys.push(`country:${code}`);
    const place = placeIdOf(name.display);
    if (place) keys.push(`place:${place}`);
  }
  if (type === 'MISC') {
    const code = demonymOf(name.display);
    if (code) keys.push(`demonym:${code}`);
  }
  return [...new Set(keys)];
}
