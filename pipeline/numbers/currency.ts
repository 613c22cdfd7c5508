/**
 * Currencies: symbols, ISO 4217 codes and the language packs' names → ISO code. Codes are
 * checked against the `currency-codes` list. `ambiguous` says when the text leaves it open
 * (bare `$`, `dollars`, `¥`, `pounds`).
 */
import cc from 'currency-codes';
import { allPacks, PACKS, perLanguage } from '../languages/index.js';
import type { Lang } from './locales.js';

export interface CurrencyHit {
  start: number;
  end: number;
  currency: string | null;
  ambiguous: string | null;
  /** Multiplier carried by the token itself (`MUSD` = million USD). */
  scale: number;
  /** A sub-unit (cent, pence, kopeks): value is in hundredths. */
  minor: boolean;
}

const ISO = new Set(cc.codes());
/** Codes that are also ordinary words in capitals ("ALL 5 solutions"). */
const CODE_WORDS = new Set(['ALL', 'TOP', 'CUP', 'MOP', 'BOB', 'SOS', 'PEN', 'MAD', 'GEL', 'NIO', 'TRY']);

export function isIsoCode(code: string): boolean {
  return ISO.has(code);
}

/** Currency symbols (longest first when matching). */
const SYMBOLS: Array<[string, string | null, string | null]> = [
  ['US$', 'USD', null],
  ['U.S.$', 'USD', null],
  ['C$', 'CAD', null],
  ['CA$', 'CAD', null],
  ['A$', 'AUD', null],
  ['AU$', 'AUD', null],
  ['NZ$', 'NZD', null],
  ['HK$', 'HKD', null],
  ['S$', 'SGD', null],
  ['R$', 'BRL', null],
  ['Mex$', 'MXN', null],
  ['$', 'USD', 'bare $: US dollar assumed'],
  ['€', 'EUR', null],
  ['£', 'GBP', null],
  ['¥', 'JPY', '¥: yen or yuan'],
  ['元', 'CNY', null],
  ['₽', 'RUB', null],
  ['₸', 'KZT', null],
  ['₼', 'AZN', null],
  ['₩', 'KRW', null],
  ['₺', 'TRY', null],
  ['₹', 'INR', null],
  ['₡', 'CRC', null],
  ['₭', 'LAK', null],
  ['₴', 'UAH', null],
  ['₦', 'NGN', null],
  ['₿', null, 'bitcoin has no ISO 4217 code'],
  ['ரூ', 'LKR', null],
  ['руб.', 'RUB', null],
  ['руб', 'RUB', null],
  ['р.', 'RUB', null],
];

type Name = [RegExp, string | null, string | null];

/**
 * Currency names (lower-case, several words allowed) → [ISO or null, ambiguity]: the language's
 * own pack first (English `som` is the Kyrgyz som, Uzbek `so'm` the Uzbek one), then every other
 * pack's in registry order, as mixed-language wire text needs. Each pack lists its names of several
 * words before its single words, so `us dollars` wins over `dollars`.
 */
const namesFor = perLanguage((lang: Lang): { names: Name[]; any: RegExp } => {
  const own = lang === 'und' ? [] : [PACKS[lang]];
  const names: Name[] = [...own, ...allPacks().filter((p) => !own.includes(p))]
    .flatMap((p) => p.numbers.currencies)
    .map(([pattern, iso, ambiguity]) => [new RegExp(`^(?:${pattern})`, 'u'), iso, ambiguity ?? null]);
  // one test for "does any currency name start here" before trying them one by one
  return { names, any: new RegExp(`^(?:${names.map(([re]) => re.source.replace(/^\^/, '')).join('|')})`, 'u') };
});

/** Characters a currency symbol can end with (prefix position). */
const SYMBOL_END = /[$€£¥元₽₸₼₩₺₹₡₭₴₦₿ூ.]$|[A-Za-z]{3}$|руб$/;

const MINOR = /^(?:cents?|pence|penny|pennies|kopeks?|kopecks?|копе(?:ек|йки|йка)|céntimos?|centimes?)(?![\p{L}\p{N}_])/iu;

