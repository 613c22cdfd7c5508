/**
 * The numbers stage: numbers, money, percentages, rates, ordinals, years, dates and ranges, typed
 * and resolved, with exact offsets (`text.slice(start, end) === fact.text`). Pure: no I/O.
 *
 * Conventions (../shared/data/seeds-gold.json notes): the span is the numeral plus its directly
 * following unit / counted noun; `per year` is included and makes the kind `rate`; hedges
 * (`about`, `mehr als`, `около`) stay outside; money has currency and no unit; dates have value
 * null and an ISO `date`; a bare year is kind `year` with value = year; indefinite articles,
 * standards' names (`Euro-5`) and relative dates without numerals are not numbers.
 */
import vehicles from '../../models/gazetteers/vehicles.json' with { type: 'json' };
import { allPacks, PACKS, perLanguage } from '../languages/index.js';
import type { LanguageCode, NumberFact, NumberKind } from '../types.js';
import { currencyAt, currencyBefore, type CurrencyHit } from './currency.js';
import { findDates, findPeriods, YEAR_AFTER } from './dates.js';
import { toLang, type Lang } from './locales.js';
import { scanNumerals, type Numeral } from './scanner.js';
import { isCountedNoun, isKnownUnit, isUnitStop, normaliseUnit, RATE_ADVERB, RATE_AFTER, RATE_AT_END, RATE_BEFORE } from './units.js';
import { stageVersion } from '../stage-sources.js';

export { scanNumerals, type Numeral } from './scanner.js';
export { toLang, type Lang } from './locales.js';
export { currencyAt, currencyBefore } from './currency.js';
export { findDates } from './dates.js';

export const NUMBERS_STAGE = { name: 'numbers', version: stageVersion('numbers', '1.1.0') } as const;

export interface ExtractOptions {
  language: LanguageCode;
  /** ISO date (article's publication date): year-less and relative dates resolve against it. */
  referenceDate?: string | null;
}

/** A fact plus the numeral it came from (ranges and spec shaping need the latter). */
interface Draft extends NumberFact {
  numeral: Numeral | null;
}

/** Percent words after a number, every pack's (mixed-language text), plus the signs. */
const PERCENT_AFTER = new RegExp(`^[ \\u00A0\\u202F]?(?:%|‰|${allPacks().flatMap((p) => p.numbers.percentAfter).join('|')})(?![\\p{L}\\d])`, 'iu');
/**
 * A percent word or sign right before the number: `yüzde 9,5` (every pack's `percentBefore`), and
 * `%12` as Turkish and Azerbaijani write it (a `%` that closes an earlier number is not one).
 */
const PERCENT_BEFORE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}])(?:${allPacks().flatMap((p) => p.numbers.percentBefore).join('|') || '(?!)'})[ \\u00A0]|(?<![\\p{N}][ \\u00A0]?)%[ \\u00A0]?)$`,
  'iu',
);
/** A car make right before a number: the number names a model (`Peugeot 2008`, `Lada 2107`), not a year or a quantity. */
const MAKE_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${vehicles.makes.flatMap((m) => m.names).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[ \\u00A0]$`,
  'u',
);
/** Words that follow a calendar year ("в 2023 году", "до 2030 года"). */
const CALENDAR_YEAR_WORD = new RegExp(`^(?:${allPacks().flatMap((p) => p.dates.yearAfter).join('|')})$`, 'iu');
const ORDINAL_PREFIX = /(?:\b(?:No|Nr|Nos|Num)\.?|№|N°|Nº)[ \u00A0]?$/;
const PRONOUN_ONE = /\b(which|the|this|that|each|every|any|no|another|last|next|previous|only|new|little|big|right|wrong|other|first|same|a|every|such)\s+$/i;
const ONE_FOLLOWERS = /^\s+(another|of\s+(?:us|them|you))\b/i;
const GAP_MONEY = /^[ \u00A0\u202F]{0,2}$/;

