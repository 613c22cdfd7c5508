/**
 * Real services for integration tests: a fresh PostgreSQL database per test file (dropped after)
 * and a unique BullMQ prefix on the machine's Redis. Nothing is mocked.
 */
import { randomUUID } from 'node:crypto';
import type { Job, Queue } from 'bullmq';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseHandle } from '../../db/client.js';
import { articles } from '../../db/schema.js';
import { redisConnection } from '../../workers/queues.js';

export const ADMIN_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestDatabase extends DatabaseHandle {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `newsflow_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 10 });
  await handle.migrate();
  return {
    ...handle,
    url: url.toString(),
    async drop() {
      await handle.close();
      const c = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export function uniquePrefix(): string {
  return `test-${randomUUID()}`;
}

/** Removes every key under a BullMQ prefix. */
export async function cleanupPrefix(prefix: string): Promise<void> {
  const redis = redisConnection(REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** Articles whose facts are stored (status `processed`). */
export async function processedCount(db: Database): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(articles).where(eq(articles.status, 'processed'));
  return row?.n ?? 0;
}

/** Polls `check` until it returns a value, or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => Promise<T | undefined | null | false>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The job once it has failed for good, polled by state: waiting on QueueEvents can miss the event when
 * the stream's first read comes after it. A job that completes instead is an error at once.
 */
export async function failedJob(queue: Queue, id: string, timeoutMs = 30_000): Promise<Job> {
  await waitFor(async () => {
    const state = await queue.getJobState(id);
    if (state === 'completed') throw new Error(`job ${id} completed; it was expected to fail`);
    return state === 'failed';
  }, timeoutMs, `job ${id} to fail`);
  return (await queue.getJob(id))!;
}
