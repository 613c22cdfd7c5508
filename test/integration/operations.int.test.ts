/**
 * The operator's and analyst's commands on the machine's real Redis and PostgreSQL, run as the
 * real `newsflow` CLI in child processes: `failed list|retry|purge` on jobs that really failed in
 * real BullMQ workers, `reprocess` replacing one article's facts, and `query events|entity` over
 * the processed seeds. Nothing is mocked.
 */
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../cli/sources.js';
import { insertArticle } from '../../db/repositories/articles.js';
import type { EventSummaryRow } from '../../db/repositories/queries.js';
import { articles, entities, entityAliases, eventParticipants, events, mentions, mergeDecisions, numbers } from '../../db/schema.js';
import { PIPELINE_VERSION } from '../../pipeline/analyze.js';
import { parseArticleInput } from '../../workers/article-input.js';
import { enqueueArticles } from '../../workers/enqueue.js';
import { QUEUES } from '../../workers/jobs.js';
import type { BullArticleQueue, RunningWorkers } from '../../workers/queues.js';
import { processedCount, waitFor, type TestDatabase } from '../helpers/services.js';
import { runNewsflow, type CliRun } from '../helpers/cli.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('newsflow failed / reprocess / query on real Redis and PostgreSQL', () => {
  let stack: TestStack;
  let database: TestDatabase;
  let queue: BullArticleQueue;
  let workers: RunningWorkers;
  let analyzeQueue: Queue;
  let persistQueue: Queue;
  let prefix: string;
  const startedAt = Date.now();
  /** Seed file prefix (000…004) → article id. */
  const seedIds = new Map<string, number>();

  /** `newsflow ARGS…` as a child process on this file's database and queue prefix. */
  const newsflow = (...args: string[]): Promise<CliRun> => runNewsflow(args, { databaseUrl: database.url, prefix });

  /** Runs a command that must succeed; its stderr is shown when it does not. */
  const ok = async (...args: string[]): Promise<string> => {
    const run = await newsflow(...args);
    expect(run.code, `newsflow ${args.join(' ')}\n${run.stderr}`).toBe(0);
    return run.stdout;
  };
  const json = async <T>(...args: string[]): Promise<T> => JSON.parse(await ok(...args, '--json')) as T;

  const stateOf = async (q: Queue, id: string) => (await q.getJob(id))?.getState();

  beforeAll(async () => {
    stack = await startTestStack();
    ({ database, queue, persistQueue, prefix } = stack);
    workers = stack.workers!;
    analyzeQueue = new Queue(QUEUES.analyze, { connection: stack.connection, prefix });
    const summary = await enqueueArticles(await readSources([SEEDS]), { db: database.db, queue });
    expect(summary).toMatchObject({ queued: 5, duplicates: 0, rejected: [] });
    await waitFor(async () => (await processedCount(database.db)) === 5, 90_000, 'five processed seed articles');
    for (const a of await database.db.select({ id: articles.id, source: articles.source }).from(articles)) {
      seedIds.set(a.source!.split('/').pop()!.slice(0, 3), a.id);
    }
  });

  afterAll(async () => {
    await analyzeQueue?.close();
    await stack?.close();
  });

  describe('newsflow failed list | retry | purge', () => {
    const MALFORMED = 'malformed-1';
    let missingArticleJob = '';
    let missingArticle: typeof articles.$inferSelect;

    it('lists jobs that really failed in the workers, with their reasons (table and --json)', async () => {
      // A payload the analyze worker refuses (UnrecoverableError: no retries despite attempts: 5).
      await analyzeQueue.add(QUEUES.analyze, { articleId: 'not-a-number' }, { jobId: MALFORMED, attempts: 5, backoff: { type: 'fixed', delay: 10 } });
      // A well-formed job for an article that is not in the database (stored, then removed: as after a restore).
      const parsed = parseArticleInput({ title: 'Buses', text: 'Tashkent plans to build 500 electric buses by 2027, the ministry said.' });
      if (!parsed.ok) throw new Error(parsed.reason);
      const stored = await insertArticle(database.db, parsed.article);
      missingArticle = (await database.db.select().from(articles).where(eq(articles.id, stored.id)))[0]!;
      await database.db.delete(articles).where(eq(articles.id, stored.id));
      const job = await analyzeQueue.add(
        QUEUES.analyze,
        { articleId: stored.id, contentHash: stored.contentHash },
        { attempts: 5, backoff: { type: 'fixed', delay: 10 } },
      );
      missingArticleJob = job.id!;
      await waitFor(async () => (await analyzeQueue.getFailedCount()) === 2, 30_000, 'both jobs failed');

      const table = await ok('failed', 'list');
      const lines = table.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^queue\s+job\s+article\s+attempts\s+failed at\s+reason$/);
      expect(lines.at(-1)).toBe('2 failed job(s)');
      expect(table).toMatch(new RegExp(`^analyze +${MALFORMED} +not-a-number +1 +\\S+Z +invalid analyze payload: articleId `, 'm'));
      expect(table).toMatch(
        new RegExp(`^analyze +${missingArticleJob} +${stored.id} +1 +\\S+Z +article ${stored.id} does not exist$`, 'm'),
      );

      type Row = { queue: string; jobId: string; articleId: unknown; attempts: number; failedAt: string; reason: string };
      const rows = (await json<Row[]>('failed', 'list')).sort((a, b) => (a.jobId === MALFORMED ? -1 : b.jobId === MALFORMED ? 1 : 0));
      expect(rows).toEqual([
        {
          queue: 'analyze',
          jobId: MALFORMED,
          articleId: 'not-a-number',
          attempts: 1,
          failedAt: expect.stringMatching(ISO_TIME),
          reason: expect.stringMatching(/^invalid analyze payload: articleId .*number/),
        },
        {
          queue: 'analyze',
          jobId: missingArticleJob,
          articleId: stored.id,
          attempts: 1,
          failedAt: expect.stringMatching(ISO_TIME),
          reason: `article ${stored.id} does not exist`,
        },
      ]);
      for (const r of rows) {
        expect(Date.parse(r.failedAt)).toBeGreaterThanOrEqual(startedAt);
        expect(Date.parse(r.failedAt)).toBeLessThanOrEqual(Date.now());
      }
    });

    it('retry <id> moves only that job back to waiting; once its article is back it completes', async () => {
      // The operator restores the missing article, then retries its job.
      // (ids are GENERATED ALWAYS: a restore puts the row back under its own id)
      await database.db.execute(sql`
        INSERT INTO articles (id, content_hash, title, text, status)
        OVERRIDING SYSTEM VALUE
        VALUES (${missingArticle.id}, ${missingArticle.contentHash}, ${missingArticle.title}, ${missingArticle.text}, 'queued')`);
      await workers.analyze.pause();
      try {
        expect(await ok('failed', 'retry', missingArticleJob)).toBe('retried 1 job(s)\n');
        expect(await stateOf(analyzeQueue, missingArticleJob)).toBe('waiting');
        expect(await stateOf(analyzeQueue, MALFORMED)).toBe('failed');
        expect((await analyzeQueue.getFailed()).map((j) => j.id)).toEqual([MALFORMED]);
      } finally {
        workers.analyze.resume();
      }
      await waitFor(async () => (await stateOf(analyzeQueue, missingArticleJob)) === 'completed', 30_000, 'retried job completed');
      const [article] = await waitFor(
        async () => {
          const rows = await database.db.select().from(articles).where(and(eq(articles.id, missingArticle.id), eq(articles.status, 'processed')));
          return rows.length ? rows : null;
        },
        30_000,
        'the restored article processed',
      );
      expect(article!.error).toBeNull();
      const ms = await database.db.select().from(mentions).where(eq(mentions.articleId, missingArticle.id));
      expect(ms.map((m) => m.text)).toContain('Tashkent');
      // A completed job is not retried again; unknown ids are skipped.
      expect(await ok('failed', 'retry', missingArticleJob, 'no-such-job')).toBe('retried 0 job(s)\n');
      expect(await stateOf(analyzeQueue, missingArticleJob)).toBe('completed');
    });

    it('retry without ids or --all is a usage error (exit 2)', async () => {
      const run = await newsflow('failed', 'retry');
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('newsflow: name job ids, or --all\n');
      expect(await stateOf(analyzeQueue, MALFORMED)).toBe('failed');
    });

    it('retry --all re-runs every failed job: the malformed one fails again, a second attempt', async () => {
      await workers.analyze.pause();
      try {
        expect(await ok('failed', 'retry', '--all')).toBe('retried 1 job(s)\n');
        expect(await stateOf(analyzeQueue, MALFORMED)).toBe('waiting');
        expect(await analyzeQueue.getFailedCount()).toBe(0);
        expect(await ok('failed', 'list')).toMatch(/\n0 failed job\(s\)\n$/);
      } finally {
        workers.analyze.resume();
      }
      await waitFor(async () => (await stateOf(analyzeQueue, MALFORMED)) === 'failed', 30_000, 'malformed job failed again');
      const job = await analyzeQueue.getJob(MALFORMED);
      expect(job?.attemptsMade).toBe(2);
      expect(job?.failedReason).toMatch(/^invalid analyze payload: articleId /);
    });

    it('purge --older-than keeps recent failures; purge empties the failed sets of both queues', async () => {
      const bad = await persistQueue.add(QUEUES.persist, { articleId: 1 }, { attempts: 3 });
      await waitFor(async () => (await stateOf(persistQueue, bad.id!)) === 'failed', 30_000, 'bad persist job failed');
      const listed = await json<Array<{ queue: string; jobId: string; reason: string }>>('failed', 'list');
      expect(listed.map((r) => [r.queue, r.jobId]).sort()).toEqual([
        ['analyze', MALFORMED],
        ['persist', bad.id],
      ]);
      expect(listed.find((r) => r.queue === 'persist')?.reason).toMatch(/^invalid persist payload: contentHash /);

      const typo = await newsflow('failed', 'purge', '--older-than', 'abc');
      expect(typo).toEqual({ code: 2, stdout: '', stderr: 'newsflow: --older-than takes a number of hours, not "abc"\n' });
      expect(await ok('failed', 'purge', '--older-than', '1')).toBe('removed 0 failed job(s)\n');
      expect((await analyzeQueue.getFailedCount()) + (await persistQueue.getFailedCount())).toBe(2);

      expect(await ok('failed', 'purge')).toBe('removed 2 failed job(s)\n');
      expect(await analyzeQueue.getFailedCount()).toBe(0);
      expect(await persistQueue.getFailedCount()).toBe(0);
      expect(await analyzeQueue.getJob(MALFORMED)).toBeUndefined();
      expect(await persistQueue.getJob(bad.id!)).toBeUndefined();
      // Completed jobs are not touched by purge.
      expect(await stateOf(analyzeQueue, missingArticleJob)).toBe('completed');
    });
  });

  describe('newsflow query events | entity', () => {
    type Details = {
      entity: { id: number; canonicalName: string; type: string };
      aliases: Array<{ alias: string; count: number }>;
      perArticle: Array<{ articleId: number; mentions: number }>;
    };
    const UZ_TARGET = {
      type: 'production_target',
      modality: 'planned',
      quantity: 50000,
      unit: 'car',
      time: '2023',
      evidence_text: 'The car manufacturer plans to produce more than 50,000 units of that car in 2023.',
    };

    it('events --entity: UzAuto Motors has production targets, among other types; --type filters', async () => {
      const [all, byAlias, targets, table, none] = await Promise.all([
        json<EventSummaryRow[]>('query', 'events', '--entity', 'UzAuto'),
        json<EventSummaryRow[]>('query', 'events', '--entity', 'uzavto motors'),
        json<EventSummaryRow[]>('query', 'events', '--entity', 'UzAuto', '--type', 'production_target'),
        ok('query', 'events', '--entity', 'UzAuto', '--type', 'production_target'),
        ok('query', 'events', '--entity', 'Nonexistent Corp'),
      ]);
      expect(all.length).toBeGreaterThan(2);
      for (const e of all) expect(e.actors ?? '').toContain('UzAuto Motors');
      const types = new Set(all.map((e) => e.type));
      expect(types.has('production') || types.has('production_target')).toBe(true);
      expect(types.size).toBeGreaterThan(1);
      expect(all).toContainEqual(expect.objectContaining({ ...UZ_TARGET, article_id: seedIds.get('000') }));
      // An alias, in another case, finds the same events as the canonical name.
      expect(byAlias.map((e) => e.id)).toEqual(all.map((e) => e.id));

      expect(targets.length).toBeGreaterThan(0);
      expect(targets.length).toBeLessThan(all.length);
      expect(targets).toEqual(all.filter((e) => e.type === 'production_target'));

      // The table: the same rows, one line each, and a count line.
      const lines = table.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^event\s+article\s+type\s+modality\s+actors\s+location\s+product\s+amount\s+time\s+evidence$/);
      expect(lines.at(-1)).toBe(`${targets.length} event(s)`);
      expect(lines).toHaveLength(targets.length + 3);
      expect(lines.slice(2, -1).map((l) => Number(l.split(' ')[0]))).toEqual(targets.map((e) => e.id));
      expect(lines.find((l) => l.includes('50000 car'))).toMatch(
        new RegExp(`^\\d+ +${seedIds.get('000')} +production_target +planned +UzAuto Motors .* 50000 car +2023 +The car manufacturer plans`),
      );
      expect(none).toMatch(/^event .*\n-+ .*\n0 event\(s\)\n$/);
    });

    it('events --since keeps only events dated on or after that date (unknown years excluded)', async () => {
      const [all, since, dayLater, combined, future] = await Promise.all([
        json<EventSummaryRow[]>('query', 'events', '--limit', '1000'),
        json<EventSummaryRow[]>('query', 'events', '--since', '2020', '--limit', '1000'),
        json<EventSummaryRow[]>('query', 'events', '--since', '2023-03-02', '--limit', '1000'),
        json<EventSummaryRow[]>('query', 'events', '--entity', 'UzAuto', '--type', 'production_target', '--since', '2023'),
        json<EventSummaryRow[]>('query', 'events', '--entity', 'UzAuto', '--since', '2099'),
      ]);
      // The German seed has month-only dates without a year (XXXX-06): they are not "since 2020".
      expect(all.some((e) => e.time?.startsWith('XXXX'))).toBe(true);
      expect(all.some((e) => e.time === '2018')).toBe(true);
      expect(since.length).toBeGreaterThan(0);
      for (const e of since) expect(e.time, JSON.stringify(e)).toMatch(/^20[2-9]\d/);
      expect(since).toEqual(all.filter((e) => e.time !== null && /^\d{4}/.test(e.time) && e.time >= '2020'));
      expect(since.map((e) => e.time)).toContain('2030');

      // a year reaches any day of it: "2023" is since 2023-03-02
      expect(dayLater.map((e) => e.time)).toEqual(expect.arrayContaining(['2023', '2023-03-02', '2023-05-01']));
      expect(dayLater.map((e) => e.time)).not.toContain('2021-09-17');

      expect(combined).toContainEqual(expect.objectContaining(UZ_TARGET));
      for (const e of combined) expect([e.type, e.time! >= '2023']).toEqual(['production_target', true]);
      expect(future).toEqual([]);
      const bad = await newsflow('query', 'events', '--since', 'yesterday');
      expect([bad.code, bad.stdout]).toEqual([2, '']);
      expect(bad.stderr).toContain('expected an ISO date (2025, 2025-06 or 2025-06-30), got "yesterday"');
    });

    it('entity NAME: aliases, articles and only the events it takes part in (table and --json)', async () => {
      const [uz, byAlias, table, iran, iranSubstring] = await Promise.all([
        json<{ entity: Details; events: EventSummaryRow[] }>('query', 'entity', 'UzAuto Motors'),
        json<{ entity: Details; events: EventSummaryRow[] }>('query', 'entity', 'uzavto MOTORS'),
        ok('query', 'entity', 'UzAuto Motors'),
        json<{ entity: Details; events: EventSummaryRow[] }>('query', 'entity', 'Iran'),
        json<EventSummaryRow[]>('query', 'events', '--entity', 'Iran'),
      ]);
      expect(uz.entity.entity).toMatchObject({ canonicalName: 'UzAuto Motors', type: 'ORG' });
      expect(uz.entity.aliases.map((a) => a.alias)).toEqual(expect.arrayContaining(['UzAuto Motors', 'UzAuto', 'UzAvto motors']));
      expect(uz.entity.perArticle.map((a) => a.articleId)).toContain(seedIds.get('000'));
      expect(uz.events).toContainEqual(expect.objectContaining(UZ_TARGET));
      // By an alias, case-insensitively: the same entity.
      expect(byAlias.entity.entity.id).toBe(uz.entity.entity.id);

      expect(table.split('\n')[0]).toBe(`${uz.entity.entity.id}  ORG  UzAuto Motors`);
      expect(table).toMatch(/^aliases: .*UzAvto motors ×1/m);
      expect(table).toContain(`events (${uz.events.length}):`);
      expect(table).toMatch(/^2023 +production_target +planned +50000 car +The car manufacturer plans/m);

      // "Iran" is its own entity; "Iran Khodro Joint Venture" and "Iranian" are others: their events are not Iran's.
      expect(iran.entity.entity.canonicalName).toBe('Iran');
      const iranEventIds = (
        await database.db
          .selectDistinct({ id: eventParticipants.eventId })
          .from(eventParticipants)
          .where(eq(eventParticipants.entityId, iran.entity.entity.id))
      )
        .map((r) => r.id)
        .sort((a, b) => a - b);
      expect(iranEventIds.length).toBeGreaterThan(0);
      expect(iran.events.map((e) => e.id).sort((a, b) => a - b)).toEqual(iranEventIds);
      // `query events --entity` is documented as a substring match over names and aliases: it finds more.
      expect(iranSubstring.length).toBeGreaterThan(iranEventIds.length);
    });

    it('entity with an unknown name: exit 2 and a message naming it, nothing on stdout', async () => {
      const runs = await Promise.all([newsflow('query', 'entity', 'Nonexistent Corp'), newsflow('query', 'entity', 'Nonexistent Corp', '--json')]);
      for (const run of runs) {
        expect(run).toEqual({ code: 2, stdout: '', stderr: 'newsflow: no entity matches "Nonexistent Corp"\n' });
      }
    });
  });

  describe('newsflow reprocess', () => {
    /** An article's facts without their row ids, in a stable order. */
    const factsOf = async (articleId: number) => {
      const ms = await database.db.select().from(mentions).where(eq(mentions.articleId, articleId)).orderBy(asc(mentions.startOffset), asc(mentions.endOffset), asc(mentions.id));
      const ns = await database.db.select().from(numbers).where(eq(numbers.articleId, articleId)).orderBy(asc(numbers.startOffset), asc(numbers.endOffset), asc(numbers.id));
      const evs = await database.db.select().from(events).where(eq(events.articleId, articleId)).orderBy(asc(events.evidenceStart), asc(events.type), asc(events.id));
      const parts = evs.length
        ? await database.db.select().from(eventParticipants).where(inArray(eventParticipants.eventId, evs.map((e) => e.id)))
        : [];
      return {
        ids: { mentions: ms.map((m) => m.id), numbers: ns.map((n) => n.id), events: evs.map((e) => e.id) },
        mentions: ms.map(({ id: _id, ...m }) => m),
        numbers: ns.map(({ id: _id, ...n }) => n),
        events: evs.map(({ id, provenance: _p, ...e }) => ({
          ...e,
          participants: parts
            .filter((p) => p.eventId === id)
            .map((p) => `${p.role}:${p.entityId}`)
            .sort(),
        })),
      };
    };
    /** Every fact of every other article, ids included. */
    const othersOf = async (articleId: number) => ({
      mentions: await database.db.select().from(mentions).where(ne(mentions.articleId, articleId)).orderBy(asc(mentions.id)),
      numbers: await database.db.select().from(numbers).where(ne(numbers.articleId, articleId)).orderBy(asc(numbers.id)),
      events: await database.db.select().from(events).where(ne(events.articleId, articleId)).orderBy(asc(events.id)),
      participants: await database.db
        .select({ eventId: eventParticipants.eventId, entityId: eventParticipants.entityId, role: eventParticipants.role })
        .from(eventParticipants)
        .innerJoin(events, eq(events.id, eventParticipants.eventId))
        .where(ne(events.articleId, articleId))
        .orderBy(asc(eventParticipants.eventId), asc(eventParticipants.entityId), asc(eventParticipants.role)),
    });
    const aliasCounts = async () =>
      database.db
        .select({ entityId: entityAliases.entityId, alias: entityAliases.alias, count: entityAliases.count })
        .from(entityAliases)
        .orderBy(asc(entityAliases.entityId), asc(entityAliases.alias));

    it('without flags queues nothing when every article is current', async () => {
      expect(await ok('reprocess')).toBe(`queued 0 article(s) for pipeline ${PIPELINE_VERSION}\n`);
    });

    it('--ids re-analyses one article: same facts, new rows, no duplicates; other articles untouched', async () => {
      const id = seedIds.get('000')!;
      const [before] = await database.db.select().from(articles).where(eq(articles.id, id));
      const facts = await factsOf(id);
      expect(facts.mentions.length).toBeGreaterThan(5);
      expect(facts.numbers.length).toBeGreaterThan(3);
      expect(facts.events.length).toBeGreaterThan(3);
      const others = await othersOf(id);
      expect(others.mentions.length).toBeGreaterThan(20);
      const aliases = await aliasCounts();
      const [entityCount] = await database.db.select({ n: sql<number>`count(*)::int` }).from(entities);
      const [decisionCount] = await database.db.select({ n: sql<number>`count(*)::int` }).from(mergeDecisions);

      expect(await ok('reprocess', '--ids', String(id))).toBe(`queued 1 article(s) for pipeline ${PIPELINE_VERSION}\n`);
      const [after] = await waitFor(
        async () => {
          const rows = await database.db.select().from(articles).where(eq(articles.id, id));
          return rows[0]!.processedAt!.getTime() > before!.processedAt!.getTime() ? rows : null;
        },
        30_000,
        'the article processed again',
      );
      expect(after).toMatchObject({ status: 'processed', error: null, pipelineVersion: PIPELINE_VERSION, language: before!.language });

      const again = await factsOf(id);
      // The same facts, linked to the same entities, once each.
      expect(again.mentions).toEqual(facts.mentions);
      expect(again.numbers).toEqual(facts.numbers);
      expect(again.events).toEqual(facts.events);
      // …in new rows: the old ones were deleted, not kept beside them.
      for (const kind of ['mentions', 'numbers', 'events'] as const) {
        expect(again.ids[kind]).toHaveLength(facts.ids[kind].length);
        expect(again.ids[kind].filter((x) => facts.ids[kind].includes(x))).toEqual([]);
        expect(Math.min(...again.ids[kind])).toBeGreaterThan(Math.max(...facts.ids[kind], ...others[kind].map((r) => r.id)));
      }
      // Other articles' rows are the very same rows; alias counts are not doubled; no new entities.
      expect(await othersOf(id)).toEqual(others);
      expect(await aliasCounts()).toEqual(aliases);
      const [entityCountAfter] = await database.db.select({ n: sql<number>`count(*)::int` }).from(entities);
      expect(entityCountAfter).toEqual(entityCount);
      // Known aliases are linked again without logging a second merge decision.
      const [decisionCountAfter] = await database.db.select({ n: sql<number>`count(*)::int` }).from(mergeDecisions);
      expect(decisionCountAfter).toEqual(decisionCount);
    });
  });
});
