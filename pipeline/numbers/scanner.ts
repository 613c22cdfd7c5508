/**
 * The numeral layer: every number written in the text, with digits (`2,700`, `300.000`, `1.2b`),
 * in words (`eine Million`, `twenty-one`, `два`), or mixed (`4 thousand 3 hundred`), plus digit
 * ordinals (`11th`, `3.`, `2-й`, `1er`). No units, currencies or dates here (see index.ts).
 */
import { isIsoCode } from './currency.js';
import { readLiteral } from './digits.js';
import { germanBareOrdinal } from '../languages/de-numbers.js';
import { PACKS, perLanguage } from '../languages/index.js';
import type { NumWord } from '../languages/index.js';
import { connectorsOf, lookupWord, numbersOf, type Lang } from './locales.js';
import { gapIsSpace, tokenize, type Tok } from './tokens.js';

export interface Numeral {
  start: number;
  end: number;
  value: number;
  ordinal: boolean;
  /** A fraction (`two thirds`, `1/2`, `a half`). */
  fraction: boolean;
  /** At least one word part (`five`, `million`). */
  spelled: boolean;
  /** Only digits, no separators: `2030`, `13`. */
  plainDigits: boolean;
  /** Digits with group separators: `2,030`. */
  grouped: boolean;
  /** Has a decimal part. */
  decimal: boolean;
  /** A lone indefinite-article form (`a`, `ein`, `eine`, `un`). */
  article: boolean;
  /** Contains a scale word or suffix (`million`, `Mrd.`, `10k`). */
  scaled: boolean;
  /** Letters glued to the end (`180ml`, `10km`): the suffix, lower-cased, or null. */
  glued: string | null;
  ambiguous: string | null;
  /** The last scale applied (1e6 in `six million`), 1 when none. */
  unitScale: number;
  /** Index of the first token and one past the last token. */
  tokStart: number;
  tokEnd: number;
}

interface Atom {
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  word: NumWord | null;
  lit: { value: number; plain: boolean; grouped: boolean; decimal: boolean; ambiguous: string | null } | null;
}

const SUFFIX_SCALE: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, MM: 1e6, b: 1e9, B: 1e9, bn: 1e9, mil: 1e6, mln: 1e6, mn: 1e6 };
const VULGAR: Record<string, number> = { '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅙': 1 / 6, '⅛': 1 / 8 };

/** Reads the atom (one number word or one digits literal) at token i. */
function atomAt(text: string, toks: Tok[], i: number, lang: Lang): Atom | null {
  const t = toks[i];
  if (!t) return null;
  if (t.kind === 'digits' || (t.text === '.' && toks[i + 1]?.kind === 'digits' && toks[i + 1]!.start === t.end)) {
    const prev = text[t.start - 1];
    if (t.text === '.' && prev !== undefined && /[\p{L}\d]/u.test(prev)) return null;
    const lit = readLiteral(text, t.start, lang, prev === '.' && /\d/.test(text[t.start - 2] ?? ''));
    if (!lit) return null;
    let j = i;
    while (j < toks.length && toks[j]!.end <= lit.end) j++;
    if (toks[j - 1]!.end !== lit.end) {
      // literal ended inside a token (exponent letters): only accept when aligned
      return null;
    }
    return { tokStart: i, tokEnd: j, start: t.start, end: lit.end, word: null, lit };
  }
  const vulgar = VULGAR[t.text];
  if (vulgar !== undefined) {
    return { tokStart: i, tokEnd: i + 1, start: t.start, end: t.end, word: null, lit: { value: vulgar, plain: false, grouped: false, decimal: true, ambiguous: null } };
  }
  if (t.kind !== 'word') return null;
  const w = lookupWord(lang, t.lower);
  if (!w) return null;
  return { tokStart: i, tokEnd: i + 1, start: t.start, end: t.end, word: w, lit: null };
}

