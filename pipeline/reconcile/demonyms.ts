/**
 * Demonyms (nationality adjectives and nouns) → the country they belong to. This is a relation
 * (`demonym_of`), never a merge: "Uzbek" stays its own MISC entity linked to Uzbekistan.
 * The lexicon is data, the gazetteer's one list of nationalities: `models/gazetteers/places.json`
 * (`nationalities`: a country code and forms per language; `*` marks an adjective stem).
 */
import places from '../../models/gazetteers/places.json' with { type: 'json' };
import { countryCodeOf } from './countries.js';
import { cleanSurface, toLatin } from './normalize.js';

/** Inflection endings (Latin forms): English/French plurals, German adjective endings, Russian cases. */
const ENDINGS = [
  'ogo', 'omu', 'ykh', 'ikh', 'ymi', 'imi', 'aya', 'oye', 'iye', 'uyu', 'nes', 'ne',
  'iy', 'yy', 'oe', 'ie', 'om', 'oy', 'ym', 'im', 'ei', 'en', 'er', 'es', 'em', 'yu', 'ov',
  's', 'e', 'n', 'a', 'u', 'y', 'i',
].sort((a, b) => b.length - a.length);

function latinWords(surface: string): string {
  return toLatin(cleanSurface(surface))
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The form with one inflection ending removed (the rest keeps at least four letters). */
function stem(form: string): string {
  for (const e of ENDINGS) if (form.endsWith(e) && form.length - e.length >= 4) return form.slice(0, -e.length);
  return form;
}

let byStem: Map<string, string> | null = null;

function stems(): Map<string, string> {
  if (byStem) return byStem;
  const map = new Map<string, string>();
  for (const nationality of places.nationalities as unknown as Array<Record<string, string | string[] | undefined>>) {
    const alpha2 = nationality.cc;
    if (typeof alpha2 !== 'string') continue; // a region's people (`Central Asian`) belong to no country
    for (const forms of Object.values(nationality)) {
      if (!Array.isArray(forms)) continue;
      for (const form of forms) {
        const latin = latinWords(form.replace(/\*$/u, ''));
        if (!latin) continue;
        for (const key of [latin, stem(latin)]) if (!map.has(key)) map.set(key, alpha2);
      }
    }
  }
  byStem = map;
  return map;
}

/**
 * ISO alpha-2 of the country a nationality word refers to (`Uzbek`, `usbekischen`, `узбекский`,
 * `ouzbèke`, `Azerbaijani`, `chinesischen` …), or null for anything else, country names included.
 * `language` (ISO 639-1 or 639-3) is accepted for callers that know it; forms of every language
 * in the lexicon are tried, since names cross languages in news text.
 */
export function demonymOf(surface: string, language?: string): string | null {
  void language;
  const latin = latinWords(surface);
  if (!latin || latin.split(' ').length > 3) return null;
  if (countryCodeOf(surface)) return null;
  const map = stems();
  return map.get(latin) ?? map.get(stem(latin)) ?? null;
}

/** The English demonym of a country (first English form in the lexicon), or null. */
export function englishDemonym(alpha2: string): string | null {
  const code = alpha2.toUpperCase();
  const nationality = (places.nationalities as Array<{ cc?: string; en?: string[] }>).find((n) => n.cc === code);
  return nationality?.en?.[0] ?? null;
}
