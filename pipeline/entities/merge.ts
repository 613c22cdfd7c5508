/**
 * One flat mention list from the NER model's spans, the gazetteers and (English) compromise.
 *
 * - Model spans are trimmed (surrounding punctuation/quotes, possessive 's) and refined by the
 *   gazetteer: a span the gazetteer knows as a country/region/city becomes GPE (other places stay LOC),
 *   a car model PRODUCT, a make or manufacturer ORG, a nationality adjective MISC.
 * - A PER span that swallowed a known place/nationality/company at its edge (`Azerbaijan Teruyuki
 *   Katori`) is split; a span made only of known names joined by hyphens/`and` (`Azerbaijani-Iranian`)
 *   becomes those names.
 * - Gazetteer hits the model missed are added; a gazetteer hit that strictly contains a model span
 *   (`Chevrolet Onix` over `Chevrolet`, `Republic of Azerbaijan` over `Azerbaijan`) replaces it.
 * - compromise adds English people the others missed (it measured worse for places/organisations).
 * The result is sorted by start, non-overlapping (the longest named span wins), with UTF-16 offsets
 * and `text.slice(start, end) === mention.text`.
 */
import { compromiseMentions, trimSpan } from './compromise.js';
import { findGazetteerMentions, flatten, GAZETTEER_VERSION, toIso1, type GazetteerHit } from './gazetteer.js';
import type { EntityType, Mention } from '../types.js';

export const ENTITIES_VERSION = `entities-0.1.0+${GAZETTEER_VERSION}`;
export const ENTITIES_STAGE = { name: 'entities', version: ENTITIES_VERSION } as const;

export type NerLabelLike = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** What the NER model gives (structurally `NerSpan` of ./ner-model.ts). */
export interface NerSpanLike {
  start: number;
  end: number;
  text: string;
  label: NerLabelLike;
  confidence: number;
}

export interface MergeInput {
  text: string;
  /** ISO 639-3 (or 639-1) code of the text. */
  language: string;
  /** The NER model's spans over `text` (may be empty). */
  model: readonly NerSpanLike[];
  /** Model version for mentions the model found (default: the stage version). */
  modelVersion?: string;
}

interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  confidence: number;
  extractors: Set<'ner-model' | 'gazetteer' | 'compromise'>;
  /** A model span, possibly refined. */
  fromModel: boolean;
}

const EXTRACTOR_ORDER = ['ner-model', 'gazetteer', 'compromise'] as const;

/** Geographic feature nouns: a place whose name holds one is LOC, not GPE. */
const LOC_FEATURE =
  /(?:^|[\s-])(?:river|sea|lake|ocean|gulf|bay|strait|canal|channel|mountains?|mount|mt\.?|range|valley|desert|steppe|plateau|peninsula|island|islands|coast|basin|delta|park|zone|district|estate|airport|port|harbou?r|street|avenue|road|highway|square|bridge|corridor|fluss|see|meer|gebirge|tal|wüste|insel|küste|halbinsel|hafen|flughafen|straße|platz|brücke|industriepark|industriegebiet|wirtschaftszone|река|море|озеро|океан|залив|пролив|канал|горы|гора|хребет|долина|пустыня|степь|остров|полуостров|побережье|аэропорт|порт|улица|проспект|площадь|мост|зона|парк|rivière|fleuve|mer|lac|montagne|montagnes|vallée|désert|île|côte|río|rio|mar|lago|montaña|montañas|valle|desierto|isla|costa|fiume|montagna|isola|rzeka|morze|jezioro|góry|dolina|pustynia|wyspa|nehri|denizi|gölü|dağları|vadisi|çölü|adası)(?=$|[\s-])/iu;

