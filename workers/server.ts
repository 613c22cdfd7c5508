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
import { DrizzleQueryError } from 'drizzle-orm/errors';
import Fastify, { type FastifyError } from 'fastify';
import type { Redis } from 'ioredis';
import type { Database } from '../db/client.js';
import { StorageError, storageError } from '../db/errors.js';
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

/** Requests a minute per token (or, with no token configured, per loopback client). */
export const AUTHENTICATED_PER_MINUTE = 600;
/** Requests a minute per address that come without a valid token (each answered 401, then 429). */
export const ANONYMOUS_PER_MINUTE = 30;
const READY_CACHE_MS = 1_000;

/** The health probes: open to everyone, never counted. */
function isProbe(url: string): boolean {
  const path = url.split('?', 1)[0];
  return path === '/healthz' || path === '/readyz';
}

/** A fixed-window counter per key (for requests without a valid token). */
class WindowCounter {
  private readonly counts = new Map<string, { n: number; resetAt: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one request of `key`; false once the window's budget is spent. */
  take(key: string): boolean {
    const now = Date.now();
    if (this.counts.size > 10_000) for (const [k, v] of this.counts) if (v.resetAt <= now) this.counts.delete(k);
    let entry = this.counts.get(key);
    if (!entry || entry.resetAt <= now) this.counts.set(key, (entry = { n: 0, resetAt: now + this.windowMs }));
    entry.n += 1;
    return entry.n <= this.max;
  }
}

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
  // Nothing in an error body comes from the request or the database: a JSON syntax error quotes the
  // body, a failed query holds its SQL and the article. Server faults are logged, shortly, not sent.
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status >= 400 && status < 500) {
      const json = err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.name === 'SyntaxError';
      return reply.code(status).send({ error: json ? 'body is not valid JSON' : err.message });
    }
    const fault = err instanceof StorageError || err instanceof DrizzleQueryError ? storageError(err, 'database') : null;
    req.log.error({ err: fault?.message ?? err.message.slice(0, 300) }, 'request failed');
    if (fault && !fault.code) return reply.code(503).send({ error: 'database unavailable; try again' });
    return reply.code(500).send({ error: 'internal error (see the server log)' });
  });
  await app.register(helmet, { contentSecurityPolicy: false });
  // Counted per token after the token check (route hooks run after the auth hook below); requests
  // without a valid token never reach it and have their own small budget (`anonymous`).
  await app.register(rateLimit, {
    max: AUTHENTICATED_PER_MINUTE,
    timeWindow: '1 minute',
    allowList: (req) => isProbe(req.url),
    keyGenerator: (req) => (token ? 'token' : `local:${req.ip}`),
  });
  const anonymous = new WindowCounter(ANONYMOUS_PER_MINUTE, 60_000);

  app.addHook('onRequest', async (req, reply) => {
    if (isProbe(req.url)) return;
    if (token && !tokenMatches(token, req.headers.authorization)) {
      if (!anonymous.take(req.ip)) {
        return reply.code(429).header('Retry-After', '60').send({ error: 'too many requests without a valid token' });
      }
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
      // Every item is listed (`items`); 503 when some could not be stored for a fault of ours.
      const status = summary.failed.length ? 503 : summary.rejected.length === batch.length ? 400 : 202;
      return reply.code(status).send(summary);
    });
  }
  await app.register(analystPages, { db, board: Boolean(queue && persistQueue) });

  app.get('/healthz', async () => ({ status: 'ok' }));
  // Open to everyone, so cheap: one check per second at most, shared by all callers.
  let readiness: { at: number; result: Promise<string | null> } | null = null;
  const checkReady = async (): Promise<string | null> => {
    try {
      await db.execute(sql`SELECT 1`);
    } catch {
      return 'database does not answer';
    }
    try {
      await connection?.ping();
    } catch {
      return 'redis does not answer';
    }
    return null;
  };
  app.get('/readyz', async (_req, reply) => {
    if (!readiness || Date.now() - readiness.at > READY_CACHE_MS) readiness = { at: Date.now(), result: checkReady() };
    const problem = await readiness.result;
    return problem ? reply.code(503).send({ status: 'not ready', error: problem }) : { status: 'ready' };
  });

  const metrics = createMetrics({ db, queues: queue && persistQueue ? [queue.queue, persistQueue] : [] });
  app.get('/metrics', async (_req, reply) => reply.type(metrics.contentType).send(await metrics.render()));

  return app;
}
