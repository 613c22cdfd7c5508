/**
 * Currencies: symbols, ISO 4217 codes and names (en, de, ru, fr, es) → ISO code. Codes are
 * checked against the `currency-codes` list. `ambiguous` says when the text leaves it open
 * (bare `$`, `dollars`, `¥`, `pounds`).
 */
import cc from 'currency-codes';

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

/** Currency names (lower-case, several words allowed) → [ISO or null, ambiguity]. */
const NAMES: Array<[RegExp, string | null, string | null]> = [
  // multi-word first
  [/^(?:us|u\.s\.|american|united states)[ -]?dollars?/, 'USD', null],
  [/^us-dollars?/, 'USD', null],
  [/^dollars? (?:us|américains?)\b/, 'USD', null],
  [/^долл(?:ар(?:ов|а|ы|ам|ами)?|\.) сша/, 'USD', null],
  [/^d[óo]lar(?:es)? (?:estadounidenses?|americanos?)/, 'USD', null],
  [/^(?:canadian|kanadischen?|canadiens?|canadienses?) dollars?/, 'CAD', null],
  [/^dollars? canadiens?/, 'CAD', null],
  [/^(?:australian|australischen?) dollars?/, 'AUD', null],
  [/^(?:hong kong) dollars?/, 'HKD', null],
  [/^(?:chinese|chinesischen?) (?:yuan|renminbi)/, 'CNY', null],
  [/^(?:japanese|japanischen?) yen/, 'JPY', null],
  [/^(?:turkish|türkischen?|turques?) (?:liras?|lire)/, 'TRY', null],
  [/^(?:livres?|lires?) turques?/, 'TRY', null],
  [/^liras? turcas?/, 'TRY', null],
  [/^(?:british )?pounds? sterling/, 'GBP', null],
  [/^british pounds?/, 'GBP', null],
  [/^livres? sterling/, 'GBP', null],
  [/^libras? esterlinas?/, 'GBP', null],
  [/^фунт(?:ов|а|ы)? стерлингов/, 'GBP', null],
  [/^(?:south )?korean won/, 'KRW', null],
  [/^(?:azerbaijani|aserbaidschanische[n]?) manats?/, 'AZN', null],
  [/^(?:uzbek|usbekische[n]?) (?:so['’ʻ]?m|sum)s?/, 'UZS', null],
  [/^(?:kazakh|kasachische[n]?) tenge/, 'KZT', null],
  [/^(?:kyrgyz|kirgisische[n]?) soms?/, 'KGS', null],
  [/^(?:indian )?rupees?/, 'INR', 'rupee: Indian assumed'],
  [/^rupien/, 'INR', 'rupee: Indian assumed'],
  [/^finnish markkas?/, null, null],
  [/^finnische[n]? mark/, null, null],
  [/^dutch guilders?/, null, null],
  [/^mexican pesos?/, 'MXN', null],
  [/^(?:kambodschanische[n]? |cambodian )?riels?/, 'KHR', null],
  [/^swiss francs?/, 'CHF', null],
  // single words
  [/^(?:dollars?|dollar|d[óo]lar(?:es)?|долл(?:ар(?:ов|а|ы|ам|ами)?|\.))/, 'USD', 'dollar: currency not named (US dollar assumed)'],
  [/^(?:euros?|eur|евро)/, 'EUR', null],
  [/^(?:pounds?|pfund|фунт(?:ов|а|ы)?)/, 'GBP', 'pound: British assumed'],
  [/^(?:pence|penny|pennies)/, 'GBP', null],
  [/^(?:roubles?|rubles?|rubel|рубл(?:ь|ей|я|и|ям|ями)|rublos?)/, 'RUB', null],
  [/^(?:yuan|renminbi|rmb|юан(?:ь|ей|я|и|ям)|yuanes|kuai)/, 'CNY', null],
  [/^(?:yen|yenes|иен(?:а|ы|ам)?|ен)/, 'JPY', null],
  [/^(?:won|вон)/, 'KRW', null],
  [/^(?:liras?|lire|лир(?:а|ы|ам)?)/, 'TRY', 'lira: Turkish assumed'],
  [/^(?:manats?|манат(?:ов|а|ы)?)/, 'AZN', null],
  [/^(?:so['’ʻ]m|soum|сум(?:ов|а|ы)?)/, 'UZS', null],
  [/^(?:tenge|тенге)/, 'KZT', null],
  [/^(?:soms?|сом(?:ов|а|ы)?)/, 'KGS', null],
  [/^(?:francs?|franken)/, null, 'franc: country not named'],
  [/^(?:bitcoins?)/, null, 'bitcoin has no ISO 4217 code'],
];

/** One test for "does any currency name start here" before trying them one by one. */
const NAMES_ANY = new RegExp(`^(?:${NAMES.map(([re]) => re.source.replace(/^\^/, '')).join('|')})`);
/** Characters a currency symbol can end with (prefix position). */
const SYMBOL_END = /[$€£¥元₽₸₼₩₺₹₡₭₴₦₿ூ.]$|[A-Za-z]{3}$|руб$/;

const MINOR = /^(?:cents?|pence|penny|pennies|kopeks?|kopecks?|копе(?:ек|йки|йка)|céntimos?|centimes?)(?![\p{L}\p{N}_])/iu;

/** Word boundary after a name match. */
function endsWord(text: string, i: number): boolean {
  const c = text[i];
  return c === undefined || !/[\p{L}\d]/u.test(c);
}

/** A currency symbol, code or name starting at `pos` (after spaces already skipped). */
export function currencyAt(text: string, pos: number): CurrencyHit | null {
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
  if (!NAMES_ANY.test(rest)) return null;
  for (const [re, iso, amb] of NAMES) {
    const m = re.exec(rest);
    if (m && endsWord(text, pos + m[0].length)) {
      return { start: pos, end: pos + m[0].length, currency: iso, ambiguous: amb, scale: 1, minor: false };
    }
  }
  return null;
}

/** A currency symbol or code ending exactly at `end` (prefix position: `$ 5`, `USD 200`, `c $`). */
export function currencyBefore(text: string, end: number): CurrencyHit | null {
  if (end === 0 || !SYMBOL_END.test(text.slice(Math.max(0, end - 4), end))) return null;
  const from = Math.max(0, end - 8);
  for (let p = from; p < end; p++) {
    const h = currencyAt(text, p);
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
