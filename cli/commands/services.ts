/** `newsflow enqueue`, `worker` and `board`: the production path on Redis + PostgreSQL, or embedded. */
import { setFlagsFromString } from 'node:v8';
import { Queue } from 'bullmq';
import type { Config } from '../../workers/config.js';
import { AnalysisThread } from '../../workers/analyzer.js';
import { isLoopback } from '../../workers/auth.js';
import { QUEUES } from '../../workers/jobs.js';
import { WorkerMetrics } from '../../workers/metrics.js';
import { buildServer } from '../../workers/server.js';
import { createLogger } from '../../workers/logger.js';
import { InlineQueue, type ArticleQueue } from '../../workers/article-queue.js';
import { BullArticleQueue, redisConnection, startWorkers } from '../../workers/queues.js';
import { databaseTarget, describeTarget, openMigratedDatabase, sharedNerModel } from '../runtime.js';
import { ingestPaths, printSummary } from './ingest.js';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = this.constructor.name;
  }
}

export async function enqueue(config: Config, paths: string[]): Promise<void> {
  const handle = await openMigratedDatabase(databaseTarget(config));
  const connection = config.REDIS_URL ? redisConnection(config.REDIS_URL) : null;
  let queue: ArticleQueue | null = null;
  try {
    queue = connection
      ? new BullArticleQueue(connection, config.NEWSFLOW_QUEUE_PREFIX)
      : new InlineQueue({ db: handle.db, ner: await sharedNerModel() });
    const summary = await ingestPaths(paths, { db: handle.db, queue }, connection ? 'queueing' : 'analysing');
    printSummary(summary);
    if (queue instanceof InlineQueue) {
      const failed = queue.outcomes.filter((o) => o.status === 'failed');
      process.stdout.write(`processed in-process (no REDIS_URL): ${queue.outcomes.length - failed.length} ok, ${failed.length} failed\n`);
      for (const f of failed) process.stdout.write(`  failed article ${f.articleId}: ${'error' in f ? f.error : ''}\n`);
    }
    if (summary.rejected.length) process.exitCode = 2;
    else if (summary.failed.length) process.exitCode = 1;
  } finally {
    await queue?.close();
    connection?.disconnect();
    await handle.close();
  }
}

/**
 * How far V8 lets the old generation grow past the live heap before its next full GC. By default it
 * grows by up to 4×: a worker promotes garbage fast (each job's analysis lives across awaits), so under
 * a full queue the heap swelled to ~400 MB around ~120 MB of live data and the process peaked at
 * 590–650 MB RSS. At 30 % it peaked at 424 MB with the same throughput (`npm run bench:load`, one
 * process, 2 jobs at a time). Unlike --max-old-space-size this is no hard limit: a large article still
 * gets the heap it needs.
 */
const WORKER_HEAP_GROWING_PERCENT = 30;

export async function worker(config: Config): Promise<void> {
  if (!config.REDIS_URL) {
    throw new UsageError('newsflow worker needs REDIS_URL (embedded mode has no separate workers: `newsflow enqueue` processes in-process)');
  }
  setFlagsFromString(`--heap-growing-percent=${WORKER_HEAP_GROWING_PERCENT}`);
  const log = createLogger(config.LOG_LEVEL);
  const target = databaseTarget(config);
  const handle = await openMigratedDatabase(target);
  // Analyses run on a worker thread: this event loop stays free to renew job locks and store articles.
  const analyzer = new AnalysisThread();
  await analyzer.ready();
  const connection = redisConnection(config.REDIS_URL);
  const metrics = new WorkerMetrics();
  const metricsServer = config.NEWSFLOW_METRICS_PORT
    ? metrics.serve(config.NEWSFLOW_METRICS_PORT, { host: config.NEWSFLOW_HOST, token: config.NEWSFLOW_API_TOKEN })
    : null;
  if (metricsServer && !config.NEWSFLOW_API_TOKEN && !isLoopback(config.NEWSFLOW_HOST)) {
    log.warn({ host: config.NEWSFLOW_HOST }, 'metrics listen on 127.0.0.1 only: set NEWSFLOW_API_TOKEN to serve them on NEWSFLOW_HOST');
  }
  const workers = startWorkers({
    connection,
    prefix: config.NEWSFLOW_QUEUE_PREFIX,
    concurrency: config.NEWSFLOW_CONCURRENCY,
    deps: { db: handle.db, analyzer },
    log,
    metrics,
  });
  log.info({ database: describeTarget(target), concurrency: config.NEWSFLOW_CONCURRENCY, prefix: config.NEWSFLOW_QUEUE_PREFIX }, 'workers started');
  await new Promise<void>((resolveStop) => {
    const stop = (signal: string) => {
      log.info({ signal }, 'shutting down: finishing active jobs');
      resolveStop();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await workers.close();
  await analyzer.close();
  metricsServer?.close();
  connection.disconnect();
  await handle.close();
  log.info('workers stopped');
}

export async function board(config: Config): Promise<void> {
  if (!config.REDIS_URL) throw new UsageError('newsflow board needs REDIS_URL (the board shows BullMQ queues)');
  const log = createLogger(config.LOG_LEVEL);
  const handle = await openMigratedDatabase(databaseTarget(config));
  const connection = redisConnection(config.REDIS_URL);
  const queue = new BullArticleQueue(connection, config.NEWSFLOW_QUEUE_PREFIX);
  const persistQueue = new Queue(QUEUES.persist, { connection, prefix: config.NEWSFLOW_QUEUE_PREFIX });
  const app = await buildServer({
    db: handle.db,
    connection,
    queue,
    persistQueue,
    token: config.NEWSFLOW_API_TOKEN,
    host: config.NEWSFLOW_HOST,
    log,
  });
  await app.listen({ host: config.NEWSFLOW_HOST, port: config.NEWSFLOW_PORT });
  if (!config.NEWSFLOW_API_TOKEN) log.warn('NEWSFLOW_API_TOKEN is not set: the API and board are open to local users');
  await new Promise<void>((resolveStop) => {
    process.once('SIGINT', () => resolveStop());
    process.once('SIGTERM', () => resolveStop());
  });
  await app.close();
  await Promise.all([queue.close(), persistQueue.close()]);
  connection.disconnect();
  await handle.close();
}
