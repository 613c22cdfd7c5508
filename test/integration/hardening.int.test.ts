/**
 * Findings 2–4 of issue 20 on the machine's real Redis and PostgreSQL: every field of an article is
 * checked where it enters, nothing answers 500 for input and no error body echoes SQL or text, a
 * batch answer lists every item; anonymous clients cannot spend the token holder's rate budget; a
 * worker's metrics stay on loopback without a token; tokens are real tokens; entity lookups are
 * exact; the CLI ends every failure in one line and survives a closed pipe.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntityAdminError, findEntities, mergeEntities } from '../../db/repositories/entity-admin.js';
import { articles, entities, entityAliases } from '../../db/schema.js';
import { loadConfig } from '../../workers/config.js';
import { createLogger } from '../../workers/logger.js';
import { WorkerMetrics } from '../../workers/metrics.js';
import { ANONYMOUS_PER_MINUTE, buildServer } from '../../workers/server.js';
import { runNewsflow } from '../helpers/cli.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';

const TOKEN = 'hardening-test-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TEXT = (i: number) => `Azermash opened a plant in Baku that will build ${200 + i} buses a year, the company said (item ${i}).`;
/** What no answer may contain: SQL, the driver's wrapper, or the article's own words. */
const LEAKS = [/insert into/i, /failed query/i, /params:/i, /select /i, /Azermash opened/];

describe('input checked where it enters; nothing answers 500', () => {
  let stack: TestStack;
  let app: Awaited<ReturnType<typeof buildServer>>;

  beforeAll(async () => {
    stack = await startTestStack({ workers: false });
    app = await buildServer({
      db: stack.database.db,
      connection: stack.connection,
      queue: stack.queue,
      persistQueue: stack.persistQueue,
      token: TOKEN,
      host: '127.0.0.1',
      log: createLogger('silent'),
    });
  });

  afterAll(async () => {
    await app?.close();
    await stack?.close();
  });

  const post = (payload: unknown) => app.inject({ method: 'POST', url: '/articles', headers: auth, payload: payload as object });

  const badFields: Array<[string, Record<string, unknown>, RegExp]> = [
    ['NUL in source', { source: 'wire\u0000feed' }, /^source .*NUL/],
    ['NUL in external_id', { external_id: 'id-\u00001' }, /^external_id .*NUL/],
    ['NUL in url', { url: 'https://example.com/a\u0000b' }, /^url .*NUL/],
    ['published_at in year 0', { published_at: '0000-01-01' }, /^published_at must be a date from 1800-01-01/],
    ['published_at in year 9999', { published_at: '9999-12-31T00:00:00Z' }, /^published_at must be a date from/],
    ['lone surrogate in source', { source: 'feed \ud800' }, /^source .*unpaired UTF-16 surrogate/],
    ['lone surrogate in external_id', { external_id: '\udc00x' }, /^external_id .*unpaired UTF-16 surrogate/],
    ['bidi override in title', { title: 'Report \u202eexe.cod' }, /^title .*bidirectional/],
    ['bidi isolate in source', { source: 'wire \u2067feed\u2069' }, /^source .*bidirectional/],
    ['newline in external_id', { external_id: 'a\nb' }, /^external_id .*control characters/],
  ];

  for (const [name, fields, reason] of badFields) {
    it(`refuses ${name} with a reason, 400, and stores nothing`, async () => {
      const res = await post({ title: 'Plant', text: TEXT(0), ...fields });
      expect(res.statusCode).toBe(400);
      const body = res.json() as { rejected: Array<{ origin: string; reason: string }> };
      expect(body.rejected).toHaveLength(1);
      expect(body.rejected[0]!.reason).toMatch(reason);
      for (const leak of LEAKS) expect(res.body).not.toMatch(leak);
    });
  }

  it('stored no article from the refused inputs', async () => {
    const [row] = await stack.database.db.select({ n: sql<number>`count(*)::int` }).from(articles);
    expect(row!.n).toBe(0);
  });

  it('answers a batch [A, bad B, C] with every item: A and C stored, B refused', async () => {
    const res = await post([
      { text: TEXT(1) },
      { text: TEXT(2), source: 'x\u0000y', published_at: '0000-01-01' },
      { text: TEXT(3) },
    ]);
    expect(res.statusCode).toBe(202);
    const body = res.json() as { queued: number; items: Array<{ origin: string; status: string; reason?: string; articleId?: number }> };
    expect(body.queued).toBe(2);
    expect(body.items.map((i) => [i.origin, i.status])).toEqual([
      ['item 0', 'queued'],
      ['item 1', 'rejected'],
      ['item 2', 'queued'],
    ]);
    expect(body.items[1]!.reason).toMatch(/^source .*NUL.*; published_at must be a date/);
    const stored = await stack.database.db.select({ text: articles.text }).from(articles);
    expect(stored.map((r) => r.text).sort()).toEqual([TEXT(1), TEXT(3)]);
  });

  it('answers a body that is not JSON with 400 and without quoting it', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/articles',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: '{"text": "Azermash opened a plant in Baku',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: 'body is not valid JSON' });
  });

  it('keeps bidi controls out of a title taken from the first line', async () => {
    const res = await post({ text: `\u202eGanja plant\u202c opens\n${TEXT(4)}` });
    expect(res.statusCode).toBe(202);
    const id = (res.json() as { articleIds: number[] }).articleIds[0]!;
    const [row] = await stack.database.db.select({ title: articles.title }).from(articles).where(eq(articles.id, id));
    expect(row!.title).toBe('Ganja plant opens');
  });
});

