/** Prometheus metrics collected on scrape: queue depth and job outcomes per queue, rows stored. */
import type { Queue } from 'bullmq';
import { sql } from 'drizzle-orm';
import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';
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
