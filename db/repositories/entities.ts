/**
 * Entity linking I/O: candidate lookup through indexed blocking keys, creation, aliases and the
 * merge-decision log. Decisions themselves are pure (`pipeline/reconcile`); this module only
 * fetches candidates and writes what was decided.
 *
 * Concurrency: every blocking key of an article's mentions is taken as a transaction-scoped
 * advisory lock, all at once in lock-id order (so two transactions never wait on each other in a
 * cycle), before candidates are read (`lockKeys`; the article's writer takes them before its row lock,
 * and skips them on a database that runs one transaction at a time). Two workers linking "UzAuto
 * Motors" and "UzAvto Motors" at once serialise on their shared key, and the second finds the entity
 * the first one created.
 */
import { and, eq, sql, type SQL } from 'drizzle-orm';
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
import { rowsOf, type Database, type Transaction } from '../client.js';
import { executePrepared } from '../prepared.js';
import { entities, entityKeys, mergeDecisions } from '../schema.js';

/** Most candidates read for one cluster: enough for any real name, bounded for hot keys. */
const MAX_CANDIDATES = 50;

export interface LinkResult {
  /** Entity id per mention (same order as the input). */
  entityIds: number[];
  entitiesCreated: number;
  /**
   * The entities, aliases, keys and merge decisions to write: statements the caller runs in the same
   * transaction, as parts of one statement (`writeTogether`), before anything reads them.
   */
  writes: SQL[];
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
    SELECT count(pg_advisory_xact_lock(id)) AS locked
    FROM (SELECT DISTINCT hashtextextended(k, 0) AS id FROM unnest(${sql.param(keys)}::text[]) AS k ORDER BY id) AS ordered`);
}

/** A candidate entity as the linker sees it: read once per article, then kept up to date in memory. */
interface KnownEntity {
  id: number;
  type: EntityType;
  canonicalName: string;
  country: string | null;
  aliases: Set<string>;
}

/** What an article's linking reads before deciding (`loadArticleCandidates`). */
export interface ArticleCandidates {
  /** Entity ids behind each blocking key. */
  keyIndex: Map<string, Set<number>>;
  known: Map<number, KnownEntity>;
  /** Entities an operator split each of the article's surfaces away from. */
  splitAway: Map<string, Set<number>>;
  /** One new entity id per cluster, drawn from the sequence. */
  freshIds: number[];
}

/**
 * What one article's linking reads, in one statement for all its clusters, once the caller holds the
 * advisory locks of `plan.keys` (`lockKeys`; a later statement, so its snapshot sees what the last
 * holder of a key wrote): the entities behind each blocking key (at most MAX_CANDIDATES per key), their
 * aliases, which entities an operator split one of the article's surfaces away from, and a new entity
 * id per cluster. `withRow`, a query of one value, runs in the same statement (the article's writer
 * locks and reads the article's row there: one round trip fewer); its value comes back as `row`. The
 * statement's text never changes, so it is prepared (`executePrepared`).
 */
export async function loadArticleCandidates<R>(db: Database, tx: Transaction, plan: LinkPlan, withRow: SQL): Promise<{ candidates: ArticleCandidates; row: R | null }> {
  const keyIndex = new Map<string, Set<number>>();
  const known = new Map<number, KnownEntity>();
  const splitAway = new Map<string, Set<number>>();
  const surfaces = [...new Set(plan.clusters.flatMap((c) => c.surfaces))];
  const [row] = rowsOf<{
    keys: Array<[string, number]>;
    entities: Array<[number, string, string, string | null]>;
    aliases: Array<[number, string]>;
    splits: Array<[string, number]>;
    fresh: Array<number | string>;
    row: R | null;
  }>(
    await executePrepared(db, tx, sql`
      WITH k AS (
        SELECT k.key, ek.entity_id FROM unnest(${sql.param(plan.keys)}::text[]) AS k(key)
        CROSS JOIN LATERAL (SELECT entity_id FROM entity_keys WHERE key = k.key ORDER BY entity_id LIMIT ${MAX_CANDIDATES}) ek),
      e AS (SELECT id, type, canonical_name, country FROM entities
            WHERE id = ANY(ARRAY(SELECT entity_id FROM k)) AND merged_into IS NULL)
      SELECT
        (SELECT coalesce(json_agg(json_build_array(key, entity_id)), '[]') FROM k) AS keys,
        (SELECT coalesce(json_agg(json_build_array(id, type, canonical_name, country)), '[]') FROM e) AS entities,
        (SELECT coalesce(json_agg(json_build_array(entity_id, alias)), '[]') FROM entity_aliases
         WHERE entity_id = ANY(ARRAY(SELECT id FROM e))) AS aliases,
        (SELECT coalesce(json_agg(json_build_array(alias, other_entity_id)), '[]') FROM merge_decisions
         WHERE decision = 'manual_split' AND other_entity_id IS NOT NULL AND alias = ANY(${sql.param(surfaces)}::text[])) AS splits,
        (SELECT coalesce(json_agg(nextval(pg_get_serial_sequence('entities', 'id'))), '[]') FROM generate_series(1, ${plan.clusters.length}::int)) AS fresh,
        (${withRow}) AS row`),
  );
  for (const [key, id] of row!.keys) {
    const set = keyIndex.get(key) ?? new Set<number>();
    set.add(Number(id));
    keyIndex.set(key, set);
  }
  for (const [id, type, canonicalName, country] of row!.entities) {
    known.set(Number(id), { id: Number(id), type: type as EntityType, canonicalName, country, aliases: new Set() });
  }
  for (const [id, alias] of row!.aliases) known.get(Number(id))?.aliases.add(alias);
  for (const [alias, id] of row!.splits) {
    const set = splitAway.get(alias) ?? new Set<number>();
    set.add(Number(id));
    splitAway.set(alias, set);
  }
  return { candidates: { keyIndex, known, splitAway, freshIds: row!.fresh.map(Number) }, row: row!.row };
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

/** One article's mentions clustered for linking, with every blocking key that must be locked first. */
export interface LinkPlan {
  mentions: Mention[];
  clusters: Array<{ indexes: number[]; type: EntityType; surfaces: string[]; keys: string[] }>;
  /** Every key of the article at once: locking cluster by cluster could deadlock two articles that share keys of two clusters in opposite order. */
  keys: string[];
}

/** Clusters an article's mentions and finds their blocking keys: pure, before any lock is taken. */
export function planLinks(mentions: Mention[]): LinkPlan {
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
  return { mentions, clusters, keys: [...new Set(clusters.flatMap((c) => c.keys))] };
}

/**
 * Links every mention of one article to a canonical entity, creating entities where nothing
 * matches, from the candidates read under the advisory locks of `plan.keys`
 * (`loadArticleCandidates`). Each cluster is linked once, in order: a cluster sees the entities and
 * aliases the clusters before it created or added. Writes are batched per article (a few statements,
 * not a few per cluster).
 */
export async function linkMentions(
  tx: Transaction,
  plan: LinkPlan,
  { keyIndex, known, splitAway, freshIds }: ArticleCandidates,
  language: string | null,
  decidedBy: string,
): Promise<LinkResult> {
  const { mentions, clusters } = plan;
  const created: Array<{ id: number; type: EntityType; canonicalName: string; normKey: string; country: string | null; demonymOf: number | null }> = [];
  const decisions: Array<Omit<typeof mergeDecisions.$inferInsert, 'decidedBy'>> = [];
  const aliasRows = new Map<string, { entityId: number; alias: string; normKey: string; count: number }>();
  const keyRows = new Map<string, { key: string; entityId: number }>();
  const entityIds: number[] = new Array(mentions.length);
  for (const [c, { indexes, type, surfaces, keys }] of clusters.entries()) {
    const canonical = canonicalNameOf(surfaces, type);
    const normalized = normalizeName(canonical, type);
    const excluded = new Set(surfaces.flatMap((s) => [...(splitAway.get(s) ?? [])]));
    const ids = [...new Set(keys.flatMap((k) => [...(keyIndex.get(k) ?? [])]))].sort((a, b) => a - b).slice(0, MAX_CANDIDATES);
    const candidates: EntityCandidate[] = ids
      .map((id) => known.get(id))
      .filter((e): e is KnownEntity => e !== undefined && !excluded.has(e.id))
      .map((e) => ({ entityId: String(e.id), type: e.type, canonicalName: e.canonicalName, country: e.country, aliases: [...e.aliases] }));
    const decision = decideLink({ text: canonical, type }, candidates);
    let entityId: number;
    if (decision.action === 'link' && decision.entityId) {
      entityId = Number(decision.entityId);
      const entity = known.get(entityId)!;
      if (!surfaces.some((s) => entity.aliases.has(s))) {
        decisions.push({ entityId, alias: canonical, decision: 'auto_merge', score: decision.score, reasons: decision.reasons });
      }
    } else {
      entityId = freshIds[c]!;
      const alpha2 = keys.find((k) => k.startsWith('country:'))?.slice('country:'.length) ?? null;
      const demonymCountry = type === 'MISC' ? demonymOf(canonical, language ?? undefined) : null;
      let demonymOfId: number | null = null;
      if (demonymCountry) {
        const inArticle = [...(keyIndex.get(`country:${demonymCountry}`) ?? [])].find((id) => known.get(id)?.type === 'GPE');
        demonymOfId = inArticle ?? (await findCountryEntity(tx, demonymCountry));
      }
      created.push({
        id: entityId,
        type,
        canonicalName: canonical,
        normKey: normalized.key,
        country: demonymCountry ?? alpha2,
        demonymOf: demonymOfId,
      });
      known.set(entityId, { id: entityId, type, canonicalName: canonical, country: demonymCountry ?? alpha2, aliases: new Set() });
      for (const review of decision.review) {
        decisions.push({
          entityId,
          otherEntityId: Number(review.entityId),
          alias: canonical,
          decision: 'review',
          score: review.score,
          reasons: review.reasons,
        });
      }
    }
    // The cluster's surfaces become aliases of the entity (counts added), with their lookup keys.
    const entity = known.get(entityId)!;
    for (const alias of surfaces) {
      const rowKey = `${entityId}\u0000${alias}`;
      const row = aliasRows.get(rowKey);
      if (row) {
        row.count += 1;
        continue;
      }
      const aliasName = normalizeName(alias, type);
      aliasRows.set(rowKey, { entityId, alias, normKey: aliasName.key, count: 1 });
      entity.aliases.add(alias);
      for (const key of blockingKeys(aliasName, type)) {
        keyRows.set(`${key}\u0000${entityId}`, { key, entityId });
        const set = keyIndex.get(key) ?? new Set<number>();
        set.add(entityId);
        keyIndex.set(key, set);
      }
    }
    for (const i of indexes) entityIds[i] = entityId;
  }

  // Every part is present, with no rows where there are none: the statement keeps one text (`executePrepared`).
  const aliases = [...aliasRows.values()];
  const keyList = [...keyRows.values()];
  const writes: SQL[] = [
    // A demonym may point at a country entity created by an earlier cluster: foreign keys are
    // checked at the end of the statement these writes are part of.
    sql`
      INSERT INTO entities (id, type, canonical_name, norm_key, country, demonym_of) OVERRIDING SYSTEM VALUE
      SELECT * FROM unnest(${sql.param(created.map((e) => e.id))}::bigint[], ${sql.param(created.map((e) => e.type))}::text[],
                           ${sql.param(created.map((e) => e.canonicalName))}::text[], ${sql.param(created.map((e) => e.normKey))}::text[],
                           ${sql.param(created.map((e) => e.country))}::text[], ${sql.param(created.map((e) => e.demonymOf))}::bigint[])`,
    sql`
      INSERT INTO merge_decisions (entity_id, other_entity_id, alias, decision, score, reasons, decided_by)
      SELECT u.entity_id, u.other_entity_id, u.alias, u.decision, u.score, u.reasons::jsonb, ${decidedBy}::text
      FROM unnest(${sql.param(decisions.map((d) => d.entityId))}::bigint[], ${sql.param(decisions.map((d) => d.otherEntityId ?? null))}::bigint[],
                  ${sql.param(decisions.map((d) => d.alias))}::text[], ${sql.param(decisions.map((d) => d.decision))}::text[],
                  ${sql.param(decisions.map((d) => d.score))}::real[], ${sql.param(decisions.map((d) => JSON.stringify(d.reasons)))}::text[])
           AS u(entity_id, other_entity_id, alias, decision, score, reasons)`,
    sql`
      INSERT INTO entity_aliases (entity_id, alias, norm_key, language, count)
      SELECT u.entity_id, u.alias, u.norm_key, ${language}::text, u.count
      FROM unnest(${sql.param(aliases.map((r) => r.entityId))}::bigint[], ${sql.param(aliases.map((r) => r.alias))}::text[],
                  ${sql.param(aliases.map((r) => r.normKey))}::text[], ${sql.param(aliases.map((r) => r.count))}::int[])
           AS u(entity_id, alias, norm_key, count)
      ON CONFLICT (entity_id, alias) DO UPDATE SET count = entity_aliases.count + excluded.count`,
    sql`
      INSERT INTO entity_keys (key, entity_id)
      SELECT * FROM unnest(${sql.param(keyList.map((r) => r.key))}::text[], ${sql.param(keyList.map((r) => r.entityId))}::bigint[])
      ON CONFLICT DO NOTHING`,
  ];
  return { entityIds, entitiesCreated: created.length, writes };
}

/** Takes back the alias counts of an article's current mentions before they are replaced. */
export async function releaseArticleAliases(tx: Transaction, articleId: number): Promise<void> {
  await tx.execute(sql`
    UPDATE entity_aliases ea SET count = GREATEST(ea.count - x.n, 0)
    FROM (SELECT entity_id, text, count(*)::int AS n FROM mentions
          WHERE article_id = ${articleId} AND entity_id IS NOT NULL GROUP BY entity_id, text) x
    WHERE ea.entity_id = x.entity_id AND ea.alias = x.text`);
}
