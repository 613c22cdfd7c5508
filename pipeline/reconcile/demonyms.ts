/**
 * Demonyms (nationality adjectives and nouns) → the country they belong to. This is a relation
 * (`demonym_of`), never a merge: "Uzbek" stays its own MISC entity linked to Uzbekistan.
 * The lexicon is data: `models/gazetteers/demonyms.json`.
 */
import lexicon from '../../models/gazetteers/demonyms.json' with { type: 'json' };
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
  const countries = (lexicon as { countries: Record<string, Record<string, string[]>> }).countries;
  for (const [alpha2, perLanguage] of Object.entries(countries)) {
    for (const forms of Object.values(perLanguage)) {
      for (const form of forms) {
        const latin = latinWords(form);
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
  const countries = (lexicon as { countries: Record<string, Record<string, string[]>> }).countries;
  return countries[alpha2.toUpperCase()]?.['en']?.[0] ?? null;
}