/** What joins token a to token b: 'space', 'hyphen', a connector word, or null (break). */
function joint(text: string, toks: Tok[], endTok: number, lang: Lang): { kind: 'space' | 'hyphen' | 'conn'; next: number } | null {
  const a = toks[endTok - 1]!;
  const b = toks[endTok];
  if (!b) return null;
  if (b.start === a.end && b.kind !== 'sym') return null;
  if (b.kind === 'sym' && (b.text === '-' || b.text === '‐')) {
    if (!gapIsSpace(text, a.end, b.start, 2)) return null;
    const c = toks[endTok + 1];
    if (!c || !gapIsSpace(text, b.end, c.start, 2)) return null;
    return { kind: 'hyphen', next: endTok + 1 };
  }
  if (!gapIsSpace(text, a.end, b.start, 3) || b.start === a.end) return null;
  if (b.kind === 'word' && connectorsOf(lang).has(b.lower)) {
    const c = toks[endTok + 1];
    if (!c || !gapIsSpace(text, b.end, c.start, 3) || c.start === b.end) return null;
    return { kind: 'conn', next: endTok + 1 };
  }
  return { kind: 'space', next: endTok };
}

interface State {
  total: number;
  hund: number;
  sub: number;
  subKind: 'none' | 'unit' | 'teen' | 'tens' | 'lit';
  lastScale: number;
  atoms: number;
  spelled: boolean;
  scaled: boolean;
  end: number;
  tokEnd: number;
  lastKind: string;
}

const groupValue = (s: State): number => s.hund + s.sub;
const valueOf = (s: State): number => s.total + groupValue(s);

/**
 * Combines atoms from token i into one numeral (maximal munch with roll-back at connectors).
 */
