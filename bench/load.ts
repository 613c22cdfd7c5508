/**
 * `npm run bench:load [-- --articles N] [--concurrency C] [--processes 1,2] [--timeout S]`: a load test
 * on real Redis + PostgreSQL. Pushes N articles (default 10,000) from ../shared/data/news/bench.jsonl.gz
 * (cycled when the file is shorter; each repeat gets a suffix line, so its content hash differs)
 * through `newsflow worker` processes, first 1 then 2 (or the counts given), each run on a fresh database and a unique
 * queue prefix. Prints articles/s, words/s, p50/p95 end-to-end latency (processed_at −
 * created_at), peak worker RSS (VmHWM), the cores the run kept busy (CPU-seconds of the workers, PostgreSQL
 * and Redis per wall second) and the scaling ratio (2 processes ÷ 1 process, when both ran) with its bound
 * on this machine (cores ÷ cores one process keeps busy).
 * Writes reports/load.json and reports/load.md; progress goes to stderr. Exits non-zero on failure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Queue } from 'bullmq';
import { Command } from 'commander';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/client.js';
import { parseArticleInput } from '../workers/article-input.js';
import { enqueueArticles, type EnqueueItem } from '../workers/enqueue.js';
import { QUEUES } from '../workers/jobs.js';
import { BullArticleQueue, redisConnection } from '../workers/queues.js';
import { ADMIN_DATABASE_URL, REDIS_URL, cleanupPrefix, createTestDatabase, uniquePrefix } from '../test/helpers/services.js';
import { cpuSeconds, cpuSecondsOf, peakRssMb, SERVERS } from './proc-stats.js';
import { SHARED_DIR } from './shared-dir.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED = SHARED_DIR;
const DATA = join(SHARED, 'data/news/bench.jsonl.gz');
const REPORTS = join(ROOT, 'reports');

const log = (msg: string) => process.stderr.write(`${msg}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface BenchArticle {
  title: string;
  text: string;
  source: string;
  words: number;
}

const countWords = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** N valid articles from the bench file; repeats get a suffix line so their content hash differs. */
export function loadArticles(n: number): BenchArticle[] {
  const lines = gunzipSync(readFileSync(DATA)).toString('utf8').split('\n').filter((l) => l.trim());
  const all = lines.map((l) => JSON.parse(l) as { id?: string; title?: string; text: string });
  // Articles the product refuses (e.g. a text that is only ".") are left out, as a feed's would be.
  const base = all.filter((a) => parseArticleInput({ text: a.text }).ok);
  if (base.length < all.length) log(`bench:load: ${all.length - base.length} of ${all.length} file articles are refused as input and left out`);
  if (!base.length) throw new Error(`${DATA} holds no articles`);
  return Array.from({ length: n }, (_, i) => {
    const a = base[i % base.length]!;
    const round = Math.floor(i / base.length);
    const text = round ? `${a.text}\n(load test copy ${round})` : a.text;
    return { title: a.title || text.slice(0, 80), text, source: `bench/${a.id ?? i % base.length}#${round}`, words: countWords(text) };
  });
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}

export interface RunResult {
  processes: number;
  concurrency: number;
  articles: number;
  words: number;
  seconds: number;
  enqueue_seconds: number;
  articles_per_s: number;
  words_per_s: number;
  p50_ms: number;
  p95_ms: number;
  max_ms: number;
  worker_peak_rss_mb: number[];
  /** CPU-seconds of the workers, PostgreSQL and Redis per wall second of the run: how many cores it kept busy. */
  cores_busy: number;
  worker_start_seconds: number;
  warmup_articles: number;
}