function fact(text: string, start: number, end: number, kind: NumberKind, value: number | null, extra: Partial<NumberFact> = {}): NumberFact {
  return {
    start,
    end,
    text: text.slice(start, end),
    kind,
    value,
    range: null,
    unit: null,
    currency: null,
    date: null,
    ambiguous: null,
    confidence: 0.9,
    version: NUMBERS_STAGE.version,
    ...extra,
  };
}

/** Words before a target or start year, every pack's ("by 2030", "from 2027", "ab 2025", "до 2030", "à partir de 2025"). */
const TARGET_YEAR_BEFORE = new RegExp(`(?<![\\p{L}])(?:${allPacks().flatMap((p) => p.dates.targetYearBefore).join('|')})\\s+$`, 'iu');
/** Words after a target year, every pack's ("2030-yilgacha", "2030 жылға дейін", "2030 yılına kadar"). */
const TARGET_YEAR_AFTER = new RegExp(`^[ \\u00A0'’-]?(?:${allPacks().flatMap((p) => p.dates.targetYearAfter).join('|')})(?![\\p{L}])`, 'iu');

/** The latest year the article states (not a target or start year: TARGET_YEAR_BEFORE, TARGET_YEAR_AFTER), if any. */
function contextYear(text: string, numerals: Numeral[]): number | null {
  let best: number | null = null;
  for (const n of numerals) {
    if (!n.plainDigits || n.end - n.start !== 4 || n.value < 1900 || n.value > 2100) continue;
    if (TARGET_YEAR_BEFORE.test(text.slice(Math.max(0, n.start - 20), n.start)) || TARGET_YEAR_AFTER.test(text.slice(n.end, n.end + 24))) continue;
    if (best === null || n.value > best) best = n.value;
  }
  return best;
}

function skipSpaces(text: string, i: number, max = 2): number {
  let j = i;
  while (j < text.length && j - i < max && (text[j] === ' ' || text[j] === '\u00A0' || text[j] === '\u202F')) j++;
  return j;
}

function backSpaces(text: string, i: number, max = 2): number {
  let j = i;
  while (j > 0 && i - j < max && (text[j - 1] === ' ' || text[j - 1] === '\u00A0' || text[j - 1] === '\u202F')) j--;
  return j;
}

const GLUED_SCALE: Record<string, number> = { m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, k: 1e3, tn: 1e12, mln: 1e6, mld: 1e9, mrd: 1e9 };
const SCALE_AFTER_CODE = /^[ \u00A0](million|billion|thousand|mn|bn|Millionen|Million|Milliarden|Milliarde|Mio\.?|Mrd\.?|млн|млрд|тыс\.?)(?![\p{L}])/u;
const SCALE_VALUE: Record<string, number> = { million: 1e6, mn: 1e6, millionen: 1e6, mio: 1e6, 'mio.': 1e6, млн: 1e6, billion: 1e9, bn: 1e9, milliarden: 1e9, milliarde: 1e9, mrd: 1e9, 'mrd.': 1e9, млрд: 1e9, thousand: 1e3, тыс: 1e3, 'тыс.': 1e3 };

/** Money reading of a numeral: prefix symbol/code or following currency word. */
export function moneyAround(text: string, n: Numeral, lang: Lang): { start: number; end: number; value: number; hit: CurrencyHit } | null {
  const pre = currencyBefore(text, backSpaces(text, n.start, 1), lang);
  let value = n.value;
  let start = n.start;
  let end = n.end;
  let hit: CurrencyHit | null = null;
  if (pre && !pre.minor && n.start - pre.end <= 1) {
    hit = pre;
    start = pre.start;
    const gs = n.glued ? GLUED_SCALE[n.glued] : undefined;
    if (gs) {
      value *= gs;
      end = n.end + n.glued!.length;
    }
  } else {
    // a scale glued to the number before the currency: "300m yen", "5bn rupees"
    const glued = n.glued ? GLUED_SCALE[n.glued] : undefined;
    if (glued) {
      value *= glued;
      end = n.end + n.glued!.length;
    }
    let q = skipSpaces(text, end);
    const linker = scaleLinker(lang);
    const de = linker && n.scaled ? linker.exec(text.slice(q, q + 8)) : null;
    if (de) q += de[0].length;
    if (q === n.end && text[q] === '-' && n.spelled) q += 1;
    const suf = currencyAt(text, q, lang);
    if (suf && (GAP_MONEY.test(text.slice(end, q).replace('-', '')) || de)) {
      hit = suf;
      end = suf.end;
    }
  }
  if (!hit) return null;
  if (hit.scale !== 1) value *= hit.scale;
  const sc = SCALE_AFTER_CODE.exec(text.slice(end));
  if (sc && !n.scaled) {
    value *= SCALE_VALUE[sc[1]!.toLowerCase()] ?? 1;
    end += sc[0].length;
  }
  return { start, end, value, hit };
}

