/**
 * Dates through chrono-node (en, de, fr, ru, es parsers), plus what chrono leaves out in news
 * text: seasons and "end of 2019" (year precision), month names alone ("im April", "Mitte Juni
 * dieses Jahres"). Output: ISO date / month / year / interval, resolved against a reference
 * date when one is given.
 */
import * as chrono from 'chrono-node';
import { allPacks, PACKS, perLanguage, type DatesSection, type PackLanguage } from '../languages/index.js';
import type { Lang } from './locales.js';
import type { Numeral } from './scanner.js';

export interface DateHit {
  start: number;
  end: number;
  text: string;
  /** ISO date, month, year, or interval `a/b`. */
  date: string;
  /** The year was inferred (reference date / article context), not written. */
  inferredYear: boolean;
  ambiguous: string | null;
}

type Parser = { parse: (text: string, ref?: Date, opts?: object) => chrono.ParsedResult[] };

const PARSERS: Record<NonNullable<DatesSection['chrono']>, Parser> = {
  en: chrono.en as unknown as Parser,
  de: chrono.de as unknown as Parser,
  fr: chrono.fr as unknown as Parser,
  ru: chrono.ru as unknown as Parser,
  es: chrono.es as unknown as Parser,
};

/** The pack's dates section; `und` has no month names and no parser. */
function datesOf(lang: Lang): DatesSection | null {
  return lang === 'und' ? null : PACKS[lang].dates;
}