export function mergeMentions(input: MergeInput): Mention[] {
  const { text, language } = input;
  const lang = toIso1(language);
  const gazAll = findGazetteerMentions(text, language, { all: true });
  const gazFlat = flatten(gazAll);

  // ---- model spans: trimmed, checked, refined
  const modelCands: Candidate[] = [];
  for (const span of input.model) {
    const fixed = locateSpan(text, span);
    if (!fixed) continue;
    const trimmed = trimSpan(text, fixed[0], fixed[1]);
    if (!trimmed) continue;
    const [start, end] = trimmed;
    if (!/[\p{L}\p{N}]/u.test(text.slice(start, end))) continue;
    for (const part of splitModelSpan(text, start, end, span, gazFlat)) modelCands.push(part);
  }
  // the model never overlaps itself, but a split or trim may have created duplicates
  const model = flatten(modelCands);

  // ---- gazetteer hits: added where the model missed them, or replacing a model span they contain
  const chosen: Candidate[] = [...model];
  for (const g of gazFlat) {
    const overlapping = chosen.filter((c) => c.start < g.end && g.start < c.end);
    if (overlapping.length === 0) {
      chosen.push(gazCandidate(g));
      continue;
    }
    const contained = overlapping.every((c) => g.start <= c.start && c.end <= g.end);
    const strictlyLonger = overlapping.every((c) => g.end - g.start > c.end - c.start);
    if (contained && strictlyLonger && g.type !== 'MISC') {
      // a model span inside a longer known name: the longest named span wins
      const agreed = overlapping.some((c) => c.fromModel);
      for (const c of overlapping) chosen.splice(chosen.indexOf(c), 1);
      const cand = gazCandidate(g);
      if (agreed) {
        cand.extractors.add('ner-model');
        cand.confidence = Math.min(1, Math.max(cand.confidence, ...overlapping.map((c) => c.confidence)) + 0.03);
      }
      chosen.push(cand);
    }
  }

  // ---- compromise (English): people nobody else found
  if (lang === 'en') {
    for (const c of compromiseMentions(text)) {
      if (c.type !== 'PER') continue;
      if (chosen.some((x) => x.start < c.end && c.start < x.end)) continue;
      if (gazAll.some((g) => g.start < c.end && c.start < g.end)) continue;
      chosen.push({ start: c.start, end: c.end, type: 'PER', confidence: c.confidence, extractors: new Set(['compromise']), fromModel: false });
    }
  }

  const version = ENTITIES_STAGE.version;
  return flatten(chosen)
    .map((c): Mention => {
      const extractor = EXTRACTOR_ORDER.filter((x) => c.extractors.has(x)).join('+');
      return {
        start: c.start,
        end: c.end,
        text: text.slice(c.start, c.end),
        type: c.type,
        confidence: round(c.confidence),
        extractor,
        version: c.extractors.has('ner-model') && input.modelVersion ? input.modelVersion : version,
      };
    })
    .sort((a, b) => a.start - b.start);
}

/** Same as `mergeMentions` (the name the analyze stage uses). */
export const extractMentions = mergeMentions;

// ------------------------------------------------------------------------------------ helpers

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 1000) / 1000;
}

/** The span's [start, end) in `text`, repaired when its offsets do not agree with its text. */
function locateSpan(text: string, span: NerSpanLike): [number, number] | null {
  const { start, end } = span;
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end) {
    if (!span.text || text.slice(start, end) === span.text) return [start, end];
  }
  if (!span.text) return null;
  // nearest occurrence of the span's text
  let best = -1;
  for (let i = text.indexOf(span.text); i >= 0; i = text.indexOf(span.text, i + 1)) {
    if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) best = i;
  }
  return best >= 0 ? [best, best + span.text.length] : null;
}

function gazCandidate(g: GazetteerHit): Candidate {
  return { start: g.start, end: g.end, type: g.type, confidence: g.confidence, extractors: new Set(['gazetteer']), fromModel: false };
}

const RANK: Record<GazetteerHit['kind'], number> = {
  country: 7,
  place: 6,
  manufacturer: 6,
  'make-model': 6,
  make: 5,
  nationality: 4,
  'make-capword': 3,
  model: 2,
};