async function run(sample: BenchArticle[], processes: number, concurrency: number, timeoutS: number): Promise<RunResult> {
  const label = `[${processes} process${processes > 1 ? 'es' : ''}]`;
  const database = await createTestDatabase();
  const prefix = uniquePrefix();
  const children: ChildProcess[] = [];
  const connection = redisConnection(REDIS_URL);
  const analyzeQueue = new Queue(QUEUES.analyze, { connection, prefix });
  const persistQueue = new Queue(QUEUES.persist, { connection, prefix });
  const queue = new BullArticleQueue(connection, prefix);
  const tails: string[] = [];
  try {
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      REDIS_URL,
      NEWSFLOW_QUEUE_PREFIX: prefix,
      NEWSFLOW_CONCURRENCY: String(concurrency),
      LOG_LEVEL: 'warn',
    };
    const started = performance.now();
    for (let i = 0; i < processes; i++) {
      const child = spawn(process.execPath, [join(ROOT, 'cli/bin.js'), 'worker'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
      tails[i] = '';
      child.stderr?.on('data', (b: Buffer) => {
        tails[i] = (tails[i] + b.toString('utf8')).slice(-4_000);
      });
      children.push(child);
    }
    const dead = () => children.find((c) => c.exitCode !== null || c.signalCode !== null);
    // Ready once every process has loaded its model and registered its workers on both queues.
    for (;;) {
      const d = dead();
      if (d) throw new Error(`a worker process exited (${d.exitCode ?? d.signalCode}):\n${tails.join('\n')}`);
      const [a, p] = await Promise.all([analyzeQueue.getWorkersCount(), persistQueue.getWorkersCount()]);
      if (a >= processes && p >= processes) break;
      if (performance.now() - started > 180_000) throw new Error('worker processes did not start within 180 s');
      await sleep(200);
    }
    const workerStart = (performance.now() - started) / 1000;
    // Warm-up (not measured): each process's first analyses load lazy resources (language and
    // gazetteer tables); a few articles per worker slot, then the clock starts.
    const warm = sample.slice(0, Math.min(sample.length, processes * concurrency * 2)).map((a, i) => ({
      origin: `warmup ${i}`,
      raw: { title: a.title, text: `${a.text}\n(load test warm-up ${i})`, source: `warmup/${i}` },
    }));
    await enqueueArticles(warm, { db: database.db, queue });
    const warmStart = performance.now();
    for (;;) {
      const d = dead();
      if (d) throw new Error(`a worker process exited (${d.exitCode ?? d.signalCode}):\n${tails.join('\n')}`);
      const [row] = rowsOf<{ n: number }>(await database.db.execute(sql`SELECT count(*)::int AS n FROM articles WHERE status <> 'queued'`));
      if (row!.n >= warm.length) break;
      if (performance.now() - warmStart > 600_000) throw new Error('warm-up articles not processed within 600 s');
      await sleep(250);
    }
    log(`${label} workers ready after ${workerStart.toFixed(1)} s, warmed up in ${((performance.now() - warmStart) / 1000).toFixed(1)} s; enqueueing ${sample.length} articles`);

    const cpuBefore = children.map((c) => cpuSeconds(c.pid!));
    const serversBefore = cpuSecondsOf(SERVERS);
    const t0 = performance.now();
    let enqueued = 0;
    let enqueueSeconds = 0;
    const enqueueing = (async () => {
      const items: EnqueueItem[] = sample.map((a, i) => ({ origin: String(i), raw: { title: a.title, text: a.text, source: a.source } }));
      for (let i = 0; i < items.length; i += 200) {
        const summary = await enqueueArticles(items.slice(i, i + 200), { db: database.db, queue });
        if (summary.rejected.length) throw new Error(`bench articles refused: ${JSON.stringify(summary.rejected.slice(0, 3))}`);
        enqueued += summary.queued + summary.duplicates;
      }
      enqueueSeconds = (performance.now() - t0) / 1000;
    })();
    let enqueueError: unknown = null;
    enqueueing.catch((e: unknown) => (enqueueError = e));

    let lastLog = 0;
    for (;;) {
      if (enqueueError) throw enqueueError;
      const d = dead();
      if (d) throw new Error(`a worker process exited (${d.exitCode ?? d.signalCode}):\n${tails.join('\n')}`);
      const [row] = rowsOf<{ done: number; failed: number }>(
        await database.db.execute(
          sql`SELECT count(*) FILTER (WHERE status = 'processed')::int AS done, count(*) FILTER (WHERE status = 'failed')::int AS failed FROM articles WHERE source NOT LIKE 'warmup/%'`,
        ),
      );
      const elapsed = (performance.now() - t0) / 1000;
      if (row!.failed) {
        const errors = rowsOf<{ error: string }>(await database.db.execute(sql`SELECT error FROM articles WHERE status = 'failed' LIMIT 3`));
        throw new Error(`${row!.failed} articles failed, e.g. ${errors.map((e) => e.error).join(' | ')}`);
      }
      if (performance.now() - lastLog > 5_000) {
        lastLog = performance.now();
        log(`${label} ${elapsed.toFixed(0)} s: enqueued ${enqueued}/${sample.length}, processed ${row!.done} (${(row!.done / Math.max(elapsed, 0.001)).toFixed(1)} articles/s)`);
      }
      if (row!.done >= sample.length) break;
      if (elapsed > timeoutS) throw new Error(`timed out after ${timeoutS} s with ${row!.done}/${sample.length} processed`);
      await sleep(250);
    }
    await enqueueing;
    const seconds = (performance.now() - t0) / 1000;
    const cpu = children.reduce((sum, c, i) => sum + cpuSeconds(c.pid!) - cpuBefore[i]!, 0) + cpuSecondsOf(SERVERS) - serversBefore;
    const latencies = rowsOf<{ ms: number }>(
      await database.db.execute(sql`SELECT extract(epoch FROM processed_at - created_at) * 1000 AS ms FROM articles WHERE processed_at IS NOT NULL AND source NOT LIKE 'warmup/%'`),
    )
      .map((r) => Number(r.ms))
      .sort((x, y) => x - y);
    const words = sample.reduce((s, a) => s + a.words, 0);
    const result: RunResult = {
      processes,
      concurrency,
      articles: sample.length,
      words,
      seconds: round(seconds, 2),
      enqueue_seconds: round(enqueueSeconds, 2),
      articles_per_s: round(sample.length / seconds, 2),
      words_per_s: Math.round(words / seconds),
      p50_ms: Math.round(percentile(latencies, 50)),
      p95_ms: Math.round(percentile(latencies, 95)),
      max_ms: Math.round(latencies.at(-1) ?? NaN),
      worker_peak_rss_mb: children.map((c) => peakRssMb(c.pid) ?? -1),
      cores_busy: round(cpu / seconds, 2),
      worker_start_seconds: round(workerStart, 1),
      warmup_articles: warm.length,
    };
    log(`${label} done: ${result.articles_per_s} articles/s, ${result.words_per_s} words/s, p50 ${result.p50_ms} ms, p95 ${result.p95_ms} ms, peak RSS ${result.worker_peak_rss_mb.join('/')} MB, ${result.cores_busy} cores busy`);
    return result;
  } finally {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((r) => {
            if (c.exitCode !== null || c.signalCode !== null) return r();
            const t = setTimeout(() => c.kill('SIGKILL'), 20_000);
            c.once('exit', () => {
              clearTimeout(t);
              r();
            });
          }),
      ),
    );
    await Promise.allSettled([queue.close(), analyzeQueue.close(), persistQueue.close()]);
    connection.disconnect();
    await cleanupPrefix(prefix);
    await database.drop();
  }
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

