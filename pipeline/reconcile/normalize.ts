/**
 * Name normalisation for reconciliation: one surface form in, the comparable parts out.
 *
 * Unicode NFKC, quotes and possessives, transliteration of any script to Latin (`transliteration`),
 * case folding, initialisms (`A.B.C.` → `abc`), `&` → `and`, number words, legal forms
 * (stripped into `legalForm`), person titles, generic heads (`… vehicle production plant`,
 * `… Region`), and a phonetic key per token that folds the usual romanisation variants
 * (kh/ch/h, sh/sch, zh/j, dj/dzh/dsch, ou/u, ya/ja, w/v, z/s, avto/auto, doubled letters…).
 * Pure: no I/O.
 */
import { transliterate } from 'transliteration';
import { LEGAL_FORMS as LEGAL_FORM_SURFACES } from '../languages/index.js';
import type { EntityType } from '../types.js';
import { memoize } from '../memo.js';

export interface NormalizedName {
  /** The surface cleaned for display: quotes, possessive, legal form and titles removed (a generic head is kept). */
  display: string;
  /** Phonetic key: the phonetic form of every kept token, joined by one space. */
  key: string;
  /** Kept tokens, Latin, lower case, without diacritics. */
  tokens: string[];
  /** Canonical legal form that was stripped (`JSC`, `LLC`, `AG`…), or null. */
  legalForm: string | null;
  /** `tokens` joined by one space. */
  latin: string;
  /** Phonetic form of each token (same order as `tokens`). */
  phonetic: string[];
  /** Stripped generic head (`plant`, `region`, `industrial zone`…), lower case, or null. */
  head: string | null;
  /** Han/Hangul/Kana letters of the surface (no spaces), when the name is written in them; else null. */
  cjk: string | null;
}

/* ----------------------------------------------------------------------------------------- */
/* Word lists (data, small and closed).                                                       */
/* ----------------------------------------------------------------------------------------- */

/** Classes that say little about identity: they never conflict with another form. */
export const WEAK_LEGAL_FORMS: ReadonlySet<string> = new Set(['INC', 'CORP', 'CO', 'LTD']);


/** Forms that are too ambiguous to strip at the start of a name (`AS Roma`, `SA Power`, `SE Asia`). */
const NO_LEADING_STRIP = new Set(['as', 'sa', 'se', 'sl', 'ag', 'co', 'company', 'limited', 'ab', 'kg', 'lp', 'spa', 'sas', 'oy', 'publ', 'and']);

const PERSON_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mister', 'dr', 'prof', 'professor', 'president', 'prasident', 'praesident',
  'president-elect', 'sir', 'dame', 'lord', 'lady', 'shaikh', 'sheikh', 'sheik', 'shaykh', 'mullah', 'mulla',
  'maulvi', 'mawlawi', 'gen', 'general', 'col', 'colonel', 'herr', 'frau', 'monsieur', 'madame', 'mme',
  'senator', 'sen', 'rep', 'hon', 'honorable', 'rev', 'reverend', 'his', 'her', 'excellency',
  'gospodin', 'janob', 'khokim', 'hokim', 'chokim', 'minister',
]);

/** Words that carry no identity at the start of a non-person name. */
const LEADING_ARTICLES = new Set(['the', 'der', 'die', 'das', 'le', 'la', 'les', 'el']);

/** Generic heads per type: trailing words naming the kind of thing, plus descriptive words before them. */
const GENERIC_HEADS: Partial<Record<EntityType, { heads: Set<string>; modifiers: Set<string> }>> = {
  ORG: {
    heads: new Set(['plant', 'plants', 'factory', 'works', 'werk', 'werke', 'zavod', 'zavodi', 'fabrik', 'kombinat', 'facility']),
    modifiers: new Set(['vehicle', 'vehicles', 'car', 'cars', 'automobile', 'automotive', 'auto', 'production', 'assembly', 'manufacturing', 'truck', 'bus', 'engine', 'automobil', 'montage']),
  },
  GPE: {
    heads: new Set(['region', 'province', 'oblast', 'oblasti', 'viloyati', 'viloyat', 'district', 'rayon', 'raion', 'rayoni', 'tuman', 'tumani', 'city', 'town', 'municipality', 'governorate', 'county', 'prefecture', 'gebiet', 'bezirk', 'provinz', 'kreis', 'stadt', 'oblys', 'shahri', 'gorod', 'rajon', 'raioni']),
    modifiers: new Set(),
  },
  LOC: {
    heads: new Set(['park', 'zone', 'area', 'estate', 'district', 'region', 'cluster', 'hub']),
    modifiers: new Set(['industrial', 'economic', 'free', 'special', 'technology', 'techno', 'science', 'logistics', 'business', 'industry']),
  },
};

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