function combine(text: string, toks: Tok[], i: number, lang: Lang, ordinalOnly = false): Numeral | null {
  const grammar = lang === 'und' ? null : PACKS[lang].numbers;
  const fractionOf = fractionOfRe(lang);
  const first = atomAt(text, toks, i, lang);
  if (!first) return null;
  let s: State = {
    total: 0,
    hund: 0,
    sub: 0,
    subKind: 'none',
    lastScale: Infinity,
    atoms: 0,
    spelled: false,
    scaled: false,
    end: first.start,
    tokEnd: i,
    lastKind: '',
  };
  let ordinal = false;
  let fraction = false;
  let article = false;
  let lit: Atom['lit'] = null;
  let atom: Atom | null = first;
  let checkpoint: State | null = null;
  let fracValue = 0;
  const singleAtoms: Atom[] = [];
  const glues: string[] = [];
  let glue: 'space' | 'hyphen' | 'conn' | 'start' = 'start';
  let fracOnlyScale = false;
  while (atom) {
    const w = atom.word;
    if (fracOnlyScale && w?.kind !== 'scale') break;
    const next: State = { ...s };
    let ok = true;
    let stopAfter = false;
    if (atom.lit) {
      if (s.subKind !== 'none' || s.atoms > 0 && s.lastKind === 'lit') ok = false;
      else if (s.hund > 0 && atom.lit.value >= 100) ok = false;
      else if (s.atoms > 0 && glue === 'hyphen') ok = false;
      else {
        next.sub = atom.lit.value;
        next.subKind = 'lit';
      }
      if (ok && s.atoms === 0) lit = atom.lit;
    } else if (w) {
      if (w.article && s.atoms > 0 && lang === 'en') ok = false;
      else if (!ordinalOnly && w.ordinal && w.fraction && s.atoms === 0 && (w.value === 2 || w.value === 4) && w.kind === 'unit') {
        // "half", "quarter" leading: a fraction that a scale may multiply
        next.sub = 1 / w.value;
        next.subKind = 'lit';
        fraction = true;
        ordinal = false;
      } else if (!ordinalOnly && w.ordinal && s.atoms > 0 && fractionOf && (w.fraction || w.kind === 'unit' || w.kind === 'teen' || w.kind === 'tens' || w.kind === 'hundred') && (s.subKind !== 'tens' || glue !== 'hyphen' || w.kind !== 'unit') && !(w.kind === 'hundred' && s.subKind !== 'none' && !w.fraction)) {
        // numerator + denominator: "two thirds", "a fifth", "minus one hundred thirty fifths"
        // but "a second plant", "a third factory" are ordinals; "second" is never a denominator, nor is
        // "first" (`neuf premiers mois`, `nueve primeros meses`: the first nine months)
        const afterOrd = text.slice(atom.end, atom.end + 8);
        if ((w.value === 2 || w.value === 1) && w.kind === 'unit' && !w.fraction) {
          ok = false;
        } else if (s.atoms === 1 && singleAtoms[0]?.word?.article && !w.fraction && !fractionOf.test(afterOrd)) {
          ok = false;
        }
        const numer = valueOf(s);
        let den = w.kind === 'hundred' ? 100 : w.value;
        let num = numer;
        let base = 0;
        let mult = 1;
        if (checkpoint && checkpoint.lastKind === 'scale') {
          // "six million and two thirds": a fraction of the last scale
          base = valueOf(checkpoint);
          mult = checkpoint.lastScale;
          num = numer - base;
        } else if (w.kind !== 'hundred' && s.subKind === 'tens' && glues.at(-1) === 'space' && s.atoms > 1) {
          den = s.sub + w.value;
          num = numer - s.sub;
        }
        if (num === 0) num = 1;
        fracValue = base + (num / den) * mult;
        next.total = 0;
        next.hund = 0;
        next.sub = fracValue;
        next.subKind = 'lit';
        if (ok) {
          fraction = true;
          fracOnlyScale = true;
        }
      } else if (w.ordinal && (!w.fraction || ordinalOnly)) {
        if (w.kind === 'unit' && (s.subKind === 'tens' || (s.subKind === 'none' && s.atoms >= 0))) {
          next.sub = s.sub + w.value;
          next.subKind = 'unit';
        } else if ((w.kind === 'teen' || w.kind === 'tens' || w.kind === 'compound') && s.subKind === 'none') {
          next.sub = w.value;
          next.subKind = 'unit';
        } else if (w.kind === 'hundred' && s.hund === 0) {
          next.hund = (s.subKind === 'none' ? 1 : s.sub) * 100;
          next.sub = 0;
          next.subKind = 'none';
        } else if (w.kind === 'scale' && w.value < s.lastScale) {
          next.total = s.total + (groupValue(s) || 1) * w.value;
          next.hund = 0;
          next.sub = 0;
          next.subKind = 'none';
        } else ok = false;
        if (ok) {
          ordinal = true;
          stopAfter = true;
        }
      } else if (w.fraction && lang === 'de' && s.atoms > 0 && s.subKind !== 'none') {
        // "fünf halbe", "ein halbes Dutzend"
        next.sub = groupValue(s) / w.value;
        next.hund = 0;
        next.subKind = 'lit';
        fraction = true;
      } else if (w.fraction && fractionOf) {
        ok = false;
      } else {
        switch (w.kind) {
          case 'zero':
            if (s.atoms > 0) ok = false;
            else {
              next.sub = 0;
              next.subKind = 'lit';
              stopAfter = true;
            }
            break;
          case 'unit':
            if (s.subKind === 'none') {
              next.sub = w.value;
              next.subKind = 'unit';
            } else if (s.subKind === 'tens' && (glue !== 'conn' || lang !== 'en')) {
              next.sub = s.sub + w.value;
              next.subKind = 'unit';
            } else ok = false;
            break;
          case 'teen':
            if (s.subKind === 'none') {
              next.sub = w.value;
              next.subKind = 'teen';
            } else if (grammar?.vigesimal && s.subKind === 'tens' && (s.sub === 60 || s.sub === 80)) {
              next.sub = s.sub + w.value;
              next.subKind = 'teen';
            } else ok = false;
            break;
          case 'tens':
            if (s.subKind === 'none') {
              next.sub = w.value;
              next.subKind = 'tens';
            } else if (grammar?.vigesimal && w.value === 20 && s.subKind === 'unit' && s.sub === 4) {
              next.sub = 80;
              next.subKind = 'tens';
            } else ok = false;
            break;
          case 'compound':
            if (s.subKind === 'none' && !(s.hund > 0 && w.value >= 100)) {
              next.sub = w.value;
              next.subKind = 'lit';
            } else ok = false;
            break;
          case 'hundreds':
            if (s.hund > 0 || s.subKind !== 'none') ok = false;
            else next.hund = w.value;
            break;
          case 'hundred':
            if (s.hund > 0 && s.subKind === 'none') ok = false;
            else if (s.hund > 0 && s.sub >= 1) ok = false;
            else {
              next.hund = (s.subKind === 'none' ? 1 : s.sub) * 100 + 0;
              next.sub = 0;
              next.subKind = 'none';
            }
            break;
          case 'scale': {
            if (grammar?.multiplyScales && s.lastScale === 1e3 && w.value === 1e6 && s.hund === 0 && s.sub === 0) {
              // "mil millones" = 10^9
              next.total = s.total * 1e6;
              next.lastScale = 1e9;
              next.scaled = true;
              break;
            }
            if (w.value >= s.lastScale) {
              ok = false;
              break;
            }
            const g = groupValue(s);
            if (s.atoms > 0 && g === 0 && s.subKind !== 'lit') {
              ok = false;
              break;
            }
            next.total = s.total + (s.atoms === 0 ? 1 : g) * w.value;
            next.hund = 0;
            next.sub = 0;
            next.subKind = 'none';
            next.lastScale = w.value;
            next.scaled = true;
            break;
          }
          case 'dozen': {
            const g = s.atoms === 0 ? 1 : groupValue(s);
            next.total = s.total + g * 12 - (s.atoms === 0 ? 0 : 0);
            next.hund = 0;
            next.sub = 0;
            next.subKind = 'none';
            next.lastScale = 12;
            stopAfter = true;
            break;
          }
        }
        if (ok && w.article) article = s.atoms === 0;
      }
    }
    if (!ok) {
      if (checkpoint) s = checkpoint;
      break;
    }
    if (checkpoint && glue === 'conn' && atom.word?.kind === 'hundred') {
      // "3 hundred and 2 hundred": the part after "and" restarts
      s = checkpoint;
      break;
    }
    next.atoms = s.atoms + 1;
    next.spelled = s.spelled || !!w;
    next.end = atom.end;
    next.tokEnd = atom.tokEnd;
    next.lastKind = atom.lit ? 'lit' : (w?.kind ?? '');
    if (w?.kind === 'scale' || w?.kind === 'dozen') next.scaled = true;
    singleAtoms.push(atom);
    glues.push(glue);
    if (w?.kind === 'scale' && /^(?:mio|mrd|tsd|тыс|bio|md|mds|mln)$/i.test(toks[atom.tokStart]!.text) && text[atom.end] === '.') {
      next.end = atom.end + 1;
      next.tokEnd = atom.tokEnd + 1;
    }
    s = next;
    if (stopAfter) break;
    // glued scale suffix on a digits literal: 10k, 1.2b, 10M, 2mil
    if (atom.lit) {
      const t = toks[atom.tokEnd];
      if (t && t.start === atom.end && t.kind === 'word') {
        const scale = SUFFIX_SCALE[t.text];
        const after = text[t.end];
        if (scale && (after === undefined || !/[\p{L}\d]/u.test(after))) {
          s.total = s.total + s.sub * scale;
          s.sub = 0;
          s.subKind = 'none';
          s.lastScale = scale;
          s.scaled = true;
          s.end = t.end;
          s.tokEnd = atom.tokEnd + 1;
        } else break;
      }
    }
    const j = joint(text, toks, s.tokEnd, lang);
    if (!j) break;
    if (j.kind === 'conn') {
      const prevKind = s.lastKind;
      const allowed = lang === 'en' ? prevKind === 'hundred' || prevKind === 'scale' || prevKind === 'lit' && s.scaled : prevKind === 'tens' || prevKind === 'hundreds' || prevKind === 'hundred';
      if (!allowed) break;
      checkpoint = { ...s };
    }
    const nextAtom = atomAt(text, toks, j.next, lang);
    if (!nextAtom) break;
    // digits next to digits never merge ("2 6", "8 in 5"), except literal + scale word
    if (nextAtom.lit && (s.lastKind === 'lit' || s.lastKind === 'scale' && !s.spelled)) break;
    if (nextAtom.lit && lang === 'en' && j.kind === 'space' && s.spelled && s.lastKind !== 'scale' && s.lastKind !== 'hundred') break;
    if (j.kind === 'hyphen' && !(nextAtom.word && (nextAtom.word.kind === 'unit' || nextAtom.word.ordinal || nextAtom.word.kind === 'hundred' || nextAtom.word.kind === 'teen') && s.lastKind === 'tens' || (lang === 'fr' && nextAtom.word))) break;
    glue = j.kind;
    atom = nextAtom;
  }
  if (s.atoms === 0) return null;
  const value = valueOf(s);
  const single = s.atoms === 1 ? first : null;
  return {
    start: first.start,
    end: s.end,
    value,
    ordinal,
    fraction,
    spelled: s.spelled,
    plainDigits: !!single?.lit?.plain && s.end === first.end,
    grouped: !!lit?.grouped,
    decimal: !!lit?.decimal,
    article: article && s.atoms === 1,
    scaled: s.scaled,
    unitScale: s.lastScale === Infinity || s.lastScale === 12 ? 1 : s.lastScale,
    glued: null,
    ambiguous: lit?.ambiguous ?? null,
    tokStart: i,
    tokEnd: s.tokEnd,
  };
}

