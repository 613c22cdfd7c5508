/**
 * Country names in many languages (`i18n-iso-countries`) → ISO 3166-1 alpha-2, matched on the
 * normalised (transliterated, case-folded) form so that Usbekistan, Узбекистан, Ouzbékistan and
 * O'zbekiston all give UZ. Pure: the locale data is imported with the module.
 */
import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import az from 'i18n-iso-countries/langs/az.json' with { type: 'json' };
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fa from 'i18n-iso-countries/langs/fa.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import it from 'i18n-iso-countries/langs/it.json' with { type: 'json' };
import kk from 'i18n-iso-countries/langs/kk.json' with { type: 'json' };
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };
import pl from 'i18n-iso-countries/langs/pl.json' with { type: 'json' };
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import tr from 'i18n-iso-countries/langs/tr.json' with { type: 'json' };
import uk from 'i18n-iso-countries/langs/uk.json' with { type: 'json' };
import uz from 'i18n-iso-countries/langs/uz.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import { memoize } from '../memo.js';
import { toLatin } from './normalize.js';

const LOCALES = [en, de, fr, es, it, nl, pl, pt, ru, uk, uz, az, kk, tr, fa, ar, zh];
for (const locale of LOCALES) countries.registerLocale(locale);

/** The lookup form of a place or country name: Latin, lower case, letters only, single spaces. */
export function geoKey(name: string): string {
  return toLatin(name.normalize('NFKC'))
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

let index: Map<string, string> | null = null;

/** Every country name of every registered locale by its lookup form; built once, on first use. */
export function countryIndex(): Map<string, string> {
  if (index) return index;
  const map = new Map<string, string>();
  const pending = new Map<string, string>();
  for (const locale of LOCALES) {
    const names = countries.getNames(locale.locale, { select: 'all' });
    for (const [alpha2, list] of Object.entries(names)) {
      for (const name of list) {
        const key = geoKey(name);
        if (key.length >= 2 && !map.has(key)) map.set(key, alpha2);
        // "Korea, Republic of" also answers to "Korea" (the Democratic People's one does not).
        const [head, rest] = name.split(/,\s*/);
        if (head && rest && geoKey(rest) === 'republic of' && !map.has(geoKey(head))) {
          pending.set(geoKey(head), alpha2);
        }
      }
    }
  }
  for (const [key, alpha2] of pending) if (!map.has(key)) map.set(key, alpha2);
  index = map;
  return map;
}

/** Case endings tried when a form is not found as is (German genitive, Russian/Uzbek cases). */
const INFLECTIONS = ['s', 'a', 'e', 'u', 'om', 'da', 'ga', 'ning', 'dan', 'y', 'en', 'es'];

/** ISO alpha-2 of a country named in any registered language, or null (remembered: the linker asks per pair of names). */
export const countryCodeOf: (name: string) => string | null = memoize(readCountryCode, { size: 20_000 });

function readCountryCode(name: string): string | null {
  const key = geoKey(name);
  if (!key) return null;
  const map = countryIndex();
  const direct = map.get(key);
  if (direct) return direct;
  // "Republic of Azerbaijan", "Kingdom of Spain", "Federal Republic of Germany".
  const bare = key.replace(
    /^(?:(?:islamic|federal|democratic|people s|peoples|socialist|united|arab|federative|plurinational|bolivarian|kyrgyz|hellenic|italian|french|czech|slovak|oriental|eastern)\s+)*(?:republic|kingdom|state|federation|commonwealth|principality|emirate|sultanate|grand duchy|union)\s+of\s+/,
    '',
  );
  if (bare !== key) {
    const hit = map.get(bare);
    if (hit) return hit;
  }
  if (key.length >= 6) {
    for (const ending of INFLECTIONS) {
      if (key.endsWith(ending)) {
        const hit = map.get(key.slice(0, -ending.length));
        if (hit && key.length - ending.length >= 5) return hit;
      }
    }
  }
  return null;
}

/** The English name used as canonical: the shortest full name (no comma, no abbreviation). */
export function englishCountryName(alpha2: string): string | null {
  const names = countries.getName(alpha2, 'en', { select: 'all' });
  if (!names?.length) return null;
  const full = names.filter((n) => !n.includes(',') && !/^[A-Z.]+$/.test(n));
  const pool = full.length ? full : names;
  return [...pool].sort((a, b) => a.length - b.length)[0] ?? null;
}
