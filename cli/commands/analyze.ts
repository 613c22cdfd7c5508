/**
 * `newsflow analyze --format gold FILES…`: runs the whole flow (analyze + link + persist) in a
 * private in-memory PGlite and prints the evaluation contract's JSON. Entity ids are the ids this
 * run's linker gave; nothing touches the configured database.
 */
import { basename } from 'node:path';
import { openDatabase } from '../../db/client.js';
import { exportGold } from '../../db/repositories/export.js';
import { getArticle } from '../../db/repositories/articles.js';
import { InlineQueue } from '../../workers/queues.js';
import { sharedNerModel } from '../runtime.js';
import { ingestPaths } from './ingest.js';

export async function analyzeFiles(paths: string[], out: NodeJS.WritableStream): Promise<void> {
  const handle = await openDatabase({ kind: 'pglite', dataDir: null });
  try {
    await handle.migrate();
    const queue = new InlineQueue({ db: handle.db, ner: await sharedNerModel() });
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
