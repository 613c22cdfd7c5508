/**
 * Finding 1 of issue 20: an article of the largest accepted size with 9,000+ mentions (more rows than
 * one multi-row INSERT may bind: PostgreSQL takes 65,535 parameters per statement) is stored, while
 * other jobs run in the same worker; no job fails, stalls or loses its lock on the way.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles, mentions, numbers } from '../../db/schema.js';
import { MAX_TEXT_CHARS } from '../../workers/article-input.js';
import { enqueueArticles } from '../../workers/enqueue.js';
import { denseArticle } from '../helpers/long-article.js';
import { processedCount, waitFor } from '../helpers/services.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';

const SHORT = (i: number) =>
  `UzAuto Motors plans to build ${100 + i} electric buses in Tashkent by 2027, the ministry of Uzbekistan said on Monday (note ${i}).`;

describe('a maximum-size article among other jobs in one worker', () => {
  let stack: TestStack;
  const incidents: string[] = [];

  beforeAll(async () => {
    stack = await startTestStack();
    for (const worker of [stack.workers!.analyze, stack.workers!.persist]) {
      worker.on('failed', (job, err) => incidents.push(`${worker.name} ${job?.id} failed: ${err.message.slice(0, 200)}`));
      worker.on('stalled', (id) => incidents.push(`${worker.name} ${id} stalled`));
      worker.on('error', (err) => incidents.push(`${worker.name} error: ${err.message.slice(0, 200)}`));
    }
  });

  afterAll(async () => stack?.close());

  it('stores all of it, and every other job completes at its first attempt', { timeout: 600_000 }, async () => {
    const long = denseArticle();
    expect(long.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(long.length).toBeGreaterThan(MAX_TEXT_CHARS - 200);
    const items = [
      { origin: 'long', raw: { title: 'Meetings', text: long } },
      ...Array.from({ length: 8 }, (_, i) => ({ origin: `short ${i}`, raw: { text: SHORT(i) } })),
    ];
    const summary = await enqueueArticles(items, { db: stack.database.db, queue: stack.queue });
    expect(summary).toMatchObject({ queued: 9, rejected: [] });

    const db = stack.database.db;
    await waitFor(
      async () => {
        const [failed] = await db.select({ n: sql<number>`count(*)::int` }).from(articles).where(eq(articles.status, 'failed'));
        if (failed?.n) throw new Error(`an article failed: ${incidents.join('; ')}`);
        return (await processedCount(db)) === 9;
      },
      540_000,
      'nine processed articles',
    );

    const longId = summary.articleIds[0]!;
    const [m] = await db.select({ n: sql<number>`count(*)::int` }).from(mentions).where(eq(mentions.articleId, longId));
    const [n] = await db.select({ n: sql<number>`count(*)::int` }).from(numbers).where(eq(numbers.articleId, longId));
    expect(m!.n).toBeGreaterThanOrEqual(9_000);
    expect(n!.n).toBeGreaterThan(4_000);
    const [row] = await db.select({ error: articles.error }).from(articles).where(eq(articles.id, longId));
    expect(row!.error).toBeNull();
    expect(incidents).toEqual([]);
  });
});