/** What may follow `article + ordinal` for it to be a fraction (`a fifth of`, `un cinquième des`, or nothing); null where ordinals are no denominators. */
const fractionOfRe = perLanguage((lang: Lang): RegExp | null => {
  const words = numbersOf(lang).fractionOf;
  return words ? new RegExp(`^(?:\\s+(?:${words})(?![\\p{L}])|\\s*$|[.,;:!?)])`, 'iu') : null;
});

/** The token after one of the fraction words starting at token `k` (`over`, `out of`), or null. */
function fractionWordAt(toks: Tok[], k: number, phrases: readonly string[]): number | null {
  for (const phrase of phrases) {
    const parts = phrase.split(' ');
    if (parts.every((p, j) => toks[k + j]?.lower === p)) return k + parts.length;
  }
  return null;
}

/** What joins an ordinal ending to its digits: a hyphen or an apostrophe. */
const JOINERS = new Set(['-', "'", '’', '‘']);

/** The pack's ordinal endings after a hyphen or an apostrophe (`5-й`, `1-inci`), or null. */
const hyphenOrdinal = perLanguage((lang: Lang): RegExp | null => {
  const source = lang === 'und' ? null : PACKS[lang].numbers.hyphenOrdinal;
  return source ? new RegExp(`^(?:${source})$`, 'iu') : null;
});

