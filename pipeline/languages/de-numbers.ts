/** German number words are compounds (`einhunderteinunddreißig`): parsed by splitting, not by table. */
import type { NumWord } from './types.js';

const BELOW_100: Record<string, number> = {
  null: 0,
  eins: 1,
  ein: 1,
  eine: 1,
  zwei: 2,
  zwo: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  fuenf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  zwoelf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  fuenfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
  zwanzig: 20,
  dreißig: 30,
  dreissig: 30,
  vierzig: 40,
  fünfzig: 50,
  fuenfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};

const ORD_STEMS: Array<[string, number]> = [
  ['dreizehnt', 13],
  ['vierzehnt', 14],
  ['fünfzehnt', 15],
  ['sechzehnt', 16],
  ['siebzehnt', 17],
  ['achtzehnt', 18],
  ['neunzehnt', 19],
  ['siebent', 7],
  ['zwoelft', 12],
  ['zwölft', 12],
  ['zweit', 2],
  ['dritt', 3],
  ['viert', 4],
  ['fünft', 5],
  ['fuenft', 5],
  ['sechst', 6],
  ['zehnt', 10],
  ['erst', 1],
  ['siebt', 7],
  ['neunt', 9],
  ['acht', 8],
  ['elft', 11],
];

const SCALES: Record<string, number> = {
  tausend: 1e3,
  tsd: 1e3,
  million: 1e6,
  millionen: 1e6,
  mio: 1e6,
  milliarde: 1e9,
  milliarden: 1e9,
  mrd: 1e9,
  md: 1e9,
  billion: 1e12,
  billionen: 1e12,
  bio: 1e12,
};

function below100(s: string): number | null {
  const direct = BELOW_100[s];
  if (direct !== undefined) return s === 'null' ? 0 : direct;
  const m = /^(ein|zwei|zwo|drei|vier|fünf|fuenf|sechs|sieben|acht|neun)und(zwanzig|dreißig|dreissig|vierzig|fünfzig|fuenfzig|sechzig|siebzig|achtzig|neunzig)$/.exec(s);
  if (m) return BELOW_100[m[1]!]! + BELOW_100[m[2]!]!;
  return null;
}

function below1000(s: string): number | null {
  const i = s.indexOf('hundert');
  if (i < 0) return below100(s);
  const left = s.slice(0, i);
  const right = s.slice(i + 7);
  const l = left === '' ? 1 : below100(left);
  const r = right === '' ? 0 : right.startsWith('und') ? below100(right.slice(3)) : below100(right);
  if (l === null || r === null || l === 0 || l > 99) return null;
  return l * 100 + r;
}

/** Cardinal value of one German word without spaces, or null. */
export function germanCardinal(s: string): number | null {
  const i = s.indexOf('tausend');
  if (i < 0) return below1000(s);
  const left = s.slice(0, i);
  const right = s.slice(i + 7);
  const l = left === '' ? 1 : below1000(left);
  const r = right === '' ? 0 : right.startsWith('und') ? below1000(right.slice(3)) : below1000(right);
  if (l === null || r === null || l === 0) return null;
  return l * 1000 + r;
}

function germanOrdinal(s: string): number | null {
  const m = /^(.*?)(e|en|er|es|em)$/.exec(s);
  if (!m) return null;
  const stem = m[1]!;
  for (const [suffix, v] of ORD_STEMS) {
    if (!stem.endsWith(suffix)) continue;
    const prefix = stem.slice(0, -suffix.length);
    if (prefix === '') return v;
    const base = prefix.endsWith('und') ? prefix.slice(0, -3) : prefix;
    if (!/(hundert|tausend)$/.test(base)) continue;
    const p = germanCardinal(base);
    if (p !== null) return p + v;
  }
  if (stem.endsWith('st')) {
    const base = stem.slice(0, -2);
    if (/(zig|ßig|ssig|hundert|tausend)$/.test(base)) {
      const v = germanCardinal(base);
      if (v !== null) return v;
    }
    if (/(million|milliard)$/.test(base)) return base.endsWith('million') ? 1e6 : 1e9;
  }
  return null;
}

const ARTICLE_FORMS = new Set(['ein', 'eine', 'einer', 'einen', 'einem', 'eines']);

/** Bare ordinal stems used after `zu` (`zu dritt`, `zu viert`). */
export function germanBareOrdinal(s: string): number | null {
  for (const [suffix, v] of ORD_STEMS) if (s === suffix) return v;
  return null;
}

/** Cheap filter: every German number word contains one of these pieces. */
const NUMBERISH = /ein|zw[eoö]|drei|vier|f[üu]e?nf|sechs|sieb|acht|neun|zehn|elf|zig|ßig|ssig|hundert|tausend|milli|billi|^mio$|^mrd$|^tsd$|^md$|^bio$|^null$|dutzend|halb|erst|dritt/;

/** The number reading of one lower-cased German word. */
export function germanWord(w: string): NumWord | null {
  if (!NUMBERISH.test(w)) return null;
  if (ARTICLE_FORMS.has(w)) return { kind: 'unit', value: 1, article: true };
  if (w === 'eins') return { kind: 'unit', value: 1 };
  const scale = SCALES[w];
  if (scale !== undefined) return { kind: 'scale', value: scale };
  if (w === 'hundert') return { kind: 'hundred', value: 100 };
  if (w === 'dutzend') return { kind: 'dozen', value: 12 };
  if (w === 'halb' || w === 'halbe' || w === 'halben' || w === 'halbes' || w === 'halber')
    return { kind: 'unit', value: 2, ordinal: true, fraction: true };
  if (w === 'anderthalb' || w === 'eineinhalb' || w === 'einundhalb') return { kind: 'compound', value: 1.5 };
  const halb = /^(.+?)einhalb$/.exec(w);
  if (halb) {
    const v = germanCardinal(halb[1]!);
    if (v !== null) return { kind: 'compound', value: v + 0.5 };
  }
  const c = germanCardinal(w);
  if (c !== null) {
    if (c === 0) return { kind: 'zero', value: 0 };
    if (c < 10) return { kind: 'unit', value: c };
    if (c < 20) return { kind: 'teen', value: c };
    if (c < 100 && c % 10 === 0) return { kind: 'tens', value: c };
    return { kind: 'compound', value: c };
  }
  // fractions: a cardinal or an ordinal stem + (s)tel (`Viertel`, `Drittel`, `Achtel`, `Zwanzigstel`, `Hundertstel`)
  const frac = /^(.+?)s?tel$/.exec(w);
  if (frac) {
    const d = germanCardinal(frac[1]!) ?? germanBareOrdinal(`${frac[1]!}t`);
    if (d !== null && d > 2) return { kind: 'unit', value: d, ordinal: true, fraction: true };
  }
  const o = germanOrdinal(w);
  if (o !== null) {
    if (o >= 1e6 && (o === 1e6 || o === 1e9)) return { kind: 'scale', value: o, ordinal: true };
    return { kind: o < 10 ? 'unit' : o < 20 ? 'teen' : 'compound', value: o, ordinal: true };
  }
  return null;
}