/** The model's label for [start, end), refined by a gazetteer hit with exactly that span. */
function refine(text: string, start: number, end: number, span: NerSpanLike, gazFlat: GazetteerHit[]): Candidate {
  const exact = gazFlat.filter((g) => g.start === start && g.end === end).sort((a, b) => RANK[b.kind] - RANK[a.kind])[0];
  const base: Candidate = {
    start,
    end,
    type: span.label === 'LOC' ? placeType(text.slice(start, end)) : span.label,
    confidence: span.confidence,
    extractors: new Set(['ner-model']),
    fromModel: true,
  };
  if (!exact) return base;
  let type: EntityType = base.type;
  switch (exact.type) {
    case 'GPE':
      // a person's name that is also a place (Sofia, Jordan): trust a confident model
      type = span.label === 'PER' && span.confidence >= 0.9 ? 'PER' : 'GPE';
      break;
    case 'LOC':
      type = span.label === 'PER' && span.confidence >= 0.9 ? 'PER' : 'LOC';
      break;
    case 'PRODUCT':
      type = 'PRODUCT';
      break;
    case 'ORG':
      type = span.label === 'PER' && span.confidence >= 0.9 && exact.kind !== 'manufacturer' ? 'PER' : 'ORG';
      break;
    case 'MISC':
      type = span.label === 'ORG' || span.label === 'PER' ? base.type : 'MISC';
      break;
    default:
      type = exact.type;
  }
  return {
    ...base,
    type,
    confidence: type === exact.type ? Math.min(1, Math.max(span.confidence, exact.confidence) + 0.03) : span.confidence,
    extractors: type === exact.type ? new Set(['ner-model', 'gazetteer']) : base.extractors,
  };
}

/** Unknown place names: GPE unless the name holds a geographic feature noun (river, zone, park…). */
function placeType(name: string): EntityType {
  return LOC_FEATURE.test(name) ? 'LOC' : 'GPE';
}

const JOINER = /^(?:\s*[-–—/&,]\s*|\s+(?:and|und|и|et|y|e|i|ve|va)\s+)$/u;

/**
 * One model span, possibly split in several: names the gazetteer knows that the model glued to a
 * person's name at its edge, or a span made only of known names joined by hyphens/`and`.
 */
function splitModelSpan(text: string, start: number, end: number, span: NerSpanLike, gazFlat: GazetteerHit[]): Candidate[] {
  const inside = gazFlat.filter((g) => g.start >= start && g.end <= end);
  if (inside.length === 0 || (inside.length === 1 && inside[0]!.start === start && inside[0]!.end === end)) {
    return [refine(text, start, end, span, gazFlat)];
  }
  // known names joined by hyphens/`and` only (Azerbaijani-Iranian, Kazakh-Uzbek)
  if (inside.length >= 2 && inside[0]!.start === start && inside.at(-1)!.end === end) {
    const gapsOk = inside.every((g, i) => i === 0 || JOINER.test(text.slice(inside[i - 1]!.end, g.start)));
    if (gapsOk && inside.every((g) => g.type === 'MISC' || g.type === 'GPE')) {
      return inside.map((g) => ({ ...gazCandidate(g), extractors: new Set(['ner-model', 'gazetteer']), confidence: Math.min(1, g.confidence + 0.03) }));
    }
  }
  if (span.label !== 'PER') return [refine(text, start, end, span, gazFlat)];
  // PER with a known non-person name at its start or end: split it off
  const parts: Candidate[] = [];
  let s = start;
  let e = end;
  const head = inside.find((g) => g.start === start);
  if (head && head.type !== 'PER' && /^\s+\p{Lu}/u.test(text.slice(head.end, end))) {
    parts.push({ ...gazCandidate(head), extractors: new Set(['ner-model', 'gazetteer']) });
    s = head.end;
  }
  const tail = inside.find((g) => g.end === end && g.start > s);
  if (tail && tail.type !== 'PER' && /\p{L}\s+$/u.test(text.slice(s, tail.start))) {
    parts.push({ ...gazCandidate(tail), extractors: new Set(['ner-model', 'gazetteer']) });
    e = tail.start;
  }
  const rest = trimSpan(text, s, e);
  if (rest) parts.push(refine(text, rest[0], rest[1], span, gazFlat));
  return parts;
}
