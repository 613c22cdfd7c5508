/**
 * Per-language tables: number words, scale words, separators. Pure data plus small lookups.
 * Languages: eng, deu, rus, fra, spa (ISO 639-3); anything else reads as `und` (digits only,
 * separator readings flagged ambiguous).
 */
import type { LanguageCode } from '../types.js';
import { germanWord } from './german.js';

export type Lang = 'eng' | 'deu' | 'rus' | 'fra' | 'spa' | 'und';

export function toLang(code: LanguageCode): Lang {
  switch (code) {
    case 'eng':
    case 'en':
      return 'eng';
    case 'deu':
    case 'de':
    case 'ger':
      return 'deu';
    case 'rus':
    case 'ru':
      return 'rus';
    case 'fra':
    case 'fr':
    case 'fre':
      return 'fra';
    case 'spa':
    case 'es':
      return 'spa';
    default:
      return 'und';
  }
}

/** What a word contributes to a spelled-out number. */
export type WordKind = 'compound' | 'zero' | 'unit' | 'teen' | 'tens' | 'hundred' | 'hundreds' | 'scale' | 'dozen';

export interface NumWord {
  kind: WordKind;
  value: number;
  /** Ordinal form (`first`, `zweiten`, `второй`, `troisième`). */
  ordinal?: boolean;
  /** Plural ordinal used as a fraction denominator (`fifths`, `thirds`, `halves`). */
  fraction?: boolean;
  /** Indefinite-article form that also means one (`a`, `ein`, `eine`, `un`, `une`). */
  article?: boolean;
}

/** Decimal mark when a lone separator is followed by exactly three digits is ambiguous. */
export interface Separators {
  /** Separator read as the decimal mark when it appears alone. */
  decimal: ',' | '.' | null;
}

export const SEPARATORS: Record<Lang, Separators> = {
  eng: { decimal: '.' },
  deu: { decimal: ',' },
  rus: { decimal: ',' },
  fra: { decimal: ',' },
  spa: { decimal: ',' },
  und: { decimal: null },
};

const EN_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_ORD_UNITS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const EN_ORD_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];

function buildEnglish(): Map<string, NumWord> {
  const m = new Map<string, NumWord>();
  const put = (w: string, e: NumWord): void => {
    m.set(w, e);
  };
  EN_UNITS.forEach((w, i) => put(w, { kind: i === 0 ? 'zero' : 'unit', value: i }));
  put('nought', { kind: 'zero', value: 0 });
  put('naught', { kind: 'zero', value: 0 });
  put('a', { kind: 'unit', value: 1, article: true });
  put('an', { kind: 'unit', value: 1, article: true });
  EN_TEENS.forEach((w, i) => put(w, { kind: 'teen', value: 10 + i }));
  EN_TENS.forEach((w, i) => w && put(w, { kind: 'tens', value: 10 * i }));
  EN_ORD_UNITS.forEach((w, i) => i && put(w, { kind: 'unit', value: i, ordinal: true }));
  EN_ORD_TEENS.forEach((w, i) => put(w, { kind: 'teen', value: 10 + i, ordinal: true }));
  EN_TENS.forEach((w, i) => w && put(w.slice(0, -1) + 'ieth', { kind: 'tens', value: 10 * i, ordinal: true }));
  // plural ordinals as fraction denominators
  for (const [w, e] of [...m]) {
    if (e.ordinal && e.value > 2) put(w + 's', { ...e, fraction: true });
  }
  put('firsts', { kind: 'unit', value: 1, ordinal: true, fraction: true });
  put('half', { kind: 'unit', value: 2, ordinal: true, fraction: true });
  put('halves', { kind: 'unit', value: 2, ordinal: true, fraction: true });
  put('quarter', { kind: 'unit', value: 4, ordinal: true, fraction: true });
  put('quarters', { kind: 'unit', value: 4, ordinal: true, fraction: true });
  put('hundred', { kind: 'hundred', value: 100 });
  put('hundreds', { kind: 'hundred', value: 100 });
  put('hundredth', { kind: 'hundred', value: 100, ordinal: true });
  put('hundredths', { kind: 'hundred', value: 100, ordinal: true, fraction: true });
  const scales: Array<[string, number]> = [
    ['thousand', 1e3],
    ['million', 1e6],
    ['billion', 1e9],
    ['trillion', 1e12],
    ['lakh', 1e5],
    ['lakhs', 1e5],
    ['crore', 1e7],
    ['crores', 1e7],
    ['bn', 1e9],
    ['mn', 1e6],
    ['mln', 1e6],
    ['mil', 1e6],
    ['mio', 1e6],
    ['trn', 1e12],
  ];
  for (const [w, v] of scales) {
    put(w, { kind: 'scale', value: v });
    if (/^[a-z]+(and|ion|lion)$/.test(w)) {
      put(w + 's', { kind: 'scale', value: v });
      put(w + 'th', { kind: 'scale', value: v, ordinal: true });
      put(w + 'ths', { kind: 'scale', value: v, ordinal: true, fraction: true });
    }
  }
  put('dozen', { kind: 'dozen', value: 12 });
  put('dozens', { kind: 'dozen', value: 12 });
  put('dz', { kind: 'dozen', value: 12 });
  put('dzs', { kind: 'dozen', value: 12 });
  return m;
}

