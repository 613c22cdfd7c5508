/**
 * Prometheus metrics. The server's registry is collected on scrape (queue depth and job outcomes
 * per queue from Redis, rows stored); each worker process keeps its own counters and histograms
 * (jobs processed/failed, job and stage latency) and serves them when NEWSFLOW_METRICS_PORT is set.
 */
import { createServer, type Server } from 'node:http';
import { isLoopback, tokenMatches } from './auth.js';
import type { Queue } from 'bullmq';
import { sql } from 'drizzle-orm';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { rowsOf, type Database } from '../db/client.js';

export function createMetrics(opts: { db: Database; queues: Queue[] }) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'newsflow_' });
  new Gauge({
    name: 'newsflow_queue_jobs',
    help: 'Jobs per queue and state (waiting, active, delayed, completed, failed)',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      for (const q of opts.queues) {
        const counts = await q.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
        for (const [state, n] of Object.entries(counts)) this.set({ queue: q.name, state }, n);
      }
    },
  });
  new Gauge({
    name: 'newsflow_rows',
    help: 'Rows stored per table',
    labelNames: ['table'],
    registers: [registry],
    async collect() {
      const res = await opts.db.execute(sql`
        SELECT 'articles' AS t, count(*)::int AS n FROM articles
        UNION ALL SELECT 'entities', count(*)::int FROM entities
        UNION ALL SELECT 'mentions', count(*)::int FROM mentions
        UNION ALL SELECT 'events', count(*)::int FROM events`);
      for (const row of rowsOf<{ t: string; n: number }>(res)) this.set({ table: row.t }, row.n);
    },
  });
  return { contentType: registry.contentType, render: () => registry.metrics() };
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export class WorkerMetrics {
  readonly registry = new Registry();
  readonly jobs = new Counter({
    name: 'newsflow_worker_jobs_total',
    help: 'Jobs finished by this worker process, per queue and outcome',
    labelNames: ['queue', 'outcome'],
    registers: [this.registry],
  });
  readonly jobSeconds = new Histogram({
    name: 'newsflow_worker_job_seconds',
    help: 'Processing time per job',
    labelNames: ['queue'],
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly backlogWaitSeconds = new Histogram({
    name: 'newsflow_worker_persist_backlog_wait_seconds',
    help: 'Time each analysis waited for the persist backlog to fall below its bound',
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly stageSeconds = new Histogram({
    name: 'newsflow_stage_seconds',
    help: 'Time per pipeline stage per article',
    labelNames: ['stage'],
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'newsflow_worker_' });
  }

  /**
   * Serves /metrics on the port; returns the server (close it on shutdown). Without a token it
   * listens on loopback only, whatever `host` says; with one, on `host`, and every scrape must
   * present it (`Authorization: Bearer …`).
   */
  serve(port: number, opts: { host: string; token: string | undefined }): Server {
    const { token } = opts;
    const host = token || isLoopback(opts.host) ? opts.host : '127.0.0.1';
    return createServer((req, res) => {
      if (token && !tokenMatches(token, req.headers.authorization)) {
        res.writeHead(401, { 'WWW-Authenticate': 'Bearer realm="newsflow"' }).end();
        return;
      }
      if (req.url !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      this.registry
        .metrics()
        .then((body) => res.writeHead(200, { 'Content-Type': this.registry.contentType }).end(body))
        .catch(() => res.writeHead(500).end('metrics could not be collected'));
    }).listen(port, host);
  }
}
