/**
 * The whole flow on the machine's real Redis and PostgreSQL: the five seeds enqueued through
 * BullMQ, processed by real workers, and checked row by row.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { asc, eq, sql } from 'drizzle-orm';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../cli/sources.js';
import { articles, events, mentions, numbers } from '../../db/schema.js';
import { enqueueArticles } from '../../workers/enqueue.js';
import { QUEUES } from '../../workers/jobs.js';
import type { BullArticleQueue } from '../../workers/queues.js';
import { failedJob, processedCount, waitFor, type TestDatabase } from '../helpers/services.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';

const SEEDS = new URL('../../seeds', import.meta.url).pathname;

describe('seeds through BullMQ workers into PostgreSQL', () => {
  let stack: TestStack;
  let database: TestDatabase;
  let connection: Redis;
  let queue: BullArticleQueue;
  let prefix: string;

  beforeAll(async () => {
    stack = await startTestStack();
    ({ database, connection, queue, prefix } = stack);
  });

  afterAll(async () => stack?.close());

  it('stores five articles with languages and facts whose offsets slice to their text', async () => {
    const summary = await enqueueArticles(await readSources([SEEDS]), { db: database.db, queue });
    expect(summary).toMatchObject({ queued: 5, duplicates: 0, rejected: [] });
    await waitFor(async () => (await processedCount(database.db)) === 5, 120_000, 'five processed articles');

    const rows = await database.db.select().from(articles).orderBy(asc(articles.source));
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => [r.source?.split('/').pop()?.slice(0, 3), r.language])).toEqual([
      ['000', 'eng'],
      ['001', 'eng'],
      ['002', 'eng'],
      ['003', 'deu'],
      ['004', 'eng'],
    ]);
    for (const article of rows) {
      expect(article.processedAt).not.toBeNull();
      expect(article.pipelineVersion).toBeTruthy();
      const ms = await database.db.select().from(mentions).where(eq(mentions.articleId, article.id));
      const ns = await database.db.select().from(numbers).where(eq(numbers.articleId, article.id));
      expect(ms.length).toBeGreaterThan(5);
      expect(ns.length).toBeGreaterThan(3);
      for (const f of [...ms, ...ns]) expect(article.text.slice(f.startOffset, f.endOffset)).toBe(f.text);
      for (const m of ms) expect(m.entityId).not.toBeNull();
    }
    const evidence = await database.db.select().from(events);
    for (const e of evidence) {
      const text = rows.find((r) => r.id === e.articleId)!.text;
      expect(text.slice(e.evidenceStart, e.evidenceEnd)).toBe(e.evidenceText);
    }
  });

  it('adds nothing when the same files are enqueued again', async () => {
    const before = await database.db.select({ n: sql<number>`count(*)::int` }).from(mentions);
    const summary = await enqueueArticles(await readSources([SEEDS]), { db: database.db, queue });
    expect(summary).toMatchObject({ queued: 0, duplicates: 5, rejected: [] });
    const counts = await queue.queue.getJobCounts('waiting', 'active', 'delayed');
    expect(counts).toEqual({ waiting: 0, active: 0, delayed: 0 });
    const [n] = await database.db.select({ n: sql<number>`count(*)::int` }).from(articles);
    expect(n?.n).toBe(5);
    const after = await database.db.select({ n: sql<number>`count(*)::int` }).from(mentions);
    expect(after).toEqual(before);
  });

  it('refuses each bad input with a reason and still takes the good one in the same batch', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsflow-bad-'));
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'blank.txt'), '   \n\t\n');
    await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x48, 0x61, 0x6c, 0x6c, 0xf6, 0x20, 0xff, 0xfe]));
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41, 0x42]));
    await writeFile(join(dir, 'huge.txt'), `Huge\n${'word '.repeat(2_100_000)}`);
    await writeFile(join(dir, 'page.txt'), '<html><body><p>Breaking news</p></body></html>');
    await writeFile(
      join(dir, 'feed.jsonl'),
      [
        '{"title": "Good", "text": "Tashkent plans to build 500 electric buses by 2027, the ministry said."}',
        '{"title": "broken", "text": ',
        '{"title": "no text"}',
        '{"text": 42}',
        '{"text": "Some text", "url": "javascript:alert(1)"}',
      ].join('\n'),
    );
    const summary = await enqueueArticles(await readSources([dir]), { db: database.db, queue });
    const reasons = Object.fromEntries(summary.rejected.map((r) => [r.origin.replace(`${dir}/`, ''), r.reason]));
    expect(summary.queued).toBe(1);
    expect(reasons).toEqual({
      'binary.txt': 'text holds NUL bytes: binary data, not text',
      'blank.txt': 'text is empty',
      'empty.txt': 'text is empty',
      'feed.jsonl:2': expect.stringMatching(/^invalid JSON/),
      'feed.jsonl:3': expect.stringMatching(/^text /),
      'feed.jsonl:4': expect.stringMatching(/^text /),
      'feed.jsonl:5': expect.stringMatching(/^url /),
      'huge.txt': 'text is longer than 200,000 characters',
      'latin1.txt': 'not valid UTF-8 text',
      'page.txt': 'text looks like HTML markup: send the article as plain text',
    });
    await waitFor(async () => (await processedCount(database.db)) === 6, 60_000, 'the good article processed');
  });

  it('fails a malformed job payload at once, without retries, and keeps it inspectable', async () => {
    const raw = new Queue(QUEUES.analyze, { connection, prefix });
    try {
      const job = await raw.add('analyze', { articleId: 'not-a-number' }, { attempts: 5, backoff: { type: 'fixed', delay: 10 } });
      // A retried job would only fail for good after five attempts, so attemptsMade tells.
      const failed = await failedJob(raw, job.id!);
      expect(failed.attemptsMade).toBe(1);
      expect(failed.failedReason).toMatch(/invalid analyze payload: articleId/);
    } finally {
      await raw.close();
    }
  });
});