function buildFrench(): Map<string, NumWord> {
  const m = new Map<string, NumWord>();
  const units = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
  units.forEach((w, i) => m.set(w, { kind: i ? 'unit' : 'zero', value: i }));
  m.set('une', { kind: 'unit', value: 1, article: true });
  m.set('un', { kind: 'unit', value: 1, article: true });
  ['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'].forEach((w, i) => m.set(w, { kind: 'teen', value: 10 + i }));
  const tens: Array<[string, number]> = [
    ['vingt', 20],
    ['vingts', 20],
    ['trente', 30],
    ['quarante', 40],
    ['cinquante', 50],
    ['soixante', 60],
  ];
  for (const [w, v] of tens) m.set(w, { kind: 'tens', value: v });
  m.set('cent', { kind: 'hundred', value: 100 });
  m.set('cents', { kind: 'hundred', value: 100 });
  m.set('mille', { kind: 'scale', value: 1e3 });
  m.set('mil', { kind: 'scale', value: 1e3 });
  for (const [w, v] of [
    ['million', 1e6],
    ['millions', 1e6],
    ['milliard', 1e9],
    ['milliards', 1e9],
    ['md', 1e9],
    ['mds', 1e9],
    ['mrd', 1e9],
    ['mln', 1e6],
  ] as Array<[string, number]>)
    m.set(w, { kind: 'scale', value: v });
  m.set('douzaine', { kind: 'dozen', value: 12 });
  m.set('premier', { kind: 'unit', value: 1, ordinal: true });
  m.set('première', { kind: 'unit', value: 1, ordinal: true });
  m.set('premiers', { kind: 'unit', value: 1, ordinal: true });
  m.set('premières', { kind: 'unit', value: 1, ordinal: true });
  m.set('second', { kind: 'unit', value: 2, ordinal: true });
  m.set('seconde', { kind: 'unit', value: 2, ordinal: true });
  // -ième ordinals
  for (const [w, e] of [...m]) {
    if (e.ordinal || e.article || e.kind === 'scale' && w.length < 4) continue;
    let stem = w.endsWith('e') ? w.slice(0, -1) : w;
    if (w === 'cinq') stem = 'cinqu';
    if (w === 'neuf') stem = 'neuv';
    if (w.endsWith('s') && e.kind !== 'unit') continue;
    if (!m.has(stem + 'ième')) m.set(stem + 'ième', { ...e, ordinal: true });
    if (!m.has(stem + 'ièmes')) m.set(stem + 'ièmes', { ...e, ordinal: true });
  }
  m.delete('unième');
  return m;
}

