/**
 * English people, organisations and places from compromise (rule-based POS + lexicon) as candidate
 * mentions with exact UTF-16 offsets. A compromise match may run across punctuation
 * (`BAKU, Azerbaijan,`): it is split into its runs of space-separated terms, and each run is trimmed
 * of quotes/punctuation and of a possessive 's.
 */
import nlp from 'compromise';
import type { Span } from '../types.js';

export type CompromiseType = 'PER' | 'ORG' | 'GPE';

export interface CompromiseMention extends Span {
  type: CompromiseType;
  confidence: number;
}

interface TermJson {
  text: string;
  pre: string;
  post: string;
  offset: { start: number; length: number };
}
interface MatchJson {
  terms: TermJson[];
}

const CONFIDENCE: Record<CompromiseType, number> = { PER: 0.6, ORG: 0.5, GPE: 0.6 };

/** Candidate mentions in English `text`; sorted, may overlap across types. */
export function compromiseMentions(text: string): CompromiseMention[] {
  if (!text.trim()) return [];
  const doc = nlp(text);
  const out: CompromiseMention[] = [];
  const take = (view: { json: (o: object) => unknown }, type: CompromiseType): void => {
    for (const m of view.json({ offset: true, terms: { offset: true } }) as MatchJson[]) {
      let run: TermJson[] = [];
      const flush = (): void => {
        if (run.length) pushRun(text, run, type, out);
        run = [];
      };
      m.terms.forEach((t, i) => {
        if (i > 0 && !/^\s+$/.test(m.terms[i - 1]!.post)) flush();
        run.push(t);
      });
      flush();
    }
  };
  take(doc.people(), 'PER');
  take(doc.organizations(), 'ORG');
  take(doc.places(), 'GPE');
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function pushRun(text: string, run: TermJson[], type: CompromiseType, out: CompromiseMention[]): void {
  const first = run[0]!;
  const last = run.at(-1)!;
  let start = locate(text, first.text, first.offset.start);
  let end = locate(text, last.text, last.offset.start);
  if (start < 0 || end < 0) return;
  end += last.text.length;
  // trim punctuation/quotes and a possessive
  const trimmed = trimSpan(text, start, end);
  if (!trimmed) return;
  [start, end] = trimmed;
  const surface = text.slice(start, end);
  if (!/^\p{Lu}/u.test(surface)) return; // compromise tags some lower-case nouns as places/orgs
  out.push({ start, end, text: surface, type, confidence: CONFIDENCE[type] });
}

/** compromise offsets should be UTF-16 indices; verify, else search nearby. */
function locate(text: string, term: string, at: number): number {
  if (text.startsWith(term, at)) return at;
  for (let d = 1; d <= 8; d++) {
    if (text.startsWith(term, at + d)) return at + d;
    if (at - d >= 0 && text.startsWith(term, at - d)) return at - d;
  }
  return -1;
}

const EDGE_PUNCT = /[\s\p{P}\p{S}]/u;

/**
 * Shrinks [start, end) past surrounding whitespace, punctuation and quotes, and a trailing possessive
 * `'s`/`’s`/`'`; keeps a final period of an initialism (`U.S.`) or a common abbreviation (`Inc.`).
 * Returns null when nothing is left.
 */
export function trimSpan(text: string, start: number, end: number): [number, number] | null {
  let s = start;
  let e = end;
  for (;;) {
    const before = [s, e];
    while (s < e && EDGE_PUNCT.test(text[s]!) && !/[#@&]/.test(text[s]!)) s++;
    if (e - s > 2 && /\p{L}['’`´]s$/u.test(text.slice(s, e))) e -= 2;
    while (e > s && EDGE_PUNCT.test(text[e - 1]!) && !keepFinal(text, s, e)) e--;
    if (before[0] === s && before[1] === e) break;
  }
  return e > s ? [s, e] : null;
}

/** A final period that belongs to the name: initialisms (U.S.), a name's initial (Susanne R.), abbreviations. */
const ABBR_FINAL = /(?:^|[\s(])(?:\p{L}\.){2,}$|\s\p{Lu}\.$|(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Bros|Dr|Chr|Wm|Jos)\.$/u;

function keepFinal(text: string, s: number, e: number): boolean {
  const ch = text[e - 1]!;
  if (ch === ')' && text.slice(s, e).includes('(')) return true;
  if (ch !== '.') return false;
  return ABBR_FINAL.test(text.slice(s, e));
}

const PROPER_TAGS = /Country|City|Place|Region|Person|FirstName|LastName|MaleName|FemaleName|Honorific|Organization|ProperNoun|Acronym|Month|WeekDay|Demonym/;
const FUNCTION_TAGS = /Adverb|Conjunction|Preposition|Determiner|Pronoun|QuestionWord|Expression/;
let lexicon: Record<string, string> | null = null;

/**
 * Is `word` (any case) an English function word in compromise's lexicon — an adverb, conjunction,
 * preposition, determiner… — rather than a name? Used to drop sentence-initial capitalised words a
 * tagger took for names (`Furthermore`, `Meanwhile`). Nouns/adjectives are not (Wood, Green are names).
 */
export function isCommonEnglishWord(word: string, nouns = false): boolean {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;
  const tag = lexicon[word.toLowerCase()];
  return tag !== undefined && !PROPER_TAGS.test(tag) && (FUNCTION_TAGS.test(tag) || (nouns && /Singular|Plural|Uncountable/.test(tag)));
}

/** Is `word` (any case) an ordinary English word of compromise's lexicon, of any part of speech, and no name (`General`, `Silk`; not `Hyundai`)? */
export function isEnglishWord(word: string): boolean {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;
  const tag = lexicon[word.toLowerCase()];
  return tag !== undefined && !PROPER_TAGS.test(String(tag));
}

