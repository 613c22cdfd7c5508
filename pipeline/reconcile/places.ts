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