/** Word boundary after a name match. */
function endsWord(text: string, i: number): boolean {
  const c = text[i];
  return c === undefined || !/[\p{L}\d]/u.test(c);
}

/** A currency symbol, code or name starting at `pos` (after spaces already skipped), names read in `lang` first. */
export function currencyAt(text: string, pos: number, lang: Lang = 'und'): CurrencyHit | null {
  for (const [sym, code, amb] of SYMBOLS) {
    if (text.startsWith(sym, pos)) {
      if (/^[A-Za-z]/.test(sym) && pos > 0 && /[\p{L}]/u.test(text[pos - 1]!)) continue;
      if (/\p{L}$/u.test(sym) && /\p{L}/u.test(text[pos + sym.length] ?? '')) continue;
      return { start: pos, end: pos + sym.length, currency: code, ambiguous: amb, scale: 1, minor: false };
    }
  }
  // ISO code, optionally with $ (USD$, mxn$), or M-prefixed million (MUSD)
  const code = /^(M)?([A-Za-z]{3})(\$)?/.exec(text.slice(pos, pos + 5));
  if (code && (pos === 0 || !/[\p{L}]/u.test(text[pos - 1]!))) {
    const c = code[2]!.toUpperCase();
    const end = pos + code[0].length;
    const upper = code[2] === c;
    if (ISO.has(c) && !(CODE_WORDS.has(c) && !code[3]) && !/\p{L}/u.test(text[end] ?? '') && (upper || code[3]) && !(code[1] && !upper)) {
      return { start: pos, end, currency: c, ambiguous: null, scale: code[1] ? 1e6 : 1, minor: false };
    }
    if (!code[1] && code[3] && ISO.has(c)) return { start: pos, end, currency: c, ambiguous: null, scale: 1, minor: false };
  }
  const rest = text.slice(pos, pos + 40).toLowerCase();
  const minor = MINOR.exec(rest);
  if (minor) return { start: pos, end: pos + minor[0].length, currency: null, ambiguous: null, scale: 1, minor: true };
  const { names, any } = namesFor(lang);
  if (!any.test(rest)) return null;
  for (const [re, iso, amb] of names) {
    const m = re.exec(rest);
    if (m && endsWord(text, pos + m[0].length)) {
      return { start: pos, end: pos + m[0].length, currency: iso, ambiguous: amb, scale: 1, minor: false };
    }
  }
  return null;
}

/** A currency symbol or code ending exactly at `end` (prefix position: `$ 5`, `USD 200`, `c $`). */
export function currencyBefore(text: string, end: number, lang: Lang = 'und'): CurrencyHit | null {
  if (end === 0 || !SYMBOL_END.test(text.slice(Math.max(0, end - 4), end))) return null;
  const from = Math.max(0, end - 8);
  for (let p = from; p < end; p++) {
    const h = currencyAt(text, p, lang);
    if (h && h.end === end && !h.minor) {
      // "c $" / "us $": a country letter before a spaced $
      if (h.currency === 'USD' && text[p] === '$') {
        const pre = /(?:^|[^\p{L}])(us|c|nz|mxn|usd|aud|cad|nzd)\s?$/iu.exec(text.slice(Math.max(0, p - 5), p));
        if (pre) {
          const tag = pre[1]!.toLowerCase();
          const iso = tag === 'us' || tag === 'usd' ? 'USD' : tag === 'c' || tag === 'cad' ? 'CAD' : tag === 'a' || tag === 'aud' ? 'AUD' : tag === 'nz' || tag === 'nzd' ? 'NZD' : 'MXN';
          return { ...h, start: p - pre[0].length + (pre[0].length - pre[0].trimStart().length), currency: iso, ambiguous: null };
        }
      }
      if (/^[a-z]/i.test(text[p]!) && !/[A-Z]{3}/.test(text.slice(p, p + 3)) && !text.slice(p, h.end).includes('$')) continue;
      return h;
    }
  }
  return null;
}