/** The pack's word between a scaled number and its noun or currency (`de`, `d'`), at the start of a text. */
const scaleLinker = perLanguage((lang: Lang): RegExp | null => {
  const source = lang === 'und' ? null : PACKS[lang].numbers.scaleLinker;
  return source ? new RegExp(`^(?:${source})`, 'iu') : null;
});

/** The pack's pronoun quantifiers at the end of a text (`tous `, `toutes les `); null: none. */
const pronounQuantifier = perLanguage((lang: Lang): RegExp | null => {
  const words = lang === 'und' ? [] : PACKS[lang].numbers.pronounQuantifiers;
  return words.length ? new RegExp(`(?:^|[^\\p{L}])(?:${words.join('|')})[ \\u00A0]+$`, 'iu') : null;
});

/** The pack's words after a spelled `one` that make it a pronoun, at the start of a text; null: none. */
const pronounOneFollower = perLanguage((lang: Lang): RegExp | null => {
  const words = lang === 'und' ? [] : (PACKS[lang].numbers.pronounOneFollowers ?? []);
  return words.length ? new RegExp(`^[ \\u00A0]+(?:${words.join('|')})(?![\\p{L}])`, 'iu') : null;
});

/** The gap between two coordinated quantities (`, and`, ` und `), from the pack's coordinators; null: none. */
const coordination = perLanguage((lang: Lang): RegExp | null => {
  const and = lang === 'und' ? [] : PACKS[lang].numbers.coordinators;
  return and.length ? new RegExp(`^[ \\u00A0]*,?[ \\u00A0]+(?:${and.join('|')})[ \\u00A0]+$`, 'iu') : null;
});

/**
 * A rate marked on one of two coordinated quantities is the other's too: before the first
 * ("jährlich 1.200 Mähdrescher und 800 Traktoren", "annually 5,000 cars and 2,000 buses") or after
 * the second ("1,200 combine harvesters and 800 tractors a year", "1.200 cosechadoras y 800 tractores al año").
 */
function distributeRates(text: string, drafts: Draft[], lang: Lang): void {
  const gap = coordination(lang);
  if (!gap) return;
  for (let i = 1; i < drafts.length; i++) {
    const a = drafts[i - 1]!;
    const b = drafts[i]!;
    if (a.unit === null || b.unit === null || !gap.test(text.slice(a.end, b.start))) continue;
    if (a.kind === 'rate' && b.kind === 'count') b.kind = 'rate';
    else if (a.kind === 'count' && b.kind === 'rate' && RATE_AT_END.test(b.text)) a.kind = 'rate';
  }
}

/** billion / milliard read differently by language (short vs long scale). */
function scaleAmbiguity(surface: string, lang: Lang): string | null {
  if (lang === 'en' && /milliard/i.test(surface)) return 'milliard: 10^9 assumed';
  if (lang === 'und' && /billion/i.test(surface)) return 'billion: 10^9 (short scale) assumed, 10^12 in long-scale languages';
  return null;
}

