/** Word / digit-run / symbol tokens with UTF-16 offsets: the unit the spelled-number parser walks. */
export interface Tok {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text. */
  lower: string;
  kind: 'word' | 'digits' | 'sym';
}

const TOKEN = /[\p{L}\p{M}]+(?:['’‘ʼ][\p{L}\p{M}]+)*|\d+|[^\s\p{L}\p{M}\d]/gu;

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const start = m.index;
    const c = t.charCodeAt(0);
    const kind = c >= 48 && c <= 57 ? 'digits' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : 'sym';
    out.push({ start, end: start + t.length, text: t, lower: t.toLowerCase(), kind });
  }
  return out;
}

/** Only spaces (no line break) between two offsets? */
export function gapIsSpace(text: string, a: number, b: number, max = 4): boolean {
  if (b - a > max) return false;
  for (let i = a; i < b; i++) {
    const c = text[i]!;
    if (c !== ' ' && c !== '\u00A0' && c !== '\u202F' && c !== '\u2009' && c !== '\t') return false;
  }
  return true;
}
