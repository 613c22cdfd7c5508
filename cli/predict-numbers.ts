/**
 * `newsflow predict numbers FILE.jsonl`: one `{"results":[…]}` line per case of a
 * Recognizers-Text-style spec file. The numbers stage does the reading; this module only shapes
 * its output to what each spec asks for (NumberModel: every numeral; OrdinalModel: ordinals;
 * PercentModel: percents; CurrencyModel: money; NumberRangeModel: ranges; Dimension /
 * Temperature / Age: quantities in those units).
 */
import type { Writable } from 'node:stream';
import { packFor, perLanguage, UNDETERMINED_PACK, type Comparison, type LanguagePack, type RelativePosition } from '../pipeline/languages/index.js';
import { currencyAt, extractNumbers, scanNumerals, toLang, type Lang, type Numeral } from '../pipeline/numbers/index.js';
import type { NumberFact } from '../pipeline/types.js';
import { readLines } from './io.js';

export interface PredResult {
  text: string;
  start: number;
  end: number;
  kind: string;
  /** A number, a range, null, or a relative position (`end+0`, `current+1`). */
  value: number | [number | null, number | null] | RelativePosition | null;
  unit: string | null;
  currency: string | null;
}

const res = (input: string, start: number, end: number, kind: string, value: PredResult['value'], unit: string | null = null, currency: string | null = null): PredResult => ({
  text: input.slice(start, end),
  start,
  end,
  kind,
  value,
  unit,
  currency,
});

const PRONOUN_ONE = /\b(which|the|this|that|each|every|any|no|another|last|next|previous|only|new|little|big|right|wrong|other|same|such)\s+$/i;

/** NumberModel: every cardinal numeral (fractions included, ordinals not). */
function numberModel(input: string, lang: Lang): PredResult[] {
  const out: PredResult[] = [];
  for (const n of scanNumerals(input, lang)) {
    if (n.ordinal || n.glued) continue;
    const surface = input.slice(n.start, n.end);
    if (lang === 'en' && n.article) continue;
    if (lang === 'en' && /^one$/i.test(surface) && PRONOUN_ONE.test(input.slice(0, n.start))) continue;
    if (lang === 'de' && /^Tausend$/.test(surface) && /\p{Lu}\p{L}+\s+$/u.test(input.slice(0, n.start))) continue;
    out.push(res(input, n.start, n.end, 'count', n.value));
  }
  return out;
}

