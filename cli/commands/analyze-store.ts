/**
 * The database side of `newsflow analyze`: a private in-memory PGlite (from the build's empty
 * snapshot), the articles ingested and analysed on the given analysis thread, linked and stored, then
 * the evaluation contract's JSON. Loaded by `analyze.ts` after it has started that thread, so that the
 * stages load while these modules and the database do; the first articles' analyses are asked for
 * before the database opens, so they run while it does.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../db/client.js';
import { exportGold } from '../../db/repositories/export.js';
import { getArticle } from '../../db/repositories/articles.js';
import { PrefetchingAnalyzer, type AnalysisThread } from '../../workers/analyzer.js';
import { parseArticleInput } from '../../workers/article-input.js';
import { InlineQueue } from '../../workers/article-queue.js';
import { prepareLookups } from '../../pipeline/reconcile/index.js';
import { readSources } from '../sources.js';
import { ingestItems } from './ingest.js';

/**
 * An empty database migrated by the build (cli/build-assets.mjs) from the same migrations: loading it
 * skips PGlite's initdb and the migration check, most of this command's start-up time and memory.
 * Missing when run from source: initdb and migrations then.
 */
export const EMPTY_DATABASE_SNAPSHOT = fileURLToPath(new URL('../../pglite-empty.tar.gz', import.meta.url));

/**
 * Articles whose analyses start before the database has opened: enough to keep the thread busy while
 * it opens, few enough that a large input holds no pile of finished analyses.
 */
const PREFETCHED_ARTICLES = 4;

/** Stores and analyses the files on `analyzer` once it is ready; writes the gold JSON to `out`. */
export async function storeAndExport(paths: string[], analyzer: AnalysisThread, ready: Promise<void>, out: NodeJS.WritableStream): Promise<void> {
  const items = await readSources(paths);
  const prefetching = new PrefetchingAnalyzer(analyzer);
  for (const item of items.slice(0, PREFETCHED_ARTICLES)) {
    const parsed = item.readError ? null : parseArticleInput(item.raw);
    if (parsed?.ok) prefetching.prefetch({ text: parsed.article.text, publishedAt: parsed.article.publishedAt?.toISOString() ?? null });
  }
  const snapshot = existsSync(EMPTY_DATABASE_SNAPSHOT) ? EMPTY_DATABASE_SNAPSHOT : undefined;
  const handle = await openDatabase({ kind: 'pglite', dataDir: null, snapshot });
  try {
    if (!snapshot) await handle.migrate();
    prepareLookups(); // while the stages load on the thread
    await ready;
    const queue = new InlineQueue({ db: handle.db, analyzer: prefetching });
    const summary = await ingestItems(items, { db: handle.db, queue }, 'analysing');
    for (const r of summary.rejected) process.stderr.write(`rejected ${r.origin}: ${r.reason}\n`);
    for (const f of summary.failed) process.stderr.write(`not stored ${f.origin}: ${f.reason}\n`);
    const failed = queue.outcomes.filter((o) => o.status === 'failed');
    for (const f of failed) process.stderr.write(`failed article ${f.articleId}: ${'error' in f ? f.error : ''}\n`);
    const files = new Map<number, string>();
    for (const id of summary.articleIds) files.set(id, basename((await getArticle(handle.db, id))?.source ?? String(id)));
    const gold = await exportGold(handle.db, [...new Set(summary.articleIds)], (id) => files.get(id) ?? String(id));
    out.write(`${JSON.stringify(gold, null, 1)}\n`);
    if (summary.rejected.length || summary.failed.length || failed.length) process.exitCode = 1;
  } finally {
    await handle.close();
  }
}
