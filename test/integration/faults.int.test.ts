/**
 * Fault tests against real services this file starts and owns: its own redis-server (a child
 * process on a free port) and its own PostgreSQL cluster (initdb into a temp dir, pg_ctl on a
 * free port). The machine's shared PostgreSQL and Redis are never touched.
 *
 * a. a worker process killed with SIGKILL in the middle of 500 articles, then a new one started:
 *    every article is persisted exactly once and the stalled jobs are picked up again;
 * b. Redis restarted mid-run (kept data, then lost data): workers reconnect and finish;
 * c. PostgreSQL restarted mid-run: jobs retry with backoff and no article is half-written.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { sql, type SQL } from 'drizzle-orm';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, rowsOf, type DatabaseHandle } from '../../db/client.js';
import { analyze } from '../../pipeline/analyze.js';
import { loadNerModel } from '../../pipeline/entities/ner-model.js';
import { enqueueArticles, type EnqueueItem } from '../../workers/enqueue.js';
import { QUEUES } from '../../workers/jobs.js';
import { BullArticleQueue } from '../../workers/queues.js';
import { uniquePrefix, waitFor } from '../helpers/services.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Owned services

/** PostgreSQL tools refuse to run as root: run them as `postgres` when we are root. */
function asPostgres(cmd: string, args: string[]): string {
  const [file, argv] =
    process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', join(PG_BIN, cmd), ...args]] : [join(PG_BIN, cmd), args];
  return execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
}

class OwnedPostgres {
  readonly dir = mkdtempSync(join(tmpdir(), 'newsflow-faults-pg-'));
  readonly data = join(this.dir, 'data');
  running = false;
  constructor(readonly port: number) {}

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/newsflow`;
  }

  async init(): Promise<void> {
    if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', this.dir]);
    asPostgres('initdb', ['-D', this.data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync', '--no-instructions']);
    this.start();
    const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${this.port}/postgres` });
    await admin.connect();
    await admin.query('CREATE DATABASE newsflow');
    await admin.end();
  }

  start(): void {
    asPostgres('pg_ctl', [
      '-D', this.data, '-l', join(this.dir, 'log'), '-w', '-t', '60',
      '-o', `-p ${this.port} -k /tmp -c fsync=off -c listen_addresses=127.0.0.1`, 'start',
    ]);
    this.running = true;
  }

  /** `fast`: active connections are terminated, as in a real restart. */
  stop(): void {
    asPostgres('pg_ctl', ['-D', this.data, '-m', 'fast', '-w', '-t', '60', 'stop']);
    this.running = false;
  }

  destroy(): void {
    try {
      if (this.running) asPostgres('pg_ctl', ['-D', this.data, '-m', 'immediate', '-w', '-t', '30', 'stop']);
    } catch {
      /* already gone */
    }
    this.running = false;
    rmSync(this.dir, { recursive: true, force: true });
  }
}

