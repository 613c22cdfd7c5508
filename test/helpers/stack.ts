/**
 * One integration test file's stack on the machine's real services: a fresh database, a unique
 * BullMQ prefix, the article queue, a handle on the persist queue and, unless told otherwise, real
 * analyze + persist workers in this process. `close()` stops and removes all of it.
 */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { AnalysisThread } from '../../workers/analyzer.js';
import { QUEUES } from '../../workers/jobs.js';
import { createLogger, type Logger } from '../../workers/logger.js';
import type { WorkerMetrics } from '../../workers/metrics.js';
import { BullArticleQueue, redisConnection, startWorkers, type RunningWorkers } from '../../workers/queues.js';
import { cleanupPrefix, createTestDatabase, REDIS_URL, uniquePrefix, type TestDatabase } from './services.js';

/** Jobs at a time per queue in the test stack's workers. */
export const TEST_CONCURRENCY = 2;

export interface TestStack {
  database: TestDatabase;
  connection: Redis;
  prefix: string;
  queue: BullArticleQueue;
  persistQueue: Queue;
  /** Null when started with `{ workers: false }`. */
  workers: RunningWorkers | null;
  close(): Promise<void>;
}

export async function startTestStack(opts: { workers?: boolean; metrics?: WorkerMetrics; log?: Logger } = {}): Promise<TestStack> {
  const database = await createTestDatabase();
  const connection = redisConnection(REDIS_URL);
  const prefix = uniquePrefix();
  const queue = new BullArticleQueue(connection, prefix);
  const persistQueue = new Queue(QUEUES.persist, { connection, prefix });
  const analyzer = opts.workers === false ? null : new AnalysisThread();
  const workers =
    analyzer === null
      ? null
      : startWorkers({
          connection,
          prefix,
          concurrency: TEST_CONCURRENCY,
          deps: { db: database.db, analyzer },
          log: opts.log ?? createLogger('silent'),
          ...(opts.metrics ? { metrics: opts.metrics } : {}),
        });
  return {
    database,
    connection,
    prefix,
    queue,
    persistQueue,
    workers,
    async close() {
      await workers?.close();
      await analyzer?.close();
      await queue.close();
      await persistQueue.close();
      connection.disconnect();
      await cleanupPrefix(prefix);
      await database.drop();
    },
  };
}
