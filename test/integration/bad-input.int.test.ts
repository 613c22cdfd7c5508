/**
 * A generated corpus of well over 1,000 bad (and awkward but valid) inputs, pushed through every
 * way in: the HTTP API (buildServer + inject), the CLI path (readSources + enqueueArticles, and a
 * real `node cli/bin.js enqueue FILE`), and raw job payloads on the analyze/persist queues.
 * Each input is either processed correctly (offsets slice to the stored text) or refused with a
 * reason naming the problem; no worker crashes, and a good article still goes through afterwards.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, type Job } from 'bullmq';
import { eq, sql } from 'drizzle-orm';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../cli/sources.js';
import { articles, events, mentions, numbers } from '../../db/schema.js';
import { contentHash } from '../../workers/article-input.js';
import { enqueueArticles, type EnqueueItem } from '../../workers/enqueue.js';
import { QUEUES } from '../../workers/jobs.js';
import { createLogger } from '../../workers/logger.js';
import type { BullArticleQueue, RunningWorkers } from '../../workers/queues.js';
import { buildServer, MAX_BATCH, MAX_BODY_BYTES } from '../../workers/server.js';
import { failedJob, waitFor, type TestDatabase } from '../helpers/services.js';
import { runNewsflow } from '../helpers/cli.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';

const TOKEN = 'bad-input-test-token-0123456789';

// ---------------------------------------------------------------------------------------------
// The corpus

type Expectation = 'accept' | 'refuse';
interface Case {
  id: number;
  klass: string;
  expect: Expectation;
  /** The refusal must name the problem. */
  reason?: RegExp;
  /** An object-level input (a parsed JSON value) ... */
  raw?: unknown;
  /** ... or raw JSON text that is not one (invalid, nested, poisoned). */
  json?: string;
}

/** Deterministic pseudo-random numbers (the corpus is the same on every run). */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const GOOD = (i: number) => `Tashkent plans to build ${100 + i} electric buses by 2027, the ministry of Uzbekistan said on Monday (case ${i}).`;

const R = {
  empty: /text is empty/,
  noLetters: /text has no letters/,
  tooLong: /longer than/,
  surrogate: /unpaired UTF-16 surrogate/,
  nul: /NUL bytes/,
  html: /looks like HTML markup/,
  type: /expected|Invalid input/i,
  url: /^url /,
  date: /^published_at /,
  lang: /^language /,
  field: /^(source|external_id|title) /,
};

