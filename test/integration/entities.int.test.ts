/**
 * Entity linking on the machine's real PostgreSQL (nothing mocked): concurrent linkers agree on
 * one entity, operator merges and splits are logged and never undone by later automatic links,
 * and different things with similar names stay apart. Analyses come from the real pipeline.
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, runsOneTransactionAtATime, type Database, type DatabaseHandle } from '../../db/client.js';
import { insertArticle } from '../../db/repositories/articles.js';
import { entityDetails, findEntities, mergeEntities, splitEntity } from '../../db/repositories/entity-admin.js';
import { persistAnalysis } from '../../db/repositories/facts.js';
import { entities, entityAliases, entityKeys, eventParticipants, events, mentions, mergeDecisions } from '../../db/schema.js';
import { analyze } from '../../pipeline/analyze.js';
import { loadNerModel, type NerModel } from '../../pipeline/entities/ner-model.js';
import { AUTO_MERGE_THRESHOLD, blockingKeys, normalizeName, scoreMatch } from '../../pipeline/reconcile/index.js';
import type { ArticleAnalysis, EntityType } from '../../pipeline/types.js';
import { parseArticleInput } from '../../workers/article-input.js';
import { createTestDatabase, type TestDatabase } from '../helpers/services.js';

interface Stored {
  id: number;
  contentHash: string;
  analysis: ArticleAnalysis;
}

/**
 * Pairs of spellings of one organisation that the linker merges on its own: they share a blocking
 * key and score at least AUTO_MERGE_THRESHOLD (checked in the test), so a second entity can only
 * come from a race.
 */
const VARIANT_PAIRS: Array<[string, string]> = [
  ['UzAuto Motors', 'UzAvto Motors'],
  ['Kamaz Trucks', 'KAMAZ Trucks'],
  ['Navoi Mining Company', 'Navoiy Mining Company'],
  ['Tashkent Tractor Works', 'Toshkent Tractor Works'],
  ['Samarkand Bus Company', 'Samarqand Bus Company'],
  ['Karshi Cement', 'Qarshi Cement'],
  ['Termez Cargo', 'Termiz Cargo'],
  ['Avtovaz Group', 'AvtoVAZ Group'],
  ['Ipoteka Bank', 'Ipoteka-Bank'],
  ['Akfa Group', 'AKFA Group'],
];