function markdown(report: { articles: number; cpus: number; runs: RunResult[]; scaling: number | null; data: string; redis: string; postgres: string; date: string }): string {
  const one = report.runs.find((r) => r.processes === 1);
  const rows = report.runs.map(
    (r) =>
      `| ${r.processes} | ${r.concurrency} | ${r.articles} | ${r.seconds} | ${r.articles_per_s} | ${r.words_per_s} | ${r.p50_ms} | ${r.p95_ms} | ${r.worker_peak_rss_mb.join(' / ')} | ${r.cores_busy} |`,
  );
  return [
    `# Load test (${report.date})`,
    '',
    `${report.articles} articles from \`${report.data}\`, through \`newsflow worker\` processes on Redis ${report.redis} and PostgreSQL ${report.postgres}.`,
    'Latency is `processed_at − created_at` per article (enqueue to facts committed); all articles are enqueued at once, so it includes queueing.',
    'Each run starts after the workers are up and have processed a few warm-up articles (not counted).',
    '',
    '| worker processes | concurrency each | articles | seconds | articles/s | words/s | p50 ms | p95 ms | peak RSS MB per worker | cores busy |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    ...(report.scaling === null || !one
      ? []
      : [
          `Scaling ratio (2 processes ÷ 1 process throughput): **${report.scaling}**. One process kept ${one.cores_busy} of ${report.cpus} cores busy`,
          `(workers, PostgreSQL and Redis): more processes can add at most ${round(report.cpus / one.cores_busy, 2)}× on this machine.`,
          '',
        ]),
  ].join('\n');
}

async function main(): Promise<void> {
  const opts = new Command()
    .name('bench:load')
    .option('--articles <n>', 'articles per run', '10000')
    .option('--concurrency <n>', 'NEWSFLOW_CONCURRENCY of each worker process', '2')
    .option('--processes <list>', 'worker process counts to run, in order (comma-separated)', '1,2')
    .option('--timeout <s>', 'give up on a run after this many seconds', '3600')
    .parse(process.argv)
    .opts<{ articles: string; concurrency: string; processes: string; timeout: string }>();
  const n = Number(opts.articles);
  const concurrency = Number(opts.concurrency);
  const timeoutS = Number(opts.timeout);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--articles must be a positive integer, not ${opts.articles}`);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`--concurrency must be a positive integer`);
  const counts = opts.processes.split(',').map(Number);
  if (!counts.length || counts.some((c) => !Number.isInteger(c) || c < 1)) throw new Error(`--processes must list positive integers, not ${opts.processes}`);
  const sample = loadArticles(n);
  log(`bench:load: ${n} articles (${sample.reduce((s, a) => s + a.words, 0)} words) from ${DATA}`);
  const runs: RunResult[] = [];
  for (const processes of counts) runs.push(await run(sample, processes, concurrency, timeoutS));
  const one = runs.find((r) => r.processes === 1);
  const two = runs.find((r) => r.processes === 2);
  const scaling = one && two ? round(two.articles_per_s / one.articles_per_s, 2) : null;
  const report = {
    date: new Date().toISOString(),
    articles: n,
    cpus: cpus().length,
    data: DATA,
    redis: REDIS_URL,
    postgres: ADMIN_DATABASE_URL.replace(/\/\/[^@/]*@/, '//'),
    runs,
    scaling,
  };
  await mkdir(REPORTS, { recursive: true });
  await writeFile(join(REPORTS, 'load.json'), `${JSON.stringify(report, null, 2)}\n`);
  const md = markdown(report);
  await writeFile(join(REPORTS, 'load.md'), md);
  process.stdout.write(md);
  log(`wrote ${join(REPORTS, 'load.json')} and ${join(REPORTS, 'load.md')}`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    log(`bench:load failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  },
);
