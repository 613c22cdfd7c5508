/**
 * Gazetteer matching: countries (i18n-iso-countries, every language it ships, with its alternative
 * names), regions/cities/geographic places (models/gazetteers/places.json), nationality adjectives per
 * language and the demonyms of regions and cities (MISC; a region's belong to no country), car makes and manufacturers (ORG) and car models (PRODUCT,
 * models/gazetteers/vehicles.json).
 *
 * Matching is token based (maximal letter/digit runs; every other non-space character is a token of
 * its own), so a name never matches inside a word. Candidates are found through a Map keyed by the
 * lower-cased first three characters of the first token; which of them a given word starts is
 * remembered per language and word. Proper names match case-sensitively; an
 * ALL-CAPS text token (datelines: `BAKU,`) matches too. Cheap inflection tolerance: Cyrillic names
 * take Russian case endings (Ташкенте, Узбекистана, Южной Кореи), German text allows the genitive -s/-es
 * (Usbekistans), Turkic-language text allows the common case suffixes (Toshkentda, Bakıdan), and
 * adjective stems marked `*` in the data take their language's adjective endings.
 *
 * Offsets are UTF-16 indices into the input string. Pure: the data is loaded once, at module load
 * (a language's own country names on its first use).
 */
import countries from 'i18n-iso-countries';
import placesData from '../../models/gazetteers/places.json' with { type: 'json' };
import vehiclesData from '../../models/gazetteers/vehicles.json' with { type: 'json' };
import { canonicalLanguage, LEGAL_FORM_ABBREVIATIONS, perLanguage } from '../languages/index.js';
import { memoize } from '../memo.js';
import { isKnownUnit } from '../numbers/units.js';
import type { EntityType, Span } from '../types.js';

export type GazetteerKind =
  | 'country'
  | 'place'
  | 'nationality'
  | 'demonym'
  | 'manufacturer'
  | 'make'
  | 'make-model'
  | 'model'
  | 'make-capword'
  | 'website';

export interface GazetteerHit extends Span {
  type: EntityType;
  /** Stable key of what was matched: `country:UZ`, `place:tashkent`, `make:chevrolet`, `model:chevrolet:Onix`… */
  id: string;
  kind: GazetteerKind;
  confidence: number;
  /** The entry is written in lower case: an adjective of a language that writes nationality adjectives so (`kasachisch`, `français`, `российский`). */
  lowerCase?: true;
}

type Inflection = 'none' | 'adj';

interface Entry {
  tokens: string[];
  /** spaced[i]: whitespace between tokens[i-1] and tokens[i] (index 0 unused). */
  spaced: boolean[];
  type: EntityType;
  id: string;
  kind: GazetteerKind;
  /** Languages (ISO 639-1) the entry is valid in; null = all. */
  langs: Set<string> | null;
  inflect: Inflection;
  /** For bare models: the make ids that own the name. */
  makes?: string[];
  /** Bare model that is an ordinary word: needs its make shortly before; a make that is also a place: needs another vehicle name in the text. */
  weak?: boolean;
  confidence: number;
}

// ------------------------------------------------------------------------------------ languages

/** ISO 639-1 code of a language code in any form (`canonicalLanguage`); '' when it has none. */
export function toIso1(language: string): string {
  const c = canonicalLanguage(language);
  return c.length === 2 ? c : '';
}

const TURKIC = new Set(['uz', 'az', 'tr', 'kk', 'ky', 'tk', 'tt']);

// ------------------------------------------------------------------------------------ tokens

