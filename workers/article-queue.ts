/**
 * What producers see of a queue (`ArticleQueue`), and embedded mode's in-process runner, which
 * calls the same processors in the same order as the BullMQ workers (./queues.ts). Kept apart from
 * BullMQ so that `newsflow analyze` and embedded runs never load it or ioredis.
 */
import { markArticleFailed } from '../db/repositories/articles.js';
import type { JobPayloads, PersistResult } from './jobs.js';
import { processAnalyze, processPersist, type ProcessorDeps } from './processors.js';

export interface ArticleQueue {
  readonly kind: 'bullmq' | 'inline';
  add(payloads: JobPayloads['analyze'][]): Promise<void>;
  close(): Promise<void>;
}

export type InlineOutcome =
  | { articleId: number; status: 'persisted' | 'skipped'; result?: PersistResult }
  | { articleId: number; status: 'failed'; error: string };

/** Embedded mode: runs analyze then persist at once, in this process. */
export class InlineQueue implements ArticleQueue {
  readonly kind = 'inline';
  readonly outcomes: InlineOutcome[] = [];

  constructor(private readonly deps: ProcessorDeps) {}

  async add(payloads: JobPayloads['analyze'][]): Promise<void> {
    for (const payload of payloads) this.outcomes.push(await this.run(payload));
  }

  private async run(payload: JobPayloads['analyze']): Promise<InlineOutcome> {
    try {
      const analyzed = await processAnalyze(payload, this.deps);
      if (analyzed.status === 'skipped') return { articleId: payload.articleId, status: 'skipped' };
      const result = await processPersist(analyzed.persist, this.deps);
      return { articleId: payload.articleId, status: 'persisted', result };
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      await markArticleFailed(this.deps.db, payload.articleId, error, payload.contentHash);
      return { articleId: payload.articleId, status: 'failed', error };
    }
  }

  async close(): Promise<void> {}
}

