/**
 * Operator decisions on entities: show, merge, split. Each moves facts in one transaction and is
 * logged in merge_decisions; automatic linking never undoes them (a merged entity keeps no keys,
 * and a split alias is kept away from the entity it was split from).
 */
import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { blockingKeys, normalizeName } from '../../pipeline/reconcile/index.js';
import type { EntityType } from '../../pipeline/types.js';
import type { Database, Transaction } from '../client.js';
import { lockKeys } from './entities.js';
import {
  articles,
  entities,
  entityAliases,
  entityKeys,
  eventParticipants,
  events,
  mentions,
  mergeDecisions,
  type EntityRow,
  type MergeDecisionRow,
} from '../schema.js';

export class EntityNotFoundError extends Error {
  constructor(what: string) {
    super(`no entity matches ${JSON.stringify(what)}`);
    this.name = this.constructor.name;
  }
}

/** An operator's request that cannot be carried out as asked (merging an entity with itself…). */
export class EntityAdminError extends Error {
  constructor(message: string) {
    super(message);
    this.name = this.constructor.name;
  }
}

/**
 * Entities whose id, canonical name or an alias is `query`: the whole name, ignoring case only
 * (`%` and `_` are characters like any other, never patterns).
 */
export async function findEntities(db: Database, query: string): Promise<EntityRow[]> {
  const id = /^\d+$/.test(query) ? Number(query) : NaN;
  const byId = Number.isSafeInteger(id) ? eq(entities.id, id) : undefined;
  const wanted = query.toLowerCase();
  const aliasMatch = db
    .select({ id: entityAliases.entityId })
    .from(entityAliases)
    .where(eq(sql`lower(${entityAliases.alias})`, wanted));
  return db
    .select()
    .from(entities)
    .where(
      and(
        isNull(entities.mergedInto),
        or(byId, eq(sql`lower(${entities.canonicalName})`, wanted), inArray(entities.id, aliasMatch)),
      ),
    )
    .orderBy(asc(entities.id))
    .limit(20);
}

export interface EntityDetails {
  entity: EntityRow;
  aliases: Array<{ alias: string; count: number; language: string | null }>;
  perArticle: Array<{ articleId: number; title: string; mentions: number }>;
  decisions: MergeDecisionRow[];
}

export async function entityDetails(db: Database, id: number): Promise<EntityDetails> {
  const [entity] = await db.select().from(entities).where(eq(entities.id, id));
  if (!entity) throw new EntityNotFoundError(String(id));
  const aliases = await db
    .select({ alias: entityAliases.alias, count: entityAliases.count, language: entityAliases.language })
    .from(entityAliases)
    .where(eq(entityAliases.entityId, id))
    .orderBy(desc(entityAliases.count), asc(entityAliases.alias));
  const perArticle = await db
    .select({ articleId: articles.id, title: articles.title, mentions: sql<number>`count(*)::int` })
    .from(mentions)
    .innerJoin(articles, eq(articles.id, mentions.articleId))
    .where(eq(mentions.entityId, id))
    .groupBy(articles.id, articles.title)
    .orderBy(asc(articles.id));
  const decisions = await db
    .select()
    .from(mergeDecisions)
    .where(or(eq(mergeDecisions.entityId, id), eq(mergeDecisions.otherEntityId, id)))
    .orderBy(asc(mergeDecisions.decidedAt));
  return { entity, aliases, perArticle, decisions };
}

/**
 * Takes the linker's advisory locks on every lookup key of `entityIds`, so an operator's change
 * never interleaves with a link that found one of these entities as a candidate.
 */
async function lockEntityKeys(tx: Transaction, entityIds: number[]): Promise<void> {
  const rows = await tx.select({ key: entityKeys.key }).from(entityKeys).where(inArray(entityKeys.entityId, entityIds));
  await lockKeys(tx, rows.map((r) => r.key));
}

async function rebuildKeys(tx: Transaction, entityId: number, type: EntityType): Promise<void> {
  await tx.delete(entityKeys).where(eq(entityKeys.entityId, entityId));
  const aliases = await tx.select({ alias: entityAliases.alias }).from(entityAliases).where(eq(entityAliases.entityId, entityId));
  const keys = new Set(aliases.flatMap((a) => blockingKeys(normalizeName(a.alias, type), type)));
  if (keys.size) await tx.insert(entityKeys).values([...keys].map((key) => ({ key, entityId }))).onConflictDoNothing();
}