describe('rate limits', () => {
  let stack: TestStack;
  let app: Awaited<ReturnType<typeof buildServer>>;

  beforeAll(async () => {
    stack = await startTestStack({ workers: false });
    app = await buildServer({
      db: stack.database.db,
      connection: stack.connection,
      queue: stack.queue,
      persistQueue: stack.persistQueue,
      token: TOKEN,
      host: '127.0.0.1',
      log: createLogger('silent'),
    });
  });

  afterAll(async () => {
    await app?.close();
    await stack?.close();
  });

  it('never counts the open probes, and anonymous clients cannot spend the token holder’s budget', async () => {
    for (let i = 0; i < 700; i++) {
      const res = await app.inject({ method: 'GET', url: i % 2 ? '/healthz' : '/readyz' });
      expect(res.statusCode).toBe(200);
    }
    const anonymous: number[] = [];
    for (let i = 0; i < 700; i++) anonymous.push((await app.inject({ method: 'GET', url: '/' })).statusCode);
    expect(anonymous.slice(0, ANONYMOUS_PER_MINUTE).every((s) => s === 401)).toBe(true);
    expect(anonymous.slice(ANONYMOUS_PER_MINUTE).every((s) => s === 429)).toBe(true);
    const withToken = await app.inject({ method: 'GET', url: '/', headers: auth });
    expect(withToken.statusCode).toBe(200);
  });
});

