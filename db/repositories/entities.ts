/**
 * Entity linking I/O: candidate lookup through indexed blocking keys, creation, aliases and the
 * merge-decision log. Decisions themselves are pure (`pipeline/reconcile`); this module only
 * fetches candidates and writes what was decided.
 *
 * Concurrency: every blocking key of an article's mentions is taken as a transaction-scoped
 * advisory lock, all at once in lock-id order (so two transactions never wait on each other in a
 * cycle), before candidates are read. Two workers linking "UzAuto Motors" and "UzAvto Motors" at
 * once serialise on their shared key, and the second finds the entity the first one created.
 */
import { and, eq, inArray, isNotNull, isNull, notInArray, sql } from 'drizzle-orm';
import {
  blockingKeys,
  canonicalNameOf,
  clusterDocumentMentions,
  decideLink,
  demonymOf,
  normalizeName,
  type EntityCandidate,
} from '../../pipeline/reconcile/index.js';
import type { EntityType, Mention } from '../../pipeline/types.js';
import type { Transaction } from '../client.js';
import { entities, entityAliases, entityKeys, mergeDecisions } from '../schema.js';

/** Most candidates read for one cluster: enough for any real name, bounded for hot keys. */
const MAX_CANDIDATES = 50;

export interface LinkResult {
  /** Entity id per mention (same order as the input). */
  entityIds: number[];
  entitiesCreated: number;
}

/** The most frequent type in a cluster (first seen wins ties). */
function clusterType(members: Mention[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const m of members) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  let best = members[0]!.type;
  for (const [type, n] of counts) if (n > (counts.get(best) ?? 0)) best = type;
  return best;
}

/**
 * Takes the advisory locks of all `keys` in one statement, in the order of their lock ids, so two
 * transactions always acquire shared locks in the same order and can never wait in a cycle.
 */
export async function lockKeys(tx: Transaction, keys: string[]): Promise<void> {
  if (!keys.length) return;
  await tx.execute(sql`
    SELECT count(pg_advisory_xact_lock(id))
    FROM (SELECT DISTINCT hashtextextended(k, 0) AS id FROM unnest(${sql.param(keys)}::text[]) AS k ORDER BY id) AS ordered`);
}

/**
 * Entities sharing a blocking key with the cluster. Tombstones of operator merges are skipped, and
 * so is any entity an operator split one of these surfaces away from.
 */
async function loadCandidates(tx: Transaction, keys: string[], surfaces: string[]): Promise<EntityCandidate[]> {
  if (!keys.length) return [];
  const splitAway = tx
    .select({ id: mergeDecisions.otherEntityId })
    .from(mergeDecisions)
    .where(
      and(
        eq(mergeDecisions.decision, 'manual_split'),
        inArray(mergeDecisions.alias, surfaces),
        isNotNull(mergeDecisions.otherEntityId),
      ),
    );
  const ids = await tx
    .selectDistinct({ id: entityKeys.entityId })
    .from(entityKeys)
    .where(inArray(entityKeys.key, keys))
    .limit(MAX_CANDIDATES);
  if (!ids.length) return [];
  const idList = ids.map((r) => r.id);
  const rows = await tx
    .select({ id: entities.id, type: entities.type, canonicalName: entities.canonicalName, country: entities.country })
    .from(entities)
    .where(and(inArray(entities.id, idList), isNull(entities.mergedInto), notInArray(entities.id, splitAway)));
  if (!rows.length) return [];
  const aliases = await tx
    .select({ entityId: entityAliases.entityId, alias: entityAliases.alias })
    .from(entityAliases)
    .where(inArray(entityAliases.entityId, rows.map((r) => r.id)));
  return rows.map((r) => ({
    entityId: String(r.id),
    type: r.type as EntityType,
    canonicalName: r.canonicalName,
    country: r.country,
    aliases: aliases.filter((a) => a.entityId === r.id).map((a) => a.alias),
  }));
}

/** Upserts a cluster's surfaces as aliases of `entityId` (counts added) and their lookup keys. */
async function addAliases(
  tx: Transaction,
  entityId: number,
  type: EntityType,
  surfaces: string[],
  language: string | null,
): Promise<void> {
  const counts = new Map<string, number>();
  for (const s of surfaces) counts.set(s, (counts.get(s) ?? 0) + 1);
  const aliases = [...counts].map(([alias, count]) => ({ alias, count, normalized: normalizeName(alias, type) }));
  await tx
    .insert(entityAliases)
    .values(aliases.map(({ alias, count, normalized }) => ({ entityId, alias, normKey: normalized.key, language, count })))
    .onConflictDoUpdate({
      target: [entityAliases.entityId, entityAliases.alias],
      set: { count: sql`${entityAliases.count} + excluded.count` },
    });
  const keys = [...new Set(aliases.flatMap(({ normalized }) => blockingKeys(normalized, type)))];
  if (keys.length) {
    await tx
      .insert(entityKeys)
      .values(keys.map((key) => ({ key, entityId })))
      .onConflictDoNothing();
  }
}

