/**
 * Producer side: validate, store (idempotent on the content hash) and queue articles.
 * One bad item never stops the others; every refusal keeps its reason.
 */
import { insertArticle } from '../db/repositories/articles.js';
import type { Database } from '../db/client.js';
import { parseArticleInput } from './article-input.js';
import type { JobPayloads } from './jobs.js';
import type { ArticleQueue } from './queues.js';

export interface EnqueueItem {
  origin: string;
  raw: unknown;
  readError?: string;
}

export interface EnqueueSummary {
  queued: number;
  duplicates: number;
  rejected: Array<{ origin: string; reason: string }>;
  articleIds: number[];
}

export async function enqueueArticles(
  items: Iterable<EnqueueItem>,
  deps: { db: Database; queue: ArticleQueue },
  onItem?: () => void,
): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { queued: 0, duplicates: 0, rejected: [], articleIds: [] };
  for (const item of items) {
    const parsed = item.readError ? { ok: false as const, reason: item.readError } : parseArticleInput(item.raw);
    if (!parsed.ok) {
      summary.rejected.push({ origin: item.origin, reason: parsed.reason });
    } else {
      const stored = await insertArticle(deps.db, parsed.article);
      summary.articleIds.push(stored.id);
      if (stored.duplicate && stored.status !== 'queued') {
        summary.duplicates += 1;
      } else {
        // A stored but never-processed article (e.g. Redis was down) is queued again; the
        // deterministic job id keeps BullMQ from running it twice.
        const payload: JobPayloads['analyze'] = { articleId: stored.id, contentHash: stored.contentHash };
        await deps.queue.add([payload]);
        if (stored.duplicate) summary.duplicates += 1;
        else summary.queued += 1;
      }
    }
    onItem?.();
  }
  return summary;
}