/** Extracts the typed number facts of one text in one language. */
export function extractNumbers(text: string, options: ExtractOptions): NumberFact[] {
  const lang = toLang(options.language);
  const numerals = scanNumerals(text, lang);
  const ctxYear = contextYear(text, numerals);
  const drafts: Draft[] = [];
  // no reference date: a dateline/metadata date at the top of the article stands in for it
  const header = options.referenceDate ? null : /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/.exec(text.slice(0, 160));
  const referenceDate = options.referenceDate ?? (header ? header[0] : null);
  for (const d of findDates(text, { lang, referenceDate, contextYear: ctxYear })) {
    drafts.push({
      ...fact(text, d.start, d.end, 'date', null, {
        date: d.date,
        ambiguous: d.ambiguous,
        confidence: d.inferredYear ? 0.7 : 0.9,
      }),
      numeral: null,
    });
  }
  // quarters, halves and month spans win over the dates and years inside them (`second half of 2027`)
  for (const d of findPeriods(text, numerals, { lang, referenceDate, contextYear: ctxYear })) {
    for (let k = drafts.length - 1; k >= 0; k--) if (drafts[k]!.start < d.end && d.start < drafts[k]!.end) drafts.splice(k, 1);
    drafts.push({ ...fact(text, d.start, d.end, 'date', null, { date: d.date, ambiguous: d.ambiguous, confidence: d.inferredYear ? 0.7 : 0.9 }), numeral: null });
  }
  const dateSpans = drafts.slice();
  const inDate = (n: Numeral): boolean => dateSpans.some((d) => d.start < n.end && n.start < d.end);
  let lastEnd = -1;
  for (const n of numerals) {
    if (inDate(n) || n.start < lastEnd) continue;
    const d = numeralFact(text, n, lang, numerals);
    if (d && d.start >= lastEnd) {
      drafts.push(d);
      lastEnd = d.end;
    }
  }
  drafts.sort((a, b) => a.start - b.start);
  distributeRates(text, drafts, lang);
  const merged = mergeRanges(text, drafts, lang);
  return merged.map(({ numeral: _n, ...f }) => ({
    ...f,
    value: decimalRound(f.value),
    range: f.range && [decimalRound(f.range[0]), decimalRound(f.range[1])],
  }));
}

/**
 * Drops binary floating-point noise from scaled values (4.1 × 10⁶ is 4100000, not
 * 4099999.9999999995): a value within 1e-13 of its 12-digit rounding is that rounding; a true
 * repeating fraction such as 1/3 stays as it is.
 */
function decimalRound(value: number | null): number | null {
  if (value === null) return null;
  const rounded = Number(value.toPrecision(12));
  return Math.abs(rounded - value) <= Math.abs(value) * 1e-13 ? rounded : value;
}