describe('entity linking on PostgreSQL', () => {
  let database: TestDatabase;
  /** A second, separate pool on the same database: a second worker process, as far as PostgreSQL can tell. */
  let other: DatabaseHandle;
  let ner: NerModel;

  beforeAll(async () => {
    database = await createTestDatabase();
    other = await openDatabase({ kind: 'postgres', url: database.url, poolSize: 5 });
    ner = await loadNerModel();
  });

  afterAll(async () => {
    await other?.close();
    await database?.drop();
  });

  /** Stores an article and runs the real pipeline on it (nothing persisted yet). */
  async function prepare(text: string): Promise<Stored> {
    const parsed = parseArticleInput({ text });
    if (!parsed.ok) throw new Error(parsed.reason);
    const stored = await insertArticle(database.db, parsed.article);
    expect(stored.duplicate).toBe(false);
    const analysis = await analyze({ text: parsed.article.text, publishedAt: null }, { ner });
    return { id: stored.id, contentHash: stored.contentHash, analysis };
  }

  async function persist(db: Database, article: Stored): Promise<void> {
    await persistAnalysis(db, article.id, article.contentHash, article.analysis);
  }

  /** Stores, analyses and persists one article. */
  async function ingest(text: string): Promise<Stored> {
    const article = await prepare(text);
    await persist(database.db, article);
    return article;
  }

  /** The entity a mention written `surface` in this article was linked to. */
  async function entityOf(articleId: number, surface: string): Promise<number> {
    const rows = await database.db
      .select({ entityId: mentions.entityId })
      .from(mentions)
      .where(and(eq(mentions.articleId, articleId), eq(mentions.text, surface)));
    expect(rows.length, `"${surface}" found in article ${articleId}`).toBeGreaterThan(0);
    const ids = [...new Set(rows.map((r) => r.entityId))];
    expect(ids).toHaveLength(1);
    expect(ids[0]).not.toBeNull();
    return ids[0]!;
  }

  /** An entity's aliases, sorted by code point (not by the server's collation). */
  async function aliasesOf(entityId: number): Promise<string[]> {
    const rows = await database.db
      .select({ alias: entityAliases.alias })
      .from(entityAliases)
      .where(eq(entityAliases.entityId, entityId));
    return rows.map((r) => r.alias).sort();
  }

  /** Live (not merged away) entities of a type having any of these aliases. */
  async function liveEntitiesWithAlias(type: EntityType, surfaces: string[]): Promise<number[]> {
    const rows = await database.db
      .selectDistinct({ id: entities.id })
      .from(entities)
      .innerJoin(entityAliases, eq(entityAliases.entityId, entities.id))
      .where(and(eq(entities.type, type), isNull(entities.mergedInto), inArray(entityAliases.alias, surfaces)))
      .orderBy(asc(entities.id));
    return rows.map((r) => r.id);
  }

  it('makes one entity when two connections link "UzAuto Motors" and "UzAvto Motors" at the same moment', async () => {
    for (const [round, [a, b]] of VARIANT_PAIRS.entries()) {
      const first = await prepare(`${a} will build ${round + 2},000 buses in Tashkent next year, the company said.`);
      const second = await prepare(`${b} will build ${round + 2},000 buses in Tashkent next year, the company said.`);
      // Both surfaces are ORG mentions that link when written one after the other: what is checked
      // below is the race, not NER or scoring.
      const keysA = blockingKeys(normalizeName(a, 'ORG'), 'ORG');
      expect(blockingKeys(normalizeName(b, 'ORG'), 'ORG').some((k) => keysA.includes(k))).toBe(true);
      expect(scoreMatch({ name: a, type: 'ORG' }, { name: b, type: 'ORG' }).score).toBeGreaterThanOrEqual(AUTO_MERGE_THRESHOLD);
      expect(first.analysis.mentions.find((m) => m.text === a)?.type).toBe('ORG');
      expect(second.analysis.mentions.find((m) => m.text === b)?.type).toBe('ORG');

      // PostgreSQL runs transactions side by side: the linker's key locks are what serialises these two
      expect(runsOneTransactionAtATime(other.db)).toBe(false);
      await Promise.all([persist(database.db, first), persist(other.db, second)]);

      const ids = await liveEntitiesWithAlias('ORG', [a, b]);
      expect(ids, `round ${round}: ${a} / ${b}`).toHaveLength(1);
      expect(await entityOf(first.id, a)).toBe(ids[0]);
      expect(await entityOf(second.id, b)).toBe(ids[0]);
      expect(await aliasesOf(ids[0]!)).toEqual([a, b].sort());
    }
    // Ten organisations, and one Tashkent that every article shares.
    expect(await liveEntitiesWithAlias('ORG', VARIANT_PAIRS.flat())).toHaveLength(VARIANT_PAIRS.length);
    expect(await liveEntitiesWithAlias('GPE', ['Tashkent'])).toHaveLength(1);
  });

  it('links two articles that name two shared entities in opposite orders, at the same moment, without a deadlock', async () => {
    // Article A locks the organisation's keys, then the city's; article B (city first) the other way
    // round, unless all of an article's keys are taken at once in one order.
    const rounds: Array<[string, string, string, string]> = [
      ['Artel Electronics', 'ARTEL Electronics', 'Samarkand', 'Samarqand'],
      ['Saipa Motors', 'SAIPA Motors', 'Bukhara', 'Bukhara'],
      ['Chery Automobile', 'CHERY Automobile', 'Andijan', 'Andijon'],
      ['Shacman Trucks', 'SHACMAN Trucks', 'Namangan', 'Namangan'],
      ['Coscom Telecom', 'COSCOM Telecom', 'Fergana', 'Fergana'],
      ['Kazakhmys Copper', 'KAZAKHMYS Copper', 'Nukus', 'Nukus'],
    ];
    for (const [round, [orgA, orgB, cityA, cityB]] of rounds.entries()) {
      const first = await prepare(`${orgA} will open a plant in ${cityA} next year, the company said.`);
      const second = await prepare(`In ${cityB}, ${orgB} will open a plant next year, the company said.`);
      expect(first.analysis.mentions.map((m) => `${m.text}/${m.type}`)).toEqual([`${orgA}/ORG`, `${cityA}/GPE`]);
      expect(second.analysis.mentions.map((m) => `${m.text}/${m.type}`)).toEqual([`${cityB}/GPE`, `${orgB}/ORG`]);

      // A deadlock makes PostgreSQL abort one of the two transactions: Promise.all rejects.
      await Promise.all([persist(database.db, first), persist(other.db, second)]);

      const orgIds = await liveEntitiesWithAlias('ORG', [orgA, orgB]);
      const cityIds = await liveEntitiesWithAlias('GPE', [cityA, cityB]);
      expect(orgIds, `round ${round}: ${orgA} / ${orgB}`).toHaveLength(1);
      expect(cityIds, `round ${round}: ${cityA} / ${cityB}`).toHaveLength(1);
      expect(await entityOf(first.id, orgA)).toBe(orgIds[0]);
      expect(await entityOf(second.id, orgB)).toBe(orgIds[0]);
      expect(await entityOf(first.id, cityA)).toBe(cityIds[0]);
      expect(await entityOf(second.id, cityB)).toBe(cityIds[0]);
      // Each article's plant launch has the one organisation as its actor.
      for (const article of [first, second]) {
        const actors = await database.db
          .select({ entityId: eventParticipants.entityId })
          .from(eventParticipants)
          .innerJoin(events, eq(events.id, eventParticipants.eventId))
          .where(and(eq(events.articleId, article.id), eq(eventParticipants.role, 'actor')));
        expect(actors.map((a) => a.entityId)).toEqual([orgIds[0]]);
      }
    }
  });

  it('merges on an operator\'s word, logs it, and links later articles naming the merged-away entity to the kept one', async () => {
    const uzauto = await ingest('UzAuto Motors will build 50,000 cars in Asaka next year, the company said.');
    const gm = await ingest('GM Uzbekistan exported 20,000 cars to Russia in 2018.');
    const keep = await entityOf(uzauto.id, 'UzAuto Motors');
    const gone = await entityOf(gm.id, 'GM Uzbekistan');
    // Nothing in the names says they are one company (GM Uzbekistan was renamed UzAuto Motors in 2019).
    expect(gone).not.toBe(keep);
    const goneEvents = await database.db
      .select({ eventId: eventParticipants.eventId, role: eventParticipants.role })
      .from(eventParticipants)
      .where(eq(eventParticipants.entityId, gone));
    expect(goneEvents.length).toBeGreaterThan(0);

    await mergeEntities(database.db, keep, gone, 'analyst:dilnoza');

    // Mentions, aliases and event roles moved; the merged-away entity is a tombstone without keys.
    expect(await entityOf(gm.id, 'GM Uzbekistan')).toBe(keep);
    expect(await aliasesOf(keep)).toEqual(expect.arrayContaining(['GM Uzbekistan', 'UzAuto Motors']));
    expect(await aliasesOf(gone)).toEqual([]);
    const [tombstone] = await database.db.select().from(entities).where(eq(entities.id, gone));
    expect(tombstone?.mergedInto).toBe(keep);
    expect(await database.db.select().from(entityKeys).where(eq(entityKeys.entityId, gone))).toEqual([]);
    expect(await database.db.select().from(eventParticipants).where(eq(eventParticipants.entityId, gone))).toEqual([]);
    const keptEvents = await database.db
      .select({ eventId: eventParticipants.eventId, role: eventParticipants.role })
      .from(eventParticipants)
      .where(eq(eventParticipants.entityId, keep));
    expect(keptEvents).toEqual(expect.arrayContaining(goneEvents));

    const decisions = await database.db
      .select()
      .from(mergeDecisions)
      .where(and(eq(mergeDecisions.decision, 'manual_merge'), eq(mergeDecisions.otherEntityId, gone)));
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({ entityId: keep, alias: 'GM Uzbekistan', decidedBy: 'analyst:dilnoza', score: null });

    // What an analyst sees: one entity for either name, both articles, the decision.
    expect((await findEntities(database.db, 'GM Uzbekistan')).map((e) => e.id)).toEqual([keep]);
    const details = await entityDetails(database.db, keep);
    expect(details.perArticle.map((a) => a.articleId)).toEqual(expect.arrayContaining([uzauto.id, gm.id]));
    expect(details.decisions.map((d) => [d.decision, d.decidedBy])).toContainEqual(['manual_merge', 'analyst:dilnoza']);

    // Later automatic links: a new article, and the merged-away one processed again.
    const later = await ingest('GM Uzbekistan said it would hire 1,000 workers in Asaka.');
    expect(await entityOf(later.id, 'GM Uzbekistan')).toBe(keep);
    await persist(other.db, gm);
    expect(await entityOf(gm.id, 'GM Uzbekistan')).toBe(keep);
    expect(await liveEntitiesWithAlias('ORG', ['GM Uzbekistan', 'UzAuto Motors'])).toEqual([keep]);
    const [alias] = await database.db
      .select({ count: entityAliases.count })
      .from(entityAliases)
      .where(and(eq(entityAliases.entityId, keep), eq(entityAliases.alias, 'GM Uzbekistan')));
    expect(alias?.count).toBe(2);
  });

  it('splits on an operator\'s word, logs it, and never links the split-away name back', async () => {
    const tim = await ingest('Tim Cook announced new iPhones in California on Tuesday.');
    const tom = await ingest('Tom Cook visited a cotton farm in Samarkand on Friday.');
    const original = await entityOf(tim.id, 'Tim Cook');
    // The linker takes "Tom Cook" for a spelling of "Tim Cook" (one short vowel apart): a wrong merge.
    expect(await entityOf(tom.id, 'Tom Cook')).toBe(original);
    const [auto] = await database.db
      .select()
      .from(mergeDecisions)
      .where(and(eq(mergeDecisions.entityId, original), eq(mergeDecisions.decision, 'auto_merge'), eq(mergeDecisions.alias, 'Tom Cook')));
    expect(auto?.score).toBeGreaterThanOrEqual(AUTO_MERGE_THRESHOLD);

    const split = await splitEntity(database.db, original, ['Tom Cook'], 'analyst:dilnoza');

    expect(split).not.toBe(original);
    expect(await entityOf(tom.id, 'Tom Cook')).toBe(split);
    expect(await entityOf(tim.id, 'Tim Cook')).toBe(original);
    expect(await aliasesOf(original)).toEqual(['Tim Cook']);
    expect(await aliasesOf(split)).toEqual(['Tom Cook']);
    const [created] = await database.db.select().from(entities).where(eq(entities.id, split));
    expect(created).toMatchObject({ type: 'PER', canonicalName: 'Tom Cook', mergedInto: null });
    // The visit in Tom Cook's article is his, not Tim Cook's.
    const visitors = await database.db
      .select({ entityId: eventParticipants.entityId })
      .from(eventParticipants)
      .innerJoin(events, eq(events.id, eventParticipants.eventId))
      .where(and(eq(events.articleId, tom.id), eq(eventParticipants.role, 'actor')));
    expect(visitors.map((v) => v.entityId)).toEqual([split]);
    const decisions = await database.db
      .select()
      .from(mergeDecisions)
      .where(and(eq(mergeDecisions.decision, 'manual_split'), eq(mergeDecisions.entityId, split)));
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({ otherEntityId: original, alias: 'Tom Cook', decidedBy: 'analyst:dilnoza' });

    // Later automatic links: new articles on both men, and the split article processed again.
    const tomAgain = await ingest('Tom Cook returned to Samarkand to buy 200 tonnes of cotton.');
    const timAgain = await ingest('Tim Cook said Apple will open a store in Tashkent.');
    await persist(other.db, tom);
    expect(await entityOf(tomAgain.id, 'Tom Cook')).toBe(split);
    expect(await entityOf(tom.id, 'Tom Cook')).toBe(split);
    expect(await entityOf(timAgain.id, 'Tim Cook')).toBe(original);
    expect(await aliasesOf(original)).toEqual(['Tim Cook']);
    expect(await liveEntitiesWithAlias('PER', ['Tim Cook', 'Tom Cook'])).toEqual([original, split].sort((x, y) => x - y));
  });

  it('keeps a split-away name off the original entity even where its names score as high as the split one', async () => {
    // Two banks written alike (Moscow's Alfa-Bank, Kyiv's Alfa Bank): one normalised name, so the
    // linker merges them, and after the split both entities score 1 for "Alfa Bank": only the
    // recorded decision keeps a new article off the original (a tie would go to the older id).
    const moscow = await ingest('Alfa-Bank reported a profit of 1 billion roubles in Moscow.');
    const kyiv = await ingest('Alfa Bank opened 20 branches in Kyiv this year.');
    const original = await entityOf(moscow.id, 'Alfa-Bank');
    expect(await entityOf(kyiv.id, 'Alfa Bank')).toBe(original);

    const split = await splitEntity(database.db, original, ['Alfa Bank'], 'analyst:dilnoza');
    expect(split).toBeGreaterThan(original);
    expect(await aliasesOf(original)).toEqual(['Alfa-Bank']);

    const later = await ingest('Alfa Bank cut its card fees in Kyiv on Wednesday.');
    expect(await entityOf(later.id, 'Alfa Bank')).toBe(split);
    // Processing both old articles again changes nothing: each name stays where the operator put it.
    await Promise.all([persist(database.db, moscow), persist(other.db, kyiv)]);
    expect(await entityOf(kyiv.id, 'Alfa Bank')).toBe(split);
    expect(await entityOf(moscow.id, 'Alfa-Bank')).toBe(original);
    expect(await aliasesOf(original)).toEqual(['Alfa-Bank']);
    expect(await liveEntitiesWithAlias('ORG', ['Alfa Bank', 'Alfa-Bank'])).toEqual([original, split]);
  });

  it('keeps different things with similar names apart across articles', async () => {
    const person1 = await ingest('Walt Disney was born in Chicago in 1901.');
    const company1 = await ingest('The Walt Disney Company will open a new park in Shanghai in 2027.');
    const person2 = await ingest('Walt Disney moved to Los Angeles in 1923 with his brother.');
    const company2 = await ingest('Walt Disney Company reported higher profits in 2024.');
    const both = await ingest('Walt Disney founded the Walt Disney Company in 1923.');
    const person = await entityOf(person1.id, 'Walt Disney');
    const company = await entityOf(company1.id, 'Walt Disney Company');
    expect(person).not.toBe(company);
    expect(await entityOf(person2.id, 'Walt Disney')).toBe(person);
    expect(await entityOf(both.id, 'Walt Disney')).toBe(person);
    expect(await entityOf(company2.id, 'Walt Disney Company')).toBe(company);
    expect(await entityOf(both.id, 'Walt Disney Company')).toBe(company);
    const rows = await database.db.select({ id: entities.id, type: entities.type }).from(entities).where(inArray(entities.id, [person, company]));
    expect(Object.fromEntries(rows.map((r) => [r.id, r.type]))).toEqual({ [person]: 'PER', [company]: 'ORG' });
    expect(await aliasesOf(person)).toEqual(['Walt Disney']);
    expect(await aliasesOf(company)).toEqual(['Walt Disney Company']);

    // A country and a carmaker named after it; two companies of one city.
    const khodro = await ingest('Iran Khodro plans to produce 1,000 cars in Iran this year.');
    const khodro2 = await ingest('Iran Khodro exported 500 cars to Iraq.');
    const iran = await ingest('Iran raised fuel prices in November.');
    expect(await entityOf(khodro2.id, 'Iran Khodro')).toBe(await entityOf(khodro.id, 'Iran Khodro'));
    expect(await entityOf(iran.id, 'Iran')).toBe(await entityOf(khodro.id, 'Iran'));
    expect(await entityOf(khodro.id, 'Iran')).not.toBe(await entityOf(khodro.id, 'Iran Khodro'));
    const mining = await ingest('Navoi Mining Company produced 80 tonnes of gold in 2023.');
    const chemical = await ingest('Navoi Chemical Company will produce 100,000 tonnes of fertiliser in 2025.');
    expect(await entityOf(chemical.id, 'Navoi Chemical Company')).not.toBe(await entityOf(mining.id, 'Navoi Mining Company'));
    expect(await liveEntitiesWithAlias('ORG', ['Navoi Mining Company', 'Navoi Chemical Company'])).toHaveLength(2);

    // None of these were merged on their own.
    const autoMerges = await database.db
      .select({ alias: mergeDecisions.alias })
      .from(mergeDecisions)
      .where(and(eq(mergeDecisions.decision, 'auto_merge'), inArray(mergeDecisions.entityId, [person, company])));
    expect(autoMerges).toEqual([]);
  });
});
