/**
 * Producer side: validate, store (idempotent on the content hash) and queue articles.
 * One bad item never stops the others; every refusal keeps its reason.
 */
import { insertArticle } from '../db/repositories/articles.js';
import { StorageError } from '../db/errors.js';
import type { Database } from '../db/client.js';
import { parseArticleInput } from './article-input.js';
import type { JobPayloads } from './jobs.js';
import type { ArticleQueue } from './article-queue.js';

export interface EnqueueItem {
  origin: string;
  raw: unknown;
  readError?: string;
}

/** What became of one item, in input order. */
export type ItemOutcome =
  | { origin: string; status: 'queued' | 'duplicate'; articleId: number }
  | { origin: string; status: 'rejected'; reason: string }
  /** Valid, but not stored or not queued (a database or Redis fault): send it again later. */
  | { origin: string; status: 'failed'; reason: string };

export interface EnqueueSummary {
  queued: number;
  duplicates: number;
  rejected: Array<{ origin: string; reason: string }>;
  failed: Array<{ origin: string; reason: string }>;
  articleIds: number[];
  /** Every item, in input order. */
  items: ItemOutcome[];
}

/** A short reason for a storage or queue fault; never the SQL statement or the article. */
function faultReason(err: unknown): { refused: boolean; reason: string } {
  if (err instanceof StorageError) {
    return err.invalidValue
      ? { refused: true, reason: `the database refused a value${err.code ? ` (SQLSTATE ${err.code})` : ''}` }
      : { refused: false, reason: `not stored: the database is unavailable${err.code ? ` (SQLSTATE ${err.code})` : ''}; send it again` };
  }
  return { refused: false, reason: 'not queued: the queue is unavailable; send it again' };
}

export async function enqueueArticles(
  items: Iterable<EnqueueItem>,
  deps: { db: Database; queue: ArticleQueue },
  onItem?: () => void,
): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { queued: 0, duplicates: 0, rejected: [], failed: [], articleIds: [], items: [] };
  const reject = (origin: string, reason: string) => {
    summary.rejected.push({ origin, reason });
    summary.items.push({ origin, status: 'rejected', reason });
  };
  for (const item of items) {
    const parsed = item.readError ? { ok: false as const, reason: item.readError } : parseArticleInput(item.raw);
    if (!parsed.ok) {
      reject(item.origin, parsed.reason);
      onItem?.();
      continue;
    }
    try {
      const stored = await insertArticle(deps.db, parsed.article);
      summary.articleIds.push(stored.id);
      if (!stored.duplicate || stored.status === 'queued') {
        // A stored but never-processed article (e.g. Redis was down) is queued again; the
        // deterministic job id keeps BullMQ from running it twice.
        const payload: JobPayloads['analyze'] = { articleId: stored.id, contentHash: stored.contentHash };
        await deps.queue.add([payload]);
      }
      if (stored.duplicate) summary.duplicates += 1;
      else summary.queued += 1;
      summary.items.push({ origin: item.origin, status: stored.duplicate ? 'duplicate' : 'queued', articleId: stored.id });
    } catch (err) {
      const fault = faultReason(err);
      if (fault.refused) reject(item.origin, fault.reason);
      else {
        summary.failed.push({ origin: item.origin, reason: fault.reason });
        summary.items.push({ origin: item.origin, status: 'failed', reason: fault.reason });
      }
    }
    onItem?.();
  }
  return summary;
}
