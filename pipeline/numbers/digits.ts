/** Numerals written with digits: separators by locale, exponents, attached scale suffixes. */
import { decimalSeparator, type Lang } from './locales.js';

export interface DigitLiteral {
  start: number;
  end: number;
  value: number;
  /** The digits as written had group separators (`2,030`, `300.000`, `12 000`). */
  grouped: boolean;
  /** Had a decimal part. */
  decimal: boolean;
  /** Plain run of digits (no separator, sign, exponent). */
  plain: boolean;
  ambiguous: string | null;
}

const SPACE_SEP = '[ \\u00A0\\u202F\\u2009]';
// sign, grouped or plain digits, decimal part; leading-dot decimals.
const LITERAL = new RegExp(
  `(?:\\d{1,3}(?:(?:,\\d{3})+|(?:\\.\\d{3})+|(?:${SPACE_SEP}\\d{3})+|(?:['’]\\d{3})+)(?!\\d)(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?|[.]\\d+)`,
  'y',
);
const EXPONENT = /(?:[eE][-+]?\d+|\^[-+]?\d+|[x×]10\^[-+]?\d+)(?![\p{L}\d])/uy;

/** Reads the digits literal `raw` by the language's separator convention. */
export function literalValue(raw: string, lang: Lang): { value: number; grouped: boolean; decimal: boolean; ambiguous: string | null } {
  let s = raw.replace(/[ \u00A0\u202F\u2009'’]/g, (c) => (c === ' ' || c === '\u00A0' || c === '\u202F' || c === '\u2009' || c === "'" || c === '’' ? '_' : c));
  const spaced = s.includes('_');
  s = s.replace(/_/g, '');
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let ambiguous: string | null = null;
  let decimalMark: string | null = null;
  if (dots && commas) decimalMark = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
  else if (dots + commas === 1) {
    const mark = dots ? '.' : ',';
    const after = s.length - s.indexOf(mark) - 1;
    const before = s.indexOf(mark);
    if (after !== 3 || before === 0 || spaced) decimalMark = mark;
    else {
      const dec = decimalSeparator(lang);
      if (dec === null) {
        // 1.234 / 1,234 with no language: read as thousands, flag it.
        ambiguous = `separator: '${raw}' is ${s.replace(/[.,]/, '')} or ${s.replace(',', '.')} by locale`;
        decimalMark = null;
      } else decimalMark = mark === dec ? mark : null;
    }
  } else decimalMark = null; // several of one kind: grouping
  let intPart = s;
  let frac = '';
  if (decimalMark) {
    const i = s.lastIndexOf(decimalMark);
    intPart = s.slice(0, i);
    frac = s.slice(i + 1);
  }
  const grouped = spaced || /[.,]/.test(intPart);
  intPart = intPart.replace(/[.,]/g, '');
  const value = Number(`${intPart || '0'}${frac ? '.' + frac : ''}`);
  return { value, grouped, decimal: frac !== '', ambiguous };
}

/** The digits literal starting exactly at `pos` (which holds a digit or `.`), or null. */
export function readLiteral(text: string, pos: number, lang: Lang, plainOnly = false): DigitLiteral | null {
  LITERAL.lastIndex = pos;
  const m = LITERAL.exec(text);
  if (!m) return null;
  let raw = m[0];
  if (plainOnly) raw = /^\d+/.exec(raw)?.[0] ?? raw;
  // a grouped reading that swallowed a following separated number (IP addresses, versions,
  // dates 1.2.2020, lists "1, 234"): fall back to the plain digit run.
  const nextCh = text[pos + raw.length];
  const nextNext = text[pos + raw.length + 1];
  if ((nextCh === '.' || nextCh === ',' || nextCh === '/' || nextCh === ':') && nextNext !== undefined && /\d/.test(nextNext)) {
    if (nextCh !== '/') raw = /^\d+/.exec(raw)?.[0] ?? raw;
  }
  // space-grouped only when the groups are not a separate count ("in 2 000" vs "4000 3")
  if (/[ \u00A0\u202F\u2009]/.test(raw)) {
    const prev = text[pos - 1];
    if (prev !== undefined && /[\d.,]/.test(prev)) raw = /^\d+/.exec(raw)![0];
  }
  const lv = literalValue(raw, lang);
  let end = pos + raw.length;
  let value = lv.value;
  let plain = /^\d+$/.test(raw);
  EXPONENT.lastIndex = end;
  const e = EXPONENT.exec(text);
  if (e) {
    const t = e[0];
    const exp = Number(t.replace(/^(?:[eE]|\^|[x×]10\^)/, ''));
    const v = t[0] === '^' ? Math.pow(value, exp) : value * Math.pow(10, exp);
    if (Number.isFinite(v)) {
      value = v;
      end += t.length;
      plain = false;
    }
  }
  return { start: pos, end, value, grouped: lv.grouped, decimal: lv.decimal, plain, ambiguous: lv.ambiguous };
}