/** Moves everything of `goneId` onto `keepId`; `goneId` stays as a tombstone (`merged_into`). */
export async function mergeEntities(db: Database, keepId: number, goneId: number, decidedBy: string): Promise<void> {
  if (keepId === goneId) throw new EntityAdminError(`cannot merge entity ${keepId} with itself`);
  await db.transaction(async (tx) => {
    await lockEntityKeys(tx, [keepId, goneId]);
    const rows = await tx.select().from(entities).where(inArray(entities.id, [keepId, goneId])).for('update');
    const keep = rows.find((r) => r.id === keepId);
    const gone = rows.find((r) => r.id === goneId);
    if (!keep) throw new EntityNotFoundError(String(keepId));
    if (!gone) throw new EntityNotFoundError(String(goneId));
    await tx.update(mentions).set({ entityId: keepId }).where(eq(mentions.entityId, goneId));
    await tx.execute(sql`
      INSERT INTO entity_aliases (entity_id, alias, norm_key, language, count)
      SELECT ${keepId}, alias, norm_key, language, count FROM entity_aliases WHERE entity_id = ${goneId}
      ON CONFLICT (entity_id, alias) DO UPDATE SET count = entity_aliases.count + excluded.count`);
    await tx.delete(entityAliases).where(eq(entityAliases.entityId, goneId));
    await tx.execute(sql`
      INSERT INTO event_participants (event_id, entity_id, role)
      SELECT event_id, ${keepId}, role FROM event_participants WHERE entity_id = ${goneId}
      ON CONFLICT DO NOTHING`);
    await tx.delete(eventParticipants).where(eq(eventParticipants.entityId, goneId));
    await tx.update(events).set({ locationEntityId: keepId }).where(eq(events.locationEntityId, goneId));
    await tx.update(events).set({ productEntityId: keepId }).where(eq(events.productEntityId, goneId));
    await tx.delete(entityKeys).where(eq(entityKeys.entityId, goneId));
    await rebuildKeys(tx, keepId, keep.type as EntityType);
    await tx.update(entities).set({ mergedInto: keepId, updatedAt: new Date() }).where(eq(entities.id, goneId));
    await tx.insert(mergeDecisions).values({
      entityId: keepId,
      otherEntityId: goneId,
      alias: gone.canonicalName,
      decision: 'manual_merge',
      score: null,
      reasons: [{ rule: 'operator', weight: 1, detail: `${gone.canonicalName} merged into ${keep.canonicalName}` }],
      decidedBy,
    });
  });
}

/** Moves the mentions written as `aliases` to a new entity; returns its id. */
export async function splitEntity(db: Database, entityId: number, aliases: string[], decidedBy: string): Promise<number> {
  if (!aliases.length) throw new EntityAdminError('name at least one alias to split off');
  return db.transaction(async (tx) => {
    await lockEntityKeys(tx, [entityId]);
    const [entity] = await tx.select().from(entities).where(eq(entities.id, entityId)).for('update');
    if (!entity) throw new EntityNotFoundError(String(entityId));
    const type = entity.type as EntityType;
    const known = await tx
      .select({ alias: entityAliases.alias })
      .from(entityAliases)
      .where(and(eq(entityAliases.entityId, entityId), inArray(entityAliases.alias, aliases)));
    const missing = aliases.filter((a) => !known.some((k) => k.alias === a));
    if (missing.length) throw new EntityAdminError(`not aliases of entity ${entityId}: ${missing.join(', ')}`);
    const canonical = aliases[0]!;
    const [created] = await tx
      .insert(entities)
      .values({ type, canonicalName: canonical, normKey: normalizeName(canonical, type).key, country: entity.country })
      .returning({ id: entities.id });
    const newId = created!.id;
    await tx.update(entityAliases).set({ entityId: newId }).where(and(eq(entityAliases.entityId, entityId), inArray(entityAliases.alias, aliases)));
    const moved = await tx
      .update(mentions)
      .set({ entityId: newId })
      .where(and(eq(mentions.entityId, entityId), inArray(mentions.text, aliases)))
      .returning({ articleId: mentions.articleId });
    // Events of articles that no longer mention the old entity now belong to the new one.
    const articleIds = [...new Set(moved.map((m) => m.articleId))];
    for (const articleId of articleIds) {
      const [still] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(mentions)
        .where(and(eq(mentions.articleId, articleId), eq(mentions.entityId, entityId)));
      if (still?.n) continue;
      const articleEvents = tx.select({ id: events.id }).from(events).where(eq(events.articleId, articleId));
      await tx
        .update(eventParticipants)
        .set({ entityId: newId })
        .where(and(eq(eventParticipants.entityId, entityId), inArray(eventParticipants.eventId, articleEvents)));
      await tx.update(events).set({ locationEntityId: newId }).where(and(eq(events.articleId, articleId), eq(events.locationEntityId, entityId)));
      await tx.update(events).set({ productEntityId: newId }).where(and(eq(events.articleId, articleId), eq(events.productEntityId, entityId)));
    }
    await rebuildKeys(tx, entityId, type);
    await rebuildKeys(tx, newId, type);
    await tx.insert(mergeDecisions).values(
      aliases.map((alias) => ({
        entityId: newId,
        otherEntityId: entityId,
        alias,
        decision: 'manual_split' as const,
        score: null,
        reasons: [{ rule: 'operator', weight: 1, detail: `${alias} split off ${entity.canonicalName}` }],
        decidedBy,
      })),
    );
    return newId;
  });
}
