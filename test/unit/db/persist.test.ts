/**
 * Storing one article's analysis on the embedded database: every fact lands, linked to the entities
 * of earlier articles, in a transaction of a few statements whatever the article's count of facts
 * (the statement count is what each stored article pays in round trips).
 */
import type { PGlite, Transaction as PgliteTransaction } from '@electric-sql/pglite';
import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, runsOneTransactionAtATime, type DatabaseHandle } from '../../../db/client.js';
import { insertArticle } from '../../../db/repositories/articles.js';
import { analysisToStore, persistAnalysis } from '../../../db/repositories/facts.js';
import { eventParticipants, events, mentions, numbers } from '../../../db/schema.js';
import { analyze } from '../../../pipeline/analyze.js';
import { loadNerModel } from '../../../pipeline/entities/ner-model.js';
import { parseArticleInput } from '../../../workers/article-input.js';

const ARTICLES = [
  'UzAuto Motors and General Motors will build 25,000 cars in Tashkent in 2025. UzAuto Motors exports cars to Kazakhstan.',
  'General Motors and UzAuto Motors signed a deal worth $120 million in Tashkent. Kazakhstan will import 5,000 cars.',
];

describe('storing an analysis', () => {
  let handle: DatabaseHandle;
  const statements: string[] = [];

  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite', dataDir: null });
    await handle.migrate();
    // Counts what the database is asked, inside transactions too.
    const client = (handle.db as unknown as { $client: PGlite }).$client;
    const count = <T extends PGlite | PgliteTransaction>(target: T): T => {
      const query = target.query.bind(target);
      target.query = ((text: string, ...rest: never[]) => {
        statements.push(text);
        return query(text, ...rest);
      }) as T['query'];
      return target;
    };
    const transaction = client.transaction.bind(client);
    client.transaction = ((fn: (tx: PgliteTransaction) => Promise<unknown>) => transaction((tx) => fn(count(tx)))) as PGlite['transaction'];
    // and prepared statements (db/prepared.ts), which go through the wire protocol: each Bind runs the text its statement was parsed from
    const texts = new Map<string, string>();
    const execProtocol = client.execProtocol.bind(client);
    client.execProtocol = ((message: Uint8Array, options) => {
      const cstrings = (from: number, n: number) => {
        const out: string[] = [];
        for (let at = from; out.length < n; at = message.indexOf(0, at) + 1) out.push(new TextDecoder().decode(message.subarray(at, message.indexOf(0, at))));
        return out;
      };
      for (let at = 0; at < message.length; at += 1 + new DataView(message.buffer, message.byteOffset + at + 1, 4).getInt32(0)) {
        const kind = String.fromCharCode(message[at]!);
        if (kind === 'P') {
          const [name, text] = cstrings(at + 5, 2);
          texts.set(name!, text!);
        } else if (kind === 'B') statements.push(texts.get(cstrings(at + 5, 2)[1]!)!);
      }
      return execProtocol(message, options);
    }) as PGlite['execProtocol'];
  }, 120_000);
  afterAll(async () => handle?.close());

  it('writes every fact of an article in at most two statements, from what a persist job carries, linking to the entities before it', async () => {
    const ner = await loadNerModel();
    const stored: number[] = [];
    for (const text of ARTICLES) {
      const parsed = parseArticleInput({ title: 'Cars', text });
      if (!parsed.ok) throw new Error(parsed.reason);
      const row = await insertArticle(handle.db, parsed.article);
      const analysis = await analyze({ text: parsed.article.text, publishedAt: null }, { ner });
      expect(analysis.mentions.length).toBeGreaterThan(3);
      expect(analysis.numbers.length).toBeGreaterThan(0);
      expect(analysis.events.some((e) => e.actors.length > 1)).toBe(true);
      statements.length = 0;
      // what a persist job carries: no sentences, no paragraph texts
      const toStore = analysisToStore(analysis);
      expect(toStore).not.toHaveProperty('sentences');
      expect(toStore.language.paragraphs).toEqual(analysis.language.paragraphs.map(({ start, end, language, script, confidence, runnerUp }) => ({ start, end, language, script, confidence, runnerUp })));
      expect(JSON.stringify(toStore).length).toBeLessThan(JSON.stringify(analysis).length - 2 * text.length);
      const result = await persistAnalysis(handle.db, row.id, row.contentHash, toStore);
      // the candidates (with new ids) and the article row's lock, then all writes; no key locks: PGlite runs one transaction at a time
      expect(runsOneTransactionAtATime(handle.db)).toBe(true);
      expect(statements.length).toBeLessThanOrEqual(2);
      expect(statements.some((s) => s.includes('pg_advisory_xact_lock'))).toBe(false);
      expect(statements[0]).toMatch(/FROM articles WHERE id = \$\d+ FOR UPDATE/);
      expect(result).toMatchObject({ mentions: analysis.mentions.length, numbers: analysis.numbers.length, events: analysis.events.length });

      const ms = await handle.db.select().from(mentions).where(eq(mentions.articleId, row.id)).orderBy(asc(mentions.startOffset));
      expect(ms.map((m) => [m.text, m.startOffset])).toEqual(analysis.mentions.map((m) => [m.text, m.start]));
      expect(ms.every((m) => m.entityId !== null)).toBe(true);
      const ns = await handle.db.select().from(numbers).where(eq(numbers.articleId, row.id));
      expect(ns).toHaveLength(analysis.numbers.length);
      const es = await handle.db.select().from(events).where(eq(events.articleId, row.id)).orderBy(asc(events.id));
      expect(es.map((e) => [e.type, e.evidenceStart])).toEqual(analysis.events.map((e) => [e.type, e.evidence.start]));
      const ps = await handle.db.select().from(eventParticipants).where(inArray(eventParticipants.eventId, es.map((e) => e.id)));
      es.forEach((e, k) => {
        const actors = [...new Set(analysis.events[k]!.actors.map((i) => ms.find((m) => m.startOffset === analysis.mentions[i]!.start)!.entityId))];
        expect(ps.filter((p) => p.eventId === e.id && p.role === 'actor').map((p) => p.entityId)).toEqual(actors);
      });
      stored.push(row.id);
    }
    // the second article's "UzAuto Motors" is the first one's entity
    const entityOf = async (articleId: number) =>
      (await handle.db.select().from(mentions).where(eq(mentions.articleId, articleId))).find((m) => m.text === 'UzAuto Motors')?.entityId;
    expect(await entityOf(stored[1]!)).toBe(await entityOf(stored[0]!));
  });
});