const ROMAN = new Map<string, number>([
  ['ii', 2], ['iii', 3], ['iv', 4], ['vi', 6], ['vii', 7], ['viii', 8], ['ix', 9], ['x', 10], ['xi', 11],
  ['xii', 12], ['xiii', 13], ['xiv', 14], ['xv', 15], ['xvi', 16], ['xvii', 17], ['xviii', 18], ['xix', 19], ['xx', 20],
]);

const ABBREVIATIONS: Record<string, string> = {
  intl: 'international', int: 'international', natl: 'national', mfg: 'manufacturing', bros: 'brothers',
  assn: 'association', dept: 'department', govt: 'government', univ: 'university', inst: 'institute',
  ctr: 'center', centre: 'center', organisation: 'organization', svc: 'services', grp: 'group', hldgs: 'holdings',
};

/**
 * Cyrillic letters whose default romanisation by `transliteration` is not the common one, set in its
 * character map (a `replace` option instead compiles one RegExp per letter on every call: 10× slower).
 */
transliterate.setData({
  Ц: 'Ts', ц: 'ts', Х: 'Kh', х: 'kh', Щ: 'Shch', щ: 'shch', Ё: 'Yo', ё: 'yo', Ў: 'O', ў: 'o',
  Қ: 'Q', қ: 'q', Ғ: 'G', ғ: 'g', Ҳ: 'H', ҳ: 'h', Ә: 'A', ә: 'a', Ө: 'O', ө: 'o', Ү: 'U', ү: 'u', Ұ: 'U', ұ: 'u',
  Һ: 'H', һ: 'h', Ң: 'Ng', ң: 'ng', І: 'I', і: 'i', Ї: 'Yi', ї: 'yi', Є: 'Ye', є: 'ye', Ґ: 'G', ґ: 'g',
});

/* ----------------------------------------------------------------------------------------- */
/* Word-level helpers.                                                                        */
/* ----------------------------------------------------------------------------------------- */

const CJK_RE = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const NON_LATIN_RE = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/** Latin, case-folded, diacritic-free form of any text (remembered: transliteration was 13% of a worker's linking CPU). */
export const toLatin: (text: string) => string = memoize(
  (text: string): string => {
    const t = NON_LATIN_RE.test(text) || /[^\x00-\x7f]/.test(text)
      ? transliterate(text, { unknown: ' ' })
      : text;
    return t.toLowerCase();
  },
  { size: 20_000 },
);

