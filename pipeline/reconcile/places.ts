/**
 * Regions, cities and other places of the entity gazetteer (`models/gazetteers/places.json`) by any
 * of their names, on the same lookup form as country names: Kashkadarya, Kaschkadarja, Qashqadaryo
 * and Кашкадарья all give `kashkadarya`. A name that two places share identifies neither.
 */
import gazetteer from '../../models/gazetteers/places.json' with { type: 'json' };
import { geoKey } from './countries.js';

let index: Map<string, string | null> | null = null;

/** Every listed place name by its lookup form; built once, on first use. */
export function placeIndex(): Map<string, string | null> {
  if (index) return index;
  const map = new Map<string, string | null>();
  for (const place of gazetteer.places) {
    for (const name of place.names) {
      const key = geoKey(name);
      if (key.length < 2) continue;
      const known = map.get(key);
      map.set(key, known === undefined || known === place.id ? place.id : null);
    }
  }
  index = map;
  return map;
}

/** The gazetteer id of the place `name` names in any listed spelling, or null. */
export function placeIdOf(name: string): string | null {
  const key = geoKey(name);
  return key ? (placeIndex().get(key) ?? null) : null;
}

let countries: Map<string, string> | null = null;

/** Every listed place name by its lookup form, with the country the gazetteer puts the place in. */
function placeCountries(): Map<string, string> {
  if (countries) return countries;
  const map = new Map<string, string>();
  for (const place of gazetteer.places) {
    if (!place.cc) continue;
    for (const name of place.names) {
      const key = geoKey(name);
      if (key.length >= 2 && !map.has(key)) map.set(key, place.cc);
    }
  }
  countries = map;
  return map;
}

/**
 * ISO alpha-2 of the country a listed place lies in, by any of its names, also inflected (`в Асаке`,
 * `Asakada`): a name whose last one or two letters are a case ending gives the country all listed
 * names of its stem agree on; null when none or they disagree.
 */
export function placeCountryOf(name: string): string | null {
  const key = geoKey(name);
  if (!key) return null;
  const map = placeCountries();
  const direct = map.get(key);
  if (direct) return direct;
  for (const cut of [1, 2]) {
    const stem = key.slice(0, -cut);
    if (stem.length < 4) break;
    const found = new Set<string>();
    for (const [k, cc] of map) if (k.startsWith(stem) && k.length <= stem.length + 2) found.add(cc);
    if (found.size === 1) return [...found][0]!;
  }
  return null;
}

/**
 * The gazetteer id of the listed place whose name begins a word, with at most four letters after it:
 * a case ending or a suffix that makes the name an adjective (`Самаркандский`, `Samarkander`,
 * `Самарканде`); null when no listed name begins it or two places' names do.
 */
export function placeIdWithin(word: string): string | null {
  const key = geoKey(word);
  if (key.length < 4 || key.includes(' ')) return null;
  const direct = placeIndex().get(key);
  if (direct !== undefined) return direct;
  const found = new Set<string | null>();
  for (const [name, id] of placeIndex()) if (name.length >= 4 && key.startsWith(name) && key.length - name.length <= 4) found.add(id);
  return found.size === 1 ? [...found][0]! : null;
}