function buildSpanish(): Map<string, NumWord> {
  const m = new Map<string, NumWord>();
  ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'].forEach((w, i) =>
    m.set(w, { kind: i ? 'unit' : 'zero', value: i }),
  );
  m.set('un', { kind: 'unit', value: 1, article: true });
  m.set('una', { kind: 'unit', value: 1, article: true });
  [
    'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve',
  ].forEach((w, i) => m.set(w, { kind: 'teen', value: 10 + i }));
  m.set('dieciseis', { kind: 'teen', value: 16 });
  ['veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'].forEach((w, i) =>
    m.set(w, { kind: 'tens', value: 20 + 10 * i }),
  );
  ['veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve'].forEach(
    (w, i) => m.set(w, { kind: 'teen', value: 21 + i }),
  );
  m.set('veintiún', { kind: 'teen', value: 21 });
  m.set('cien', { kind: 'hundred', value: 100 });
  m.set('ciento', { kind: 'hundred', value: 100 });
  const hundreds: Array<[string, number]> = [
    ['doscientos', 200],
    ['trescientos', 300],
    ['cuatrocientos', 400],
    ['quinientos', 500],
    ['seiscientos', 600],
    ['setecientos', 700],
    ['ochocientos', 800],
    ['novecientos', 900],
  ];
  for (const [w, v] of hundreds) {
    m.set(w, { kind: 'hundreds', value: v });
    m.set(w.slice(0, -2) + 'as', { kind: 'hundreds', value: v });
  }
  m.set('mil', { kind: 'scale', value: 1e3 });
  for (const [w, v] of [
    ['millón', 1e6],
    ['millon', 1e6],
    ['millones', 1e6],
    ['millardo', 1e9],
    ['millardos', 1e9],
    ['billón', 1e12],
    ['billones', 1e12],
    ['mdd', 1e6],
  ] as Array<[string, number]>)
    m.set(w, { kind: 'scale', value: v });
  m.set('docena', { kind: 'dozen', value: 12 });
  const ords: Array<[string, number]> = [
    ['primer', 1],
    ['primero', 1],
    ['primera', 1],
    ['segundo', 2],
    ['segunda', 2],
    ['tercer', 3],
    ['tercero', 3],
    ['tercera', 3],
    ['cuarto', 4],
    ['cuarta', 4],
    ['quinto', 5],
    ['quinta', 5],
    ['sexto', 6],
    ['sexta', 6],
    ['séptimo', 7],
    ['séptima', 7],
    ['octavo', 8],
    ['octava', 8],
    ['noveno', 9],
    ['novena', 9],
    ['décimo', 10],
    ['décima', 10],
  ];
  for (const [w, v] of ords) {
    m.set(w, { kind: v === 10 ? 'teen' : 'unit', value: v, ordinal: true });
    m.set(w + 's', { kind: v === 10 ? 'teen' : 'unit', value: v, ordinal: true });
  }
  return m;
}

