/**
 * Analysis (CPU) and persistence (database) share one event loop. Without a bound, a full queue was
 * analysed long before its results were stored, and the persist queue held every analysis in Redis.
 * Here a full queue goes through real workers while the persist backlog is sampled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../cli/sources.js';
import { enqueueArticles, type EnqueueItem } from '../../workers/enqueue.js';
import { WorkerMetrics } from '../../workers/metrics.js';
import { PERSIST_BACKLOG_PER_SLOT } from '../../workers/queues.js';
import { processedCount, waitFor } from '../helpers/services.js';
import { startTestStack, TEST_CONCURRENCY, type TestStack } from '../helpers/stack.js';

const SEEDS = new URL('../../seeds', import.meta.url).pathname;
const BACKLOG_LIMIT = PERSIST_BACKLOG_PER_SLOT * TEST_CONCURRENCY;

/** `copies` of each seed, each with a line of its own, so its content hash differs and none is a duplicate. */
async function seedCopies(copies: number): Promise<EnqueueItem[]> {
  const seeds = await readSources([SEEDS]);
  return seeds.flatMap((seed) =>
    Array.from({ length: copies }, (_, copy) => {
      const raw = seed.raw as { text: string; source: string };
      return { origin: `${seed.origin}#${copy}`, raw: { text: `${raw.text}\n(copy ${copy})`, source: `${raw.source}#${copy}` } };
    }),
  );
}

describe('persist backlog under a full analyze queue', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });

  afterAll(async () => stack?.close());

  it('stays bounded while every article is stored', async () => {
    const items = await seedCopies(8);
    const summary = await enqueueArticles(items, { db: stack.database.db, queue: stack.queue });
    expect(summary.queued).toBe(items.length);

    const samples: number[] = [];
    const processed = async () => {
      samples.push(await stack.persistQueue.getWaitingCount());
      return (await processedCount(stack.database.db)) === items.length;
    };
    await waitFor(processed, 180_000, `${items.length} processed articles`);

    // Two slots can pass the check together at limit − 1 and each add one job.
    expect(Math.max(...samples)).toBeLessThanOrEqual(BACKLOG_LIMIT + TEST_CONCURRENCY - 1);
    expect(samples.length).toBeGreaterThan(10);
  });

  it('lets a shutdown finish the analyses that wait for the backlog', async () => {
    const metrics = new WorkerMetrics();
    const own = await startTestStack({ metrics });
    try {
      await own.workers!.persist.pause(); // nothing drains the backlog now
      await enqueueArticles(await seedCopies(4), { db: own.database.db, queue: own.queue });
      await waitFor(async () => (await own.persistQueue.getWaitingCount()) >= BACKLOG_LIMIT, 60_000, 'a full persist backlog');
      const closed = await Promise.race([
        own.workers!.close().then(() => true),
        new Promise<false>((r) => setTimeout(() => r(false), 15_000)),
      ]);
      expect(closed).toBe(true);
      // The analyses that were waiting finished and left their results to the persist queue.
      expect(await own.persistQueue.getWaitingCount()).toBeGreaterThan(BACKLOG_LIMIT);
      // Operations see the wait: every analysis is timed, and the ones held back add to the sum.
      const [wait] = (await metrics.backlogWaitSeconds.get()).values.filter((v) => v.metricName?.endsWith('_sum'));
      expect(wait?.value).toBeGreaterThan(0);
    } finally {
      await own.close();
    }
  });
});
