/**
 * Paragraph and sentence segmentation with character offsets (UTF-16 indices into the text).
 * Sentences never cross a line break; inside a line, `Intl.Segmenter` and the rules below decide.
 *
 * Why rules by hand: on the sentence-break sets of `npm run eval` (bench/segment-eval.ts), F1 for
 * German / English / Russian was 0.983 / 0.912 / 0.976 here, 0.930 / 0.905 / 0.968 for Intl.Segmenter
 * with the abbreviation list alone, 0.933 / 0.823 / 0.979 for sentencex 1.0.17 and 0.925 / 0.884 / 0.964
 * for cldr-segmentation 2.2.1 (CLDR suppressions). None of them keeps "am 18. Mai" together.
 */
import { memoize } from '../memo.js';
import type { Span } from '../types.js';
import { stageVersion } from '../stage-sources.js';

export const SEGMENT_STAGE = { name: 'segment', version: stageVersion('segment', '1.1.0') } as const;

/** Non-empty lines, trimmed, with their offsets. */
export function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) lines.push({ start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  return lines;
}

/**
 * Abbreviations that end in a full stop which does not end a sentence (titles, legal forms, months,
 * scale words). The NER tokenizer keeps them as one token too.
 */
export const ABBREVIATIONS = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Jr', 'Sr', 'Inc', 'Corp', 'Ltd', 'Co', 'vs', 'No', 'Nr',
  'bzw', 'etc', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Sgt', 'Capt', 'Mt', 'Ft', 'Bros', 'Dept',
  'Jan', 'Feb', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec', 'ca', 'usw', 'vgl', 'Hr', 'Fr', 'Mme', 'Mlle',
  'Sra', 'Av', 'av', 'resp', 'Mio', 'Mrd', 'Tsd', 'тыс', 'млн', 'млрд', 'гг', 'г', 'им', 'ул', 'проф', 'акад',
  'janv', 'févr', 'avr', 'juil', 'déc', 'ene', 'abr', 'dic', 'янв', 'февр', 'апр', 'авг', 'сент', 'окт', 'нояб', 'дек',
];

/** Abbreviations that stand before a number ("Art. 5", "approx. 300"): no break after them when a digit follows. */
const BEFORE_NUMBER = ['Art', 'Abs', 'Bd', 'Kap', 'Abb', 'Tab', 'Fig', 'fig', 'Vol', 'vol', 'pp', 'op', 'approx', 'aprox', 'env', 'rd', 'inkl', 'zzgl', 'núm', 'pág', 'ок', 'ст', 'стр'];

/** Languages that write ordinals as a number with a full stop: "am 18. Mai", "18. maja", "3. kesäkuuta". */
const ORDINAL_DOT_LANGUAGES = new Set(['de', 'da', 'nb', 'nn', 'no', 'fi', 'et', 'is', 'fo', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'hu', 'tr', 'lv']);

const NOT_AFTER_WORD = String.raw`(?<![\p{L}\p{N}'’])`;
/**
 * Text ending in an abbreviation, a dotted abbreviation ("z.B.", "т.е."), an initial ("J.") or a
 * lower-case one-letter word ("z. B.", "d. h."), unless that follows a number ("400 m.").
 */
