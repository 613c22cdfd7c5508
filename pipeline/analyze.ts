/**
 * `analyze(article, ctx)`: the pure CPU half of the flow (no Redis, no SQL, no process.env).
 * language → sentences → entities → numbers → events, each a named, versioned stage.
 */
import { extractMentions, ENTITIES_STAGE } from './entities/index.js';
import type { NerModel } from './entities/ner-model.js';
import { extractEvents, EVENTS_STAGE } from './events/index.js';
import { findReferenceDate, REFERENCE_STAGE, referenceDay, type ReferenceDate } from './events/reference.js';
import { detectLanguage, LANGUAGE_STAGE } from './language/index.js';
import { extractNumbers, NUMBERS_STAGE } from './numbers/index.js';
import { compose, type Stage } from './compose.js';
import { SEGMENT_STAGE, splitLines, splitSentences } from './text/segment.js';
import {
  UNDETERMINED,
  type ArticleAnalysis,
  type EventCandidate,
  type LanguageCode,
  type LanguageResult,
  type Mention,
  type NumberFact,
  type Sentence,
  type StagesRead,
} from './types.js';
import { canonicalLanguage, packFor, UNDETERMINED_PACK } from './languages/index.js';
import { PIPELINE_VERSION } from './version.js';

export { PIPELINE_VERSION };

/** The fields an article brings in and the stages fill. */
export interface AnalysisDoc {
  text: string;
  /** ISO date-time of publication, when known: relative dates resolve against it. */
  publishedAt: string | null;
  language: LanguageResult;
  sentences: Sentence[];
  /** The dateline's date, else `publishedAt`: what year-less and relative dates resolve against. */
  referenceDate: ReferenceDate;
  mentions: Mention[];
  numbers: NumberFact[];
  events: EventCandidate[];
}

export interface AnalyzeContext {
  ner: NerModel;
  supportedLanguages?: readonly string[];
}

type DocStage<R extends keyof AnalysisDoc, P extends keyof AnalysisDoc> = Stage<AnalysisDoc, AnalyzeContext, R, P>;

/** A stretch of text in one language: consecutive paragraphs that share it. */
export interface LanguageRun {
  start: number;
  end: number;
  language: LanguageCode;
}

/** Paragraphs grouped into runs of one language; undetermined paragraphs take the article's. */
export function languageRuns(language: LanguageResult): LanguageRun[] {
  const runs: LanguageRun[] = [];
  for (const p of language.paragraphs) {
    const lang = p.language === UNDETERMINED ? language.language : p.language;
    const last = runs.at(-1);
    if (last && last.language === lang) last.end = p.end;
    else runs.push({ start: p.start, end: p.end, language: lang });
  }
  return runs;
}

/** Runs `extract` on each language run's slice of the text and shifts the offsets back. */
async function perLanguageRun<T extends { start: number; end: number }>(
  text: string,
  language: LanguageResult,
  extract: (slice: string, language: LanguageCode) => T[] | Promise<T[]>,
): Promise<T[]> {
  const out: T[] = [];
  for (const run of languageRuns(language)) {
    for (const item of await extract(text.slice(run.start, run.end), run.language)) {
      out.push({ ...item, start: item.start + run.start, end: item.end + run.start });
    }
  }
  return out;
}

const languageStage: DocStage<'text', 'language'> = {
  ...LANGUAGE_STAGE,
  requires: ['text'],
  provides: ['language'],
  run: ({ text }, ctx) => ({
    language: detectLanguage(text, ctx.supportedLanguages ? { supported: ctx.supportedLanguages } : {}),
  }),
};

const sentenceStage: DocStage<'text' | 'language', 'sentences'> = {
  ...SEGMENT_STAGE,
  requires: ['text', 'language'],
  provides: ['sentences'],
  run: ({ text, language }) => {
    const runs = languageRuns(language);
    const sentences: Sentence[] = [];
    for (const line of splitLines(text)) {
      const lang = runs.find((r) => line.start >= r.start && line.start < r.end)?.language ?? language.language;
      for (const s of splitSentences(line, lang)) sentences.push({ ...s, index: sentences.length, language: lang });
    }
    return { sentences };
  },
};

const entityStage: DocStage<'text' | 'language', 'mentions'> = {
  ...ENTITIES_STAGE,
  requires: ['text', 'language'],
  provides: ['mentions'],
  run: async ({ text, language }, ctx) => ({
    mentions: await perLanguageRun(text, language, async (slice, lang) =>
      extractMentions({ text: slice, language: lang, model: await ctx.ner.extract(slice, lang), modelVersion: ctx.ner.version }),
    ),
  }),
};

const referenceStage: DocStage<'text' | 'language' | 'publishedAt', 'referenceDate'> = {
  ...REFERENCE_STAGE,
  requires: ['text', 'language', 'publishedAt'],
  provides: ['referenceDate'],
  run: ({ text, language, publishedAt }) => ({ referenceDate: findReferenceDate(text, language.language, publishedAt) }),
};

const numberStage: DocStage<'text' | 'language' | 'publishedAt' | 'referenceDate', 'numbers'> = {
  ...NUMBERS_STAGE,
  requires: ['text', 'language', 'publishedAt', 'referenceDate'],
  provides: ['numbers'],
  run: async ({ text, language, publishedAt, referenceDate }) => ({
    numbers: await perLanguageRun(text, language, (slice, lang) =>
      extractNumbers(slice, { language: lang, referenceDate: referenceDay(referenceDate, publishedAt) }),
    ),
  }),
};

const eventStage: DocStage<'text' | 'language' | 'sentences' | 'mentions' | 'numbers' | 'publishedAt' | 'referenceDate', 'events'> = {
  ...EVENTS_STAGE,
  requires: ['text', 'language', 'sentences', 'mentions', 'numbers', 'publishedAt', 'referenceDate'],
  provides: ['events'],
  run: (doc) => ({
    events: extractEvents({ ...doc, language: doc.language.language }),
  }),
};

/**
 * Which stages read a language: the NER model is multilingual; numbers, dates and events need the
 * language's pack and its section (undetermined text is read as English, as the stages do).
 */
export function stagesRead(code: string): StagesRead {
  const language = canonicalLanguage(code);
  const pack = language === 'und' ? UNDETERMINED_PACK : packFor(language);
  return { language, entities: true, numbers: pack !== null, dates: pack !== null && pack.dates.months.length > 0, events: pack?.events != null };
}

/** The stages in run order (benchmarks time each one alone). */
export const STAGES = [languageStage, sentenceStage, referenceStage, entityStage, numberStage, eventStage] as const;

const pipeline = compose<AnalysisDoc, AnalyzeContext, 'text' | 'publishedAt'>(['text', 'publishedAt'], STAGES);

/** Analyses one normalised article text. Pure: the NER model arrives through `ctx`. */
export async function analyze(
  input: { text: string; publishedAt?: string | null },
  ctx: AnalyzeContext,
): Promise<ArticleAnalysis> {
  const doc = await pipeline.run({ text: input.text, publishedAt: input.publishedAt ?? null }, ctx);
  const provenance = doc.provenance.map((p) =>
    p.stage === ENTITIES_STAGE.name ? { ...p, model: `${ctx.ner.id}@${ctx.ner.version}` } : p,
  );
  return {
    pipelineVersion: PIPELINE_VERSION,
    language: doc.language,
    sentences: doc.sentences,
    mentions: doc.mentions,
    referenceDate: doc.referenceDate,
    stagesRead: stagesRead(doc.language.language),
    numbers: doc.numbers,
    events: doc.events,
    provenance,
    stageMs: doc.stageMs,
  };
}