/** Finds the country entity a demonym refers to, by its `country:XX` key. */
async function findCountryEntity(tx: Transaction, alpha2: string): Promise<number | null> {
  const [row] = await tx
    .select({ id: entityKeys.entityId })
    .from(entityKeys)
    .innerJoin(entities, eq(entities.id, entityKeys.entityId))
    .where(and(eq(entityKeys.key, `country:${alpha2}`), eq(entities.type, 'GPE')))
    .limit(1);
  return row?.id ?? null;
}

/**
 * Links every mention of one article to a canonical entity, creating entities where nothing
 * matches. Mentions are first clustered inside the article, then each cluster is linked once.
 */
export async function linkMentions(
  tx: Transaction,
  mentions: Mention[],
  language: string | null,
  decidedBy: string,
): Promise<LinkResult> {
  const clusterOf = clusterDocumentMentions(mentions.map((m) => ({ text: m.text, type: m.type, start: m.start, end: m.end })));
  const members = new Map<number, number[]>();
  clusterOf.forEach((c, i) => {
    const list = members.get(c);
    if (list) list.push(i);
    else members.set(c, [i]);
  });

  const clusters = [...members.values()].map((indexes) => {
    const clusterMentions = indexes.map((i) => mentions[i]!);
    const type = clusterType(clusterMentions);
    const surfaces = clusterMentions.map((m) => m.text);
    const keys = [...new Set(surfaces.flatMap((s) => blockingKeys(normalizeName(s, type), type)))];
    return { indexes, type, surfaces, keys };
  });
  // Every key of the article at once: locking cluster by cluster could deadlock two articles
  // that share keys of two clusters in opposite order.
  await lockKeys(tx, clusters.flatMap((c) => c.keys));

  const entityIds: number[] = new Array(mentions.length);
  let entitiesCreated = 0;
  for (const { indexes, type, surfaces, keys } of clusters) {
    const canonical = canonicalNameOf(surfaces, type);
    const normalized = normalizeName(canonical, type);
    const decision = decideLink({ text: canonical, type }, await loadCandidates(tx, keys, surfaces));
    let entityId: number;
    if (decision.action === 'link' && decision.entityId) {
      entityId = Number(decision.entityId);
      const known = await tx
        .select({ id: entityAliases.id })
        .from(entityAliases)
        .where(and(eq(entityAliases.entityId, entityId), inArray(entityAliases.alias, surfaces)))
        .limit(1);
      if (!known.length) {
        await tx.insert(mergeDecisions).values({
          entityId,
          alias: canonical,
          decision: 'auto_merge',
          score: decision.score,
          reasons: decision.reasons,
          decidedBy,
        });
      }
    } else {
      const alpha2 = keys.find((k) => k.startsWith('country:'))?.slice('country:'.length) ?? null;
      const [created] = await tx
        .insert(entities)
        .values({
          type,
          canonicalName: canonical,
          normKey: normalized.key,
          country: alpha2,
          demonymOf: null,
        })
        .returning({ id: entities.id });
      entityId = created!.id;
      entitiesCreated += 1;
      const demonymCountry = type === 'MISC' ? demonymOf(canonical, language ?? undefined) : null;
      if (demonymCountry) {
        const countryId = await findCountryEntity(tx, demonymCountry);
        await tx
          .update(entities)
          .set({ country: demonymCountry, demonymOf: countryId })
          .where(eq(entities.id, entityId));
      }
      for (const review of decision.review) {
        await tx.insert(mergeDecisions).values({
          entityId,
          otherEntityId: Number(review.entityId),
          alias: canonical,
          decision: 'review',
          score: review.score,
          reasons: review.reasons,
          decidedBy,
        });
      }
    }
    await addAliases(tx, entityId, type, surfaces, language);
    for (const i of indexes) entityIds[i] = entityId;
  }
  return { entityIds, entitiesCreated };
}

/** Takes back the alias counts of an article's current mentions before they are replaced. */
export async function releaseArticleAliases(tx: Transaction, articleId: number): Promise<void> {
  await tx.execute(sql`
    UPDATE entity_aliases ea SET count = GREATEST(ea.count - x.n, 0)
    FROM (SELECT entity_id, text, count(*)::int AS n FROM mentions
          WHERE article_id = ${articleId} AND entity_id IS NOT NULL GROUP BY entity_id, text) x
    WHERE ea.entity_id = x.entity_id AND ea.alias = x.text`);
}
