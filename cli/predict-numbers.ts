/**
 * `newsflow predict numbers FILE.jsonl`: one `{"results":[…]}` line per case of a
 * Recognizers-Text-style spec file. The numbers stage does the reading; this module only shapes
 * its output to what each spec asks for (NumberModel: every numeral; OrdinalModel: ordinals;
 * PercentModel: percents; CurrencyModel: money; NumberRangeModel: ranges; Dimension /
 * Temperature / Age: quantities in those units).
 */
import type { Writable } from 'node:stream';
import { currencyAt, extractNumbers, scanNumerals, toLang, type Lang, type Numeral } from '../pipeline/numbers/index.js';
import type { NumberFact } from '../pipeline/types.js';
import { readLines } from './io.js';

export interface PredResult {
  text: string;
  start: number;
  end: number;
  kind: string;
  value: number | [number | null, number | null] | null;
  unit: string | null;
  currency: string | null;
}

const LANGS: Record<string, string> = { en: 'eng', de: 'deu', ru: 'rus', fr: 'fra', es: 'spa' };

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
    if (lang === 'eng' && n.article) continue;
    if (lang === 'eng' && /^one$/i.test(surface) && PRONOUN_ONE.test(input.slice(0, n.start))) continue;
    if (lang === 'deu' && /^Tausend$/.test(surface) && /\p{Lu}\p{L}+\s+$/u.test(input.slice(0, n.start))) continue;
    out.push(res(input, n.start, n.end, 'count', n.value));
  }
  return out;
}

function ordinalModel(input: string, lang: Lang): PredResult[] {
  const out = scanNumerals(input, lang, { ordinalsFirst: true })
    .filter((n) => n.ordinal && !n.fraction && !/^\s+to\s+last\b/i.test(input.slice(n.end)))
    .map((n) => res(input, n.start, n.end, 'ordinal', n.value));
  if (lang === 'deu') for (const m of input.matchAll(/\bzuerst\b/gi)) out.push(res(input, m.index, m.index + m[0].length, 'ordinal', 1));
  return out.sort((a, b) => a.start - b.start);
}

const PERCENT_OF = /\b(?:percents?|per cent|percentage) of /gi;

function percentModel(input: string, lang: Lang, facts: NumberFact[], numerals: Numeral[]): PredResult[] {
  const out: PredResult[] = facts.filter((f) => f.kind === 'percent').map((f) => res(input, f.start, f.end, 'percent', f.value ?? f.range));
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

export function predictCase(spec: string, lang: string, input: string): PredResult[] {
  const l = toLang(LANGS[lang] ?? lang);
  const name = spec.replace(/\.json$/, '');
  if (name.startsWith('NumberModel')) return numberModel(input, l);
  if (name.startsWith('OrdinalModel')) {
    if (name.includes('Suppress')) return ordinalModel(input, l);
    return ordinalModel(input, l);
  }
  const facts = extractNumbers(input, { language: LANGS[lang] ?? lang, referenceDate: null });
  if (name.startsWith('PercentModel')) return percentModel(input, l, facts, scanNumerals(input, l));
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
