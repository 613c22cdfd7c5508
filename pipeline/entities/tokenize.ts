/**
 * CoNLL-style tokenizer for the NER model (pipeline/entities/ner-model.ts).
 *
 * Tokens look like the training data: punctuation split off; "U.S."-style abbreviations, initials
 * ("J."), a short list of common abbreviations ("Mr.", "Dr.", "bzw.") and numbers with separators
 * ("2,700", "3.5", "1996-08-22") kept whole; hyphenated words kept whole ("Anglo-Dutch", "COVID-19");
 * English clitics split ("company 's", "do n't"); French/Italian elisions split after the apostrophe
 * ("l' Assemblée", "dell' Italia"). Offsets are UTF-16 indices into the input string, so
 * `text.slice(t.start, t.end) === t.text` for every token, astral characters included.
 */

import { ABBREVIATIONS } from '../text/segment.js';

export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN_RE = new RegExp(
  [
    String.raw`https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’”]`,
    String.raw`www\.[^\s<>"]+[^\s<>".,;:!?)\]'’”]`,
    String.raw`(?:\p{L}\.){2,}`, // U.S.  z.B.
    String.raw`(?<![\p{L}\p{N}])(?:${ABBREVIATIONS.join('|')})\.`,
    String.raw`\p{Lu}\.(?=\s+\p{L})`, // initials: "J. Smith"
    String.raw`\p{Nd}+(?:[.,:\/-]\p{Nd}+)*(?![\p{L}\p{N}])`, // 2,700  3.5  1996-08-22  12:30
    String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*`,
    String.raw`\.\.\.`,
    String.raw`\S`,
  ].join('|'),
  'gu',
);

const ELISIONS = new Set([
  'l', 'd', 's', 'n', 'c', 'j', 'm', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'dell', 'all',
  'nell', 'dall', 'sull', 'un', 'quest', 'quell', 'coll', 'dev', 'nessun',
]);
const EN_CLITIC = /^(.+?)(n't|n’t|'s|’s|'re|’re|'m|’m|'ve|’ve|'ll|’ll|'d|’d)$/iu;

/** Tokenize `text` (offsets relative to `text`, shifted by `base`). */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const tok = m[0];
    const start = base + (m.index ?? 0);
    if (tok.length > 1 && (tok.includes("'") || tok.includes('’')) && /\p{L}/u.test(tok[0] ?? '')) {
      const ap = tok.search(/['’]/u);
      const head = tok.slice(0, ap + 1);
      const rest = tok.slice(ap + 1);
      if (rest !== '' && ELISIONS.has(head.slice(0, -1).toLowerCase())) {
        out.push({ text: head, start, end: start + head.length });
        out.push({ text: rest, start: start + head.length, end: start + tok.length });
        continue;
      }
      const cl = EN_CLITIC.exec(tok);
      if (cl && cl[1] && cl[2]) {
        const a = cl[1];
        out.push({ text: a, start, end: start + a.length });
        out.push({ text: cl[2], start: start + a.length, end: start + tok.length });
        continue;
      }
    }
    out.push({ text: tok, start, end: start + tok.length });
  }
  return out;
}