interface Tok {
  text: string;
  start: number;
  end: number;
  /** Whitespace (without a line break) before it. */
  spaced: boolean;
  /** A line break lies between it and the previous token. */
  broken: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenizeForGazetteer(text: string): Tok[] {
  const out: Tok[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const gap = text.slice(prevEnd, start);
    out.push({
      text: m[0],
      start,
      end: start + m[0].length,
      spaced: gap.length > 0,
      broken: /[\n\r\u2028\u2029]/.test(gap),
    });
    prevEnd = start + m[0].length;
  }
  return out;
}

function nameTokens(name: string): { tokens: string[]; spaced: boolean[] } {
  const toks = tokenizeForGazetteer(name);
  return { tokens: toks.map((t) => t.text), spaced: toks.map((t) => t.spaced) };
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const HAS_LETTER = /\p{L}/u;
const UPPER_ONLY = /^[^\p{Ll}]*$/u;

function isAllCaps(s: string): boolean {
  return HAS_LETTER.test(s) && UPPER_ONLY.test(s) && s.length >= 2;
}

function keyOf(tok: string): string {
  return tok.slice(0, 3).toLowerCase();
}

// ------------------------------------------------------------------------------------ inflection

const RU_ADJ_ENDINGS = ['ий', 'ый', 'ой', 'ая', 'яя', 'ое', 'ее', 'ие', 'ые', 'ого', 'его', 'ому', 'ему', 'им', 'ым', 'ом', 'ем', 'ую', 'юю', 'их', 'ых', 'ими', 'ыми', 'ей', 'ою'];
const DE_ADJ_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];
/** Common case/derivation suffixes of Turkic languages (Uzbek, Azerbaijani, Turkish, Kazakh…), Latin and Cyrillic. */
const TURKIC_SUFFIX =
  /^(?:da|de|də|ta|te|dan|den|dən|tan|ten|nan|nen|ga|ge|ka|qa|ya|ye|yə|a|e|ə|na|nə|ning|nin|nın|nun|nün|ın|in|un|ün|dagi|daki|deki|dakı|dəki|ni|nı|nu|nü|ı|i|u|ü|lik|liq|lı|li|lu|lü|la|le|lə|dir|dır|dur|dür|ilə|da|да|де|та|те|дан|ден|тан|тен|нан|нен|ға|ге|қа|ке|га|а|е|ның|нің|дың|дің|тың|тің|нинг|ны|ні|ды|ді|ты|ті|ни|дағы|дегі|тағы|тегі|даги|лик|лы|лі)$/u;

/** Russian stem and endings for a Cyrillic noun/adjective token. */
function ruForms(tok: string): { stem: string; endings: string[] } | null {
  if (tok.length < 3) return null;
  const low = tok;
  const adj = /(ий|ый|ой|ая|яя|ое|ее|ие|ые)$/u.exec(low);
  if (adj && tok.length >= 5) return { stem: tok.slice(0, -2), endings: RU_ADJ_ENDINGS };
  if (/ия$/u.test(low)) return { stem: tok.slice(0, -2), endings: ['ия', 'ии', 'ию', 'ией', 'иею'] };
  if (/а$/u.test(low)) return { stem: tok.slice(0, -1), endings: ['а', 'ы', 'и', 'е', 'у', 'ой', 'ою'] };
  if (/я$/u.test(low)) return { stem: tok.slice(0, -1), endings: ['я', 'и', 'е', 'ю', 'ей', 'ею'] };
  if (/ь$/u.test(low)) return { stem: tok.slice(0, -1), endings: ['ь', 'и', 'ью', 'ю', 'ем', 'е', 'я', 'ём'] };
  if (/й$/u.test(low)) return { stem: tok.slice(0, -1), endings: ['й', 'я', 'ю', 'ем', 'е', 'и', 'ём'] };
  if (/[оеиуыэюё]$/u.test(low)) return null; // indeclinable (Баку, Токио, Осло)
  return { stem: tok, endings: ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах', 'и', 'ем'] };
}

function restMatches(nameTok: string, textTok: string): string | null {
  if (textTok.startsWith(nameTok)) return textTok.slice(nameTok.length);
  return null;
}

/** Does text token `t` realise name token `n` (position i of a name of length len)? */
function tokenMatches(n: string, t: string, e: Entry, i: number, lang: string): boolean {
  if (n === t) return true;
  if (isAllCaps(t) && !isAllCaps(n) && n.toUpperCase() === t) return true;
  // lower-case entries (adjectives) may be capitalised in the text
  const lowerEntry = n.length > 0 && n[0] === n[0]!.toLowerCase() && n[0] !== n[0]!.toUpperCase();
  const cands = lowerEntry ? [n, n[0]!.toUpperCase() + n.slice(1)] : [n];
  // organisations: later tokens case-insensitive (UzAvto motors)
  if (i > 0 && (e.type === 'ORG' || e.type === 'PRODUCT') && n.toLowerCase() === t.toLowerCase()) return true;
  for (const c of cands) {
    if (c === t) return true;
    if (e.inflect === 'adj') {
      const rest = restMatches(c, t);
      if (rest !== null) {
        if (CYRILLIC.test(c)) {
          if (RU_ADJ_ENDINGS.includes(rest)) return true;
        } else if (DE_ADJ_ENDINGS.includes(rest)) return true;
      }
      continue;
    }
    if (e.type === 'PRODUCT' || e.type === 'ORG') {
      if (i !== e.tokens.length - 1) continue;
      if (lang === 'de' && t === c + 's') return true;
      // Russian case endings on a company name ending in a consonant (АвтоВАЗа, Азермашем)
      if (e.type === 'ORG' && CYRILLIC.test(c) && /[бвгджзклмнпрстфхцчшщ]$/iu.test(c) && t.startsWith(c) && ['а', 'у', 'ом', 'е'].includes(t.slice(c.length))) return true;
      continue;
    }
    if (CYRILLIC.test(c)) {
      const f = ruForms(c);
      if (f && t.length > f.stem.length && t.startsWith(f.stem) && f.endings.includes(t.slice(f.stem.length))) return true;
      if (TURKIC.has(lang) && i === e.tokens.length - 1 && t.startsWith(c) && TURKIC_SUFFIX.test(t.slice(c.length))) return true;
      continue;
    }
    if (i === e.tokens.length - 1) {
      const rest = restMatches(c, t);
      if (rest === null || rest === '') continue;
      if (lang === 'de' && (rest === 's' || rest === 'es') && !/[sßxz]$/u.test(c)) return true;
      if (TURKIC.has(lang) && TURKIC_SUFFIX.test(rest)) return true;
    }
  }
  return false;
}

// ------------------------------------------------------------------------------------ the index

interface PlacesJson {
  countryAliases: { cc: string; names: string[] }[];
  /** Country names of a language that are ordinary words there (ru `Того` = 'of that'). */
  countryNameExclusions: Record<string, string[]>;
  officialPrefixes: Record<string, string[]>;
  officialSuffixes: Record<string, string[]>;
  placeSuffixes: Record<string, string[]>;
  /** Zone nouns of a language that stand before a place and make one zone with it (fr `zone industrielle de`, es `Parque Industrial de`). */
  zonePrefixes: Record<string, string[]>;
  /** `demonyms`: adjectives and nouns of a region's or city's people per language (`*` as in `nationalities`); MISC, no country's. */
  places: { id: string; type: string; cc?: string; names: string[]; demonyms?: Record<string, string[]> }[];
  nationalities: ({ id: string; cc?: string } & Record<string, string | string[] | undefined>)[];
}
interface VehiclesJson {
  /** `weakNames`: names that are also places', found only beside another vehicle name. */
  makes: { id: string; names: string[]; weakNames?: string[]; models: string[] }[];
  manufacturers: { id: string; names: string[] }[];
  followWords: string[];
}
const PLACES = placesData as unknown as PlacesJson;
const VEHICLES = vehiclesData as unknown as VehiclesJson;

/** Entries by the key of their first token, in the order they were added; `seen` drops exact duplicates. */
interface Index {
  entries: Map<string, Entry[]>;
  seen: Set<string>;
}
const newIndex = (): Index => ({ entries: new Map(), seen: new Set() });

/** Country names in English (read in every language). */
const englishCountries = newIndex();
/** Every other name: aliases, places, nationalities, vehicles (after the country names when merged). */
const otherNames: Index = { entries: new Map(), seen: englishCountries.seen };

const APOSTROPHES = /['’‘ʻʼ`]/u;
const APOSTROPHE_FORMS = ["'", '’', '‘', 'ʻ', 'ʼ'];

/** Adds a name under every apostrophe spelling (Oʻzbekiston, O‘zbekiston, O'zbekiston…). */
function add(into: Index, name: string, e: Omit<Entry, 'tokens' | 'spaced'>): void {
  if (APOSTROPHES.test(name)) {
    for (const a of APOSTROPHE_FORMS) addOne(into, name.replace(/['’‘ʻʼ`]/gu, a), e);
    return;
  }
  addOne(into, name, e);
}

function addOne(into: Index, name: string, e: Omit<Entry, 'tokens' | 'spaced'>): void {
  const clean = name.trim();
  if (!clean || /[,()]/.test(clean)) return;
  const { tokens, spaced } = nameTokens(clean);
  if (tokens.length === 0) return;
  const entry: Entry = { ...e, tokens, spaced };
  const k = keyOf(tokens[0]!);
  const list = into.entries.get(k);
  // skip exact duplicates (same tokens, id, kind and language set)
  const dedupe = `${entry.id}\u0001${entry.kind}\u0001${tokens.join('\u0000')}\u0001${entry.langs ? [...entry.langs].sort().join(',') : '*'}`;
  if (into.seen.has(dedupe)) return;
  into.seen.add(dedupe);
  if (list) list.push(entry);
  else into.entries.set(k, [entry]);
}


/** A language's country names (`langs` null: English, read in every language). */
function addCountryNames(into: Index, lang: string, langs: Set<string> | null): void {
  const names = countries.getNames(lang, { select: 'all' });
  const excluded = new Set(PLACES.countryNameExclusions[lang] ?? []);
  for (const [cc, list] of Object.entries(names)) {
    for (const name of list) if (!excluded.has(name)) add(into, name, { type: 'GPE', id: `country:${cc}`, kind: 'country', langs, inflect: 'none', confidence: 0.95 });
  }
}

/** MISC entries of one language: nationality or regional demonym forms, a trailing `*` marking an adjective stem. */
function addAdjectives(id: string, kind: 'nationality' | 'demonym', lang: string, forms: string[]): void {
  for (const form of forms) {
    const adj = form.endsWith('*');
    add(otherNames, adj ? form.slice(0, -1) : form, { type: 'MISC', id, kind, langs: new Set([lang]), inflect: adj ? 'adj' : 'none', confidence: 0.9 });
  }
}

function build(): void {
  addCountryNames(englishCountries, 'en', null);
  for (const a of PLACES.countryAliases) {
    for (const name of a.names) add(otherNames, name, { type: 'GPE', id: `country:${a.cc}`, kind: 'country', langs: null, inflect: 'none', confidence: 0.95 });
  }
  for (const p of PLACES.places) {
    const type = p.type as EntityType;
    for (const name of p.names) add(otherNames, name, { type, id: `place:${p.id}`, kind: 'place', langs: null, inflect: 'none', confidence: 0.9 });
  }
  for (const nat of PLACES.nationalities) {
    for (const [lang, forms] of Object.entries(nat)) {
      if (lang !== 'id' && lang !== 'cc' && Array.isArray(forms)) addAdjectives(`nationality:${nat.id}`, 'nationality', lang, forms);
    }
  }
  for (const p of PLACES.places) {
    for (const [lang, forms] of Object.entries(p.demonyms ?? {})) addAdjectives(`demonym:${p.id}`, 'demonym', lang, forms);
  }
  for (const m of VEHICLES.manufacturers) {
    for (const name of m.names) add(otherNames, name, { type: 'ORG', id: `manufacturer:${m.id}`, kind: 'manufacturer', langs: null, inflect: 'none', confidence: 0.9 });
  }
  const modelOwners = new Map<string, string[]>();
  for (const make of VEHICLES.makes) {
    for (const name of make.names) {
      // a make's name that is also a place's (`Reno`: the city, the Rhine in Italian) needs another vehicle name in the text
      const weak = make.weakNames?.includes(name) ?? false;
      add(otherNames, name, { type: 'ORG', id: `make:${make.id}`, kind: 'make', langs: null, inflect: 'none', weak, confidence: 0.9 });
    }
    for (const raw of make.models) {
      const weak = raw.startsWith('?');
      const model = weak ? raw.slice(1) : raw;
      for (const name of make.names) {
        add(otherNames, `${name} ${model}`, { type: 'PRODUCT', id: `model:${make.id}:${model}`, kind: 'make-model', langs: null, inflect: 'none', confidence: 0.95 });
      }
      const owners = modelOwners.get(`${weak ? '?' : ''}${model}`) ?? [];
      owners.push(make.id);
      modelOwners.set(`${weak ? '?' : ''}${model}`, owners);
    }
  }
  for (const [raw, owners] of modelOwners) {
    const weak = raw.startsWith('?');
    const model = weak ? raw.slice(1) : raw;
    // alone, a model name must be a word of 3+ characters with a letter (not `LX`, `300`)
    if (model.length < 3 || !HAS_LETTER.test(model) || /^\p{N}+$/u.test(model)) continue;
    add(otherNames, model, {
      type: 'PRODUCT',
      id: `model:${owners[0]}:${model}`,
      kind: 'model',
      langs: null,
      inflect: 'none',
      makes: owners,
      weak,
      confidence: weak ? 0.7 : 0.8,
    });
  }
}
build();
englishCountries.seen.clear();

/** `(prefix)(space)$` over the English and the language's official-name prefixes, longest first. */
const officialPrefixRe = perLanguage((lang: string): RegExp => {
  const list = [...(PLACES.officialPrefixes['en'] ?? []), ...(lang && lang !== 'en' ? (PLACES.officialPrefixes[lang] ?? []) : [])];
  list.sort((a, b) => b.length - a.length);
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(${list.map(escapeRe).join('|')})(\\s*)$`, 'u');
});

/**
 * `(zone prefix)(space)$` of the language as its data writes it, any case of the first letter: French writes the
 * zone words of a name in lower case (`zone industrielle de Navoï`, `District industriel de Hadjigaboul`), Spanish
 * capitalises them (`Distrito Industrial de Hajigabul`; `la zona industrial de Navoi` is a place and a description);
 * null where it has none.
 */
const zonePrefixRe = perLanguage((lang: string): RegExp | null => {
  const list = [...(PLACES.zonePrefixes[lang] ?? [])].sort((a, b) => b.length - a.length);
  if (!list.length) return null;
  const any = (x: string) => `[${x[0]!.toLowerCase()}${x[0]!.toUpperCase()}]${escapeRe(x.slice(1)).replace(/'/gu, "['’]").replace(/ /gu, '\\s+')}`;
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(${list.map(any).join('|')})(\\s*)$`, 'u');
});

/**
 * The languages whose country names the gazetteer reads (every one i18n-iso-countries ships), in the
 * order that decides which of two names of one key is tried first.
 */
const COUNTRY_LANGUAGES = countries.getSupportedLanguages();

/**
 * The candidates for text in one language: its own country names (built on first use: the 77
 * languages other than English were two thirds of the analysis thread's start-up build), the English
 * ones, then every other name, each key's list in the order of a build over all languages at once.
 */
const candidateIndex = perLanguage((lang: string): Map<string, Entry[]> => {
  const own = newIndex();
  if (lang !== 'en' && COUNTRY_LANGUAGES.includes(lang)) addCountryNames(own, lang, new Set([lang]));
  const ownFirst = COUNTRY_LANGUAGES.indexOf(lang) < COUNTRY_LANGUAGES.indexOf('en');
  const merged = new Map<string, Entry[]>();
  const keys = new Set([...englishCountries.entries.keys(), ...own.entries.keys(), ...otherNames.entries.keys()]);
  for (const k of keys) {
    const english = englishCountries.entries.get(k) ?? [];
    const mine = own.entries.get(k) ?? [];
    merged.set(k, [...(ownFirst ? [...mine, ...english] : [...english, ...mine]), ...(otherNames.entries.get(k) ?? [])]);
  }
  return merged;
});

const NO_ENTRIES: readonly Entry[] = [];

/**
 * The entries of `lang` whose first token a text token realises, in index order. Words recur across
 * articles, so each distinct token is matched against its candidate list once, not at every occurrence.
 * 600 bench articles hold 70,793 distinct words (by language); remembering them kept 9.8 MB of heap, and
 * gazetteer matching took 166–189 ms a pass over them with 100,000 answers against 324–338 ms with
 * 20,000 (the memo started over within every pass).
 */
const entriesStartingWith = memoize(
  (lang: string, tok: string): readonly Entry[] => {
    const matching = candidateIndex(lang).get(keyOf(tok))?.filter((e) => langOk(e, lang) && tokenMatches(e.tokens[0]!, tok, e, 0, lang));
    return matching?.length ? matching : NO_ENTRIES;
  },
  { size: 100_000, key: (lang, tok) => `${lang}\u0000${tok}` },
);

const FOLLOW_WORDS = new Set(VEHICLES.followWords);
/** Hits that put a weak make's name among vehicles (a bare model needs its make, so it cannot). */
const VEHICLE_KINDS: ReadonlySet<GazetteerKind> = new Set(['make', 'manufacturer', 'make-model']);
const WEBSITE_ENTRY: Entry = { tokens: [], spaced: [], type: 'ORG', id: 'website', kind: 'website', langs: null, inflect: 'none', confidence: 0.85 };
/**
 * A company's legal form right after its name (`UzAuto Motors JSC`, `Volkswagen AG`, `ООО`): every pack's abbreviations.
 * A shortened word may take its full stop (`Inc.`, `Co.`); an all-capitals form never does (`Volkswagen AG.` ends a sentence).
 */
const LEGAL_FORM = new RegExp(
  `^\\s+(?:${[...LEGAL_FORM_ABBREVIATIONS].sort((a, b) => b.length - a.length).map((f) => `${f.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')}${f.endsWith('.') || !/\p{Ll}/u.test(f) ? '' : '\\.?'}`).join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);

const ZONE =
  /^ (?:[Ff]ree [Ee]conomic|[Ss]pecial [Ee]conomic|[Ff]ree [Ii]ndustrial|[Ii]ndustrial|[Ee]conomic|[Tt]echnology|[Ll]ogistics|[Ii]nnovation|[Ss]cience) (?:[Pp]ark|[Zz]one|[Dd]istrict|[Ee]state|[Cc]luster|[Hh]ub)(?![\p{L}\p{N}])/u;

// ------------------------------------------------------------------------------------ matching

/** How much a kind of gazetteer entry counts when entries compete for the same span. */
export const KIND_RANK: Record<GazetteerKind, number> = {
  country: 7,
  place: 6,
  manufacturer: 6,
  'make-model': 6,
  make: 5,
  nationality: 4,
  demonym: 4,
  'make-capword': 3,
  model: 2,
  website: 6,
};

/** News sites and portals named by their domain (Kun.uz, Report.az, Tengrinews.kz): ORG. */
const WEBSITE = /(?<![\p{L}\p{N}@./-])(\p{Lu}[\p{L}\p{N}-]*\.(?:uz|az|kz|kg|tj|tm|ru|ua|by|ge|am|tr|cn|com|net|org|info|news|de|fr|io))(?![\p{L}\p{N}]|\.[\p{L}\p{N}])/gu;

function langOk(e: Entry, lang: string): boolean {
  if (e.langs === null) return true;
  if (lang === '') return e.langs.has('en');
  return e.langs.has(lang);
}

/** The index of the last token of `e` matched from token `i` (whose first token it realises), or -1. */
function matchAt(toks: Tok[], i: number, e: Entry, lang: string): number {
  const n = e.tokens.length;
  if (i + n > toks.length) return -1;
  for (let k = 1; k < n; k++) {
    const t = toks[i + k]!;
    if (t.broken || t.spaced !== e.spaced[k]) return -1;
    if (!tokenMatches(e.tokens[k]!, t.text, e, k, lang)) return -1;
  }
  return i + n - 1;
}

export interface GazetteerOptions {
  /** Keep every hit, overlapping ones too (default: one flat list, longest first). */
  all?: boolean;
}

/**
 * Gazetteer mentions in `text` (language: ISO 639-3 or 639-1). By default one flat, sorted,
 * non-overlapping list (the longest match wins; on ties the more specific kind).
 */
export function findGazetteerMentions(text: string, language: string, opts: GazetteerOptions = {}): GazetteerHit[] {
  const lang = toIso1(language);
  const toks = tokenizeForGazetteer(text);
  const raw: (GazetteerHit & { entry: Entry; lastTok: number; firstTok: number })[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!HAS_LETTER.test(t.text) && !/\p{N}/u.test(t.text)) continue;
    for (const e of entriesStartingWith(lang, t.text)) {
      const last = matchAt(toks, i, e, lang);
      if (last < 0) continue;
      const start = t.start;
      const end = toks[last]!.end;
      const lowerCase = /^\p{Ll}/u.test(e.tokens[0]!) ? { lowerCase: true as const } : {};
      raw.push({ start, end, text: text.slice(start, end), type: e.type, id: e.id, kind: e.kind, confidence: e.confidence, ...lowerCase, entry: e, firstTok: i, lastTok: last });
    }
  }

  for (const m of text.matchAll(WEBSITE)) {
    const start = m.index;
    const end = start + m[1]!.length;
    raw.push({ start, end, text: m[1]!, type: 'ORG', id: `website:${m[1]!.toLowerCase()}`, kind: 'website', confidence: 0.85, entry: WEBSITE_ENTRY, firstTok: -1, lastTok: -1 });
  }

  // bare models need their make in the text (weak ones: shortly before)
  const makeHits = raw.filter((h) => h.kind === 'make' || h.kind === 'make-model');
  const makeIdsOf = (h: GazetteerHit): string => h.id.split(':')[1]!;
  const kept = raw.filter((h) => {
    if (h.kind === 'make' && h.entry.weak) return raw.some((o) => o.id !== h.id && VEHICLE_KINDS.has(o.kind));
    if (h.kind !== 'model') return true;
    const owners = h.entry.makes ?? [];
    return makeHits.some((m) => owners.includes(makeIdsOf(m)) && (!h.entry.weak || (m.start < h.start && h.start - m.end <= 300)));
  });

  // a make followed by a capitalised word or a model code (English-like text): make + model
  if (lang !== 'de') {
    for (const h of raw) {
      if (h.kind !== 'make') continue;
      const next = toks[h.lastTok + 1];
      if (!next || !next.spaced || next.broken) continue;
      const w = next.text;
      const capWord = /^\p{Lu}[\p{Ll}\p{M}]{2,}$/u.test(w);
      // a model code: letters with digits (X5, CS35) or a number of 3+ digits (301, 2107)
      const code = (/^(?=.*\p{N})(?=.*\p{L})[\p{L}\p{N}]{2,6}$/u.test(w) && /^\p{Lu}/u.test(w)) || /^\p{N}{3,4}$/u.test(w);
      if (!capWord && !code) continue;
      // (nor a counted noun: `Yutong Bus`, `MAZ Tractor` name the maker, no model)
      if (FOLLOW_WORDS.has(w) || isKnownUnit(w)) continue;
      // the next word must end the name: not itself the start of a place/country/company
      if (raw.some((o) => o.firstTok === h.lastTok + 1 && (o.type === 'GPE' || o.type === 'LOC' || o.kind === 'manufacturer'))) continue;
      const after = toks[h.lastTok + 2];
      if (after && after.spaced && !after.broken && /^\p{Lu}/u.test(after.text) && capWord) continue; // longer capitalised run: a name, not a model
      kept.push({ ...h, end: next.end, text: text.slice(h.start, next.end), type: 'PRODUCT', kind: 'make-capword', id: `model:${makeIdsOf(h)}:${w}`, confidence: 0.75, lastTok: h.lastTok + 1 });
    }
  }

  // extensions: official country prefixes, German place suffixes, legal forms of companies
  const prefixRe = officialPrefixRe(lang);
  const suffixes = PLACES.placeSuffixes[lang] ?? [];
  const officialSuffixes = PLACES.officialSuffixes[lang] ?? [];
  const zoneBefore = zonePrefixRe(lang);
  const extended = kept.map((h) => {
    let { start, end } = h;
    if (h.kind === 'country') {
      const m = prefixRe.exec(text.slice(Math.max(0, start - 48), start));
      if (m) start -= m[1]!.length + m[2]!.length;
    }
    if (h.kind === 'country' && officialSuffixes.length) {
      // Oʻzbekiston Respublikasi(ning), Azərbaycan Respublikası
      const m = /^\s+([\p{L}\p{M}]+)/u.exec(text.slice(end, end + 40));
      if (m && officialSuffixes.some((x) => m[1] === x || (m[1]!.startsWith(x) && TURKIC_SUFFIX.test(m[1]!.slice(x.length))))) end += m[0].length;
    }
    if ((h.type === 'GPE' || h.type === 'LOC') && suffixes.length) {
      const m = /^-(\p{Lu}[\p{L}]+)/u.exec(text.slice(end));
      if (m && suffixes.includes(m[1]!)) end += m[0].length;
    }
    if (h.type === 'ORG') {
      const m = LEGAL_FORM.exec(text.slice(end, end + 12));
      if (m) end += m[0].length;
    }
    if (h.type === 'GPE' && h.kind === 'place' && zoneBefore) {
      // a zone named before its place is one place (LOC): zone industrielle de Navoï, parque industrial de Tijuana
      const m = zoneBefore.exec(text.slice(Math.max(0, start - 60), start));
      if (m) {
        const from = start - m[1]!.length - m[2]!.length;
        return { ...h, start: from, end, text: text.slice(from, end), type: 'LOC' as EntityType, id: `zone:${h.id}`, confidence: 0.85 };
      }
    }
    if (h.type === 'GPE' && h.kind === 'place' && lang === 'en') {
      // a named industrial/economic zone is another place (LOC): Neftchala Industrial Park
      const m = ZONE.exec(text.slice(end, end + 48));
      if (m) return { ...h, start, end: end + m[0].length, text: text.slice(start, end + m[0].length), type: 'LOC' as EntityType, id: `zone:${h.id}`, confidence: 0.85 };
    }
    return start === h.start && end === h.end ? h : { ...h, start, end, text: text.slice(start, end) };
  });

  // German compounds (US-Dollar, China-Reise): a name glued by a hyphen to a common word is no mention
  const filtered = lang === 'de'
    ? extended.filter((h) => {
        const after = text.slice(h.end, h.end + 2);
        const before = text.slice(Math.max(0, h.start - 2), h.start);
        const gluedAfter = /^-[\p{L}]/u.test(after) && !extended.some((o) => o.start === h.end + 1);
        const gluedBefore = /[\p{L}]-$/u.test(before) && !extended.some((o) => o.end === h.start - 1);
        return !(gluedAfter || gluedBefore) || h.type === 'MISC';
      })
    : extended;

  const hits: GazetteerHit[] = filtered.map(({ start, end, text: t, type, id, kind, confidence, lowerCase }) => ({
    start,
    end,
    text: t,
    type,
    id,
    kind,
    confidence,
    ...(lowerCase ? { lowerCase } : {}),
  }));
  if (opts.all) return hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return flatten(hits);
}


function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Longest span first, then the more specific kind, then the earlier start; no overlaps. */
export function flatten<T extends { start: number; end: number; kind?: GazetteerKind; confidence: number }>(hits: T[]): T[] {
  const order = [...hits].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      (b.kind ? KIND_RANK[b.kind] : 0) - (a.kind ? KIND_RANK[a.kind] : 0) ||
      b.confidence - a.confidence ||
      a.start - b.start,
  );
  const picked: T[] = [];
  let maxEnd = 0;
  for (const h of hits) maxEnd = Math.max(maxEnd, h.end);
  const taken = new Uint8Array(maxEnd + 1);
  for (const h of order) {
    let free = true;
    for (let i = h.start; i < h.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, h.start, h.end);
    picked.push(h);
  }
  return picked.sort((a, b) => a.start - b.start);
}

/**
 * What the gazetteer knows `name` (a whole span, e.g. a model's) to be, or null: a hit covering
 * exactly the whole string, in `language`.
 */
export function lookupName(name: string, language: string): GazetteerHit | null {
  const hits = findGazetteerMentions(name, language, { all: true }).filter((h) => h.start === 0 && h.end === name.length);
  if (hits.length === 0) return null;
  return hits.sort((a, b) => KIND_RANK[b.kind] - KIND_RANK[a.kind])[0]!;
}
