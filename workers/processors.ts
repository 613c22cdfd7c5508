/**
 * The two job processors, shared by the BullMQ workers and the embedded in-process runner.
 * analyze: load the article, run the pure pipeline. persist: link + write in one transaction.
 */
import { getArticle } from '../db/repositories/articles.js';
import { analysisToStore, persistAnalysis } from '../db/repositories/facts.js';
import type { Database } from '../db/client.js';
import type { NerModel } from '../pipeline/entities/ner-model.js';
import { BadInputError } from '../pipeline/errors.js';
import { PIPELINE_VERSION } from '../pipeline/version.js';
import type { Analyzer } from './analyzer.js';
import { PAYLOAD_SCHEMAS, type JobPayloads, type PersistResult, type QueueName } from './jobs.js';

/** The database, and either the NER model (analyses run in-process) or an analyzer (a worker thread). */
export type ProcessorDeps = { db: Database } & ({ ner: NerModel } | { analyzer: Analyzer });

/** Validates a payload taken off a queue; a malformed one can never succeed. */
export function parsePayload<Q extends QueueName>(queue: Q, data: unknown): JobPayloads[Q] {
  const parsed = PAYLOAD_SCHEMAS[queue].safeParse(data);
  if (!parsed.success) {
    throw new BadInputError(`invalid ${queue} payload: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`);
  }
  return parsed.data as JobPayloads[Q];
}

export type AnalyzeOutcome = { status: 'analyzed'; persist: JobPayloads['persist'] } | { status: 'skipped'; reason: string };

export async function processAnalyze(payload: JobPayloads['analyze'], deps: ProcessorDeps): Promise<AnalyzeOutcome> {
  const article = await getArticle(deps.db, payload.articleId);
  if (!article) throw new BadInputError(`article ${payload.articleId} does not exist`);
  if (article.contentHash !== payload.contentHash) {
    throw new BadInputError(`article ${payload.articleId} has another content hash than the job`);
  }
  if (!payload.force && article.status === 'processed' && article.pipelineVersion === PIPELINE_VERSION) {
    return { status: 'skipped', reason: `already processed by pipeline ${PIPELINE_VERSION}` };
  }
  const input = { text: article.text, publishedAt: article.publishedAt?.toISOString() ?? null };
  // The stages load only where they run: a process that analyses on a thread never loads them.
  const analysis =
    'analyzer' in deps ? await deps.analyzer.analyze(input) : await (await import('../pipeline/analyze.js')).analyze(input, { ner: deps.ner });
  return { status: 'analyzed', persist: { ...payload, analysis: analysisToStore(analysis) } };
}

export async function processPersist(payload: JobPayloads['persist'], deps: ProcessorDeps): Promise<PersistResult> {
  return persistAnalysis(deps.db, payload.articleId, payload.contentHash, payload.analysis);
}
