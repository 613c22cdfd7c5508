/**
 * `npx tsx bench/analyst-export.ts [--events N] [--target postgres|pglite]`: the analyst pages and
 * downloads over N synthetic events (default 100,000). Times the events page, a search, the chart
 * and the CSV/JSON downloads, and samples this process's RSS while each download is read.
 * PostgreSQL: a fresh database on TEST_DATABASE_URL's server, dropped after; pglite: in memory.
 *
 * V8 grows its heap lazily, so RSS alone does not prove a download streams. Cap the heap below
 * the download's size to see that it does: `node --max-old-space-size=128 --import tsx
 * bench/analyst-export.ts --events 300000` serves a 123 MB JSON download from a process whose heap
 * may not pass 128 MB (the server, drizzle and tsx take about 80 MB of it before the first request).
 */
import { Command } from 'commander';
import { sql } from 'drizzle-orm';
import { formatTable } from '../cli/table.js';
import { openDatabase, type DatabaseHandle } from '../db/client.js';
import { createLogger } from '../workers/logger.js';
import { buildServer } from '../workers/server.js';
import { createTestDatabase } from '../test/helpers/services.js';

const opts = new Command()
  .option('--events <n>', 'synthetic events', '100000')
  .option('--target <target>', 'postgres | pglite', 'postgres')
  .parse()
  .opts<{ events: string; target: string }>();
const n = Number(opts.events);

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function main(): Promise<void> {
  let drop: (() => Promise<void>) | null = null;
  let handle: DatabaseHandle;
  if (opts.target === 'pglite') {
    handle = await openDatabase({ kind: 'pglite', dataDir: null });
    await handle.migrate();
  } else {
    const test = await createTestDatabase();
    handle = test;
    drop = () => test.drop();
  }
  const { db } = handle;
  try {
    await db.execute(sql`INSERT INTO articles (content_hash, title, text, status, language) VALUES ('bench', 'Synthetic', 'Synthetic text.', 'processed', 'eng')`);
    await db.execute(sql`
      INSERT INTO events (article_id, type, modality, time, quantity, unit, evidence_start, evidence_end, evidence_text, confidence, extractor_version, provenance)
      SELECT (SELECT id FROM articles LIMIT 1), (ARRAY['production','export','sales'])[1 + g % 3], CASE WHEN g % 4 = 0 THEN 'planned' ELSE 'actual' END,
             (2000 + g % 25)::text || '-' || lpad((1 + g % 12)::text, 2, '0'), g, 'car', 0, 10,
             'Synthetic evidence sentence number ' || g || ' about cars produced and exported.', 0.5, 'bench', '{}'::jsonb
      FROM generate_series(1, ${n}) g`);
    const app = await buildServer({ db, token: undefined, host: '127.0.0.1', log: createLogger('silent') });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const rows: Array<[string, number, string, string]> = [];
    const time = async (label: string, path: string) => {
      const rssBefore = process.memoryUsage().rss;
      let peak = rssBefore;
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
      const t0 = performance.now();
      const res = await fetch(`${base}${path}`);
      let bytes = 0;
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
      const ms = Math.round(performance.now() - t0);
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss);
      rows.push([`${label} (${res.status})`, ms, `${(bytes / 1024 / 1024).toFixed(1)} MB`, `${mb(rssBefore)} → peak ${mb(peak)} MB`]);
      process.stderr.write(`${rows.at(-1)!.join('  ')} (heap used now ${mb(process.memoryUsage().heapUsed)} MB)\n`);
    };
    await time('events page, 50 rows, per-month chart', '/events');
    await time('events page, search "exported 4*"', '/events?q=exported+4');
    await time('events page, type + date range, sort by amount', '/events?type=export&from=2010&to=2012-06&sort=amount&dir=desc');
    await time(`events.csv, all ${n}`, '/events.csv');
    await time(`events.json, all ${n}`, '/events.json');
    await app.close();
    process.stdout.write(`${opts.target}, ${n} events\n${formatTable(['request', 'ms', 'body', 'process RSS'], rows)}\n`);
  } finally {
    if (drop) await drop();
    else await handle.close();
  }
}

await main();