class OwnedRedis {
  readonly dir = mkdtempSync(join(tmpdir(), 'newsflow-faults-redis-'));
  proc: ChildProcess | null = null;
  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const proc = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--dir', this.dir],
      { stdio: 'ignore' },
    );
    this.proc = proc;
    await waitFor(
      async () => {
        if (proc.exitCode !== null) throw new Error(`redis-server exited with ${proc.exitCode}`);
        const probe = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
        probe.on('error', () => undefined);
        try {
          await probe.connect();
          return (await probe.ping()) === 'PONG';
        } catch {
          return false;
        } finally {
          probe.disconnect();
        }
      },
      15_000,
      `redis-server on port ${this.port}`,
    );
  }

  /** SIGKILL: whatever is in memory is lost (no persistence). */
  async kill(): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null || proc.signalCode) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGKILL');
    await exited;
    this.proc = null;
  }

  /** A clean shutdown that writes dump.rdb first (a Redis with persistence), read back on start. */
  async shutdownSaving(): Promise<void> {
    const proc = this.proc;
    if (!proc) return;
    const exited = new Promise((r) => proc.once('exit', r));
    const client = new Redis(this.url, { maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    await client.call('SHUTDOWN', 'SAVE').catch(() => undefined);
    client.disconnect();
    await exited;
    this.proc = null;
  }

  async destroy(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Worker processes and synthetic articles

class WorkerProcess {
  readonly proc: ChildProcess;
  output = '';
  constructor(env: Record<string, string>) {
    this.proc = spawn(process.execPath, ['cli/bin.js', 'worker'], {
      cwd: ROOT,
      env: { ...process.env, ...env, NEWSFLOW_CONCURRENCY: '2', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString('utf8')).slice(-20_000);
    };
    this.proc.stdout?.on('data', keep);
    this.proc.stderr?.on('data', keep);
  }

  get alive(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 15_000): Promise<void> {
    if (!this.alive) return;
    const exited = new Promise((r) => this.proc.once('exit', r));
    this.proc.kill(signal);
    const timer = setTimeout(() => this.alive && this.proc.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
}

const COMPANIES = ['UzAuto Motors', 'Azermash', 'Kia Motors', 'Hyundai', 'General Motors', 'KamAZ', 'Isuzu', 'Chevrolet', 'BYD', 'Toyota'];
const PLACES = ['Tashkent', 'Baku', 'Almaty', 'Samarkand', 'Bishkek', 'Kazakhstan', 'Uzbekistan', 'Azerbaijan', 'Kyrgyzstan', 'Andijan'];
const PEOPLE = ['Shavkat Mirziyoyev', 'Ilham Aliyev', 'Kassym-Jomart Tokayev', 'Anna Petrova', 'John Smith', 'Maria Garcia'];
const VERBS = ['produced', 'exported', 'assembled', 'sold', 'shipped'];

/** Short, varied, unique synthetic articles (no shared data). */
export function syntheticArticle(i: number, tag: string): { title: string; text: string; source: string } {
  const c = COMPANIES[i % COMPANIES.length]!;
  const p = PLACES[(i * 7) % PLACES.length]!;
  const q = PLACES[(i * 3 + 1) % PLACES.length]!;
  const who = PEOPLE[i % PEOPLE.length]!;
  const verb = VERBS[i % VERBS.length]!;
  const n = 1_000 + ((i * 7919) % 90_000);
  const money = 5 + (i % 400);
  const year = 2018 + (i % 8);
  const text = [
    `${c} ${verb} ${n.toLocaleString('en')} cars in ${p} in ${year}.`,
    i % 2 ? `The company plans to invest $${money} million in a new plant in ${q} by ${year + 2}.` : `${who} visited the factory in ${q} on Monday.`,
    i % 3 === 0 ? `Exports to ${q} grew by ${(i % 40) + 2}% compared with ${year - 1}, ${who} said.` : `Sales rose in ${p}.`,
    `Report ${tag}-${i}.`,
  ].join(' ');
  return { title: `${c} in ${p} (${tag} #${i})`, text, source: `synthetic/${tag}/${i}` };
}

// ---------------------------------------------------------------------------------------------

describe('faults: worker killed, Redis restarted, PostgreSQL restarted', () => {
  let postgres: OwnedPostgres;
  let redis: OwnedRedis;
  let handle: DatabaseHandle;
  const workers: WorkerProcess[] = [];
  const queues: Queue[] = [];
  const connections: Redis[] = [];

  beforeAll(async () => {
    postgres = new OwnedPostgres(await freePort());
    redis = new OwnedRedis(await freePort());
    await redis.start();
    await postgres.init();
    handle = await openDatabase({ kind: 'postgres', url: postgres.url, poolSize: 4 });
    await handle.migrate();
  });

  afterAll(async () => {
    for (const w of workers) await w.stop('SIGKILL').catch(() => undefined);
    for (const q of queues) await q.close().catch(() => undefined);
    for (const c of connections) c.disconnect();
    await handle?.close().catch(() => undefined);
    await redis?.destroy();
    postgres?.destroy();
  });

  const startWorker = (prefix: string) => {
    const w = new WorkerProcess({ DATABASE_URL: postgres.url, REDIS_URL: redis.url, NEWSFLOW_QUEUE_PREFIX: prefix });
    workers.push(w);
    return w;
  };

  /** A query that may run while PostgreSQL is down: `undefined` then. */
  const tryQuery = async <T,>(query: SQL): Promise<T[] | undefined> => {
    try {
      return rowsOf<T>(await handle.db.execute(query));
    } catch {
      return undefined;
    }
  };

  const statusCounts = async (tag: string) => {
    const rows = await tryQuery<{ status: string; n: number }>(
      sql`SELECT status, count(*)::int AS n FROM articles WHERE source LIKE ${`synthetic/${tag}/%`} GROUP BY status`,
    );
    return rows && Object.fromEntries(rows.map((r) => [r.status, r.n]));
  };

  const enqueue = async (prefix: string, tag: string, count: number) => {
    const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
    connection.on('error', () => undefined);
    const queue = new BullArticleQueue(connection, prefix);
    queue.queue.on('error', () => undefined);
    try {
      const items: EnqueueItem[] = Array.from({ length: count }, (_, i) => ({ origin: `${tag}:${i}`, raw: syntheticArticle(i, tag) }));
      return await enqueueArticles(items, { db: handle.db, queue });
    } finally {
      await queue.close();
      connection.disconnect();
    }
  };

  const rawQueue = (name: string, prefix: string) => {
    const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
    connection.on('error', () => undefined);
    const q = new Queue(name, { connection, prefix });
    q.on('error', () => undefined);
    queues.push(q);
    connections.push(connection);
    return q;
  };

  const waitProcessed = async (tag: string, total: number, timeoutMs: number, live: WorkerProcess[]) =>
    waitFor(
      async () => {
        for (const w of live) if (!w.alive) throw new Error(`worker process died:\n${w.output}`);
        const counts = await statusCounts(tag);
        if (counts?.failed) throw new Error(`articles failed: ${JSON.stringify(counts)}\n${live.map((w) => w.output).join('\n')}`);
        return counts?.processed === total;
      },
      timeoutMs,
      `${total} '${tag}' articles processed`,
    );

  /** No article holds facts without being processed; no fact is stored twice. */
  const checkIntegrity = async (tag: string) => {
    const like = `synthetic/${tag}/%`;
    const halfWritten = await tryQuery<{ id: number }>(sql`
      SELECT a.id FROM articles a WHERE a.source LIKE ${like} AND (a.processed_at IS NULL OR a.status <> 'processed')
        AND (EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id)
          OR EXISTS (SELECT 1 FROM numbers n WHERE n.article_id = a.id)
          OR EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id))`);
    expect(halfWritten).toEqual([]);
    const dupMentions = await tryQuery(sql`
      SELECT m.article_id, m.start_offset, m.end_offset, m.type, count(*)::int AS n
      FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.source LIKE ${like}
      GROUP BY 1, 2, 3, 4 HAVING count(*) > 1`);
    expect(dupMentions).toEqual([]);
    const dupNumbers = await tryQuery(sql`
      SELECT n.article_id, n.start_offset, n.end_offset, n.kind, count(*)::int AS n
      FROM numbers n JOIN articles a ON a.id = n.article_id WHERE a.source LIKE ${like}
      GROUP BY 1, 2, 3, 4 HAVING count(*) > 1`);
    expect(dupNumbers).toEqual([]);
    const dupEvents = await tryQuery(sql`
      SELECT e.article_id, e.type, e.evidence_start, e.evidence_end, count(*)::int AS n
      FROM events e JOIN articles a ON a.id = e.article_id WHERE a.source LIKE ${like}
      GROUP BY e.article_id, e.type, e.modality, e.time, e.quantity, e.unit, e.money_value, e.money_currency,
        e.location_entity_id, e.product_entity_id, e.product_text, e.evidence_start, e.evidence_end
      HAVING count(*) > 1`);
    expect(dupEvents).toEqual([]);
    const unprocessed = await tryQuery(sql`
      SELECT id FROM articles WHERE source LIKE ${like} AND (status <> 'processed' OR processed_at IS NULL OR error IS NOT NULL)`);
    expect(unprocessed).toEqual([]);
  };

  /** The stored facts of a sample equal a clean analysis of the same text (the pipeline is pure). */
  const checkCountsAgainstCleanRun = async (tag: string, sample: number) => {
    const ner = await loadNerModel();
    const rows = (await tryQuery<{ id: number; text: string; published_at: string | null; m: number; n: number; e: number }>(sql`
      SELECT a.id, a.text, a.published_at,
        (SELECT count(*)::int FROM mentions m WHERE m.article_id = a.id) AS m,
        (SELECT count(*)::int FROM numbers n WHERE n.article_id = a.id) AS n,
        (SELECT count(*)::int FROM events e WHERE e.article_id = a.id) AS e
      FROM articles a WHERE a.source LIKE ${`synthetic/${tag}/%`} ORDER BY a.id`))!;
    const step = Math.max(1, Math.floor(rows.length / sample));
    let facts = 0;
    for (let i = 0; i < rows.length; i += step) {
      const row = rows[i]!;
      const clean = await analyze({ text: row.text, publishedAt: null }, { ner });
      expect({ id: row.id, m: row.m, n: row.n, e: row.e }).toEqual({
        id: row.id,
        m: clean.mentions.length,
        n: clean.numbers.length,
        e: clean.events.length,
      });
      facts += row.m + row.n;
    }
    expect(facts).toBeGreaterThan(0);
  };

  it('a. a worker process SIGKILLed in the middle of 500 articles: a new worker finishes, each article once', async () => {
    const prefix = uniquePrefix();
    const tag = 'kill';
    const total = 500;
    const summary = await enqueue(prefix, tag, total);
    expect(summary).toMatchObject({ queued: total, duplicates: 0, rejected: [] });

    const first = startWorker(prefix);
    await waitFor(
      async () => {
        if (!first.alive) throw new Error(`worker died:\n${first.output}`);
        return ((await statusCounts(tag))?.processed ?? 0) >= 40;
      },
      90_000,
      'the first worker to process 40 articles',
    );
    await first.stop('SIGKILL');
    const processedAtKill = (await statusCounts(tag))?.processed ?? 0;
    expect(processedAtKill).toBeLessThan(total);

    const analyzeQueue = rawQueue(QUEUES.analyze, prefix);
    const persistQueue = rawQueue(QUEUES.persist, prefix);
    const orphaned = [...(await analyzeQueue.getActive()), ...(await persistQueue.getActive())];
    // The killed process held jobs: they stay 'active' with a lock that nobody renews.
    expect(orphaned.length).toBeGreaterThan(0);

    const second = startWorker(prefix);
    // Stalled-job recovery: BullMQ's default stalledInterval/lockDuration are 30 s.
    await waitProcessed(tag, total, 150_000, [second]);
    for (const job of orphaned) {
      const queue = job.queueName === QUEUES.analyze ? analyzeQueue : persistQueue;
      expect(await queue.getJobState(job.id!)).toBe('completed');
    }
    for (const queue of [analyzeQueue, persistQueue]) {
      expect(await queue.getJobCounts('failed', 'waiting', 'active', 'delayed')).toEqual({ failed: 0, waiting: 0, active: 0, delayed: 0 });
    }
    await checkIntegrity(tag);
    await checkCountsAgainstCleanRun(tag, 25);
    await second.stop();
  }, 280_000);

  it('b. Redis restarted mid-run (data kept, then data lost): workers reconnect and finish', async () => {
    const prefix = uniquePrefix();
    const tag = 'redis';
    const total = 80;
    expect(await enqueue(prefix, tag, total)).toMatchObject({ queued: total, rejected: [] });
    const worker = startWorker(prefix);

    // 1. A clean restart that keeps the data (SHUTDOWN SAVE, then start on the same dump).
    await waitFor(async () => ((await statusCounts(tag))?.processed ?? 0) >= 10, 90_000, '10 processed before the restart');
    await redis.shutdownSaving();
    await sleep(3_000);
    expect(worker.alive).toBe(true);
    await redis.start();
    await waitFor(async () => ((await statusCounts(tag))?.processed ?? 0) >= 40, 90_000, '40 processed after the restart');

    // 2. A crash that loses every key: the operator enqueues again, stored-but-unprocessed articles are queued anew.
    await redis.kill();
    const processedAtCrash = (await statusCounts(tag))?.processed ?? 0;
    await sleep(2_000);
    expect(worker.alive).toBe(true);
    await redis.start();
    const again = await enqueue(prefix, tag, total);
    expect(again).toMatchObject({ queued: 0, duplicates: total, rejected: [] });
    await waitProcessed(tag, total, 120_000, [worker]);
    expect(processedAtCrash).toBeLessThan(total);
    await checkIntegrity(tag);
    expect(worker.alive).toBe(true);
    await worker.stop();
  }, 280_000);

  it('c. PostgreSQL restarted mid-run: jobs retry with backoff, no article is half-written', async () => {
    const prefix = uniquePrefix();
    const tag = 'pg';
    const total = 80;
    expect(await enqueue(prefix, tag, total)).toMatchObject({ queued: total, rejected: [] });
    const worker = startWorker(prefix);
    await waitFor(async () => ((await statusCounts(tag))?.processed ?? 0) >= 15, 90_000, '15 processed before the restart');

    postgres.stop();
    // While it is down, jobs fail and wait in 'delayed' for their backoff.
    const persistQueue = rawQueue(QUEUES.persist, prefix);
    const analyzeQueue = rawQueue(QUEUES.analyze, prefix);
    await sleep(3_000);
    const delayedWhileDown =
      ((await persistQueue.getJobCounts('delayed')).delayed ?? 0) + ((await analyzeQueue.getJobCounts('delayed')).delayed ?? 0);
    postgres.start();

    await waitProcessed(tag, total, 120_000, [worker]);
    expect(delayedWhileDown).toBeGreaterThan(0);
    const retried = [...(await persistQueue.getCompleted(0, -1)), ...(await analyzeQueue.getCompleted(0, -1))].filter(
      (j) => j.attemptsMade > 1 || (j.attemptsStarted ?? 0) > 1,
    );
    expect(retried.length).toBeGreaterThan(0);
    for (const queue of [analyzeQueue, persistQueue]) {
      expect((await queue.getJobCounts('failed')).failed).toBe(0);
    }
    await checkIntegrity(tag);
    expect(worker.alive).toBe(true);
    await worker.stop();
  }, 240_000);
});
