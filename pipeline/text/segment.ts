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

/** Abbreviations after which a full stop does not end a sentence. */
const NO_BREAK_AFTER = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nr|Co|Corp|Inc|Ltd|Jr|Sr|vs|etc|bzw|ca|Mio|Mrd|Tsd|z\.B|u\.a|d\.h|gg|resp|г|им|ул|т\.е|т\.д)\.|\b[A-ZА-Я]\.)\s*$/u;

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
