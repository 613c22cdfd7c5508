/**
 * The operations and ingestion server: bull-board at /board, POST /articles, the analyst pages
 * (workers/pages/routes.ts), /healthz, /readyz, /metrics. Everything but the health probes sits
 * behind the bearer token. Without queues (`newsflow ui`: no Redis) it serves the same pages and
 * probes, under the same token rules, and no board or POST /articles.
 */
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import type { Redis } from 'ioredis';
import type { Database } from '../db/client.js';
import { analystPages } from './pages/routes.js';
import { isLoopback, tokenMatches } from './auth.js';
import { enqueueArticles } from './enqueue.js';
import type { Logger } from './logger.js';
import { createMetrics } from './metrics.js';
import type { BullArticleQueue } from './queues.js';
import type { Queue } from 'bullmq';

/** Largest request body and batch the API accepts. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
export const MAX_BATCH = 500;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

export interface ServerOptions {
  db: Database;
  /** Redis and the queues: absent for the analyst pages alone (`newsflow ui`). */
  connection?: Redis;
  queue?: BullArticleQueue;
  persistQueue?: Queue;
  token: string | undefined;
  host: string;
  log: Logger;
}

export class InsecureBindError extends Error {
  constructor(host: string) {
    super(`refusing to listen on non-loopback address ${host} without NEWSFLOW_API_TOKEN`);
    this.name = this.constructor.name;
  }
}

export async function buildServer(opts: ServerOptions) {
  const { db, connection, queue, persistQueue, token, host, log } = opts;
  if (!token && !isLoopback(host)) throw new InsecureBindError(host);

  const app = Fastify({ bodyLimit: MAX_BODY_BYTES, loggerInstance: log });
  // A JSON body must be valid UTF-8: broken bytes would otherwise be stored as U+FFFD (the CLI
  // refuses such files too). Parsing is otherwise fastify's own (prototype poisoning refused).
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    let text: string;
    try {
      text = STRICT_UTF8.decode(body as Buffer);
    } catch {
      done(Object.assign(new Error('body is not valid UTF-8 text'), { statusCode: 400 }), undefined);
      return;
    }
    parseJson(req, text, done);
  });
  await app.register(helmet, { contentSecurityPolicy: false });
  await app.register(rateLimit, { max: 600, timeWindow: '1 minute' });

  app.addHook('onRequest', async (req, reply) => {
    if (req.url === '/healthz' || req.url === '/readyz') return;
    if (token && !tokenMatches(token, req.headers.authorization)) {
      reply.header('WWW-Authenticate', 'Basic realm="newsflow", charset="UTF-8"');
      return reply.code(401).send({ error: 'missing or wrong bearer token' });
    }
  });

  if (queue && persistQueue) {
    const board = new FastifyAdapter();
    createBullBoard({ queues: [new BullMQAdapter(queue.queue), new BullMQAdapter(persistQueue)], serverAdapter: board });
    board.setBasePath('/board');
    await app.register(board.registerPlugin(), { prefix: '/board' });

    app.post('/articles', async (req, reply) => {
      const body = req.body;
      const batch = Array.isArray(body) ? body : [body];
      if (batch.length === 0) return reply.code(400).send({ error: 'empty batch' });
      if (batch.length > MAX_BATCH) return reply.code(413).send({ error: `batch larger than ${MAX_BATCH} articles` });
      const summary = await enqueueArticles(
        batch.map((raw, i) => ({ origin: Array.isArray(body) ? `item ${i}` : 'body', raw })),
        { db, queue },
      );
      const status = summary.rejected.length === batch.length ? 400 : 202;
      return reply.code(status).send(summary);
    });
  }
  await app.register(analystPages, { db, board: Boolean(queue && persistQueue) });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    try {
      await db.execute(sql`SELECT 1`);
      await connection?.ping();
      return { status: 'ready' };
    } catch (err) {
      return reply.code(503).send({ status: 'not ready', error: (err as Error).message });
    }
  });

  const metrics = createMetrics({ db, queues: queue && persistQueue ? [queue.queue, persistQueue] : [] });
  app.get('/metrics', async (_req, reply) => reply.type(metrics.contentType).send(await metrics.render()));

  return app;
}