export function buildCorpus(): Case[] {
  const cases: Case[] = [];
  const add = (c: Omit<Case, 'id'>) => cases.push({ id: cases.length, ...c });
  const rand = rng(20261128);

  // Empty and whitespace-only text (every Unicode space, combined).
  const spaces = ['', ' ', '\n', '\t', '\r\n', '\r', '\u00a0', '\u1680', '\u2000', '\u2003', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\v', '\f'];
  for (const a of spaces) for (const b of spaces.slice(0, 6)) add({ klass: 'empty/whitespace', expect: 'refuse', reason: R.empty, raw: { title: 'x', text: a + b + a } });
  // No letters: digits, punctuation, zero-width, emoji only, control characters only.
  const noLetters = ['12345', '!!!', '—–-', '\u200b\u200b', '\u200d', '🚗🚗🚗', '👍🏽', '🇺🇿', '3.14 % $', '\u0001\u0002\u0003', '()[]{}', '0 1 2', '∑∫√', '★☆', '\u0301\u0301'];
  for (const t of noLetters) for (let k = 1; k <= 4; k++) add({ klass: 'no letters', expect: 'refuse', reason: R.noLetters, raw: { text: t.repeat(k) } });

  // Huge: text and title over their limits.
  for (const n of [200_001, 250_000, 1_000_000]) add({ klass: 'huge', expect: 'refuse', reason: R.tooLong, raw: { title: 'Huge', text: 'a'.repeat(n) } });
  for (const n of [1_001, 5_000, 100_000]) add({ klass: 'huge', expect: 'refuse', reason: /^title .*longer than/, raw: { title: 'T'.repeat(n), text: GOOD(9000 + n) } });
  add({ klass: 'huge', expect: 'refuse', reason: R.tooLong, raw: { text: 'word '.repeat(100_000) } });
  // A 100k-word single line under the character limit is a valid article.
  add({ klass: '100k-word line', expect: 'accept', raw: { title: '100k words', text: `${'x '.repeat(99_999)}x` } });

  // Binary: random bytes read as Latin-1, always holding NUL.
  for (let i = 0; i < 130; i++) {
    const bytes = Buffer.from(Array.from({ length: 16 + Math.floor(rand() * 200) }, () => Math.floor(rand() * 256)));
    bytes[Math.floor(rand() * bytes.length)] = 0;
    add({ klass: 'binary', expect: 'refuse', reason: R.nul, raw: { title: 'bin', text: `PK\u0003\u0004${bytes.toString('latin1')}` } });
  }

  // Lone surrogates (in the text or the title), high or low, anywhere.
  const lone = ['\ud800', '\udbff', '\udc00', '\udfff', '\ude00\ud83d'];
  for (let i = 0; i < 160; i++) {
    const s = lone[i % lone.length]!;
    const base = GOOD(1000 + i);
    const at = Math.floor(rand() * base.length);
    const bad = base.slice(0, at) + s + base.slice(at);
    add({ klass: 'lone surrogate', expect: 'refuse', reason: R.surrogate, raw: i % 4 === 3 ? { title: `t${s}`, text: base } : { text: bad } });
  }

  // HTML and script, in many spellings.
  const tags = ['<script>alert(1)</script>', '<SCRIPT src="//x.io/a.js"></SCRIPT>', '<html>', '<!DOCTYPE html>', '<head>', '<body onload="x()">', '<style>p{}</style>', '<iframe src="https://evil.example">', '<div class="c">', '<span>', '<p>', '<br>', '<br/>', '<table>', '<a href="https://x.example">'];
  for (const [k, tag] of tags.entries()) {
    for (let j = 0; j < 4; j++) {
      const base = GOOD(2000 + k * 10 + j);
      const text = j === 0 ? tag + base : j === 1 ? base + tag : j === 2 ? base.replace(' ', ` ${tag} `) : `${tag}${base}${tag.replace('<', '</')}`;
      add({ klass: 'html/script', expect: 'refuse', reason: R.html, raw: { title: 'html', text } });
    }
  }
  // Angle brackets that are not markup are text.
  for (const [k, t] of ['profits < 5% and costs > 2%', 'a <3 heart', '<b>bold</b> claims', 'x<y>z', '<<quoted>>', '=> arrow', '<unknown-tag>'].entries()) {
    add({ klass: 'angle brackets (valid)', expect: 'accept', raw: { title: 'angles', text: `${t}: ${GOOD(3000 + k)}` } });
  }

  // Control characters inside good text: removed on the way in, offsets index the stored text.
  for (let c = 1; c < 0xa0; c++) {
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x09 || c === 0x0d) continue;
    add({ klass: 'control chars (valid)', expect: 'accept', raw: { text: `${String.fromCharCode(c)}${GOOD(4000 + c)}${String.fromCharCode(c)} Uzbekistan.` } });
  }

  // Emoji and astral characters that shift UTF-16 offsets: valid, processed with correct offsets.
  const astral = ['🚗', '👨‍👩‍👧‍👦', '🇺🇿', '👍🏽', '𝕋𝕒𝕤𝕙', '𠀀𠀁', '🏭🏭🏭', '❤️', '🤝', '𓀀', '😀😃😄😁', '🧑🏿‍🔧', 'é', 'ﬁ', '\u200d'];
  for (let i = 0; i < 150; i++) {
    const e = astral[i % astral.length]!;
    const k = 1 + (i % 5);
    const text = `${e.repeat(k)} Tashkent ${e} plans to build ${500 + i} cars ${e.repeat(2)} in Uzbekistan by 2027, Kia Motors said ${e}. Case ${i}.`;
    add({ klass: 'emoji/astral (valid)', expect: 'accept', raw: { title: `${e} emoji ${i}`, text } });
  }

  // Wrong types in every field, and items that are not objects.
  const wrongs: unknown[] = [42, -1, 3.5, true, null, [], ['a'], { a: 1 }];
  for (const field of ['text', 'title', 'source', 'external_id', 'url', 'published_at', 'language']) {
    for (const w of wrongs) {
      if (w === null && field !== 'text') continue;
      add({ klass: 'wrong type', expect: 'refuse', reason: new RegExp(`^${field} `), raw: { ...{ text: GOOD(5000 + cases.length) }, [field]: w } });
    }
  }
  for (const w of [null, 0, 1, 'just a string', true, false, [], [1, 2], ''])
    add({ klass: 'not an object', expect: 'refuse', reason: R.type, raw: w });

  // Missing fields, misspelled keys.
  for (const raw of [{}, { title: 'only a title' }, { Text: GOOD(6001) }, { body: GOOD(6002) }, { content: GOOD(6003) }, { text_: GOOD(6004) }, { title: 'x', source: 'y', url: 'https://x.example' }, { 'text ': GOOD(6005) }])
    add({ klass: 'missing field', expect: 'refuse', reason: /^text /, raw });

  // Invalid optional fields.
  for (const url of ['javascript:alert(1)', 'ftp://x.example/a', 'not a url', 'http://', 'file:///etc/passwd', 'data:text/html,hi', `https://x.example/${'a'.repeat(2_100)}`, 'mailto:a@b.c'])
    add({ klass: 'bad url', expect: 'refuse', reason: R.url, raw: { text: GOOD(7000 + cases.length), url } });
  for (const d of ['2024-13-45', 'yesterday', '2024-01-01T25:00:00Z', '01/02/2024', '2024-02-30T00:00', '', '2024', 'Mon, 01 Jan 2024 00:00:00 GMT'])
    add({ klass: 'bad date', expect: 'refuse', reason: R.date, raw: { text: GOOD(7100 + cases.length), published_at: d } });
  for (const l of ['EN', 'english', 'e', 'en-US', 'deu1', '', 'zh_CN', '🇺🇿'])
    add({ klass: 'bad language', expect: 'refuse', reason: R.lang, raw: { text: GOOD(7200 + cases.length), language: l } });
  for (const field of ['source', 'external_id']) add({ klass: 'bad field', expect: 'refuse', reason: R.field, raw: { text: GOOD(7300 + cases.length), [field]: 's'.repeat(201) } });

  // Extra keys are dropped; valid articles with every optional field.
  add({ klass: 'extra keys (valid)', expect: 'accept', raw: { text: GOOD(8001), ...Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`k${i}`, i])) } });
  add({ klass: 'all fields (valid)', expect: 'accept', raw: { title: 'T', text: GOOD(8002), source: 's', external_id: 'e', url: 'https://x.example/a', published_at: '2026-11-01T10:00:00+05:00', language: 'en' } });

  // Invalid JSON: every truncation of a valid line, plus classic mistakes.
  const line = JSON.stringify({ title: 'Truncated', text: GOOD(8100), source: 'feed' });
  for (let n = 1; n < line.length - 1; n += 1) add({ klass: 'invalid JSON', expect: 'refuse', json: line.slice(0, n) });
  for (const j of ["{'text': 'single quotes'}", '{"text": "a",}', '{"text": "a"} trailing', 'undefined', 'NaN', '{text: "x"}', '{"text": "\\x41"}', '[1,2', '{"text": "tab\there"}', '\u0000{}', '{"text": "a" "title": "b"}'])
    add({ klass: 'invalid JSON', expect: 'refuse', json: j });

  // Deeply nested JSON, and prototype pollution attempts.
  for (const depth of [10, 100, 1_000, 10_000]) {
    add({ klass: 'deeply nested', expect: 'refuse', json: `${'['.repeat(depth)}${']'.repeat(depth)}` });
    add({ klass: 'deeply nested', expect: 'refuse', reason: /^text /, json: `{"text": ${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}` });
  }
  for (const j of [`{"__proto__": {"admin": true}, "text": "${GOOD(8200)}"}`, `{"constructor": {"prototype": {"admin": true}}, "text": "${GOOD(8201)}"}`])
    add({ klass: 'prototype pollution', expect: 'refuse', json: j });
  return cases;
}