/** Russian: stems with case endings. */
const RU_PATTERNS: Array<[RegExp, NumWord]> = [
  [/^нол(ь|я|ю|ём|ем|е)$|^нул(ь|я|ю|ём|ем|е)$/, { kind: 'zero', value: 0 }],
  [/^(один|одна|одно|одного|одной|одному|одним|одном|одну|одни|одних)$/, { kind: 'unit', value: 1 }],
  [/^(два|две|двух|двум|двумя)$/, { kind: 'unit', value: 2 }],
  [/^(три|трёх|трех|трём|трем|тремя)$/, { kind: 'unit', value: 3 }],
  [/^(четыре|четырёх|четырех|четырём|четырем|четырьмя)$/, { kind: 'unit', value: 4 }],
  [/^пят(ь|и|ью)$/, { kind: 'unit', value: 5 }],
  [/^шест(ь|и|ью)$/, { kind: 'unit', value: 6 }],
  [/^сем(ь|и|ью)$/, { kind: 'unit', value: 7 }],
  [/^вос(емь|ьми|емью|ьмью)$/, { kind: 'unit', value: 8 }],
  [/^девят(ь|и|ью)$/, { kind: 'unit', value: 9 }],
  [/^десят(ь|и|ью)$/, { kind: 'teen', value: 10 }],
  [/^одиннадцат(ь|и|ью)$/, { kind: 'teen', value: 11 }],
  [/^двенадцат(ь|и|ью)$/, { kind: 'teen', value: 12 }],
  [/^тринадцат(ь|и|ью)$/, { kind: 'teen', value: 13 }],
  [/^четырнадцат(ь|и|ью)$/, { kind: 'teen', value: 14 }],
  [/^пятнадцат(ь|и|ью)$/, { kind: 'teen', value: 15 }],
  [/^шестнадцат(ь|и|ью)$/, { kind: 'teen', value: 16 }],
  [/^семнадцат(ь|и|ью)$/, { kind: 'teen', value: 17 }],
  [/^восемнадцат(ь|и|ью)$/, { kind: 'teen', value: 18 }],
  [/^девятнадцат(ь|и|ью)$/, { kind: 'teen', value: 19 }],
  [/^двадцат(ь|и|ью)$/, { kind: 'tens', value: 20 }],
  [/^тридцат(ь|и|ью)$/, { kind: 'tens', value: 30 }],
  [/^сорок(а)?$/, { kind: 'tens', value: 40 }],
  [/^пят(ьдесят|идесяти)$/, { kind: 'tens', value: 50 }],
  [/^шест(ьдесят|идесяти)$/, { kind: 'tens', value: 60 }],
  [/^сем(ьдесят|идесяти)$/, { kind: 'tens', value: 70 }],
  [/^вос(емьдесят|ьмидесяти)$/, { kind: 'tens', value: 80 }],
  [/^девяност(о|а)$/, { kind: 'tens', value: 90 }],
  [/^ст(о|а)$/, { kind: 'hundreds', value: 100 }],
  [/^(двести|двухсот)$/, { kind: 'hundreds', value: 200 }],
  [/^(триста|трёхсот|трехсот)$/, { kind: 'hundreds', value: 300 }],
  [/^(четыреста|четырёхсот|четырехсот)$/, { kind: 'hundreds', value: 400 }],
  [/^пят(ьсот|исот)$/, { kind: 'hundreds', value: 500 }],
  [/^шест(ьсот|исот)$/, { kind: 'hundreds', value: 600 }],
  [/^сем(ьсот|исот)$/, { kind: 'hundreds', value: 700 }],
  [/^вос(емьсот|ьмисот)$/, { kind: 'hundreds', value: 800 }],
  [/^девят(ьсот|исот)$/, { kind: 'hundreds', value: 900 }],
  [/^(тысяч(а|и|у|ей|ами|ах)?|тыс)$/, { kind: 'scale', value: 1e3 }],
  [/^(миллион(а|ов|у|ом|ами|ах)?|млн)$/, { kind: 'scale', value: 1e6 }],
  [/^(миллиард(а|ов|у|ом|ами|ах)?|млрд)$/, { kind: 'scale', value: 1e9 }],
  [/^(триллион(а|ов|у|ом|ами|ах)?|трлн)$/, { kind: 'scale', value: 1e12 }],
  [/^перв(ый|ая|ое|ого|ой|ому|ым|ом|ых|ую|ые|ыми)$/, { kind: 'unit', value: 1, ordinal: true }],
  [/^втор(ой|ая|ое|ого|ому|ым|ом|ых|ую|ые|ыми)$/, { kind: 'unit', value: 2, ordinal: true }],
  [/^трет(ий|ья|ье|ьего|ьей|ьему|ьим|ьем|ьих|ью|ьи)$/, { kind: 'unit', value: 3, ordinal: true }],
  [/^четв[её]рт(ый|ая|ое|ого|ой|ому|ым|ом|ых|ую|ые)$/, { kind: 'unit', value: 4, ordinal: true }],
  [/^пят(ый|ая|ое|ого|ой|ому|ым|ом|ых|ую|ые)$/, { kind: 'unit', value: 5, ordinal: true }],
  [/^шест(ой|ая|ое|ого|ому|ым|ом|ых|ую|ые)$/, { kind: 'unit', value: 6, ordinal: true }],
  [/^седьм(ой|ая|ое|ого|ому|ым|ом|ых|ую|ые)$/, { kind: 'unit', value: 7, ordinal: true }],
  [/^восьм(ой|ая|ое|ого|ому|ым|ом|ых|ую|ые)$/, { kind: 'unit', value: 8, ordinal: true }],
  [/^девят(ый|ая|ое|ого|ой|ому|ым|ом|ых|ую|ые)$/, { kind: 'unit', value: 9, ordinal: true }],
  [/^десят(ый|ая|ое|ого|ой|ому|ым|ом|ых|ую|ые)$/, { kind: 'teen', value: 10, ordinal: true }],
];

const EN = buildEnglish();
const FR = buildFrench();
const ES = buildSpanish();

/** The number reading of one lower-cased word (German compounds: see `parseGermanWord`). */
export function lookupWord(lang: Lang, w: string): NumWord | null {
  switch (lang) {
    case 'eng':
      return EN.get(w) ?? null;
    case 'und': {
      // unknown language: digits only, plus the international scale words
      const e = EN.get(w);
      return e && e.kind === 'scale' && !e.ordinal ? e : null;
    }
    case 'fra':
      return FR.get(w) ?? null;
    case 'spa':
      return ES.get(w) ?? null;
    case 'rus':
      for (const [re, e] of RU_PATTERNS) if (re.test(w)) return e;
      return null;
    case 'deu':
      return germanWord(w);
  }
}

/** Connector words allowed inside a spelled-out number. */
export const CONNECTORS: Record<Lang, ReadonlySet<string>> = {
  eng: new Set(['and']),
  und: new Set(['and']),
  deu: new Set([]),
  rus: new Set([]),
  fra: new Set(['et']),
  spa: new Set(['y']),
};
