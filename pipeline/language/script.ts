/** Unicode script of a text by majority of its letters (code-point ranges, no regex per char). */
import type { Script } from '../types.js';

/** Script of one code point, or null for non-letters (digits, punctuation, spaces, symbols). */
export function scriptOf(cp: number): Script | null {
  if (cp < 0x80) {
    return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? 'Latin' : null;
  }
  if (cp < 0x250) return cp === 0xd7 || cp === 0xf7 || cp < 0xc0 ? (cp === 0xaa || cp === 0xba ? 'Latin' : null) : 'Latin';
  if (cp < 0x2b0) return 'Latin'; // IPA extensions (ə is U+0259)
  if (cp < 0x370) return cp === 0x2bb || cp === 0x2bc ? 'Latin' : null; // modifier letters (Uzbek ʻ) and marks
  if (cp < 0x400) return cp === 0x37e || cp === 0x387 || cp === 0x375 || cp === 0x384 || cp === 0x385 ? null : 'Greek';
  if (cp < 0x530) return cp >= 0x482 && cp <= 0x489 ? null : 'Cyrillic';
  if (cp < 0x590) return (cp >= 0x531 && cp <= 0x556) || (cp >= 0x560 && cp <= 0x588) ? 'Armenian' : null;
  if (cp < 0x600) return (cp >= 0x591 && cp <= 0x5c7 && cp !== 0x5be && cp !== 0x5c0 && cp !== 0x5c3 && cp !== 0x5c6) || (cp >= 0x5d0 && cp <= 0x5f2) ? 'Hebrew' : null;
  if (cp < 0x700) {
    if (cp <= 0x60f || cp === 0x61b || cp === 0x61f || (cp >= 0x660 && cp <= 0x66d) || cp === 0x6d4 || (cp >= 0x6f0 && cp <= 0x6f9)) return null;
    return 'Arabic';
  }
  if (cp >= 0x750 && cp < 0x780) return 'Arabic';
  if (cp >= 0x8a0 && cp < 0x900) return 'Arabic';
  if (cp >= 0x900 && cp < 0x980) return cp === 0x964 || cp === 0x965 || (cp >= 0x966 && cp <= 0x96f) ? null : 'Devanagari';
  if (cp >= 0x980 && cp < 0xa00) return cp >= 0x9e6 && cp <= 0x9ef ? null : 'Bengali';
  if (cp >= 0xa00 && cp < 0xa80) return cp >= 0xa66 && cp <= 0xa6f ? null : 'Gurmukhi';
  if (cp >= 0xa80 && cp < 0xb00) return cp >= 0xae6 && cp <= 0xaef ? null : 'Gujarati';
  if (cp >= 0xb80 && cp < 0xc00) return cp >= 0xbe6 && cp <= 0xbef ? null : 'Tamil';
  if (cp >= 0xc00 && cp < 0xc80) return cp >= 0xc66 && cp <= 0xc6f ? null : 'Telugu';
  if (cp >= 0xe00 && cp < 0xe80) return (cp >= 0xe50 && cp <= 0xe59) || cp === 0xe3f ? null : 'Thai';
  if ((cp >= 0x10a0 && cp < 0x1100) || (cp >= 0x1c90 && cp < 0x1cc0)) return cp === 0x10fb ? null : 'Georgian';
  if (cp >= 0x1100 && cp < 0x1200) return 'Hangul';
  if (cp >= 0x1e00 && cp < 0x1f00) return 'Latin';
  if (cp >= 0x1f00 && cp < 0x2000) return 'Greek';
  if (cp >= 0x2c60 && cp < 0x2c80) return 'Latin';
  if (cp >= 0x2de0 && cp < 0x2e00) return 'Cyrillic';
  if (cp >= 0x3040 && cp < 0x30a0) return cp >= 0x3099 && cp <= 0x309c ? null : 'Hiragana';
  if (cp >= 0x30a0 && cp < 0x3100) return cp === 0x30fb ? null : 'Katakana';
  if (cp >= 0x3130 && cp < 0x3190) return 'Hangul';
  if (cp >= 0x31f0 && cp < 0x3200) return 'Katakana';
  if ((cp >= 0x3400 && cp < 0x4dc0) || (cp >= 0x4e00 && cp < 0xa000) || (cp >= 0xf900 && cp < 0xfb00)) return 'Han';
  if (cp === 0x3005 || cp === 0x3007) return 'Han';
  if (cp >= 0xa640 && cp < 0xa6a0) return 'Cyrillic';
  if (cp >= 0xa720 && cp < 0xa800) return 'Latin';
  if (cp >= 0xac00 && cp < 0xd7b0) return 'Hangul';
  if (cp >= 0xfb1d && cp < 0xfb50) return 'Hebrew';
  if (cp >= 0xfb50 && cp < 0xfe00) return cp === 0xfd3e || cp === 0xfd3f ? null : 'Arabic';
  if (cp >= 0xfe70 && cp < 0xff00) return 'Arabic';
  if ((cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a)) return 'Latin';
  if (cp >= 0xff66 && cp < 0xffa0) return 'Katakana';
  if (cp >= 0x20000 && cp < 0x32000) return 'Han';
  if (/\p{L}/u.test(String.fromCodePoint(cp))) return 'Other';
  return null;
}

export interface ScriptCounts {
  /** Letters per script. */
  counts: Map<Script, number>;
  /** All letters. */
  letters: number;
  /** The script with most letters ('Other' when there are none). */
  main: Script;
  /** Share of the letters in the main script. */
  share: number;
}

export function countScripts(text: string): ScriptCounts {
  const counts = new Map<Script, number>();
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length) {
      cp = text.codePointAt(i)!;
      i++;
    }
    const s = scriptOf(cp);
    if (s === null) continue;
    letters++;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let main: Script = 'Other';
  let best = 0;
  for (const [s, n] of counts) {
    if (n > best) {
      best = n;
      main = s;
    }
  }
  return { counts, letters, main, share: letters ? best / letters : 0 };
}
