/**
 * Where analyze jobs go on Redis: BullMQ queues and workers. Producers only see `ArticleQueue`
 * (./article-queue.ts, with the in-process runner of embedded mode, which loads no BullMQ).
 */
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { markArticleFailed } from '../db/repositories/articles.js';
import { BadInputError } from '../pipeline/errors.js';
import { DEFAULT_JOB_OPTIONS, jobId, QUEUES, type JobPayloads } from './jobs.js';
import type { Logger } from './logger.js';
import type { WorkerMetrics } from './metrics.js';
import type { ArticleQueue } from './article-queue.js';
import { parsePayload, processAnalyze, processPersist, type ProcessorDeps } from './processors.js';

/** A processor whose bad-input failures are BullMQ's `UnrecoverableError`: failed at once, never retried. */
function unrecoverableOnBadInput<T>(process: (job: Job) => Promise<T>): (job: Job) => Promise<T> {
  return async (job) => {
    try {
      return await process(job);
    } catch (err) {
      if (err instanceof BadInputError) throw new UnrecoverableError(err.message);
      throw err;
    }
  };
}

/** A Redis connection as BullMQ wants it (blocking commands must not time out). */
export function redisConnection(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true });
}

export class BullArticleQueue implements ArticleQueue {
  readonly kind = 'bullmq';
  readonly queue: Queue<JobPayloads['analyze']>;

  constructor(connection: Redis, prefix: string) {
    this.queue = new Queue(QUEUES.analyze, { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
  }

  async add(payloads: JobPayloads['analyze'][]): Promise<void> {
    if (!payloads.length) return;
    await this.queue.addBulk(
      payloads.map((data) => ({
        name: QUEUES.analyze,
        data,
        // A forced reprocess must not collide with the retained job of the first run.
        opts: { jobId: data.force ? `${jobId.analyze(data)}-r${Date.now()}` : jobId.analyze(data) },
      })),
    );
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}

export interface RunningWorkers {
  analyze: Worker;
  persist: Worker;
  close(): Promise<void>;
}

/**
 * Persist jobs allowed to wait, per analyze slot, before a new analysis starts. Analysis is CPU-bound
 * and persistence waits on the database: sharing one event loop, analyses ran ~30 articles/s ahead
 * while each persist job waited for turns (1.5 articles/s stored), so a full queue was analysed
 * before almost anything was stored. With the backlog bounded, both stages advance together.
 */
export const PERSIST_BACKLOG_PER_SLOT = 4;
const BACKLOG_POLL_MS = 50;

/**
 * Resolves once fewer than `limit` persist jobs are waiting (in this process or any other), or once
 * `worker` is closing: a shutdown finishes its active analyses without waiting for persist workers.
 */
async function persistBacklogBelow(queue: Queue, limit: number, worker: Worker): Promise<void> {
  while (!worker.closing && (await queue.getWaitingCount()) >= limit) {
    await new Promise((r) => setTimeout(r, BACKLOG_POLL_MS));
  }
}

/**
 * Starts one BullMQ worker per queue. An analysis starts only while the persist backlog is below
 * `PERSIST_BACKLOG_PER_SLOT × concurrency`. Final failures are written to the article row.
 */
export function startWorkers(opts: {
  connection: Redis;
  prefix: string;
  concurrency: number;
  deps: ProcessorDeps;
  log: Logger;
  metrics?: WorkerMetrics;
}): RunningWorkers {
  const { connection, prefix, concurrency, deps, log, metrics } = opts;
  const persistQueue = new Queue<JobPayloads['persist']>(QUEUES.persist, {
    connection,
    prefix,
    defaultJobOptions: DEFAULT_JOB_OPTIONS,
  });

  const analyze = new Worker(
    QUEUES.analyze,
    unrecoverableOnBadInput(async (job: Job) => {
      const payload = parsePayload('analyze', job.data);
      const waitStart = performance.now();
      await persistBacklogBelow(persistQueue, PERSIST_BACKLOG_PER_SLOT * concurrency, analyze);
      metrics?.backlogWaitSeconds.observe((performance.now() - waitStart) / 1000);
      const outcome = await processAnalyze(payload, deps);
      if (outcome.status === 'skipped') return outcome;
      for (const [stage, ms] of Object.entries(outcome.persist.analysis.stageMs)) {
        metrics?.stageSeconds.observe({ stage }, ms / 1000);
      }
      const persistId = payload.force
        ? `${jobId.persist(outcome.persist)}-r${job.timestamp}`
        : jobId.persist(outcome.persist);
      await persistQueue.add(QUEUES.persist, outcome.persist, { jobId: persistId });
      return { status: 'analyzed', persistJobId: persistId };
    }),
    { connection, prefix, concurrency },
  );
  const persist = new Worker(
    QUEUES.persist,
    unrecoverableOnBadInput(async (job: Job) => processPersist(parsePayload('persist', job.data), deps)),
    { connection, prefix, concurrency },
  );

  for (const worker of [analyze, persist]) {
    const observe = (job: Job | undefined, outcome: string) => {
      metrics?.jobs.inc({ queue: worker.name, outcome });
      if (job?.processedOn && job.finishedOn) {
        metrics?.jobSeconds.observe({ queue: worker.name }, (job.finishedOn - job.processedOn) / 1000);
      }
    };
    worker.on('completed', (job) => {
      observe(job, 'completed');
      log.info({ queue: worker.name, jobId: job.id, articleId: job.data?.articleId }, 'job completed');
    });
    worker.on('failed', (job, err) => {
      observe(job, 'failed');
      const final = !job || job.attemptsMade >= (job.opts.attempts ?? 1) || err.name === 'BadInputError' || err.name === 'UnrecoverableError';
      log.warn({ queue: worker.name, jobId: job?.id, articleId: job?.data?.articleId, err: err.message, final }, 'job failed');
      const articleId = Number(job?.data?.articleId);
      const contentHash: unknown = job?.data?.contentHash;
      // A malformed payload says nothing about the article it names: only a job for its text marks it.
      if (final && Number.isInteger(articleId) && articleId > 0 && typeof contentHash === 'string') {
        markArticleFailed(deps.db, articleId, `${worker.name}: ${err.message}`, contentHash).catch((e: unknown) =>
          log.error({ articleId, err: String(e) }, 'could not record failure'),
        );
      }
    });
    worker.on('error', (err) => log.error({ queue: worker.name, err: err.message }, 'worker error'));
  }

  return {
    analyze,
    persist,
    async close() {
      await Promise.all([analyze.close(), persist.close()]);
      await persistQueue.close();
    },
  };
}
