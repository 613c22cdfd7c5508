/**
 * The analyst desk's entities over the whole corpus (read-only), from the `entity_facts` view, and an
 * entity's amounts over time. One filter shape for the page and its exports.
 */
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Database } from '../client.js';
import { forEachBatch, likePattern, type SortDirection } from './analyst-events.js';

export interface EntityFilter {
  type?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  /** Canonical name or any alias (substring, case-insensitive). */
  name?: string;
  /** Only entities mentioned in at least this many articles (default 1: merged-away entities have none). */
  minArticles?: number;
}

export const ENTITY_SORTS = ['articles', 'mentions', 'events', 'name', 'type'] as const;
export type EntitySort = (typeof ENTITY_SORTS)[number];

export interface EntityFactRow {
  entity_id: number;
  type: string;
  canonical_name: string;
  country: string | null;
  article_count: number;
  mention_count: number;
  event_count: number;
  aliases: string | null;
}

export const ENTITY_COLUMNS = [
  'entity_id',
  'type',
  'canonical_name',
  'country',
  'article_count',
  'mention_count',
  'event_count',
  'aliases',
] as const satisfies ReadonlyArray<keyof EntityFactRow>;

const SELECT = sql`
  SELECT f.entity_id::int AS entity_id, f.type, f.canonical_name, f.country,
         f.article_count::int AS article_count, f.mention_count::int AS mention_count,
         f.event_count::int AS event_count, f.aliases
  FROM entity_facts f`;

export function entityWhere(f: EntityFilter): SQL {
  const conds: SQL[] = [sql`f.article_count >= ${f.minArticles ?? 1}`];
  if (f.type) conds.push(sql`f.type = ${f.type}`);
  if (f.country) conds.push(sql`f.country = ${f.country.toUpperCase()}`);
  if (f.name) {
    const like = likePattern(f.name);
    conds.push(sql`(lower(f.canonical_name) LIKE ${like}
      OR EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = f.entity_id AND lower(a.alias) LIKE ${like}))`);
  }
  return sql.join(conds, sql` AND `);
}

function orderBy(sort: EntitySort, dir: SortDirection): SQL {
  const d = sql.raw(dir === 'desc' ? 'DESC' : 'ASC');
  const keys: Record<EntitySort, SQL> = {
    articles: sql`f.article_count ${d}, f.mention_count ${d}`,
    mentions: sql`f.mention_count ${d}`,
    events: sql`f.event_count ${d}`,
    name: sql`f.canonical_name ${d}`,
    type: sql`f.type ${d}`,
  };
  return sql`ORDER BY ${keys[sort]}, f.entity_id ${d}`;
}

export async function searchEntities(
  db: Database,
  filter: EntityFilter,
  opts: { sort?: EntitySort; dir?: SortDirection; limit: number; offset: number },
): Promise<{ rows: EntityFactRow[]; total: number }> {
  const where = entityWhere(filter);
  const [rows, count] = await Promise.all([
    db.execute(sql`${SELECT} WHERE ${where} ${orderBy(opts.sort ?? 'articles', opts.dir ?? 'desc')} LIMIT ${opts.limit} OFFSET ${opts.offset}`),
    db.execute(sql`SELECT count(*)::int AS n FROM entity_facts f WHERE ${where}`),
  ]);
  return { rows: rowsOf<EntityFactRow>(rows), total: rowsOf<{ n: number }>(count)[0]?.n ?? 0 };
}

/** Every matching entity in the page's order, in batches from a cursor (see forEachEventBatch). */
export async function forEachEntityBatch(
  db: Database,
  filter: EntityFilter,
  opts: { sort?: EntitySort; dir?: SortDirection },
  onBatch: (rows: EntityFactRow[]) => Promise<void>,
  batchSize = 1000,
): Promise<void> {
  const query = sql`${SELECT} WHERE ${entityWhere(filter)} ${orderBy(opts.sort ?? 'articles', opts.dir ?? 'desc')}`;
  await forEachBatch(db, query, onBatch, batchSize);
}

export interface EntityFacets {
  types: string[];
  countries: string[];
}

export async function entityFacets(db: Database): Promise<EntityFacets> {
  const res = await db.execute(sql`
    SELECT (SELECT coalesce(array_agg(DISTINCT type ORDER BY type), '{}') FROM entities) AS types,
           (SELECT coalesce(array_agg(DISTINCT country ORDER BY country), '{}') FROM entities WHERE country IS NOT NULL) AS countries`);
  return rowsOf<EntityFacets>(res)[0] ?? { types: [], countries: [] };
}

export interface AmountPoint {
  type: string;
  /** The quantity's unit, or the currency of a money amount. */
  unit: string;
  modality: string;
  year: string;
  total: number;
  events: number;
}

/**
 * An entity's amounts per year, by event type, unit (or currency) and modality: the sum of the
 * quantities (or money values) of the events it takes part in, in any role, that are dated to a
 * year. Negated events and percentages (shares, which do not add up) are left out.
 */
export async function entityAmountsPerYear(db: Database, entityId: number): Promise<AmountPoint[]> {
  const res = await db.execute(sql`
    SELECT f.type, x.unit, f.modality, left(f.time, 4) AS year, sum(x.amount)::float8 AS total, count(*)::int AS events
    FROM event_facts f,
         LATERAL (SELECT CASE WHEN f.quantity IS NOT NULL AND f.unit IS NOT NULL THEN f.quantity ELSE f.money_value END AS amount,
                         CASE WHEN f.quantity IS NOT NULL AND f.unit IS NOT NULL THEN f.unit ELSE f.money_currency END AS unit) x
    WHERE EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = f.event_id AND p.entity_id = ${entityId})
      AND f.time ~ '^[0-9]{4}' AND f.modality <> 'negated'
      AND x.amount IS NOT NULL AND x.unit IS NOT NULL AND x.unit <> 'percent'
    GROUP BY 1, 2, 3, 4
    ORDER BY 1, 2, 4, 3`);
  return rowsOf<AmountPoint>(res);
}

/** An entity's canonical name, or null when there is no such entity. */
export async function entityName(db: Database, id: number): Promise<string | null> {
  const res = await db.execute(sql`SELECT canonical_name FROM entities WHERE id = ${id}`);
  return rowsOf<{ canonical_name: string }>(res)[0]?.canonical_name ?? null;
}