function numeralFact(text: string, n: Numeral, lang: Lang, all: Numeral[]): Draft | null {
  const before = text.slice(Math.max(0, n.start - 30), n.start);
  const prevCh = text[n.start - 1] ?? '';
  const amb = n.ambiguous;
  const conf = amb ? 0.6 : n.spelled ? 0.85 : 0.95;
  // parts of names and codes: Euro-5, SCP-173, COVID-19, phone numbers, ids
  if (!n.spelled && /\p{L}[-‐]$/u.test(before)) return null;
  if (!n.spelled && /\bEuro[ \u00A0]?$/i.test(before) && !/^\s*(?:Mio|Mrd|Million|Milliard)/i.test(text.slice(n.end))) return null;
  if (!n.spelled && (/[+#]$/.test(before) || /\d[-/.]$/.test(before) || /^[-/]\d/.test(text.slice(n.end)))) {
    // digit chains: phone numbers, ids, versions (ranges are handled by mergeRanges)
    if (!/\d[-–]$/.test(before.slice(-2)) && !/^[-–]\d/.test(text.slice(n.end, n.end + 2)) || /[+#]$/.test(before) || /\d[-/]\d+[-/]$/.test(before) || /^[-/]\d+[-/]\d/.test(text.slice(n.end))) return null;
  }
  // a model designation after a make ("the Peugeot 2008 sold well"), unless a counted noun follows ("Toyota 5000 cars")
  const nextWord = /^[ \u00A0](\p{L}+)/u.exec(text.slice(n.end, n.end + 30))?.[1];
  if (n.plainDigits && MAKE_BEFORE.test(before) && !(nextWord && isCountedNoun(nextWord, lang))) return null;
  const money = n.article && lang === 'en' ? null : moneyAround(text, n, lang);
  if (!money && n.plainDigits && !n.ordinal && n.end - n.start >= 7) return null;
  if (money) {
    let value = money.value;
    let end = money.end;
    // "3 dollars 50 cents", "zwei Euro und fünfzig Cent", "17 USD 25"
    if (!money.hit.minor && Number.isInteger(value) && !n.scaled) {
      const m = /^[ \u00A0](?:(?:and|und|et|y|и)[ \u00A0])?/.exec(text.slice(end));
      const nextN = all.find((x) => x.start === end + (m ? m[0].length : -1e9));
      if (m && nextN && !nextN.scaled && !nextN.ordinal && Number.isInteger(nextN.value) && nextN.value < 100) {
        const q = skipSpaces(text, nextN.end);
        const minor = currencyAt(text, q, lang);
        const codeOrSymbol = !/^\p{Ll}/u.test(text.slice(money.hit.start, money.hit.end));
        if (minor?.minor || (!minor && (codeOrSymbol || !/^\s*\p{L}/u.test(text.slice(nextN.end))))) {
          value += nextN.value / 100;
          end = minor?.minor ? minor.end : nextN.end;
        }
      }
    }
    if (money.hit.minor) {
      // minor units keep the written value; the unit says which (pence → GBP, kopeks → RUB)
      const minorWord = text.slice(money.hit.start, money.hit.end).toLowerCase();
      const [unit, currency] = /^(?:pence|penny|pennies)/.test(minorWord) ? ['pence', 'GBP'] : /^(?:kope|копе)/.test(minorWord) ? ['kopek', 'RUB'] : ['cent', null];
      return {
        ...fact(text, money.start, end, 'money', value, { unit, currency, ambiguous: amb ?? (currency ? null : 'cent: currency not named'), confidence: conf }),
        numeral: n,
      };
    }
    return {
      ...fact(text, money.start, end, 'money', value, {
        currency: money.hit.currency,
        ambiguous: amb ?? money.hit.ambiguous ?? scaleAmbiguity(text.slice(n.start, n.end), lang),
        confidence: money.hit.ambiguous ? Math.min(conf, 0.75) : conf,
      }),
      numeral: n,
    };
  }
  if (n.article) return null;
  // `toutes deux assemblées à Asaka`: a spelled number after a quantifier stands for things named before
  if (n.spelled && pronounQuantifier(lang)?.test(before) && !(nextWord && isKnownUnit(nextWord))) return null;
  // `uno de los mayores fabricantes`: one of a group, a pronoun
  if (n.spelled && n.value === 1 && !n.ordinal && pronounOneFollower(lang)?.test(text.slice(n.end))) return null;
  const surface = text.slice(n.start, n.end);
  // vague quantities: "half", "a quarter" alone, "hundreds", "thousands", "millions"
  if (n.spelled && !n.scaled && n.fraction && /^(?:a |an |one )?(?:half|quarter|halbe?[nrs]?|moitié)$/i.test(surface)) return null;
  if (n.spelled && /^(?:hundreds|thousands|millions|billions|hunderte|tausende|millionen|milliarden|сотни|тысячи|миллионы|centaines|milliers|millions|milliards|cientos|miles|millones)$/i.test(surface)) return null;
  // a fraction of a whole is a share, in percent ("drei Viertel", "three quarters", "un tiers" → 75, 75, 33.3)
  if (n.spelled && n.fraction && !n.scaled && n.value > 0 && n.value < 1) {
    return { ...fact(text, n.start, n.end, 'percent', n.value * 100, { ambiguous: amb, confidence: conf }), numeral: n };
  }
  // clock times: "17 Uhr", "14:00", "5 pm", "9 o'clock"
  if (!n.spelled && (/^[:.]\d\d/.test(text.slice(n.end, n.end + 3)) && /^\d{1,2}$/.test(surface) || /\d[:]$/.test(before))) return null;
  if (/^[ \u00A0]?(?:Uhr|o'clock|a\.m\.|p\.m\.|am|pm|h)(?![\p{L}])/u.test(text.slice(n.end, n.end + 9)) && n.value <= 24) return null;
  // "one" as a pronoun ("which one", "the one before")
  if (lang === 'en' && /^one$/i.test(text.slice(n.start, n.end)) && (PRONOUN_ONE.test(before) || ONE_FOLLOWERS.test(text.slice(n.end)))) return null;
  const pctBefore = PERCENT_BEFORE.exec(before);
  if (pctBefore) {
    const start = n.start - pctBefore[0].length;
    return { ...fact(text, start, n.end, 'percent', n.value, { ambiguous: amb, confidence: conf }), numeral: n };
  }
  // a year written as an ordinal with its marker (`2024-cü ildə`): the year
  if (n.ordinal && !n.spelled && /^\d{4}$/u.test(surface.replace(/\P{N}.*$/u, '')) && n.value >= 1800 && n.value <= 2100 && YEAR_AFTER.test(text.slice(n.end))) {
    return { ...fact(text, n.start, n.end, 'year', n.value, { date: String(n.value), confidence: 0.9 }), numeral: n };
  }
  const pct = PERCENT_AFTER.exec(text.slice(n.end));
  if (pct && !/[=%&?/]$/.test(prevCh) && !/^[\p{L}\d]/u.test(text.slice(n.end + pct[0].length))) {
    return { ...fact(text, n.start, n.end + pct[0].length, 'percent', n.value, { ambiguous: amb, confidence: conf }), numeral: n };
  }
  const ordPrefix = ORDINAL_PREFIX.exec(before);
  if (ordPrefix && !n.spelled) {
    return { ...fact(text, n.start - ordPrefix[0].length, n.end, 'ordinal', n.value, { confidence: conf }), numeral: n };
  }
  if (n.ordinal) {
    if (lang === 'de' && /^acht/i.test(text.slice(n.start, n.end)) && !/\b(der|die|das|den|dem|des|am|im|zum|zur)\s+$/i.test(before)) return null;
    if (/^first$/i.test(text.slice(n.start, n.end)) && /^\s+of\s+all\b/i.test(text.slice(n.end))) return null;
    if (lang === 'en' && /^seconds?$/i.test(text.slice(n.start, n.end)) && /\b(per|a|one|\d+|few|several)\s+$/i.test(before)) return null;
    return { ...fact(text, n.start, n.end, 'ordinal', n.value, { confidence: conf }), numeral: n };
  }
  // counted noun / unit
  let end = n.end;
  let unit: string | null = null;
  let value = n.value;
  const gluedScale = n.glued ? GLUED_SCALE[n.glued] : undefined;
  const nounAfterGlued = n.glued ? /^[ \u00A0](\p{L}[\p{L}'’]*)/u.exec(text.slice(n.end + n.glued.length, n.end + n.glued.length + 40)) : null;
  if (gluedScale && (n.glued !== 'm' || (nounAfterGlued && isCountedNoun(nounAfterGlued[1]!, lang)))) {
    // a scale glued to the number: "9.7m vehicles", "5bn", "2mn people" ("9.7m" alone is metres)
    value *= gluedScale;
    end = n.end + n.glued!.length;
    if (nounAfterGlued && isCountedNoun(nounAfterGlued[1]!, lang)) {
      unit = normaliseUnit(nounAfterGlued[1]!);
      end += nounAfterGlued[0].length;
    }
  } else if (n.glued) {
    const u = normaliseUnit(n.glued);
    if (u === n.glued && !/^(km|kg|mw|t|ha|m|cm|mm|ml|l|g|gb|mb|kwh|gw)$/.test(n.glued)) return null;
    unit = u;
    end = n.end + n.glued.length;
  } else {
    const after = text.slice(n.end, n.end + 40);
    const hy = /^[-‐](\p{L}+)/u.exec(after);
    const sp = /^[ \u00A0](\p{L}[\p{L}'’]*)/u.exec(after);
    let phrase: { noun: string; length: number } | null;
    if (hy && !/^(?:and|or|a|an|the|to|und|oder|et|y|и)$/i.test(hy[1]!)) {
      unit = normaliseUnit(hy[1]!);
      end = n.end + hy[0].length;
    } else if (n.scaled && /^[ \u00A0]/u.test(after) && scaleLinker(lang)?.test(after.slice(1))) {
      // "1,3 million de véhicules", "2 millones de coches"
      const link = scaleLinker(lang)!.exec(after.slice(1))!;
      const noun = /^\p{L}+/u.exec(after.slice(1 + link[0].length))?.[0];
      if (noun && isCountedNoun(noun, lang)) {
        unit = normaliseUnit(noun);
        end = n.end + 1 + link[0].length + noun.length;
      }
    } else if ((phrase = countedPhrase(after, lang))) {
      unit = normaliseUnit(phrase.noun);
      end = n.end + phrase.length;
    } else if (sp && isCountedNoun(sp[1]!, lang) && !RATE_ADVERB.test(sp[1]!)) {
      unit = normaliseUnit(sp[1]!);
      end = n.end + sp[0].length;
    }
  }
  // bare year; "до 2030 года" is a calendar year, not a count of years
  const unitWord = text.slice(n.end, end).replace(/^[\s-]+/, '');
  if (n.plainDigits && n.end - n.start === 4 && n.value >= 1800 && n.value <= 2100 && (unit === null || !isKnownUnit(unitWord) || CALENDAR_YEAR_WORD.test(unitWord))) {
    // the year's own noun after it belongs to it ("в 2026 году", "2030-yil", "2024 жылы")
    const noun = YEAR_AFTER.exec(text.slice(n.end, n.end + 24));
    return { ...fact(text, n.start, n.end + (noun ? noun[0].length : 0), 'year', n.value, { date: String(n.value), confidence: 0.9 }), numeral: n };
  }
  let kind: NumberKind = 'count';
  const rate = RATE_AFTER.exec(text.slice(end));
  if (rate && !RATE_ADVERB.test(rate[0].trim())) {
    kind = 'rate';
    end += rate[0].length;
  } else if (rate || RATE_BEFORE.test(before)) kind = 'rate';
  if (unit === 'times') kind = 'rate';
  return {
    ...fact(text, n.start, end, kind, value, {
      unit,
      ambiguous: amb ?? scaleAmbiguity(text.slice(n.start, n.end), lang),
      confidence: conf,
    }),
    numeral: n,
  };
}

/**
 * A counted noun of several words after a number: a compound the packs list (`combine harvesters`,
 * `cotton pickers`), or a known noun after up to `unitModifiers` lower-case modifiers (`120 electric
 * locomotives`, `500 new jobs`); null: none (the one-word reading applies).
 */
function countedPhrase(after: string, lang: Lang): { noun: string; length: number } | null {
  const words = /^[ \u00A0](\p{L}[\p{L}'’-]*)(?:[ \u00A0](\p{L}[\p{L}'’-]*))?(?:[ \u00A0](\p{L}[\p{L}'’-]*))?(?:[ \u00A0](\p{L}[\p{L}'’-]*))?/u.exec(after);
  if (!words) return null;
  const list = words.slice(1).filter((w): w is string => w !== undefined);
  const modifiers = lang === 'und' ? 0 : PACKS[lang].numbers.unitModifiers ?? 0;
  const length = (k: number): number => 1 + list.slice(0, k).join(' ').length;
  for (let k = list.length; k >= 2; k--) {
    const phrase = list.slice(0, k).join(' ');
    if (isKnownUnit(phrase)) return { noun: phrase, length: length(k) };
    const head = list[k - 1]!;
    const mods = list.slice(0, k - 1);
    if (mods.length <= modifiers && isKnownUnit(head) && mods.every((w) => /^\p{Ll}/u.test(w) && !isUnitStop(w) && !isKnownUnit(w) && !/ly$/u.test(w))) {
      return { noun: head, length: length(k) };
    }
  }
  return null;
}

const RANGE_JOIN = /^[ \u00A0]?(?:[-–—]|to|bis|до|à|au|a|y|and|und|и|et)[ \u00A0]?$/i;
const RANGE_OPEN = /(?<![\p{L}\p{N}_])(?:between|from|zwischen|von|от|de|entre)[ \u00A0]$/iu;

/** A change verb in the clause before `from X to Y` (`raise its capacity`, `portera sa capacité`), from the pack's increase words. */
const changeBefore = perLanguage((lang: Lang): RegExp | null => {
  const words = lang === 'und' ? [] : PACKS[lang].events?.increase ?? [];
  return words.length ? new RegExp(`(?<![\\p{L}])(?:${words.join('|')})\\p{L}*(?![\\p{L}])[^.;!?\\n]{0,80}$`, 'iu') : null;
});

/**
 * "2,000–3,000 cars", "between 20 and 30", "от 10 до 20 млн": one fact with `range`; a change
 * (`from 40 to 60` after an increase verb) stays two facts.
 */
function mergeRanges(text: string, drafts: Draft[], lang: Lang): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const a = drafts[i]!;
    const b = drafts[i + 1];
    if (b && a.numeral && b.numeral && a.kind !== 'ordinal' && b.kind !== 'ordinal' && a.kind !== 'date' && b.kind !== 'date') {
      const gap = text.slice(a.end, b.start);
      const open = RANGE_OPEN.exec(text.slice(Math.max(0, a.start - 12), a.start));
      const dash = /^[ \u00A0]?[-–—][ \u00A0]?$/.test(gap);
      const conj = /^[ \u00A0](?:and|und|и|et|y)[ \u00A0]$/i.test(gap);
      const to = /^[ \u00A0](?:to|bis|до|à|au|a)[ \u00A0]$/i.test(gap);
      if (to && open && !/between|zwischen|entre/i.test(open[0]) && changeBefore(lang)?.test(text.slice(Math.max(0, a.start - 90), a.start - open[0].length))) {
        // a change, not a range: "raise its capacity from 40 to 60 locomotives a year" gives two
        // figures, the bare first one with the unit and kind of the second
        out.push(a.unit === null && a.kind === 'count' && b.unit !== null ? { ...a, unit: b.unit, kind: b.kind === 'rate' ? 'rate' : 'count' } : a);
        continue;
      }
      const compatible = a.kind === b.kind || (a.kind === 'count' && a.unit === null && (b.kind === 'money' || b.kind === 'percent' || b.kind === 'count' || b.kind === 'rate'));
      if (compatible && RANGE_JOIN.test(gap) && (dash || (conj && open && /between|zwischen|entre/i.test(open[0])) || (to && (open || b.unit || b.currency || b.kind === 'percent' || a.unit === null)))) {
        if (a.kind === 'year' && b.kind === 'year') {
          out.push({ ...a, kind: 'date', end: b.end, text: text.slice(a.start, b.end), value: null, date: `${a.value}/${b.value}` });
          i++;
          continue;
        }
        if (a.unit !== null && a.unit !== b.unit && b.unit !== null) {
          out.push(a);
          continue;
        }
        let low = a.value;
        const high = b.value;
        if (dash && low !== null && high !== null && low >= high && !(b.numeral.scaled && !a.numeral.scaled)) {
          // "3-0", "2-2": scores, not ranges
          out.push(a);
          continue;
        }
        if (low !== null && high !== null && b.numeral.scaled && !a.numeral.scaled && low < high / b.numeral.unitScale * 10 && low * b.numeral.unitScale <= high) {
          low = low * b.numeral.unitScale;
        }
        const kind = b.kind === 'money' || a.kind === 'money' ? 'money' : b.kind === 'percent' ? 'percent' : b.kind === 'rate' ? 'rate' : 'count';
        out.push({
          ...b,
          start: a.start,
          text: text.slice(a.start, b.end),
          kind,
          value: null,
          range: [low, high],
          currency: b.currency ?? a.currency,
          unit: b.unit ?? a.unit,
          date: null,
          numeral: a.numeral,
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
