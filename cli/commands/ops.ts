/** `newsflow failed …` and `newsflow reprocess`: acting on failures and on new pipeline versions. */
import { Queue } from 'bullmq';
import { listArticlesForReprocess } from '../../db/repositories/articles.js';
import { PIPELINE_VERSION } from '../../pipeline/version.js';
import type { Config } from '../../workers/config.js';
import { QUEUES, type QueueName } from '../../workers/jobs.js';
import { InlineQueue, type ArticleQueue } from '../../workers/article-queue.js';
import { BullArticleQueue, redisConnection } from '../../workers/queues.js';
import { databaseTarget, openMigratedDatabase, sharedNerModel } from '../runtime.js';
import { formatTable, truncate } from '../table.js';
import { UsageError } from './services.js';

async function withQueues<T>(config: Config, fn: (queues: Queue[]) => Promise<T>): Promise<T> {
  if (!config.REDIS_URL) throw new UsageError('failed jobs live in Redis: set REDIS_URL');
  const connection = redisConnection(config.REDIS_URL);
  const queues = (Object.values(QUEUES) as QueueName[]).map((name) => new Queue(name, { connection, prefix: config.NEWSFLOW_QUEUE_PREFIX }));
  try {
    return await fn(queues);
  } finally {
    await Promise.all(queues.map((q) => q.close()));
    connection.disconnect();
  }
}

export async function failedList(config: Config, opts: { json?: boolean }): Promise<void> {
  await withQueues(config, async (queues) => {
    const rows = [];
    for (const q of queues) {
      for (const job of await q.getFailed(0, 999)) {
        rows.push({
          queue: q.name,
          jobId: job.id ?? '',
          articleId: (job.data as { articleId?: unknown })?.articleId ?? null,
          attempts: job.attemptsMade,
          failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
          reason: job.failedReason,
        });
      }
    }
    if (opts.json) return void process.stdout.write(`${JSON.stringify(rows, null, 1)}\n`);
    process.stdout.write(
      `${formatTable(['queue', 'job', 'article', 'attempts', 'failed at', 'reason'], rows.map((r) => [r.queue, truncate(r.jobId, 40), String(r.articleId), r.attempts, r.failedAt, truncate(r.reason ?? '', 80)]))}\n${rows.length} failed job(s)\n`,
    );
  });
}

export async function failedRetry(config: Config, jobIds: string[], opts: { all?: boolean }): Promise<void> {
  if (!jobIds.length && !opts.all) throw new UsageError('name job ids, or --all');
  await withQueues(config, async (queues) => {
    let retried = 0;
    for (const q of queues) {
      const jobs = opts.all ? await q.getFailed(0, -1) : (await Promise.all(jobIds.map((id) => q.getJob(id)))).filter((j) => j !== undefined);
      for (const job of jobs) {
        if ((await job.getState()) !== 'failed') continue;
        await job.retry('failed');
        retried += 1;
      }
    }
    process.stdout.write(`retried ${retried} job(s)\n`);
  });
}

export async function failedPurge(config: Config, opts: { olderThan?: string }): Promise<void> {
  const graceMs = opts.olderThan ? Number(opts.olderThan) * 3600_000 : 0;
  if (!Number.isFinite(graceMs) || graceMs < 0) throw new UsageError(`--older-than takes a number of hours, not ${JSON.stringify(opts.olderThan)}`);
  await withQueues(config, async (queues) => {
    let removed = 0;
    for (const q of queues) removed += (await q.clean(graceMs, 0, 'failed')).length;
    process.stdout.write(`removed ${removed} failed job(s)\n`);
  });
}

/** Queues stored articles again; their facts are replaced atomically by the persist stage. */
export async function reprocess(config: Config, opts: { all?: boolean; ids?: number[] }): Promise<void> {
  const handle = await openMigratedDatabase(databaseTarget(config));
  const connection = config.REDIS_URL ? redisConnection(config.REDIS_URL) : null;
  let queue: ArticleQueue | null = null;
  try {
    const targets = await listArticlesForReprocess(handle.db, {
      // Named ids are reprocessed even when current; otherwise only outdated articles, unless --all.
      ...(opts.all || opts.ids?.length ? {} : { onlyOutdated: PIPELINE_VERSION }),
      ...(opts.ids?.length ? { ids: opts.ids } : {}),
    });
    queue = connection
      ? new BullArticleQueue(connection, config.NEWSFLOW_QUEUE_PREFIX)
      : new InlineQueue({ db: handle.db, ner: await sharedNerModel() });
    await queue.add(targets.map((t) => ({ articleId: t.id, contentHash: t.contentHash, force: true })));
    process.stdout.write(`${connection ? 'queued' : 'reprocessed'} ${targets.length} article(s) for pipeline ${PIPELINE_VERSION}\n`);
  } finally {
    await queue?.close();
    connection?.disconnect();
    await handle.close();
  }
}