const ABBREVIATION_AT_END = new RegExp(
  String.raw`${NOT_AFTER_WORD}(?:(?:${ABBREVIATIONS.join('|')})\.|(?:\p{L}\.){2,}|\p{Lu}\.|(?<!\p{N}\s?)\p{Ll}\.)\s*$`,
  'u',
);
const BEFORE_NUMBER_AT_END = new RegExp(String.raw`${NOT_AFTER_WORD}(?:${BEFORE_NUMBER.join('|')})\.\s*$`, 'u');
/** Text ending in a number of up to three digits and a full stop: an ordinal in ORDINAL_DOT_LANGUAGES. */
const ORDINAL_AT_END = /(?<![\p{N}.,])\p{N}{1,3}\.\s*$/u;
/** . ! or ?, closing quotes or brackets, space, then a digit: a break Intl.Segmenter misses ("gegründet. 2005 folgte"). */
const BREAK_BEFORE_DIGIT = /[.!?]+["'»”“’)\]]*\s+(?=\p{N})/gu;
const DIGIT = /\p{N}/u;

/**
 * A wire dateline that ends in a dash: `ALMATY, Nov 28 (Reuters) - `, `MÜNCHEN (dpa) - `, `ZARAGOZA, 3 Oct.
 * (EFE).- `, `BERLIN -- `. It is a segment of its own, so the place and the agency are not read as part of
 * the first sentence. The place is in capitals or several joined by "/" (`Stuttgart/Kecskemét – `), or
 * a date (with a digit) or an (agency) follows it, and running text (with lower-case letters) comes after.
 */
const PLACE = String.raw`\p{Lu}[\p{L}'’.]+(?:[ /-]\p{Lu}[\p{L}'’.]*){0,3}`;
const DATELINE = new RegExp(
  String.raw`^(${PLACE})(?:,\s*${PLACE})?(,\s*[^,()\n]{1,24}?)?\s*(\([^()\n]{1,24}\))?\s*(?:\.?\s*[-–—]+)\s+`,
  'u',
);

function datelineEnd(line: string): number | null {
  const m = DATELINE.exec(line);
  if (!m) return null;
  const [, place, date, agency] = m;
  // a sentence in running text follows (not an all-capitals headline: "SOCCER - JAPAN GET LUCKY WIN")
  if (!/\p{Ll}/u.test(line.slice(m[0].length, m[0].length + 30))) return null;
  const capitals = place === place!.toUpperCase() && /\p{Lu}{2}/u.test(place!);
  const places = place!.includes('/'); // "Stuttgart/Kecskemét – "
  return capitals || places || /\d/u.test(date ?? '') || agency ? m[0].length : null;
}

interface SentenceRules {
  segmenter: Intl.Segmenter;
  ordinals: boolean;
}

/** The rules for a locale (BCP 47 or ISO 639-3); a tag that Intl cannot read gets English rules. */
const sentenceRules = memoize(
  (locale: string): SentenceRules => {
    let tag: Intl.Locale;
    try {
      tag = new Intl.Locale(locale);
    } catch {
      tag = new Intl.Locale('en');
    }
    return {
      segmenter: new Intl.Segmenter(tag.toString(), { granularity: 'sentence' }),
      ordinals: ORDINAL_DOT_LANGUAGES.has(tag.language),
    };
  },
  { size: 256 },
);

/** Whether a candidate break after `before`, followed by the character `next`, is not a sentence break. */
function keepsTogether(before: string, next: string, rules: SentenceRules): boolean {
  const end = before.trimEnd().slice(-64); // the patterns look at the last word or two only
  // A full stop inside closing brackets belongs to what they hold: "(U.S.) 13.53".
  if (ABBREVIATION_AT_END.test(end.replace(/[)\]]+$/u, ''))) return true;
  if (rules.ordinals && ORDINAL_AT_END.test(end)) return true;
  return DIGIT.test(next) && BEFORE_NUMBER_AT_END.test(end);
}

/**
 * Sentences of one line of text, for `locale` (BCP 47 or ISO 639-3; default English). Breaks are those
 * of `Intl.Segmenter`, plus a sentence that starts with a digit and the end of a dateline (DATELINE);
 * none after an abbreviation or a one-letter word, nor after an ordinal ("am 18. Mai") in a language
 * that writes ordinals so. Offsets index the same text as `line`'s.
 */
export function splitSentences(line: Span, locale = 'en'): Span[] {
  const rules = sentenceRules(locale);
  const breaks = new Set<number>();
  for (const seg of rules.segmenter.segment(line.text)) breaks.add(seg.index);
  for (const m of line.text.matchAll(BREAK_BEFORE_DIGIT)) breaks.add(m.index + m[0].length);
  const dateline = datelineEnd(line.text);
  if (dateline !== null) breaks.add(dateline);
  breaks.add(line.text.length);
  const out: Span[] = [];
  let from = 0;
  for (const at of [...breaks].sort((a, b) => a - b)) {
    if (dateline !== null && at < dateline) continue; // a dateline is one segment ("ZARAGOZA, 3 oct. (EFE).-")
    const piece = line.text.slice(from, at);
    if (!piece.trim()) continue;
    if (at < line.text.length && at !== dateline && keepsTogether(piece, line.text.charAt(at), rules)) continue;
    const start = from + piece.length - piece.trimStart().length;
    const text = piece.trim();
    out.push({ start: line.start + start, end: line.start + start + text.length, text });
    from = at;
  }
  return out;
}

/** Sentences of a whole text: lines first, then `splitSentences` within each line. */
export function sentencesOf(text: string, locale = 'en'): Span[] {
  return splitLines(text).flatMap((line) => splitSentences(line, locale));
}