/** The pack's relative ordinals as one pattern, one group per entry, longest phrase first; null where it has none. */
const relativeOrdinalPattern = perLanguage((lang: Lang): RegExp | null => {
  const entries = packFor(lang)?.numbers.relativeOrdinals ?? [];
  return entries.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${entries.map(([p]) => `(${p})`).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
});

/** Relative ordinals of the pack (`last` → `end+0`, `next one` → `current+1`). */
function relativeOrdinals(input: string, lang: Lang): PredResult[] {
  const re = relativeOrdinalPattern(lang);
  if (!re) return [];
  const entries = packFor(lang)!.numbers.relativeOrdinals;
  const out: PredResult[] = [];
  for (const m of input.matchAll(re)) {
    const k = m.slice(1).findIndex((g) => g !== undefined);
    out.push(res(input, m.index, m.index + m[0].length, 'ordinal', entries[k]![1]));
  }
  return out;
}

function ordinalModel(input: string, lang: Lang, extended: boolean): PredResult[] {
  const out = scanNumerals(input, lang, { ordinalsFirst: true })
    .filter((n) => n.ordinal && !n.fraction && !/^hal[bf]/i.test(input.slice(n.start, n.end)) && !/^\s+to\s+last\b/i.test(input.slice(n.end)))
    .map((n) => res(input, n.start, n.end, 'ordinal', n.value));
  if (lang === 'de') for (const m of input.matchAll(/\bzuerst\b/gi)) out.push(res(input, m.index, m.index + m[0].length, 'ordinal', 1));
  // extended types: relative positions, unless a numeric ordinal already covers the words
  if (extended) for (const r of relativeOrdinals(input, lang)) if (!out.some((o) => o.start < r.end && r.start < o.end)) out.push(r);
  return out.sort((a, b) => a.start - b.start);
}

const PERCENT_OF = /\b(?:percents?|per cent|percentage) of /gi;

function percentModel(input: string, lang: Lang, facts: NumberFact[], numerals: Numeral[]): PredResult[] {
  // a bare fraction is a share in articles, but no percent to Recognizers-Text's percent model (its percent mode reads "one half of")
  const bareFraction = (f: NumberFact): boolean => numerals.some((n) => n.fraction && n.start === f.start && n.end === f.end);
  const out: PredResult[] = facts.filter((f) => f.kind === 'percent' && !bareFraction(f)).map((f) => res(input, f.start, f.end, 'percent', f.value ?? f.range));
  for (const m of input.matchAll(PERCENT_OF)) {
    const n = numerals.find((x) => x.start === m.index + m[0].length);
    if (n) out.push(res(input, m.index, n.end, 'percent', n.value));
  }
  void lang;
  return out;
}

const BARE_CURRENCY = /(?<![\p{L}])(?:dollars?|rmb|euros?|yuan|yen)(?![\p{L}])/giu;

function currencyModel(input: string, facts: NumberFact[]): PredResult[] {
  const money = facts.filter((f) => f.kind === 'money');
  const out = money.map((f) => res(input, f.start, f.end, 'money', f.value ?? f.range, null, f.currency));
  for (const m of input.matchAll(BARE_CURRENCY)) {
    if (money.some((f) => f.start <= m.index && m.index < f.end)) continue;
    const hit = currencyAt(input, m.index);
    out.push(res(input, m.index, m.index + m[0].length, 'money', null, null, hit?.currency && !hit.ambiguous ? hit.currency : null));
  }
  return out;
}

type Cmp = Comparison;

/** Comparison signs, read in every language. */
const SYMBOLS: Record<Cmp, string[]> = { ge: ['>\\s*=', '≥'], le: ['<\\s*=', '≤'], gt: ['(?<![<>])>'], lt: ['<(?!>)'], eq: [] };
/** The order comparisons are tried in: the inclusive ones first (`at least` before `least`). */
const CMP_ORDER: readonly Cmp[] = ['ge', 'le', 'gt', 'lt', 'eq'];

interface RangeGrammar {
  before: Array<[RegExp, Cmp]>;
  after: Array<[RegExp, Cmp]>;
  orEqual: RegExp | null;
  between: Array<[RegExp | null, RegExp, RegExp | null]>;
  fromTo: Array<[RegExp | null, RegExp, RegExp | null]>;
  dash: RegExp;
}

const anyOf = (xs: readonly string[]): string => (xs.length ? xs.map((x) => `(?:${x})`).join('|') : '(?!)');

/** The pack's range words compiled (English's for `und`), with the comparison signs. */
const rangeGrammar = perLanguage((lang: Lang): RangeGrammar => {
  const pack: LanguagePack = packFor(lang) ?? UNDETERMINED_PACK;
  const r = pack.numbers.ranges;
  const triple = ([b, j, a]: readonly [string, string, string]): [RegExp | null, RegExp, RegExp | null] => [
    b ? new RegExp(`(?<![\\p{L}])(?:${b})\\s*$`, 'iu') : null,
    new RegExp(`^\\s*(?:${j})\\s*$`, 'iu'),
    a ? new RegExp(`^\\s*(?:${a})(?![\\p{L}])`, 'iu') : null,
  ];
  return {
    before: CMP_ORDER.map((c) => [new RegExp(`(?:(?<![\\p{L}])(?:${anyOf(r.before[c] ?? [])})|${anyOf(SYMBOLS[c])})\\s*$`, 'iu'), c]),
    after: CMP_ORDER.filter((c) => r.after[c]?.length).map((c) => [new RegExp(`^\\s*(?:${anyOf(r.after[c]!)})(?![\\p{L}])`, 'iu'), c]),
    orEqual: r.orEqual ? new RegExp(`^\\s*(?:${r.orEqual})(?![\\p{L}])`, 'iu') : null,
    between: r.between.map(triple),
    fromTo: r.fromTo.map(triple),
    dash: new RegExp(`^\\s*(?:-|–|—|~|${anyOf(r.through)})\\s*$`, 'iu'),
  };
});

/** Two numbers as an interval by one of the word frames: the length of its closing words, or -1. */
function framed(frames: RangeGrammar['between'], before: string, gap: string, afterB: string): number {
  for (const [b, j, a] of frames) {
    if ((b && !b.test(before)) || !j.test(gap)) continue;
    const close = a ? a.exec(afterB) : null;
    if (a && !close) continue;
    return close ? close[0].length : 0;
  }
  return -1;
}

interface Bound {
  start: number;
  end: number;
  low: number | null;
  high: number | null;
  cmp: Cmp | null;
}

/** NumberRangeModel: comparatives and intervals over the stage's numerals. */
function rangeModel(input: string, lang: Lang, experimental: boolean): PredResult[] {
  const nums = scanNumerals(input, lang).filter((n) => !n.ordinal && !n.glued && !n.article);
  const grammar = rangeGrammar(lang);
  const bounds: Bound[] = [];
  const used = new Set<number>();
  for (let i = 0; i < nums.length; i++) {
    const a = nums[i]!;
    const b = nums[i + 1];
    const before = input.slice(Math.max(0, a.start - 40), a.start);
    if (/[+\d][-/]?$/.test(before.slice(-2)) && /\d/.test(before.slice(-2))) continue;
    if (b) {
      const gap = input.slice(a.end, b.start);
      const afterB = input.slice(b.end, b.end + 40);
      const between = framed(grammar.between, before, gap, afterB);
      const from = experimental ? framed(grammar.fromTo, before, gap, afterB) : -1;
      const dash = grammar.dash.test(gap) && !/^[-/]\d/.test(afterB) && !/^0\d/.test(input.slice(b.start, b.end)) && !/[-/]$/.test(before);
      if (between >= 0 || from >= 0 || dash) {
        bounds.push({ start: a.start, end: b.end + Math.max(between, from, 0), low: a.value, high: b.value, cmp: null });
        used.add(i).add(i + 1);
        i++;
        continue;
      }
    }
    let cmp: Cmp | null = null;
    let start = a.start;
    for (const [re, c] of grammar.before) {
      const m = re.exec(before);
      if (m) {
        cmp = c;
        start = a.start - m[0].length;
        break;
      }
    }
    let end = a.end;
    const after = input.slice(a.end, a.end + 30);
    const orEqual = cmp && grammar.orEqual ? grammar.orEqual.exec(after) : null;
    if (!cmp) {
      for (const [re, c] of grammar.after) {
        const m = re.exec(after);
        if (m) {
          cmp = c;
          end += m[0].length;
          break;
        }
      }
    } else if (orEqual) {
      cmp = cmp === 'gt' ? 'ge' : cmp === 'lt' ? 'le' : cmp;
      end += orEqual[0].length;
    }
    if (!cmp) continue;
    const v = a.value;
    bounds.push({ start, end, cmp, low: cmp === 'gt' || cmp === 'ge' || cmp === 'eq' ? v : null, high: cmp === 'lt' || cmp === 'le' || cmp === 'eq' ? v : null });
  }
  // "greater than 100 and smaller than 300": one interval
  const out: Bound[] = [];
  for (let i = 0; i < bounds.length; i++) {
    const x = bounds[i]!;
    const y = bounds[i + 1];
    if (y && x.cmp && y.cmp && x.cmp !== 'eq' && y.cmp !== 'eq' && /^\s*(?:,|and|und)?\s*$/i.test(input.slice(x.end, y.start))) {
      const lowB = x.low !== null ? x : y.low !== null ? y : null;
      const highB = x.high !== null ? x : y.high !== null ? y : null;
      if (lowB && highB && lowB !== highB && lowB.low! < highB.high!) {
        out.push({ start: x.start, end: y.end, low: lowB.low, high: highB.high, cmp: null });
        i++;
        continue;
      }
    }
    out.push(x);
  }
  return out.map((r) => res(input, r.start, r.end, 'count', [r.low, r.high]));
}

/** Unit symbols after a number, read in every language (compound ones first: `km/h` before `km`). */
const UNIT_SYMBOLS = String.raw`km\/h|kmh|kph|kmph|mph|m\/s|ft\/s|kWh|km²|km2|m²|m2|cm²|cm2|m³|m3|cm³|cm3|mm|cm|dm|km|hm|μm|µm|nm|pm|m|mi|yd|ft|in|"|ha|ml|cl|dl|hl|l|gal|bbl|kg|mg|mcg|μg|g|t|lbs?|oz|kbit|mbit|gbit|kb|mb|gb|tb|pb|kw|mw|gw|w|°`;

/** A unit right after a number (`5 km`, `3 square feet`, `10 Stundenkilometer`): the pack's words, then the symbols. */
const dimAfter = perLanguage((lang: Lang): RegExp => {
  const words = (packFor(lang) ?? UNDETERMINED_PACK).numbers.dimensionUnits.map((u) => `(?:${u})`).join('|');
  return new RegExp(String.raw`^(?:[ \u00A0]{0,2}|[ ]?[-‐][ ]?)[{<]?(${words}|${UNIT_SYMBOLS})[}>]?(?![\p{L}\d])`, 'iu');
});
const DIM_GLUED = /^(?:mm|cm|dm|km|m|ml|l|kg|g|mg|mcg|ft|in|mb|gb|kb)$/i;
const TEMP_AFTER = /^(?:[ \u00A0]?(?:degrees?|deg\.?|°)[ \u00A0]?)?[ \u00A0]?(fahrenheit|farenheit|celsius|celcius|centigrade|kelvin|Grad Celsius)(?![\p{L}])|^[ \u00A0]?(?:°[ \u00A0]?([FC])|(degrees?|deg\.|°))(?![\p{L}\d])/iu;
const AGE_AFTER = /^[ \u00A0-]?(years?|months?|weeks?|days?)[ \u00A0-]old\b|^[ \u00A0]?(yo|y\.o\.)(?![\p{L}])/iu;

/** The pack's temperature words, after the signs and English names every language reads. */
const temperatureAfter = perLanguage((lang: Lang): RegExp => {
  const words = (packFor(lang) ?? UNDETERMINED_PACK).numbers.temperatureWords;
  return words.length ? new RegExp(`${TEMP_AFTER.source}|^[ \\u00A0]?(${words.join('|')})(?![\\p{L}])`, 'iu') : TEMP_AFTER;
});

/** The pack's age phrases (`Jahre alt`, `yaşında`), each with its unit. */
const agePhrases = perLanguage((lang: Lang): Array<[RegExp, string]> =>
  (packFor(lang) ?? UNDETERMINED_PACK).numbers.ages.map(([p, unit]) => [new RegExp(`^[ \\u00A0-]?(?:${p})(?![\\p{L}])`, 'iu'), unit]),
);

function quantityModel(input: string, lang: Lang, kind: 'dimension' | 'temperature' | 'age'): PredResult[] {
  const out: PredResult[] = [];
  const nums = scanNumerals(input, lang);
  for (let i = 0; i < nums.length; i++) {
    const n = nums[i]!;
    if (n.ordinal) continue;
    if (/[:]$/.test(input.slice(0, n.start)) || input[n.end] === ':') continue;
    let value = n.value;
    let start = n.start;
    // "- 20 degrees": a spaced minus sign
    const minus = /(?:^|\s)-\s$/.exec(input.slice(Math.max(0, n.start - 3), n.start));
    if (minus && kind === 'temperature') {
      value = -value;
      start = n.start - 2;
    }
    if (value < 0 && /\d\s-$/.test(input.slice(Math.max(0, n.start - 2), n.start + 1))) value = -value;
    const after = input.slice(n.end, n.end + 40);
    if (kind === 'age') {
      const m = AGE_AFTER.exec(after);
      const phrase = m ? null : agePhrases(lang).map(([re, unit]) => [re.exec(after), unit] as const).find(([hit]) => hit);
      if (m) out.push(res(input, start, n.end + m[0].length, 'count', value, (m[1] ?? 'year').replace(/s$/, '')));
      else if (phrase) out.push(res(input, start, n.end + phrase[0]![0].length, 'count', value, phrase[1]));
      else if (/\bage\s+$/i.test(input.slice(0, n.start))) out.push(res(input, n.start - 4, n.end, 'count', value, 'age'));
      continue;
    }
    if (kind === 'temperature') {
      if (n.glued) continue;
      const m = temperatureAfter(lang).exec(after);
      if (!m) continue;
      if (/\b(?:rotate|turn)\b[^.]*$/i.test(input.slice(0, n.start)) || /^\s*(?:angle|drehen)/i.test(input.slice(n.end + m[0].length))) continue;
      out.push(res(input, start, n.end + m[0].length, 'count', value, m[1] ?? m[2] ?? 'degree'));
      continue;
    }
    // dimension
    if (n.glued) {
      if (!DIM_GLUED.test(n.glued) || /[\p{L}\d]-$/u.test(input.slice(0, n.start)) || /^[\p{L}]*[\d-]/u.test(input.slice(n.end + n.glued.length, n.end + n.glued.length + 1))) continue;
      out.push(res(input, n.start, n.end + n.glued.length, 'count', value, n.glued));
      continue;
    }
    const m = dimAfter(lang).exec(after);
    if (!m || /^-?\d/.test(input.slice(n.end + m[0].length)) || /[\p{L}\d]-$/u.test(input.slice(0, n.start))) continue;
    if (/^\s*(?:°\s*)?(?:celsius|fahrenheit)/i.test(input.slice(n.end + m[0].length)) || /^°/.test(m[1]!) && /celsius|fahrenheit/i.test(after)) continue;
    let end = n.end + m[0].length;
    const unit = m[1]!.toLowerCase();
    // "5 feet 2 inches", "12 ft 2 in"
    const next = nums[i + 1];
    if (/^(?:feet|foot|ft)$/.test(unit) && next && /^\s+$/.test(input.slice(end, next.start))) {
      const inch = /^[ ]?(inch(?:es)?|in)\b/i.exec(input.slice(next.end));
      if (inch) {
        value += next.value / 12;
        end = next.end + inch[0].length;
        i++;
      }
    }
    out.push(res(input, n.start, end, 'count', value, unit));
  }
  if (kind === 'temperature') {
    for (const m of input.matchAll(/\bto ((?:degrees )?(?:celsius|fahrenheit))\b/gi)) out.push(res(input, m.index + 3, m.index + m[0].length, 'count', null, m[1]!));
  }
  if (kind === 'dimension') {
    // "a half turn", "eine halbe Turn"
    for (const m of input.matchAll(/\b(?:a|eine) hal(?:f|be) turn\b/gi)) if (!out.some((r) => r.start === m.index)) out.push(res(input, m.index, m.index + m[0].length, 'count', 0.5, 'turn'));
    for (const m of input.matchAll(/(?<!\d ?)(?<![\p{L}])(mcg|grammes?)(?![\p{L}])/giu)) {
      if (!out.some((r) => r.start <= m.index && m.index < r.end)) out.push(res(input, m.index, m.index + m[0].length, 'count', null, m[1]!));
    }
  }
  return out.filter((r, k) => !out.some((o, j) => j !== k && o.start <= r.start && r.end <= o.end && (o.end - o.start > r.end - r.start)));
}

export function predictCase(spec: string, lang: string, input: string): PredResult[] {
  const l = toLang(lang);
  const name = spec.replace(/\.json$/, '');
  if (name.startsWith('NumberModel')) return numberModel(input, l);
  if (name.startsWith('OrdinalModel')) {
    return ordinalModel(input, l, !name.includes('SuppressExtendedTypes'));
  }
  if (name.startsWith('NumberRangeModel')) return rangeModel(input, l, name.includes('Experimental'));
  if (name.startsWith('DimensionModel')) return quantityModel(input, l, 'dimension');
  if (name.startsWith('TemperatureModel')) return quantityModel(input, l, 'temperature');
  if (name.startsWith('AgeModel')) return quantityModel(input, l, 'age');
  const facts = extractNumbers(input, { language: lang, referenceDate: null });
  if (name.startsWith('PercentModel')) {
    const nums = scanNumerals(input, l);
    const out = percentModel(input, l, facts, nums);
    if (name.includes('PercentMode')) {
      // percent mode: "one in two" = 50 %, "one half of" = 50 %
      for (let i = 0; i < nums.length; i++) {
        const a = nums[i]!;
        const b = nums[i + 1];
        if (b && /^ in $/.test(input.slice(a.end, b.start)) && b.value) out.push(res(input, a.start, b.end, 'percent', (a.value / b.value) * 100));
        else if (a.fraction && / in /.test(input.slice(a.start, a.end))) out.push(res(input, a.start, a.end, 'percent', a.value * 100));
        else if (a.fraction && /^ of\b/.test(input.slice(a.end))) out.push(res(input, a.start, a.end + 3, 'percent', a.value * 100));
      }
    }
    return out;
  }
  if (name.startsWith('CurrencyModel')) return currencyModel(input, facts);
  return [];
}

export async function predict(file: string, out: Writable): Promise<void> {
  for (const line of await readLines(file)) {
    const c = JSON.parse(line) as { spec?: string; Spec?: string; lang?: string; input?: string; Input?: string };
    let results: PredResult[] = [];
    try {
      results = predictCase(c.spec ?? c.Spec ?? '', c.lang ?? 'en', c.input ?? c.Input ?? '');
    } catch {
      results = [];
    }
    out.write(`${JSON.stringify({ results })}\n`);
  }
}
