/**
 * Paragraph and sentence segmentation with character offsets (UTF-16 indices into the text).
 * Sentences never cross a line break; inside a line, `Intl.Segmenter` decides.
 */
import type { Span } from '../types.js';

export const SEGMENT_STAGE = { name: 'segment', version: '1.0.0' } as const;

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

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
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
];

/** A line piece ending in an abbreviation, a dotted abbreviation ("z.B.", "т.е.") or an initial ("J."). */
const NO_BREAK_AFTER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${ABBREVIATIONS.join('|')})\.|(?:\p{L}\.){2,}|\p{Lu}\.)\s*$`,
  'u',
);

/** Sentences of one line of text (offsets relative to `line.start`). */
export function splitSentences(line: Span, locale = 'en'): Span[] {
  const out: Span[] = [];
  let pending: Span | null = null;
  for (const seg of sentenceSegmenter(locale).segment(line.text)) {
    const body = seg.segment.trimEnd();
    if (!body.trim()) continue;
    const lead = body.length - body.trimStart().length;
    const start = line.start + seg.index + lead;
    const piece: Span = { start, end: line.start + seg.index + body.length, text: body.trimStart() };
    if (pending) {
      pending = { start: pending.start, end: piece.end, text: line.text.slice(pending.start - line.start, piece.end - line.start) };
    } else {
      pending = piece;
    }
    if (!NO_BREAK_AFTER.test(pending.text)) {
      out.push(pending);
      pending = null;
    }
  }
  if (pending) out.push(pending);
  return out;
}

/** Sentences of a whole text: lines first, then `splitSentences` within each line. */
export function sentencesOf(text: string, locale = 'en'): Span[] {
  return splitLines(text).flatMap((line) => splitSentences(line, locale));
}