/** Classes of refusal reasons, for the record. */
function reasonClass(reason: string): string {
  const table: Array<[RegExp, string]> = [
    [/invalid JSON|JSON|Unexpected|Body is not valid/i, 'invalid JSON'],
    [/proto|constructor/i, 'prototype pollution'],
    [/is empty/, 'empty'],
    [/no letters/, 'no letters'],
    [/longer than|too large|larger than/, 'too large'],
    [/surrogate/, 'lone surrogate'],
    [/UTF-8/, 'not UTF-8'],
    [/NUL/, 'binary'],
    [/HTML/, 'html'],
    [/^url /, 'url'],
    [/^published_at /, 'date'],
    [/^language /, 'language'],
    [/expected|Invalid input/i, 'wrong type / missing'],
  ];
  return table.find(([re]) => re.test(reason))?.[1] ?? `other: ${reason.slice(0, 60)}`;
}

const tally = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

// ---------------------------------------------------------------------------------------------

describe('bad input through the API, the CLI and the queues', () => {
  let stack: TestStack;
  let database: TestDatabase;
  let connection: Redis;
  let queue: BullArticleQueue;
  let prefix: string;
  let workers: RunningWorkers;
  let app: Awaited<ReturnType<typeof buildServer>>;
  let dir: string;
  const corpus = buildCorpus();
  const record: Record<string, unknown> = {};

  beforeAll(async () => {
    stack = await startTestStack();
    ({ database, connection, queue, prefix } = stack);
    workers = stack.workers!;
    app = await buildServer({ db: database.db, connection, queue, persistQueue: stack.persistQueue, token: TOKEN, host: '127.0.0.1', log: createLogger('silent') });
    dir = await mkdtemp(join(tmpdir(), 'newsflow-bad-input-'));
  });

  afterAll(async () => {
    await app?.close();
    await stack?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    console.log(`bad-input record: ${JSON.stringify(record, null, 1)}`);
  });

  const post = (payload: string | Buffer, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: '/articles',
      payload,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers },
    });

  /** Checks one item's outcome against its case; returns the reason class or 'accepted'. */
  const judge = (c: Case, rejectedReason: string | undefined): string => {
    const label = `case ${c.id} (${c.klass})`;
    if (c.expect === 'accept') {
      expect(rejectedReason, label).toBeUndefined();
      return 'accepted';
    }
    expect(rejectedReason, `${label} should be refused`).toBeTruthy();
    if (c.reason) expect(rejectedReason, label).toMatch(c.reason);
    const klass = reasonClass(rejectedReason!);
    expect(klass, `${label}: unclear reason "${rejectedReason}"`).not.toMatch(/^other/);
    return klass;
  };

  it(`has a generated corpus of at least 1,000 inputs`, () => {
    expect(corpus.length).toBeGreaterThanOrEqual(1_000);
    const byClass: Record<string, number> = {};
    for (const c of corpus) tally(byClass, c.klass);
    record.corpus = { total: corpus.length, byClass };
  });

  it('HTTP API: each input accepted or refused with a reason; token, body and batch limits hold', async () => {
    const counts: Record<string, number> = {};
    // Object-level items go in batches (one bad item never spoils the others); raw JSON alone.
    const objects = corpus.filter((c) => c.json === undefined);
    for (let i = 0; i < objects.length; i += 40) {
      const batch = objects.slice(i, i + 40);
      const res = await post(JSON.stringify(batch.map((c) => c.raw)));
      expect(res.statusCode, res.body.slice(0, 300)).toBeOneOf([202, 400]);
      const summary = res.json() as { rejected: Array<{ origin: string; reason: string }>; queued: number; duplicates: number };
      const reasons = new Map(summary.rejected.map((r) => [r.origin, r.reason]));
      batch.forEach((c, k) => tally(counts, judge(c, reasons.get(`item ${k}`))));
      expect(summary.queued + summary.duplicates + summary.rejected.length).toBe(batch.length);
    }
    for (const c of corpus.filter((x) => x.json !== undefined)) {
      const res = await post(c.json!);
      if (res.statusCode === 400 && !res.body.includes('"rejected"')) {
        const error = (res.json() as { message?: string; error?: string }).message ?? res.body;
        expect(error, `case ${c.id}`).toBeTruthy();
        tally(counts, c.klass === 'prototype pollution' ? 'prototype pollution' : 'invalid JSON');
      } else {
        expect(res.statusCode, `case ${c.id} (${c.klass}): ${res.body.slice(0, 200)}`).toBe(400);
        const summary = res.json() as { rejected: Array<{ reason: string }> };
        tally(counts, judge(c, summary.rejected[0]?.reason));
      }
    }
    // Broken UTF-8 in a body: refused as the CLI refuses such files (not stored as U+FFFD).
    for (const bytes of [[0xff, 0xfe], [0xc3, 0x28], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0xc0, 0xaf]]) {
      const body = Buffer.concat([Buffer.from(`{"title":"utf8","text":"${GOOD(9100 + bytes[0]! + bytes[1]!)} `), Buffer.from(bytes), Buffer.from('"}')]);
      const res = await post(body);
      expect(res.statusCode, res.body).toBe(400);
      expect((res.json() as { message: string }).message).toBe('body is not valid UTF-8 text');
      tally(counts, 'not UTF-8');
    }
    // Valid multi-byte UTF-8 (and a BOM) still parses.
    const utf8 = await post(Buffer.from(`\ufeff${JSON.stringify({ title: 'Ünïcödé 🚗', text: `Ташкент 🇺🇿 ${GOOD(9400)}` })}`, 'utf8'));
    expect(utf8.statusCode, utf8.body).toBe(202);

    // Limits and auth.
    const one = JSON.stringify({ text: GOOD(9500) });
    expect((await post(one, { authorization: '' })).statusCode).toBe(401);
    expect((await post(one, { authorization: 'Bearer wrong-token-wrong-token' })).statusCode).toBe(401);
    expect((await post(one, { authorization: TOKEN })).statusCode).toBe(401);
    const tooBig = await post(JSON.stringify({ text: 'a'.repeat(MAX_BODY_BYTES + 10) }));
    expect(tooBig.statusCode).toBe(413);
    const tooMany = await post(JSON.stringify(Array.from({ length: MAX_BATCH + 1 }, (_, i) => ({ text: GOOD(10_000 + i) }))));
    expect(tooMany.statusCode).toBe(413);
    expect(tooMany.json()).toEqual({ error: `batch larger than ${MAX_BATCH} articles` });
    const empty = await post('[]');
    expect(empty.statusCode).toBe(400);
    expect((await post('')).statusCode).toBe(400);
    expect((await post(one, { 'content-type': 'application/x-unknown' })).statusCode).toBe(415);
    counts['limits/auth checks'] = 8;
    record.http = counts;
    expect(counts.accepted).toBe(corpus.filter((c) => c.expect === 'accept').length);
  }, 120_000);

  it('CLI path: readSources + enqueueArticles on generated files, and `newsflow enqueue FILE`', async () => {
    const counts: Record<string, number> = {};
    // JSON lines: one object-level case per line, then raw JSON text (not blank, one line).
    const lines: Array<{ c: Case; line: string }> = [];
    for (const c of corpus) {
      const line = c.json ?? JSON.stringify(c.raw);
      if (line === undefined || !line.trim() || /[\r\n]/.test(line)) continue;
      lines.push({ c, line });
    }
    const feed = join(dir, 'feed.jsonl');
    await writeFile(feed, lines.map((l) => l.line).join('\n'));
    // Whole files: text files of each kind, and bytes that are not UTF-8.
    const files: Array<{ name: string; data: string | Buffer; expect: Expectation; reason?: RegExp }> = [
      { name: 'empty.txt', data: '', expect: 'refuse', reason: R.empty },
      { name: 'blank.txt', data: ' \n\t\n\u3000', expect: 'refuse', reason: R.empty },
      { name: 'html.txt', data: `<html><body>${GOOD(11_001)}</body></html>`, expect: 'refuse', reason: R.html },
      { name: 'huge.txt', data: `Huge\n${'word '.repeat(60_000)}`, expect: 'refuse', reason: R.tooLong },
      { name: 'emoji.txt', data: `🚗 Cars 🚗\n🇺🇿 ${GOOD(11_002)} 👍🏽`, expect: 'accept' },
      { name: 'crlf.txt', data: `Title\r\n${GOOD(11_003)}\r\n`, expect: 'accept' },
      { name: 'bom.txt', data: `\ufeffTitle\n${GOOD(11_004)}`, expect: 'accept' },
      { name: 'binary.txt', data: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41, 0x42, 0x43]), expect: 'refuse', reason: R.nul },
    ];
    const badUtf8 = [[0xff], [0xc3, 0x28], [0xe2, 0x82, 0x28], [0xf0, 0x28, 0x8c, 0x28], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80]];
    badUtf8.forEach((bytes, i) => {
      const data = Buffer.concat([Buffer.from(`${GOOD(11_100 + i)} `), Buffer.from(bytes)]);
      files.push({ name: `latin-${i}.txt`, data, expect: 'refuse', reason: /not valid UTF-8/ });
      files.push({ name: `broken-${i}.jsonl`, data: Buffer.concat([Buffer.from('{"text":"'), data, Buffer.from('"}\n')]), expect: 'refuse', reason: /not valid UTF-8/ });
    });
    for (const f of files) await writeFile(join(dir, f.name), f.data);

    const items = await readSources([feed, ...files.map((f) => join(dir, f.name)), join(dir, 'does-not-exist.jsonl')]);
    const summary = await enqueueArticles(items as EnqueueItem[], { db: database.db, queue });
    const reasons = new Map(summary.rejected.map((r) => [r.origin, r.reason]));
    lines.forEach(({ c }, i) => {
      const reason = reasons.get(`${feed}:${i + 1}`);
      if (c.klass === 'prototype pollution') {
        // JSON.parse makes "__proto__" an own key, dropped by the schema: harmless either way.
        expect(({} as Record<string, unknown>).admin).toBeUndefined();
        tally(counts, reason ? reasonClass(reason) : 'prototype keys dropped (accepted)');
      } else if (c.json !== undefined && c.expect === 'refuse' && !c.reason) {
        expect(reason, `case ${c.id}`).toBeTruthy();
        tally(counts, reasonClass(reason!));
      } else tally(counts, judge(c, reason));
    });
    for (const f of files) {
      const reason = reasons.get(join(dir, f.name));
      tally(counts, judge({ id: -1, klass: f.name, expect: f.expect, reason: f.reason }, reason));
    }
    expect(reasons.get(join(dir, 'does-not-exist.jsonl'))).toBe('cannot read: ENOENT');
    tally(counts, 'unreadable path');
    expect(summary.rejected.length + summary.queued + summary.duplicates).toBe(items.length);
    record.cli = counts;

    // The real command on one file with a few bad lines: exit status 2 and a summary naming them.
    const small = join(dir, 'small.jsonl');
    await writeFile(small, [JSON.stringify({ title: 'CLI', text: GOOD(12_001) }), '{"title": "broken",', '{"text": 42}', JSON.stringify({ text: 'x\ud800y' }), JSON.stringify({ text: GOOD(12_002) }), '', '<html>'].join('\n'));
    const run = await runNewsflow(['enqueue', small], { databaseUrl: database.url, prefix }, 120_000);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toContain('queued 2, duplicates 0, rejected 4');
    expect(run.stdout).toMatch(new RegExp(`rejected ${small}:2: invalid JSON`));
    expect(run.stdout).toMatch(new RegExp(`rejected ${small}:3: text `));
    expect(run.stdout).toMatch(new RegExp(`rejected ${small}:4: text holds an unpaired UTF-16 surrogate`));
    expect(run.stdout).toMatch(new RegExp(`rejected ${small}:7: invalid JSON`));
    record.cliCommand = { exitCode: run.code, summary: run.stdout.split('\n')[0] };
  }, 120_000);

  it('every accepted article is processed, with offsets that slice to the stored text (emoji included)', async () => {
    const pending = async () => {
      const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(articles).where(eq(articles.status, 'queued'));
      return row!.n;
    };
    await waitFor(async () => (await pending()) === 0, 240_000, 'every accepted article processed');
    const rows = await database.db.select().from(articles);
    expect(rows.filter((r) => r.status !== 'processed').map((r) => [r.id, r.error])).toEqual([]);
    let astralChecked = 0;
    for (const article of rows) {
      const ms = await database.db.select().from(mentions).where(eq(mentions.articleId, article.id));
      const ns = await database.db.select().from(numbers).where(eq(numbers.articleId, article.id));
      const es = await database.db.select().from(events).where(eq(events.articleId, article.id));
      for (const f of [...ms, ...ns]) expect(article.text.slice(f.startOffset, f.endOffset), `article ${article.id}`).toBe(f.text);
      for (const e of es) expect(article.text.slice(e.evidenceStart, e.evidenceEnd)).toBe(e.evidenceText);
      if (/\p{Extended_Pictographic}|[\u{10000}-\u{10FFFF}]/u.test(article.text) && article.text.includes('Uzbekistan')) {
        // The surface form sits at its UTF-16 index, after the surrogate pairs before it.
        const at = article.text.indexOf('Uzbekistan');
        expect(ms.some((m) => m.startOffset === at && m.endOffset === at + 'Uzbekistan'.length), `article ${article.id}: ${article.text}`).toBe(true);
        expect(ns.some((n) => /\d/.test(article.text.slice(n.startOffset, n.endOffset))), `article ${article.id}: numbers`).toBe(true);
        astralChecked += 1;
      }
    }
    expect(astralChecked).toBeGreaterThanOrEqual(120);
    record.processed = { articles: rows.length, astralChecked };
  }, 300_000);

  it('raw job payloads on the analyze and persist queues: refused with a clear message, the worker carries on', async () => {
    // A processed article that has mentions, so the rollback check below has facts to keep.
    const [withMentions] = await database.db.select({ id: mentions.articleId }).from(mentions).limit(1);
    const [article] = await database.db.select().from(articles).where(eq(articles.id, withMentions!.id));
    expect(article?.status).toBe('processed');
    const hash = article!.contentHash;
    const otherHash = contentHash('not this article');
    const analysisOk = {
      pipelineVersion: 'x', mentions: [], numbers: [], events: [], provenance: [], sentences: [], stageMs: {},
      language: { language: 'eng', confidence: 1, paragraphs: [] },
      referenceDate: { date: null, source: null, dateline: null },
      stagesRead: { language: 'eng', entities: true, numbers: true, dates: true, events: true },
    };
    const analyzeCases: Array<[unknown, RegExp]> = [
      [null, /invalid analyze payload/],
      ['a string', /invalid analyze payload/],
      [42, /invalid analyze payload/],
      [[1, 2], /invalid analyze payload/],
      [{}, /invalid analyze payload: articleId/],
      [{ articleId: 'not-a-number', contentHash: hash }, /articleId/],
      [{ articleId: -1, contentHash: hash }, /articleId/],
      [{ articleId: 1.5, contentHash: hash }, /articleId/],
      [{ articleId: 2 ** 60, contentHash: hash }, /articleId|does not exist/],
      [{ articleId: article!.id }, /contentHash/],
      [{ articleId: article!.id, contentHash: 'XYZ' }, /contentHash/],
      [{ articleId: article!.id, contentHash: hash.toUpperCase() }, /contentHash/],
      [{ articleId: 99_999_999, contentHash: hash }, /article 99999999 does not exist/],
      [{ articleId: article!.id, contentHash: otherHash }, /another content hash/],
      [{ articleId: article!.id, contentHash: hash, force: 'yes' }, /force/],
    ];
    const persistCases: Array<[unknown, RegExp]> = [
      [null, /invalid persist payload/],
      [{ articleId: article!.id, contentHash: hash }, /analysis/],
      [{ articleId: article!.id, contentHash: hash, analysis: null }, /analysis/],
      [{ articleId: article!.id, contentHash: hash, analysis: 'text' }, /analysis/],
      [{ articleId: article!.id, contentHash: hash, analysis: {} }, /analysis/],
      [{ articleId: 99_999_999, contentHash: hash, analysis: analysisOk }, /article 99999999 does not exist/],
      [{ articleId: article!.id, contentHash: otherHash, analysis: analysisOk }, /another content hash/],
      [{ articleId: article!.id, contentHash: hash, analysis: { ...analysisOk, mentions: 'oops' } }, /analysis/],
      // the article-row fields the write reads: refused at once, not retried as a TypeError
      [{ articleId: article!.id, contentHash: hash, analysis: { ...analysisOk, language: { language: 'eng', confidence: 1 } } }, /analysis/],
      [{ articleId: article!.id, contentHash: hash, analysis: { ...analysisOk, referenceDate: undefined } }, /analysis/],
      [{ articleId: article!.id, contentHash: hash, analysis: { ...analysisOk, stagesRead: null } }, /analysis/],
    ];
    const counts: Record<string, number> = {};
    for (const [name, cases] of [[QUEUES.analyze, analyzeCases], [QUEUES.persist, persistCases]] as const) {
      const raw = new Queue(name, { connection, prefix });
      try {
        const jobs: Array<[Job, RegExp]> = [];
        for (const [data, re] of cases) {
          jobs.push([await raw.add(name, data as object, { attempts: 3, backoff: { type: 'fixed', delay: 20 } }), re]);
        }
        for (const [job, re] of jobs) {
          const what = `${name} ${JSON.stringify(job.data)?.slice(0, 120)}`;
          const failed = await failedJob(raw, job.id!);
          expect(failed.failedReason, what).toMatch(re);
          expect(failed.attemptsMade, `${what} retried`).toBe(1);
          tally(counts, `${name}: refused`);
        }
      } finally {
        await raw.close();
      }
    }
    // A forged analysis the database refuses (a number with no kind or offsets): the job fails
    // and the transaction leaves the article's stored facts as they were.
    const factsOf = async () =>
      (await database.db.select({ n: sql<number>`count(*)::int` }).from(mentions).where(eq(mentions.articleId, article!.id)))[0]!.n;
    const before = await factsOf();
    expect(before).toBeGreaterThan(0);
    {
      const raw = new Queue(QUEUES.persist, { connection, prefix });
      try {
        const forged = { articleId: article!.id, contentHash: hash, analysis: { ...analysisOk, numbers: [{ start: -5 }] } };
        const job = await raw.add(QUEUES.persist, forged, { attempts: 2, backoff: { type: 'fixed', delay: 20 } });
        expect((await failedJob(raw, job.id!)).failedReason).toMatch(/numbers/);
        tally(counts, `${QUEUES.persist}: refused by the database, rolled back`);
      } finally {
        await raw.close();
      }
    }
    expect(await factsOf()).toBe(before);
    record.jobs = counts;
    // A job naming a real article with the wrong hash must not mark that article failed.
    const [after] = await database.db.select().from(articles).where(eq(articles.id, article!.id));
    expect(after).toMatchObject({ status: 'processed', error: null });

    // Healthy afterwards: the workers still run and a good article goes through.
    expect(workers.analyze.isRunning()).toBe(true);
    expect(workers.persist.isRunning()).toBe(true);
    const res = await post(JSON.stringify({ title: 'After', text: GOOD(13_001) }));
    expect(res.statusCode).toBe(202);
    const id = (res.json() as { articleIds: number[] }).articleIds[0]!;
    const row = await waitFor(async () => {
      const [r] = await database.db.select().from(articles).where(eq(articles.id, id));
      return r?.status === 'processed' ? r : undefined;
    }, 60_000, 'the good article after the bad ones');
    expect(row.processedAt).not.toBeNull();
    const ms = await database.db.select().from(mentions).where(eq(mentions.articleId, id));
    expect(ms.map((m) => m.text)).toContain('Tashkent');
  }, 180_000);
});