/** Tokens of one whitespace-free word (`Coca-Cola` → coca, cola; `A.B.C.` → abc; `&` → and). */
function wordTokens(word: string): string[] {
  let w = toLatin(word);
  w = w.replace(/(?<![\p{L}\p{N}])\p{L}(?:\.\p{L})+\.?(?![\p{L}\p{N}])/gu, (m) => m.replace(/\./g, ''));
  w = w.replace(/\ba\/s\b/g, 'as').replace(/&/g, ' and ').replace(/'/g, '');
  w = w.replace(/[^\p{L}\p{N}]+/gu, ' ');
  return w.split(' ').filter(Boolean);
}

/** The packs' legal forms (`pipeline/languages`) as token sequences after word normalisation, longest first. */
const LEGAL_FORMS: ReadonlyArray<{ cls: string; seq: string[] }> = [
  ...new Map(
    LEGAL_FORM_SURFACES.flatMap(([cls, surfaces]) => surfaces.map((surface) => {
      const seq = surface.split(/\s+/u).flatMap(wordTokens);
      return [`${cls} ${seq.join(' ')}`, { cls, seq }] as const;
    })),
  ).values(),
].sort((a, b) => b.seq.length - a.seq.length);

/** Phonetic form of one Latin lower-case token: folds the usual romanisation variants. */
export function phoneticToken(token: string): string {
  if (/^\d+$/.test(token)) return token;
  let t = token.replace(/^x/, 'X').replace(/x/g, 'ks');
  t = t.replace(/dsch|dzh|dzs|dj|dž|tsch|tch|tsh/g, (m) => (m.startsWith('d') ? 'J' : 'C'));
  t = t.replace(/sch|sh|ş|ŝ|š/g, 'X');
  t = t.replace(/zh|ž/g, 'J');
  t = t.replace(/kh|ch/g, 'H');
  t = t.replace(/ph/g, 'f').replace(/th/g, 't').replace(/gh/g, 'g').replace(/dh/g, 'd');
  t = t.replace(/ck/g, 'k').replace(/q/g, 'k');
  t = t.replace(/ts|tz/g, 's');
  t = t.replace(/c(?=[eiy])/g, 's').replace(/c/g, 'k');
  t = t.replace(/w/g, 'v').replace(/z/g, 's');
  t = t.replace(/ou|oo/g, 'u').replace(/ee|ie(?=.)/g, 'i');
  t = t.replace(/au(?![aeiou])/g, 'av');
  t = t.replace(/j/g, 'y').replace(/J/g, 'j');
  t = t.replace(/y(?=[aeiou])/g, 'j').replace(/y/g, 'i');
  t = t.replace(/([aeiou])h(?=[^aeiouh])/g, '$1');
  t = t.replace(/(.)\1+/g, '$1');
  return t.replace(/C/g, 'c').replace(/X/g, 'x').replace(/H/g, 'h');
}

function seqAt(tokens: string[], start: number, seq: string[]): boolean {
  if (start < 0 || start + seq.length > tokens.length) return false;
  for (let i = 0; i < seq.length; i++) if (tokens[start + i] !== seq[i]) return false;
  return true;
}

interface Tok {
  t: string;
  /** Index of the surface word this token comes from. */
  word: number;
}

/** Number words and ordinals to digits; `forty 4` → `44`; Roman numerals for non-persons. */
function numberTokens(toks: Tok[], type: EntityType | undefined): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    let t = tok.t;
    const ord = /^(\d+)(st|nd|rd|th)$/.exec(t);
    if (ord) t = ord[1]!;
    else if (t in NUMBER_WORDS && toks.length > 1) t = String(NUMBER_WORDS[t]);
    else if (type !== 'PER' && i > 0 && ROMAN.has(t)) t = String(ROMAN.get(t));
    else if (type !== 'PER' && type !== undefined && i > 0 && i === toks.length - 1 && t === 'i') t = '1';
    const prev = out[out.length - 1];
    if (prev && /^[2-9]0$/.test(prev.t) && /^[1-9]$/.test(t)) {
      prev.t = String(Number(prev.t) + Number(t));
      continue;
    }
    out.push({ t, word: tok.word });
  }
  return out;
}

/* ----------------------------------------------------------------------------------------- */
/* normalizeName                                                                              */
/* ----------------------------------------------------------------------------------------- */