describe('metrics, tokens, entity lookups', () => {
  it('serves a worker’s metrics on loopback when no token protects them', async () => {
    const server = new WorkerMetrics().serve(0, { host: '0.0.0.0', token: undefined });
    await once(server, 'listening');
    try {
      expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
    } finally {
      server.close();
    }
  });

  it('asks for the token on a worker’s metrics when one is set', async () => {
    const server = new WorkerMetrics().serve(0, { host: '127.0.0.1', token: TOKEN });
    await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
    try {
      expect((await fetch(url)).status).toBe(401);
      const ok = await fetch(url, { headers: auth });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain('newsflow_worker_');
    } finally {
      server.close();
    }
  });

  it('refuses a token of spaces, or with spaces', () => {
    expect(() => loadConfig({ NEWSFLOW_API_TOKEN: ' '.repeat(16) })).toThrow(/NEWSFLOW_API_TOKEN=<hidden>: must not contain spaces/);
    expect(() => loadConfig({ NEWSFLOW_API_TOKEN: 'abcdefgh ijklmnopq' })).toThrow(/must not contain spaces/);
    expect(loadConfig({ NEWSFLOW_API_TOKEN: TOKEN }).NEWSFLOW_API_TOKEN).toBe(TOKEN);
  });

  describe('on a database', () => {
    let stack: TestStack;
    const ids: number[] = [];

    beforeAll(async () => {
      stack = await startTestStack({ workers: false });
      const db = stack.database.db;
      for (const name of ['Toyota', 'Toy_ta Motors', '100% Cotton']) {
        const [row] = await db.insert(entities).values({ type: 'ORG', canonicalName: name, normKey: name.toLowerCase() }).returning({ id: entities.id });
        ids.push(row!.id);
      }
      await db.insert(entityAliases).values({ entityId: ids[0]!, alias: 'TMC', normKey: 'tmc', count: 1 });
    });

    afterAll(async () => stack?.close());

    it('matches names and aliases exactly, ignoring case only', async () => {
      const db = stack.database.db;
      const names = async (q: string) => (await findEntities(db, q)).map((e) => e.canonicalName);
      expect(await names('Toy%')).toEqual([]);
      expect(await names('%')).toEqual([]);
      expect(await names('Toy_ta')).toEqual([]);
      expect(await names('toyota')).toEqual(['Toyota']);
      expect(await names('tmc')).toEqual(['Toyota']);
      expect(await names('100% cotton')).toEqual(['100% Cotton']);
      expect(await names(String(ids[1]))).toEqual(['Toy_ta Motors']);
      expect(await names('99999999999999999999999')).toEqual([]);
    });

    it('refuses to merge an entity with itself', async () => {
      await expect(mergeEntities(stack.database.db, ids[0]!, ids[0]!, 'test')).rejects.toThrow(EntityAdminError);
    });

    it('ends every refusal of the CLI in one line and a non-zero status, never a stack trace', async () => {
      const target = { databaseUrl: stack.database.url, prefix: stack.prefix };
      const runs = [
        await runNewsflow(['entities', 'merge', 'Toyota', 'Toyota'], target),
        await runNewsflow(['entities', 'show', '99999999999999999999999'], target),
        await runNewsflow(['entities', 'show', 'Toy%'], target),
      ];
      for (const run of runs) {
        expect(run.code).toBe(2);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stderr).toMatch(/^newsflow: /);
        expect(run.stderr).not.toMatch(/\n\s+at /);
      }
      expect(runs[0]!.stderr).toContain('cannot merge entity');
      expect(runs[2]!.stderr).toContain('no entity matches "Toy%"');
      const board = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['cli/bin.js', 'board'], {
          cwd: ROOT,
          env: { ...process.env, DATABASE_URL: stack.database.url, REDIS_URL: 'redis://127.0.0.1:6379', NEWSFLOW_HOST: '0.0.0.0', NEWSFLOW_API_TOKEN: '', NEWSFLOW_QUEUE_PREFIX: stack.prefix },
        });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (code) => resolve({ code, stderr }));
      });
      expect(board.code).not.toBe(0);
      expect(board.stderr.trim().split('\n')).toHaveLength(1);
      expect(board.stderr).not.toMatch(/\n\s+at /);
    });
  });
});

describe('a closed pipe', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsflow-epipe-'));
    const lines = Array.from({ length: 20_000 }, (_, i) => `${i}\tDas ist ein kurzer deutscher Satz über Autos.`);
    await writeFile(join(dir, 'lines.tsv'), `${lines.join('\n')}\n`);
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('ends the command quietly when its reader goes away (newsflow … | true)', async () => {
    const child = spawn(process.execPath, ['cli/bin.js', 'predict', 'langid', join(dir, 'lines.tsv')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.destroy(); // `| true`: the reader is gone before the first line
    const [code] = (await once(child, 'close')) as [number | null];
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  });
});
