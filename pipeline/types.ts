/**
 * The typed vocabulary every pipeline stage speaks. Offsets are JavaScript string indices
 * (UTF-16 code units) into the NFC-normalised article text; `text.slice(start, end) === surface`.
 */

/** A stretch of the article text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Who made a fact: the stage (or extractor inside it) and its version. */
export interface Provenance {
  stage: string;
  version: string;
  /** Model id@revision when a trained model made the fact. */
  model?: string;
}

/** ISO 639-3 code, or `und` when the evidence is too weak to say. */
export type LanguageCode = string;

export const UNDETERMINED: LanguageCode = 'und';

/** Unicode script of a text, by majority of its letters. */
export type Script =
  | 'Latin'
  | 'Cyrillic'
  | 'Arabic'
  | 'Greek'
  | 'Armenian'
  | 'Georgian'
  | 'Hebrew'
  | 'Han'
  | 'Hiragana'
  | 'Katakana'
  | 'Hangul'
  | 'Thai'
  | 'Devanagari'
  | 'Bengali'
  | 'Gurmukhi'
  | 'Gujarati'
  | 'Tamil'
  | 'Telugu'
  | 'Other';

export interface LanguageGuess {
  language: LanguageCode;
  script: Script;
  /** In [0, 1]. */
  confidence: number;
  runnerUp: { language: LanguageCode; confidence: number } | null;
}

/** Language of one paragraph, with its span. */
export interface ParagraphLanguage extends Span, LanguageGuess {}

/** Whole-article language (the one covering most text) plus each paragraph's. */
export interface LanguageResult extends LanguageGuess {
  paragraphs: ParagraphLanguage[];
}

export interface Sentence extends Span {
  index: number;
  /** Language of the paragraph this sentence belongs to. */
  language: LanguageCode;
}

export interface Token extends Span {
  sentence: number;
}

export const ENTITY_TYPES = ['PER', 'ORG', 'GPE', 'LOC', 'PRODUCT', 'EVENT', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A named-entity mention found in the text. */
export interface Mention extends Span {
  type: EntityType;
  /** In [0, 1]. */
  confidence: number;
  /** Extractor that produced it, e.g. `ner-model`, `gazetteer`, `compromise`. */
  extractor: string;
  /** Version of the extractor or model. */
  version: string;
}

export const NUMBER_KINDS = ['count', 'money', 'percent', 'rate', 'ordinal', 'year', 'date'] as const;
export type NumberKind = (typeof NUMBER_KINDS)[number];

/** A number found in the text, resolved. */
export interface NumberFact extends Span {
  kind: NumberKind;
  /** The value (percent in percent points; null for dates and unresolved values). */
  value: number | null;
  /** For ranges: [low, high] (either may be null); `value` is then null. */
  range: [number | null, number | null] | null;
  /** Normalised counted noun or measurement unit (`car`, `job`, `km`, `year`…), or null. */
  unit: string | null;
  /** ISO 4217 code for money. */
  currency: string | null;
  /** ISO date, month, year or interval (`2023-06`, `2018-08/2018-09`) for dates. */
  date: string | null;
  /** Why the reading is uncertain, or null. */
  ambiguous: string | null;
  confidence: number;
  version: string;
}

export const EVENT_TYPES = [
  'production',
  'production_target',
  'plant_launch',
  'plant_construction',
  'export',
  'sales',
  'trade',
  'investment',
  'agreement',
  'appointment',
  'visit',
  'statement',
  'jobs',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Whether the fact happened, is planned, or is only reported/denied. */
/**
 * actual: it happened; planned: a plan, target, forecast, expectation, intention or capacity (a
 * reported target is planned); negated: it did not or will not happen; hedged: hearsay or an
 * epistemic modal (`reportedly`, `could`, `может`).
 */
export type EventModality = 'actual' | 'planned' | 'negated' | 'hedged';

/**
 * A typed event found in one sentence. Entity arguments are indexes into the article's
 * `mentions` array (the persist stage maps them to canonical entities).
 */
export interface EventCandidate {
  type: EventType;
  actors: number[];
  location: number | null;
  product: number | null;
  /** Product named by a common noun when no mention names it (`cars`). */
  productText: string | null;
  quantity: number | null;
  unit: string | null;
  money: { value: number; currency: string | null } | null;
  /** ISO date, month, year or interval. */
  time: string | null;
  /** A change rate stated for the fact (`up 8.4%`, `вырос на 12%`), in percent points; never the quantity. */
  changePct: number | null;
  /** A share stated for the fact (`33 percent of the market`, a stake), in percent points. */
  sharePct: number | null;
  /** Indexes into the article's `numbers` the event uses. */
  numbers: number[];
  /** The sentence the event was read from (the first one, when restatements were merged). */
  evidence: Span;
  /** Every sentence that states the fact (headline, lead, quote, body), in text order; `evidence` first. */
  evidenceSpans: Span[];
  /** The word or phrase that triggered the event (in `evidence`). */
  trigger: Span;
  modality: EventModality;
  confidence: number;
  version: string;
}

/** One reference date per article: the dateline's date, else the publication date. */
export interface ReferenceDate {
  /** ISO date (`2026-01-22`); `XXXX-03-02` when the dateline has no year and nothing gives it. */
  date: string | null;
  source: 'dateline' | 'published' | null;
  /** The dateline (place and date as written) and its place name, offsets into the text. */
  dateline: { start: number; end: number; place: { start: number; end: number } } | null;
}

/** Per stage: whether it reads the article's language (`events: false` = no event lexicon). */
export interface StagesRead {
  language: string;
  entities: boolean;
  numbers: boolean;
  dates: boolean;
  events: boolean;
}

/** Everything the analyze stage learns about one article; pure data, JSON-serialisable. */
export interface ArticleAnalysis {
  pipelineVersion: string;
  language: LanguageResult;
  sentences: Sentence[];
  mentions: Mention[];
  /** The article's reference date (dateline, else publication; ./events/reference.ts). */
  referenceDate: ReferenceDate;
  /**
   * Which stages read the article's language (its pack has the section they need): a language
   * without an event lexicon says so instead of a silent zero.
   */
  stagesRead: StagesRead;
  numbers: NumberFact[];
  events: EventCandidate[];
  provenance: Provenance[];
  /** Wall time of each stage in milliseconds (operations metrics). */
  stageMs: Record<string, number>;
}
