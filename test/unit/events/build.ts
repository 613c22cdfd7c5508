/** Hand-built inputs for the events stage: sentences, mentions and numbers located by their surface. */
import type { EntityType, EventCandidate, Mention, NumberFact, NumberKind, Sentence } from '../../../pipeline/types.js';
import type { EventsInput } from '../../../pipeline/events/index.js';

export interface NumberSpec {
  text: string;
  kind: NumberKind;
  value?: number | null;
  unit?: string | null;
  currency?: string | null;
  date?: string | null;
  /** Which occurrence of `text` (0-based). */
  nth?: number;
}

function locate(text: string, surface: string, nth = 0): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(surface, at + 1);
    if (at < 0) throw new Error(`"${surface}" (#${nth}) not in text`);
  }
  return at;
}

/** Sentences split after . ! ? followed by a space. */
export function sentences(text: string, language: string): Sentence[] {
  const out: Sentence[] = [];
  // a stop ends a sentence only before a space and a capital, a quote or the end (not in `200.000`)
  const re = /.+?(?:[.!?]+(?=\s+["“„«\p{Lu}]|\s*$)|$)/gsu;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = (m.index ?? 0) + lead;
    out.push({ start, end: start + body.length, text: body, index: out.length, language });
  }
  return out;
}

export function build(
  text: string,
  language: string,
  mentions: Array<[surface: string, type: EntityType, nth?: number]>,
  numbers: NumberSpec[],
  publishedAt: string | null = null,
): EventsInput {
  const ms: Mention[] = mentions.map(([surface, type, nth]) => {
    const start = locate(text, surface, nth ?? 0);
    return { start, end: start + surface.length, text: surface, type, confidence: 1, extractor: 'test', version: 'test' };
  });
  const ns: NumberFact[] = numbers.map((n) => {
    const start = locate(text, n.text, n.nth ?? 0);
    return {
      start,
      end: start + n.text.length,
      text: n.text,
      kind: n.kind,
      value: n.value ?? null,
      range: null,
      unit: n.unit ?? null,
      currency: n.currency ?? null,
      date: n.date ?? null,
      ambiguous: null,
      confidence: 1,
      version: 'test',
    };
  });
  return { text, language, sentences: sentences(text, language), mentions: ms, numbers: ns, publishedAt };
}

/** An event with its mention indexes replaced by surfaces, for readable exact assertions. */
export interface EventView {
  type: string;
  actors: string[];
  location: string | null;
  product: string | null;
  quantity: number | null;
  unit: string | null;
  money: { value: number; currency: string | null } | null;
  time: string | null;
  modality: string;
  evidence: string;
}

export function view(input: EventsInput, events: EventCandidate[]): EventView[] {
  const name = (i: number | null): string | null => (i === null ? null : input.mentions[i]!.text);
  return events.map((e) => ({
    type: e.type,
    actors: e.actors.map((i) => input.mentions[i]!.text),
    location: name(e.location),
    product: e.product !== null ? name(e.product) : e.productText,
    quantity: e.quantity,
    unit: e.unit,
    money: e.money,
    time: e.time,
    modality: e.modality,
    evidence: e.evidence.text,
  }));
}