/** Cleans quotes, possessives and spacing; keeps case (the basis of `display`). */
export function cleanSurface(surface: string): string {
  return surface
    .normalize('NFKC')
    .replace(/[’‘ʼʻ`´′]/g, "'")
    .replace(/["«»„“”‟〝〞]/g, ' ')
    .replace(/(\p{L})'s(?![\p{L}\p{N}])/gu, '$1')
    .replace(/(\p{L}s)'(?![\p{L}\p{N}])/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function stripLegalForms(toks: Tok[]): { toks: Tok[]; forms: string[] } {
  const forms: string[] = [];
  let changed = true;
  let list = toks;
  while (changed && list.length > 1) {
    changed = false;
    const tokens = list.map((x) => x.t);
    for (const lf of LEGAL_FORMS) {
      if (lf.seq.length < list.length && seqAt(tokens, list.length - lf.seq.length, lf.seq)) {
        forms.push(lf.cls);
        list = list.slice(0, list.length - lf.seq.length);
        changed = true;
        break;
      }
      if (lf.seq.length < list.length && !NO_LEADING_STRIP.has(lf.seq[0]!) && seqAt(tokens, 0, lf.seq)) {
        forms.push(lf.cls);
        list = list.slice(lf.seq.length);
        changed = true;
        break;
      }
    }
    // "Goldman Sachs & Co." leaves a dangling "and".
    while (list.length > 1 && list[list.length - 1]!.t === 'and') {
      list = list.slice(0, -1);
      changed = true;
    }
  }
  return { toks: list, forms };
}

/** The most telling of the stripped legal forms: a strong class first, else the first weak one. */
function pickLegalForm(forms: string[]): string | null {
  return forms.find((f) => !WEAK_LEGAL_FORMS.has(f)) ?? forms[0] ?? null;
}

function stripGenericHead(toks: Tok[], type: EntityType | undefined): { toks: Tok[]; head: string | null } {
  const spec = type ? GENERIC_HEADS[type] : undefined;
  if (!spec || toks.length < 2) return { toks, head: null };
  let end = toks.length;
  if (!spec.heads.has(toks[end - 1]!.t)) return { toks, head: null };
  end -= 1;
  while (end > 1 && spec.modifiers.has(toks[end - 1]!.t)) end -= 1;
  if (end === 0) return { toks, head: null };
  return { toks: toks.slice(0, end), head: toks.slice(end).map((x) => x.t).join(' ') };
}

/**
 * Normalises one surface form. `type` switches the type-specific rules: legal forms (ORG, or no
 * type given) and plant-like heads for ORG, titles for PER, administrative heads for GPE, zone heads for LOC.
 */
export const normalizeName: (surface: string, type?: EntityType) => NormalizedName = memoize(computeNormalizedName, {
  size: 20_000,
  key: (surface, type) => `${type ?? ''}\u0000${surface}`,
});

function computeNormalizedName(surface: string, type?: EntityType): NormalizedName {
  const cleaned = cleanSurface(surface);
  // "Randolph, Gena" → "Gena Randolph" for persons.
  let ordered = cleaned;
  if (type === 'PER') {
    const parts = cleaned.split(',');
    if (parts.length === 2 && parts[0]!.trim() && parts[1]!.trim() && parts[0]!.trim().split(' ').length <= 3) {
      ordered = `${parts[1]!.trim()} ${parts[0]!.trim()}`;
    }
  }
  const words = ordered.split(' ').filter(Boolean);
  let toks: Tok[] = [];
  words.forEach((w, word) => {
    for (const t of wordTokens(w)) toks.push({ t: ABBREVIATIONS[t] ?? t, word });
  });
  toks = numberTokens(toks, type);

  let forms: string[] = [];
  if (type === 'ORG' || type === undefined) {
    const stripped = stripLegalForms(toks);
    toks = stripped.toks;
    forms = stripped.forms;
  }
  if (type !== 'PER' && type !== 'GPE' && type !== 'LOC') {
    while (toks.length > 1 && LEADING_ARTICLES.has(toks[0]!.t)) toks = toks.slice(1);
  }
  if (type === 'PER') {
    const kept = toks.filter((x) => !PERSON_TITLES.has(x.t));
    if (kept.length) toks = kept;
  }
  if (type === 'GPE' || type === 'LOC') {
    // "the Netherlands" = "Netherlands"; "El Paso" and "La Paz" keep their article.
    while (toks.length > 1 && toks[0]!.t === 'the') toks = toks.slice(1);
  }
  // The display keeps a generic head ("Kashkadarya Region", "Neftchala Industrial Park").
  const keptWords = new Set(toks.map((x) => x.word));
  const { toks: core, head } = stripGenericHead(toks, type);
  toks = core;
  // "Sergey Sergey Shoigu": a repeated token says nothing more.
  const seen = new Set<string>();
  toks = toks.filter((x) => (seen.has(x.t) ? false : (seen.add(x.t), true)));

  const display = words
    .filter((_, i) => keptWords.has(i))
    .join(' ')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
    .replace(/\s*\(\s*$/, '');
  const tokens = toks.map((x) => x.t);
  const phonetic = tokens.map(phoneticToken);
  const cjkLetters = CJK_RE.test(cleaned) ? cleaned.replace(/[^\p{L}]/gu, '') : null;
  return {
    display: display || cleaned,
    key: phonetic.join(' '),
    tokens,
    legalForm: pickLegalForm(forms),
    latin: tokens.join(' '),
    phonetic,
    head,
    cjk: cjkLetters,
  };
}
