/**
 * `newsflow enqueue` and the shared ingest path of `demo`/`analyze`: read sources, validate,
 * store and queue, with a progress bar on a terminal and a summary at the end.
 */
import { SingleBar, Presets } from 'cli-progress';
import { enqueueArticles, type EnqueueSummary } from '../../workers/enqueue.js';
import type { ArticleQueue } from '../../workers/article-queue.js';
import type { Database } from '../../db/client.js';
import { readSources, type SourceItem } from '../sources.js';

export async function ingestPaths(
  paths: string[],
  deps: { db: Database; queue: ArticleQueue },
  label: string,
): Promise<EnqueueSummary> {
  return ingestItems(await readSources(paths), deps, label);
}

/** Validates, stores and queues items already read. */
export async function ingestItems(
  items: SourceItem[],
  deps: { db: Database; queue: ArticleQueue },
  label: string,
): Promise<EnqueueSummary> {
  const bar = process.stderr.isTTY
    ? new SingleBar({ format: `${label} [{bar}] {value}/{total} articles | {eta_formatted} left`, stream: process.stderr }, Presets.shades_classic)
    : null;
  bar?.start(items.length, 0);
  try {
    return await enqueueArticles(items, deps, () => bar?.increment());
  } finally {
    bar?.stop();
  }
}

export function printSummary(summary: EnqueueSummary, out: NodeJS.WritableStream = process.stdout): void {
  const failed = summary.failed.length ? `, not stored ${summary.failed.length}` : '';
  out.write(`queued ${summary.queued}, duplicates ${summary.duplicates}, rejected ${summary.rejected.length}${failed}\n`);
  for (const r of summary.rejected) out.write(`  rejected ${r.origin}: ${r.reason}\n`);
  for (const f of summary.failed) out.write(`  not stored ${f.origin}: ${f.reason}\n`);
}