/** The pack's suffixes that make digits an ordinal (`1st`, `1er`, `1º`); `und` reads English's. */
const digitOrdinal = perLanguage((lang: Lang): RegExp => {
  const source = numbersOf(lang).digitOrdinal;
  return source ? new RegExp(`^(?:${source})$`, 'iu') : /^(?!)/;
});


/** All numerals in the text, left to right, non-overlapping. */
export function scanNumerals(text: string, lang: Lang, options: { ordinalsFirst?: boolean } = {}): Numeral[] {
  const ordinalOnly = options.ordinalsFirst === true;
  const toks = tokenize(text);
  const out: Numeral[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    // numbers glued behind letters are parts of codes ("scp173", "L202"), not numbers
    if (t.kind === 'digits' && t.start > 0 && /[\p{L}]/u.test(text[t.start - 1]!) && !(toks[i - 1]?.end === t.start && /^[A-Za-z]{3}$/.test(toks[i - 1]!.text) && isIsoCode(toks[i - 1]!.text.toUpperCase()) && /^[A-Z]{3}$/.test(toks[i - 1]!.text))) {
      i++;
      while (i < toks.length && toks[i]!.start === toks[i - 1]!.end && toks[i]!.kind !== 'sym') i++;
      continue;
    }
    const n = combine(text, toks, i, lang, ordinalOnly);
    if (!n) {
      // German "zu dritt"
      if (lang === 'de' && t.kind === 'word' && toks[i - 1]?.lower === 'zu') {
        const v = germanBareOrdinal(t.lower);
        if (v !== null) out.push(bare(t, i, v, true));
      }
      i++;
      continue;
    }
    // sign: "-1", "−5" at a word boundary
    const before = text[n.start - 1];
    if ((before === '-' || before === '−') && !n.spelled && (n.start < 2 || /[\s(\[=:<>]/.test(text[n.start - 2]!))) {
      n.start -= 1;
      n.value = -n.value;
    }
    const words = numbersOf(lang);
    if (n.spelled && n.start > 0) {
      const prevTok = toks[n.tokStart - 1];
      if (prevTok && words.negativeWords.includes(prevTok.lower) && gapIsSpace(text, prevTok.end, n.start)) {
        n.start = prevTok.start;
        n.value = -n.value;
      }
    }
    // "and a half" after the number (`iki buçuk`, `бір жарым`), then the scale it may take (`iki buçuk milyon`)
    const half = toks[n.tokEnd];
    if (half && !n.ordinal && !n.fraction && words.halfAfter.includes(half.lower) && gapIsSpace(text, n.end, half.start)) {
      n.value += 0.5 * n.unitScale;
      n.end = half.end;
      n.tokEnd += 1;
      n.fraction = true;
      n.article = false;
      const scale = toks[n.tokEnd];
      const sw = scale && gapIsSpace(text, n.end, scale.start) ? lookupWord(lang, scale.lower) : null;
      if (sw && sw.kind === 'scale' && !sw.ordinal && !n.scaled) {
        n.value *= sw.value;
        n.unitScale = sw.value;
        n.scaled = true;
        n.end = scale!.end;
        n.tokEnd += 1;
      }
    }
    // decimal words: "two hundred point seventy-one", "nine point nought four", "drei Komma fünf"
    const pt = toks[n.tokEnd];
    if (n.spelled && pt && lang !== 'und' && PACKS[lang].numbers.decimalWords.includes(pt.lower)) {
      let k = n.tokEnd + 1;
      let digits = '';
      let end = n.end;
      while (k < toks.length) {
        const w = lookupWord(lang, toks[k]!.lower);
        if (!w || w.ordinal || !(w.kind === 'unit' || w.kind === 'zero') || w.article) break;
        digits += String(w.value);
        end = toks[k]!.end;
        k++;
      }
      if (!digits) {
        const m = combine(text, toks, n.tokEnd + 1, lang);
        if (m && !m.ordinal && !m.fraction) {
          digits = String(m.value);
          end = m.end;
          k = m.tokEnd;
        }
      }
      if (digits) {
        n.value = (n.value < 0 ? -1 : 1) * (Math.abs(n.value) + Number(`0.${digits}`));
        n.end = end;
        n.tokEnd = k;
        n.decimal = true;
      }
    }
    // "a twenty-first", "three twenty firsts", "one one hundred fifth", "one-eighth"
    if (lang === 'en' && !ordinalOnly && !n.ordinal && !n.fraction && !n.scaled && n.value > 0) {
      const g = toks[n.tokEnd];
      let k = n.tokEnd;
      if (g && (g.text === '-' || g.text === '‐') && gapIsSpace(text, n.end, g.start, 1)) k++;
      const nk = toks[k];
      if (nk && nk.kind === 'word' && gapIsSpace(text, toks[k - 1]!.end, nk.start, 2) && (nk.start > toks[k - 1]!.end || k > n.tokEnd)) {
        const o = combine(text, toks, k, lang, true);
        const lastWord = o ? toks[o.tokEnd - 1]!.lower : '';
        const tail = o ? text.slice(o.end, o.end + 4) : '';
        const fracContext = /^(?:\s+of\b|\s*$|[.,;:!?)])/.test(tail) || /s$/.test(lastWord);
        if (o && o.ordinal && o.value > 2 && (/s$/.test(lastWord) || (n.spelled && n.value === 1 && (!n.article || fracContext)) || k > n.tokEnd)) {
          n.value = n.value / o.value;
          n.article = false;
          n.end = o.end;
          n.tokEnd = o.tokEnd;
          n.fraction = true;
        }
      }
    }
    // "one over three", "1 in twenty-one", "two out of five hundred": the pack's fraction words
    const over = fractionWordAt(toks, n.tokEnd, words.fractionWords);
    if (!ordinalOnly && over && !n.ordinal && !n.fraction && (n.spelled || n.value === 1)) {
      const d = combine(text, toks, over, lang);
      if (d && !d.ordinal && !d.fraction && d.value > n.value && (d.spelled || n.spelled)) {
        n.value = n.value / d.value;
        n.end = d.end;
        n.tokEnd = d.tokEnd;
        n.fraction = true;
      }
    }
    // "one and a half", "two million and one half", "twenty and three fifths"
    const andTok = toks[n.tokEnd];
    if (lang === 'en' && !ordinalOnly && andTok && andTok.lower === 'and' && !n.ordinal && !n.fraction && gapIsSpace(text, n.end, andTok.start)) {
      const f = combine(text, toks, n.tokEnd + 1, lang);
      if (f && f.fraction && gapIsSpace(text, andTok.end, f.start)) {
        n.value += f.scaled ? f.value : f.value * n.unitScale;
        n.end = f.end;
        n.tokEnd = f.tokEnd;
        n.fraction = true;
      }
    }
    // glued letters and digit ordinals
    const nt = toks[n.tokEnd];
    const dot = words.dotOrdinal;
    if (nt && nt.start === n.end && nt.kind === 'word' && !n.spelled) {
      if (digitOrdinal(lang).test(nt.text)) {
        n.ordinal = true;
        n.end = nt.end;
        n.tokEnd += 1;
      } else {
        n.glued = nt.lower;
      }
    } else if (nt && nt.start === n.end && JOINERS.has(nt.text) && !n.spelled && hyphenOrdinal(lang)) {
      // ordinal endings after a hyphen or an apostrophe: `5-й`, `1-inci`, `3'üncü`, `5-ci`, `1-ші`
      const suf = toks[n.tokEnd + 1];
      if (suf && suf.start === nt.end && hyphenOrdinal(lang)!.test(suf.lower)) {
        n.ordinal = true;
        n.end = suf.end;
        n.tokEnd += 2;
      }
    } else if (dot && nt && nt.text === '.' && nt.start === n.end && n.plainDigits && n.value > 0 && n.value < 1000) {
      const prev = toks[n.tokStart - 1];
      const after = toks[n.tokEnd + 1];
      const led = dot.determiners ? !!prev && dot.determiners.includes(prev.lower) : !!after && /^\p{Ll}/u.test(after.text);
      if (led && after && after.kind === 'word' && gapIsSpace(text, nt.end, after.start)) {
        n.ordinal = true;
        n.end = nt.end;
        n.tokEnd += 1;
      }
    }
    // digit fractions: 1/2, 10 1/2
    const sl = toks[n.tokEnd];
    if (!n.spelled && !n.ordinal && sl && sl.text === '/' && sl.start === n.end) {
      const d = toks[n.tokEnd + 1];
      const after = d ? toks[n.tokEnd + 2] : undefined;
      if (d && d.kind === 'digits' && d.start === sl.end && !(after && after.start === d.end && /^[/.\d-]$/.test(after.text) && toks[n.tokEnd + 3]?.kind === 'digits')) {
        const den = Number(d.text);
        if (den > 0 && n.plainDigits && n.value < den && den <= 100 && !(text[n.start - 1] === '/')) {
          const prevNum = out.at(-1);
          n.value = n.value / den;
          n.end = d.end;
          n.tokEnd += 2;
          n.fraction = true;
          n.plainDigits = false;
          if (prevNum && prevNum.plainDigits && !prevNum.fraction && gapIsSpace(text, prevNum.end, n.start, 1)) {
            out.pop();
            n.start = prevNum.start;
            n.value += prevNum.value;
          }
        }
      }
    }
    if (Number.isFinite(n.value)) out.push(n);
    i = Math.max(n.tokEnd, i + 1);
  }
  return out;
}

function bare(t: Tok, i: number, v: number, ordinal: boolean): Numeral {
  return {
    start: t.start,
    end: t.end,
    value: v,
    ordinal,
    fraction: false,
    spelled: true,
    plainDigits: false,
    grouped: false,
    decimal: false,
    article: false,
    scaled: false,
    unitScale: 1,
    glued: null,
    ambiguous: null,
    tokStart: i,
    tokEnd: i + 1,
  };
}
