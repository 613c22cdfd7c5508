/**
 * `newsflow analyze --format gold FILES…`: runs the whole flow (analyze + link + persist) in a
 * private in-memory PGlite and prints the evaluation contract's JSON. Entity ids are the ids this
 * run's linker gave; nothing touches the configured database.
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../db/client.js';
import { exportGold } from '../../db/repositories/export.js';
import { getArticle } from '../../db/repositories/articles.js';
import { InlineQueue } from '../../workers/article-queue.js';
import { sharedNerModel } from '../runtime.js';
import { ingestPaths } from './ingest.js';

/**
 * An empty migrated database, dumped by the build (cli/build-assets.mjs): loading it skips PGlite's
 * initdb, most of this command's start-up time and memory. Missing when run from source: initdb then.
 */
export const EMPTY_DATABASE_SNAPSHOT = fileURLToPath(new URL('../../pglite-empty.tar.gz', import.meta.url));

export async function analyzeFiles(paths: string[], out: NodeJS.WritableStream): Promise<void> {
  // The database starts while the model loads.
  const ner = sharedNerModel();
  const handle = await openDatabase({ kind: 'pglite', dataDir: null, snapshot: EMPTY_DATABASE_SNAPSHOT });
  try {
    await handle.migrate();
    const queue = new InlineQueue({ db: handle.db, ner: await ner });
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
}
