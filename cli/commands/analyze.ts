/**
 * `newsflow analyze --format gold FILES…`: runs the whole flow (analyze + link + persist) in a
 * private in-memory PGlite and prints the evaluation contract's JSON. Entity ids are the ids this
 * run's linker gave; nothing touches the configured database. Analyses run on a worker thread
 * (`AnalysisThread`), which loads the stages and the model while this thread starts the database.
 */
import { basename } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../db/client.js';
import { exportGold } from '../../db/repositories/export.js';
import { getArticle } from '../../db/repositories/articles.js';
import { AnalysisThread } from '../../workers/analyzer.js';
import { InlineQueue } from '../../workers/article-queue.js';
import { prepareLookups } from '../../pipeline/reconcile/index.js';
import { ingestPaths } from './ingest.js';

/**
 * An empty migrated database, dumped by the build (cli/build-assets.mjs): loading it skips PGlite's
 * initdb, most of this command's start-up time and memory. Missing when run from source: initdb then.
 */
export const EMPTY_DATABASE_SNAPSHOT = fileURLToPath(new URL('../../pglite-empty.tar.gz', import.meta.url));

/**
 * Embedded PostgreSQL is 9 MB of WebAssembly. By default V8 compiles it twice: at once with its
 * baseline compiler (Liftoff), then its hot functions again, optimised, on background threads. For
 * one short article that second compile cost ~1.1 s of CPU and ~70 MB of RSS and never paid back;
 * over 60 articles the whole command still used 16 % less CPU without it (12.8 s -> 10.7 s).
 */
const WASM_BASELINE_ONLY = '--liftoff-only';

export async function analyzeFiles(paths: string[], out: NodeJS.WritableStream): Promise<void> {
  setFlagsFromString(WASM_BASELINE_ONLY);
  // The stages and the model load on the analysis thread while this thread starts the database.
  const analyzer = new AnalysisThread();
  const ready = analyzer.ready();
  ready.catch(() => undefined); // awaited below, after the database opened
  try {
    const handle = await openDatabase({ kind: 'pglite', dataDir: null, snapshot: EMPTY_DATABASE_SNAPSHOT });
    try {
      await handle.migrate();
      prepareLookups(); // while the stages load on the thread
      await ready;
      const queue = new InlineQueue({ db: handle.db, analyzer });
      const summary = await ingestPaths(paths, { db: handle.db, queue }, 'analysing');
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
  } finally {
    await analyzer.close();
  }
}