const MOD_BEFORE = /(?:\b(?:end|beginning|start|middle|mid|early|late)\s+of\s+(?:the\s+)?|\b(?:mid|early|late)[- ]|\b(?:Ende|Anfang|Mitte|Beginn)\s+|\b(?:fin|début|mi)[- ](?:de\s+|d['’])?|\b(?:finales|principios|mediados)\s+de\s+|(?:конц[ей]|начал[ео]|середин[аеу])\s+)$/iu;
/** German modifiers, case-sensitive (nouns), no word boundary needed ("AbrufenMitte Juni"). */
const MOD_BEFORE_DE = /(?:Ende|Anfang|Mitte|Beginn)\s+$/u;
const modBefore = (s: string): RegExpExecArray | null => MOD_BEFORE.exec(s) ?? MOD_BEFORE_DE.exec(s);
/** Seasons and edges before a year, every pack's (`summer of 2018`, `Ende 2027`, `конце 2027 года`), and quarter codes. */
const SEASON_BEFORE = new RegExp(`(?:(?<![\\p{L}])(?:${allPacks().flatMap((p) => p.dates.yearEdges).join('|')})\\s+|\\b(?:Q[1-4]|H[12])\\s+)$`, 'iu');
/** The word after a year that belongs to it (`2027 года`, `2030-yil`, `2024 жылы`), every pack's. */
export const YEAR_AFTER = new RegExp(`^[ \\u00A0-]?(?:${allPacks().flatMap((p) => p.dates.yearAfter).join('|')})(?![\\p{L}])`, 'iu');
const THIS_YEAR_AFTER = /^\s+(?:(?:of\s+)?this\s+year|dieses\s+Jahres|de\s+cette\s+année|de\s+este\s+año|этого\s+года|(?:19|20)\d\d)/iu;

/** Words that make a duration a date relative to the reference date, in the five parsed languages. */
const RELATIVE_MARKER =
  /(?<!\p{L})(?:in|within|ago|next|last|later|vor|nach|nächste\p{L}*|letzte\p{L}*|später|dans|il y a|prochain\p{L}*|dernier\p{L}*|plus tard|dentro|hace|próxim\p{L}*|pasad\p{L}*|через|назад|спустя|следующ\p{L}*|прошл\p{L}*)(?!\p{L})/iu;

const pad = (n: number): string => String(n).padStart(2, '0');

export interface DateOptions {
  lang: Lang;
  /** ISO date; relative and year-less dates resolve against it. */
  referenceDate: string | null;
  /** Year to assume when neither the text nor a reference date gives one. */
  contextYear: number | null;
}

function yearFor(month: number, opts: DateOptions): { year: number | null; inferred: boolean } {
  if (opts.referenceDate) {
    const ref = new Date(opts.referenceDate);
    if (!Number.isNaN(ref.getTime())) {
      let y = ref.getUTCFullYear();
      // a month far after the reference month was last year's ("December" read in January)
      if (month - (ref.getUTCMonth() + 1) > 6) y -= 1;
      return { year: y, inferred: true };
    }
  }
  return { year: opts.contextYear, inferred: true };
}

/** The pack's `between … and …` words (numbers.ranges.between) around two dates, compiled; null without a pack. */
const betweenDates = (lang: Lang): { before: RegExp; join: RegExp } | null => (lang === 'und' ? null : betweenDatesOf(lang));
const betweenDatesOf = perLanguage((lang: PackLanguage): { before: RegExp; join: RegExp } | null => {
  const pairs = PACKS[lang].numbers.ranges.between.filter(([before, join]) => before && join);
  if (!pairs.length) return null;
  return {
    before: new RegExp(`(?<![\\p{L}])(?:${pairs.map(([b]) => b).join('|')})\\s+$`, 'iu'),
    join: new RegExp(`^\\s+(?:${pairs.map(([, j]) => j).join('|')})\\s+$`, 'iu'),
  };
});

/** A pack's date patterns, compiled once per language. */
interface DatePatterns {
  /** Month i's name at the start of a word. */
  monthStarts: RegExp[];
  /** Year, marker, day, month (`2024-yil 15-mart`) and day, month, year (`15 Mart 2024`), for packs without a chrono parser. */
  yearFirst: RegExp;
  dayFirst: RegExp;
  /** Period nouns right after a numeral (`quarter`, `Halbjahr`, `месяцев`); null where the pack has none. */
  quarter: RegExp | null;
  half: RegExp | null;
  monthSpan: RegExp | null;
  /** The pack's words before a span's count that open a span of the year (`за`); null where it has none. */
  monthSpanOpener: RegExp | null;
  /** A period's year right after it (`of 2027`, `2026 года`) and the words for the reference year (`of the year`). */
  periodYear: RegExp;
  thisYear: RegExp | null;
  lastYear: RegExp | null;
}

const datePatterns = perLanguage((lang: PackLanguage): DatePatterns => {
  const dates = PACKS[lang].dates;
  const month = `(${dates.months.map((m) => `(?:${m})`).join('|')})[\\p{L}'’]*`;
  const marker = dates.yearAfter.length ? `(?:[ \\u00A0-]?(?:${dates.yearAfter.join('|')})(?![\\p{L}]))?` : '';
  const year = '((?:19|20)\\d\\d)(?![\\p{N}])';
  const day = '(?<![\\p{N}.,])(\\d{1,2})(?:[-.]|[ \\u00A0])[ \\u00A0]?';
  const noun = (words: readonly string[]): RegExp | null => (words.length ? new RegExp(`^[ \\u00A0-]+(?:${words.join('|')})(?![\\p{L}])`, 'iu') : null);
  const of = dates.periodYear.of.length ? `(?:(?:${dates.periodYear.of.join('|')})\\s+)?` : '';
  return {
    monthStarts: dates.months.map((m) => new RegExp(`^(?:${m})`, 'iu')),
    yearFirst: new RegExp(`(?<![\\p{N}])${year}${marker}[ \\u00A0,]+${day}${month}`, 'giu'),
    dayFirst: new RegExp(`${day}${month}(?:[ \\u00A0,]+${year})?`, 'giu'),
    quarter: noun(dates.quarters),
    half: noun(dates.halves),
    monthSpan: noun(dates.monthSpans),
    monthSpanOpener: dates.monthSpanOpeners.length ? new RegExp(`(?<![\\p{L}])(?:${dates.monthSpanOpeners.join('|')})[ \\u00A0]+$`, 'iu') : null,
    periodYear: new RegExp(`^[ \\u00A0]+${of}${year}${marker}`, 'iu'),
    thisYear: dates.periodYear.thisYear.length ? new RegExp(`^[ \\u00A0]+(?:${dates.periodYear.thisYear.join('|')})(?![\\p{L}])`, 'iu') : null,
    lastYear: dates.periodYear.lastYear?.length ? new RegExp(`^[ \\u00A0]+(?:${dates.periodYear.lastYear.join('|')})(?![\\p{L}])`, 'iu') : null,
  };
});

/**
 * Dates written with a month name and numbers, for packs without a chrono parser (the Turkic ones):
 * day month [year] (`15 Mart 2024`, `15-mart`, `15 наурыз 2024 жылы`) and year [marker] day month
 * (`2024-yil 15-mart`, `2024 жылғы 15 наурыз`). Month names are stems: a case suffix may follow
 * (`Mart'ta`, `наурызда`).
 */
function numberedMonthDates(text: string, lang: PackLanguage, opts: DateOptions): DateHit[] {
  const { monthStarts, yearFirst, dayFirst } = datePatterns(lang);
  const monthIndex = (word: string): number => monthStarts.findIndex((re) => re.test(word));
  const out: DateHit[] = [];
  const push = (start: number, end: number, y: string | undefined, d: string, m: string): void => {
    const idx = monthIndex(m);
    const dd = Number(d);
    if (idx < 0 || dd < 1 || dd > 31) return;
    const resolved = y ? { year: Number(y), inferred: false } : yearFor(idx + 1, opts);
    const iso = `${resolved.year ?? 'XXXX'}-${pad(idx + 1)}-${pad(dd)}`;
    out.push({ start, end, text: text.slice(start, end), date: iso, inferredYear: !y, ambiguous: resolved.year === null ? 'year not stated' : null });
  };
  for (const m of text.matchAll(yearFirst)) push(m.index, m.index + m[0].length, m[1], m[2]!, m[3]!);
  for (const m of text.matchAll(dayFirst)) {
    // the day-first reading stops before its year's marker (`15 Mart 2024 yılında` → `15 Mart 2024`)
    if (!out.some((o) => o.start <= m.index && m.index < o.end)) push(m.index, m.index + m[0].length, m[3], m[1]!, m[2]!);
  }
  return out;
}

/** A year right after a period: `of 2027`, `2026 года`, `des Jahres 2026`, or the words that mean the reference year. */
/** A period's year as the text gives it or the reference date infers it, and the length of the words that gave it. */
interface PeriodYear {
  year: number | null;
  inferred: boolean;
  length: number;
}

function periodYear(text: string, patterns: DatePatterns, opts: DateOptions, startMonth: number): PeriodYear {
  const explicit = patterns.periodYear.exec(text);
  if (explicit) return { year: Number(explicit[1]), inferred: false, length: explicit[0].length };
  // (`cuarto trimestre del año pasado`: the year before the reference date's)
  const last = patterns.lastYear?.exec(text) ?? null;
  if (last && opts.referenceDate) return { year: new Date(opts.referenceDate).getUTCFullYear() - 1, inferred: true, length: last[0].length };
  const current = patterns.thisYear?.exec(text) ?? null;
  if (current && opts.referenceDate) return { year: new Date(opts.referenceDate).getUTCFullYear(), inferred: true, length: current[0].length };
  return { ...yearFor(startMonth, opts), length: current ? current[0].length : 0 };
}

/**
 * Quarters, halves and spans of months as ISO month intervals, read from the pack's period nouns
 * after the numerals the scanner found: `fourth quarter` → `2025-10/2025-12`, `zweiten Quartal`,
 * `третьем квартале`, `second half of 2027` → `2027-07/2027-12`, `first nine months of the year`,
 * `восемь месяцев 2026 года` → `2026-01/2026-08`; and the codes `Q3 2026`, `H1`. A period without
 * its year takes the reference date's (a month far after the reference month is last year's).
 */
export function findPeriods(text: string, numerals: readonly Numeral[], opts: DateOptions): DateHit[] {
  const patterns = opts.lang === 'und' ? null : datePatterns(opts.lang);
  const out: DateHit[] = [];
  const push = (start: number, end: number, from: number, to: number, rest: string, span: DatePatterns | null, read?: PeriodYear): void => {
    const y = read ?? (span ? periodYear(rest, span, opts, from) : periodYearCode(rest, opts, from));
    const yy = y.year ?? 'XXXX';
    out.push({ start, end: end + y.length, text: text.slice(start, end + y.length), date: `${yy}-${pad(from)}/${yy}-${pad(to)}`, inferredYear: y.inferred, ambiguous: y.year === null ? 'year not stated' : null });
  };
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(?:Q([1-4])|([1-4])Q|H([12])|([12])H)(?![\p{L}\p{N}])/gu)) {
    const q = Number(m[1] ?? m[2] ?? 0);
    const h = Number(m[3] ?? m[4] ?? 0);
    const end = m.index + m[0].length;
    if (q) push(m.index, end, 3 * q - 2, 3 * q, text.slice(end, end + 40), null);
    else push(m.index, end, 6 * h - 5, 6 * h, text.slice(end, end + 40), null);
  }
  if (!patterns) return out;
  const { quarter, half, monthSpan } = patterns;
  for (const n of numerals) {
    const after = text.slice(n.end, n.end + 60);
    const v = n.value;
    const q = n.ordinal && Number.isInteger(v) && v >= 1 && v <= 4 ? quarter?.exec(after) : null;
    const h = !q && n.ordinal && (v === 1 || v === 2) ? half?.exec(after) : null;
    if (q) push(n.start, n.end + q[0].length, 3 * v - 2, 3 * v, after.slice(q[0].length), patterns);
    else if (h) push(n.start, n.end + h[0].length, 6 * v - 5, 6 * v, after.slice(h[0].length), patterns);
    else if (!n.ordinal && !n.fraction && Number.isInteger(v) && v >= 2 && v <= 11) {
      // `neuf premiers mois`, `los nueve primeros meses`: the word for first may stand between the count and the noun
      const between = /^[ \u00A0]+(\p{L}+)(?=[ \u00A0])/u.exec(after);
      const firstWord = between ? PACKS[opts.lang as PackLanguage].numbers.word(between[1]!.toLowerCase()) : null;
      const skip = firstWord?.ordinal && firstWord.value === 1 ? between![0].length : 0;
      const m = monthSpan?.exec(after.slice(skip));
      if (!m) continue;
      const rest = after.slice(skip + m[0].length);
      const y = periodYear(rest, patterns, opts, 1);
      // `first nine months`: the word for one before the count belongs to the span
      const before = text.slice(Math.max(0, n.start - 20), n.start);
      const first = /(\p{L}+)[ \u00A0]+$/u.exec(before);
      const start = first && PACKS[opts.lang as PackLanguage].numbers.word(first[1]!.toLowerCase())?.value === 1 ? n.start - first[0].length : n.start;
      // `nine months` alone is a duration, not a period of a year; `first nine months`, `за девять
      // месяцев` without a year are the months of the year up to the reference date
      const opened = start < n.start || skip > 0 || (patterns.monthSpanOpener?.test(before) ?? false);
      if (y.length === 0 && !opened) continue;
      if (y.length === 0 && y.inferred && opts.referenceDate) {
        const ref = new Date(opts.referenceDate);
        if (!Number.isNaN(ref.getTime()) && ref.getUTCMonth() + 1 <= v) y.year = ref.getUTCFullYear() - 1;
      }
      push(start, n.end + skip + m[0].length, 1, v, rest, patterns, y);
    }
  }
  return out;
}

/** A year right after a quarter code (`Q3 2026`, `Q3'26`). */
function periodYearCode(text: string, opts: DateOptions, startMonth: number): { year: number | null; inferred: boolean; length: number } {
  const m = /^[ \u00A0]?(?:((?:19|20)\d\d)|['’](\d\d))(?![\p{N}])/u.exec(text);
  if (m) return { year: m[1] ? Number(m[1]) : 2000 + Number(m[2]), inferred: false, length: m[0].length };
  return { ...yearFor(startMonth, opts), length: 0 };
}

export function findDates(text: string, opts: DateOptions): DateHit[] {
  const out: DateHit[] = [];
  const dates = datesOf(opts.lang);
  const months = dates?.months ?? [];
  const parser = dates?.chrono ? PARSERS[dates.chrono] : null;
  const ref = opts.referenceDate ? new Date(opts.referenceDate) : undefined;
  const monthRe = months.length
    ? new RegExp(`(?<![\\p{L}])(?:${months.join('|')})${dates?.monthStems ? '\\p{L}*' : '(?![\\p{L}])'}`, 'iu')
    : null;
  const abbreviated = (dates?.monthAbbreviations ?? []).join('|');
  if (parser) {
    const results: Array<{ r: chrono.ParsedResult; base: number }> = [];
    const refDate = ref && !Number.isNaN(ref.getTime()) ? ref : undefined;
    const numericDate = String.raw`\d{1,4}[./-]\d{1,2}[./-]\d{1,4}`;
    const withAbbreviation = abbreviated ? String.raw`|\d\.?\s*(?:${abbreviated})(?![\p{L}])|(?<![\p{L}])(?:${abbreviated})\.?\s*\d` : '';
    const dateish = new RegExp(`${monthRe ? `${monthRe.source}|` : ''}${numericDate}${withAbbreviation}`, 'iu');
    for (const line of text.matchAll(/[^\n]+/g)) {
      if (!dateish.test(line[0])) continue;
      for (const r of parser.parse(line[0], refDate)) {
        results.push({ r, base: line.index });
      }
    }
    for (const { r, base } of results) {
      const rIndex = r.index + base;
      const ws = /^\s*/.exec(r.text)![0].length;
      let start = rIndex + ws;
      let surface = r.text.slice(ws);
      // relative expressions without numerals or month names are not numbers
      if (!/\d/.test(surface) && !(monthRe && monthRe.test(surface))) continue;
      // bare numbers chrono reads as times/days ("at 5", "13.")
      if (/^\s*\d{1,2}([.:]\d{1,2})?\s*$/.test(surface) || /^\d{1,4}$/.test(surface.trim())) continue;
      if (!r.start.isCertain('month') && !r.start.isCertain('year')) continue;
      // Relative dates ("in 3 years", "vor zwei Monaten") need a reference date and a word that
      // makes them relative: chrono also reads an age ("un homme de 52 ans") as one.
      if (r.tags().has('result/relativeDate') && (!refDate || !RELATIVE_MARKER.test(surface))) continue;
      // strip leading prepositions chrono includes ("am 5. März", "on", "le")
      const lead = /^(?:am|im|on|in|le|el|в|во|at|um|the)\s+/iu.exec(surface);
      if (lead && !MOD_BEFORE.test(lead[0])) {
        start += lead[0].length;
        surface = surface.slice(lead[0].length);
      }
      let monthOnly = false;
      const mod = /^(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+/i.exec(surface);
      if (mod) monthOnly = true;
      const before = modBefore(text.slice(Math.max(0, start - 20), start));
      if (before) {
        start -= before[0].length;
        surface = text.slice(start, rIndex + r.text.length);
        monthOnly = true;
      }
      let end = rIndex + r.text.length;
      while (end > start && /[\s,;:]/u.test(text[end - 1]!)) end -= 1; // chrono keeps "марте, "
      // a month, a comma and a number is the month and the next figure ("between January and March, 6 percent fewer"), not a day
      const commaDay = /\s*,\s*\d{1,2}$/u.exec(text.slice(start, end));
      if (commaDay && monthRe && new RegExp(`^(?:${monthRe.source})\\.?$`, 'iu').test(text.slice(start, end - commaDay[0].length))) {
        end -= commaDay[0].length;
        monthOnly = true;
      }
      const c = r.start;
      const hasDay = c.isCertain('day') && !monthOnly;
      const hasMonth = c.isCertain('month');
      let year: number | null = c.isCertain('year') ? c.get('year')! : null;
      let inferred = false;
      if (year === null) {
        const after = THIS_YEAR_AFTER.exec(text.slice(end));
        if (after && /this|dieses|cette|este|этого/i.test(after[0])) end += after[0].length;
        const y = yearFor(c.get('month') ?? 1, opts);
        year = y.year;
        inferred = true;
      }
      const iso = (comp: chrono.ParsedComponents, withDay: boolean): string => {
        const y = comp.isCertain('year') ? comp.get('year')! : year;
        const ys = y === null ? 'XXXX' : String(y);
        if (!hasMonth) return ys;
        return withDay ? `${ys}-${pad(comp.get('month')!)}-${pad(comp.get('day')!)}` : `${ys}-${pad(comp.get('month')!)}`;
      };
      if (r.end && !c.isCertain('year') && r.end.isCertain('year')) year = r.end.get('year')!;
      let date = iso(c, hasDay);
      if (r.end) {
        const endDay = r.end.isCertain('day') && hasDay;
        const a = iso(c, endDay);
        const b = iso(r.end, endDay);
        if (a !== b) date = `${a}/${b}`;
      }
      out.push({
        start,
        end,
        text: text.slice(start, end),
        date,
        inferredYear: inferred,
        ambiguous: year === null ? 'year not stated' : null,
      });
    }
  }
  // seasons, "end of 2019", quarters: year precision (found from the year backwards: fast)
  for (const y of text.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)) {
    const from = Math.max(0, y.index - 40);
    const m = SEASON_BEFORE.exec(text.slice(from, y.index));
    if (!m) continue;
    let start = from + m.index;
    let s = text.slice(start, y.index + 4);
    const lead = /^in\s+the\s+/i.exec(s);
    if (lead) {
      start += lead[0].length;
      s = s.slice(lead[0].length);
    }
    // quarters and halves as month intervals; seasons and "end of" at year precision
    const q = /\b([QH])([1-4])\s+$/i.exec(m[0]);
    let date = y[0];
    if (q) {
      const len = q[1]!.toUpperCase() === 'Q' ? 3 : 6;
      const first = (Number(q[2]) - 1) * len + 1;
      if (first + len - 1 <= 12) date = `${y[0]}-${pad(first)}/${y[0]}-${pad(first + len - 1)}`;
    }
    const word = YEAR_AFTER.exec(text.slice(y.index + 4, y.index + 24));
    const end = y.index + 4 + (word ? word[0].length : 0);
    out.push({ start, end, text: text.slice(start, end), date, inferredYear: false, ambiguous: null });
  }
  if (dates && !parser && opts.lang !== 'und') out.push(...numberedMonthDates(text, opts.lang, opts));
  // month names chrono skipped ("im April", "Mitte Juni dieses Jahres", "in June")
  if (monthRe && opts.lang !== 'en') {
    const re = new RegExp(monthRe.source, 'giu');
    for (const m of text.matchAll(re)) {
      const idx = opts.lang === 'und' ? -1 : datePatterns(opts.lang).monthStarts.findIndex((re) => re.test(m[0]));
      if (idx < 0) continue;
      if (dates?.monthsCapitalized && !/^\p{Lu}/u.test(m[0])) continue;
      let start = m.index;
      let end = m.index + m[0].length;
      const before = modBefore(text.slice(Math.max(0, start - 20), start));
      if (before) start -= before[0].length;
      const after = THIS_YEAR_AFTER.exec(text.slice(end));
      let year: number | null = null;
      let inferred = false;
      if (after) {
        end += after[0].length;
        const y = /(?:19|20)\d\d/.exec(after[0]);
        if (y) year = Number(y[0]);
      }
      if (year === null) {
        // without a date parser a month name alone may be a word (`ekim`, sowing; `қазан`, cauldron)
        if (!parser) continue;
        year = yearFor(idx + 1, opts).year;
        inferred = true;
      }
      out.push({
        start,
        end,
        text: text.slice(start, end),
        date: `${year ?? 'XXXX'}-${pad(idx + 1)}`,
        inferredYear: inferred,
        ambiguous: year === null ? 'year not stated' : null,
      });
    }
  } else if (monthRe && opts.lang === 'en') {
    // "end of March" (no year): chrono leaves "end of" out or reads "March" alone
    for (const m of text.matchAll(/\b(?:end|beginning|start|middle)\s+of\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/g)) {
      const idx = months.indexOf(m[1]!.toLowerCase());
      const y = yearFor(idx + 1, opts);
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        date: `${y.year ?? 'XXXX'}-${pad(idx + 1)}`,
        inferredYear: true,
        ambiguous: y.year === null ? 'year not stated' : null,
      });
    }
  }
  // "январе–октябре 2022 года", "April bis Juni 2023", "between January and March": two dates joined into an interval
  out.sort((a, b) => a.start - b.start);
  const between = betweenDates(opts.lang);
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.end > b.start) continue;
    const joined = /^\s*(?:[-–—]|to|until|bis|до|au|à|a|hasta)\s*$/iu.test(text.slice(a.end, b.start)) ||
      (between !== null && between.join.test(text.slice(a.end, b.start)) && between.before.test(text.slice(Math.max(0, a.start - 20), a.start)));
    if (!joined) continue;
    if (a.date.includes('/') || b.date.includes('/')) continue;
    let from = a.date;
    let to = b.date;
    const by = /^(\d{4})/.exec(b.date);
    if (a.inferredYear && by && !b.inferredYear) from = from.replace(/^(?:\d{4}|XXXX)/, by[1]!);
    // both years inferred and the second month before the first: the span runs into the next year ("between November and June")
    const am = /^(\d{4})-(\d{2})$/u.exec(from);
    const bm = /^(\d{4})-(\d{2})$/u.exec(to);
    if (a.inferredYear && b.inferredYear && am && bm && am[1] === bm[1] && Number(bm[2]) < Number(am[2])) to = `${Number(bm[1]) + 1}-${bm[2]}`;
    out.splice(i, 2, { start: a.start, end: b.end, text: text.slice(a.start, b.end), date: `${from}/${to}`, inferredYear: b.inferredYear, ambiguous: b.ambiguous });
  }
  // resolve overlaps: longest first
  out.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateHit[] = [];
  for (const d of out) if (!kept.some((k) => k.start < d.end && d.start < k.end)) kept.push(d);
  return kept.sort((a, b) => a.start - b.start);
}
