/**
 * What an operator watches, on the machine's real Redis and PostgreSQL: /healthz and /readyz, the
 * board's Prometheus /metrics (queue depth per state, rows stored), each worker's own metrics
 * (jobs per queue and outcome, job and stage latency) and the JSON log lines with job and article
 * ids.
 */
import { Writable } from 'node:stream';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../cli/sources.js';
import { enqueueArticles } from '../../workers/enqueue.js';
import { QUEUES } from '../../workers/jobs.js';
import { createLogger } from '../../workers/logger.js';
import { WorkerMetrics } from '../../workers/metrics.js';
import { buildServer } from '../../workers/server.js';
import { waitFor } from '../helpers/services.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';

const SEEDS = new URL('../../seeds', import.meta.url).pathname;
const TOKEN = 'observability-test-token-0123456789';

/** The value of one Prometheus sample line, e.g. `name{a="b"} 3`. */
function sample(body: string, series: string): number | undefined {
  const line = body.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('health, metrics and logs', () => {
  let stack: TestStack;
  let app: Awaited<ReturnType<typeof buildServer>>;
  const metrics = new WorkerMetrics();
  const logLines: Array<Record<string, unknown>> = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });

  beforeAll(async () => {
    stack = await startTestStack({ metrics, log: createLogger('info', logStream) });
    const { database, connection, queue, persistQueue } = stack;
    app = await buildServer({ db: database.db, connection, queue, persistQueue, token: TOKEN, host: '127.0.0.1', log: createLogger('silent') });
    const seeds = (await readSources([SEEDS])).slice(0, 2);
    expect(await enqueueArticles(seeds, { db: database.db, queue })).toMatchObject({ queued: 2, rejected: [] });
    // One job the analyze worker refuses (UnrecoverableError: it fails at once).
    const raw = new Queue(QUEUES.analyze, { connection, prefix: stack.prefix });
    await raw.add(QUEUES.analyze, { articleId: 'not-a-number' }, { jobId: 'malformed' });
    await raw.close();
    await waitFor(
      async () => (await stack.persistQueue.getCompletedCount()) === 2 && (await queue.queue.getFailedCount()) === 1,
      90_000,
      'two persisted articles and one failed job',
    );
  });

  afterAll(async () => {
    await app?.close();
    await stack?.close();
  });

  it('/healthz and /readyz answer without a token; /readyz checks Redis and PostgreSQL', async () => {
    expect((await app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
  });

  it('/metrics needs the token and reports queue depth per state and rows stored', async () => {
    expect((await app.inject({ url: '/metrics' })).statusCode).toBe(401);
    const res = await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.statusCode).toBe(200);
    const body = res.body;
    expect(sample(body, 'newsflow_queue_jobs{queue="analyze",state="completed"}')).toBe(2);
    expect(sample(body, 'newsflow_queue_jobs{queue="analyze",state="failed"}')).toBe(1);
    expect(sample(body, 'newsflow_queue_jobs{queue="persist",state="completed"}')).toBe(2);
    expect(sample(body, 'newsflow_rows{table="articles"}')).toBe(2);
    expect(sample(body, 'newsflow_rows{table="mentions"}')).toBeGreaterThan(40);
    expect(sample(body, 'newsflow_rows{table="events"}')).toBeGreaterThan(10);
  });

  it("each worker's metrics count jobs per queue and outcome, and time jobs and stages", async () => {
    const body = await metrics.registry.metrics();
    expect(sample(body, 'newsflow_worker_jobs_total{queue="analyze",outcome="completed"}')).toBe(2);
    expect(sample(body, 'newsflow_worker_jobs_total{queue="analyze",outcome="failed"}')).toBe(1);
    expect(sample(body, 'newsflow_worker_jobs_total{queue="persist",outcome="completed"}')).toBe(2);
    expect(sample(body, 'newsflow_worker_job_seconds_count{queue="persist"}')).toBe(2);
    for (const stage of ['language', 'segment', 'entities', 'numbers', 'events']) {
      expect(sample(body, `newsflow_stage_seconds_count{stage="${stage}"}`), stage).toBe(2);
    }
  });

  it('logs JSON lines that carry the queue, job id and article id', () => {
    const completed = logLines.filter((l) => l.msg === 'job completed');
    expect(completed.filter((l) => l.queue === QUEUES.persist)).toHaveLength(2);
    for (const line of completed) {
      expect(line).toMatchObject({ service: 'newsflow', level: 30 });
      expect(typeof line.jobId).toBe('string');
      expect(typeof line.articleId).toBe('number');
    }
    const failed = logLines.find((l) => l.msg === 'job failed' && l.jobId === 'malformed');
    expect(failed).toMatchObject({ queue: QUEUES.analyze, final: true });
    expect(String(failed?.err)).toMatch(/invalid analyze payload/);
  });
});
