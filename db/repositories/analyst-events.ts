/**
 * The analyst desk's events over the whole corpus (read-only): one filter shape shared by the events
 * page, its chart and its exports, so a download holds exactly the rows the page lists. Reads the
 * `event_facts` view (the analysts' interface), so the columns are the ones analysts already query.
 */
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Database } from '../client.js';

export interface EventFilter {
  type?: string;
  modality?: string;
  /** An entity taking part in any role, by canonical name or any alias (substring, case-insensitive). */
  entity?: string;
  entityId?: number;
  /** ISO 3166-1 alpha-2: the event's place is in this country, or an entity taking part belongs to it. */
  country?: string;
  /** Article language (ISO 639-3). */
  language?: string;
  /** ISO date (2025, 2025-06, 2025-06-30): events whose time reaches this date, at the time's own precision. */
  from?: string;
  /** ISO date: events whose time starts on or before this date, at the time's own precision. */
  to?: string;
  /** Words that must all begin words of the evidence sentence (full-text, any language, no stemming). */
  q?: string;
  articleId?: number;
}

export const EVENT_SORTS = ['time', 'type', 'modality', 'amount', 'confidence', 'article'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];
export type SortDirection = 'asc' | 'desc';

export interface EventFactRow {
  event_id: number;
  article_id: number;
  article_title: string;
  article_language: string | null;
  type: string;
  modality: string;
  time: string | null;
  actors: string | null;
  location: string | null;
  location_country: string | null;
  product: string | null;
  quantity: number | null;
  unit: string | null;
  money_value: number | null;
  money_currency: string | null;
  confidence: number;
  evidence_text: string;
  evidence_start: number;
  evidence_end: number;
}

/** The columns of a row, in page and export order. */
export const EVENT_COLUMNS = [
  'event_id',
  'article_id',
  'article_title',
  'article_language',
  'type',
  'modality',
  'time',
  'actors',
  'location',
  'location_country',
  'product',
  'quantity',
  'unit',
  'money_value',
  'money_currency',
  'confidence',
  'evidence_text',
  'evidence_start',
  'evidence_end',
] as const satisfies ReadonlyArray<keyof EventFactRow>;

const SELECT = sql`
  SELECT f.event_id::int AS event_id, f.article_id::int AS article_id, f.article_title, f.article_language,
         f.type, f.modality, f.time, f.actors, f.location, f.location_country, f.product,
         f.quantity, f.unit, f.money_value, f.money_currency, f.confidence,
         f.evidence_text, f.evidence_start, f.evidence_end
  FROM event_facts f`;

/** A time that starts with a year (not null, not `XXXX-06`). */
const DATED = sql`f.time ~ '^[0-9]{4}'`;
const firstDay = sql`regexp_replace(f.time, '/.*$', '')`;
const lastDay = sql`regexp_replace(f.time, '^.*/', '')`;

/** Words of a search as a prefix tsquery: only letters and digits reach PostgreSQL's parser. */
export function searchQuery(q: string): string | null {
  const words = q.match(/[\p{L}\p{N}]+/gu);
  return words?.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}

export const likePattern = (s: string) => `%${s.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;

export function eventWhere(f: EventFilter): SQL {
  const conds: SQL[] = [sql`TRUE`];
  if (f.type) conds.push(sql`f.type = ${f.type}`);
  if (f.modality) conds.push(sql`f.modality = ${f.modality}`);
  if (f.language) conds.push(sql`f.article_language = ${f.language}`);
  if (f.articleId !== undefined) conds.push(sql`f.article_id = ${f.articleId}`);
  if (f.entityId !== undefined) {
    conds.push(sql`EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = f.event_id AND p.entity_id = ${f.entityId})`);
  }
  if (f.entity) {
    const like = likePattern(f.entity);
    conds.push(sql`EXISTS (
      SELECT 1 FROM event_participants p JOIN entities e ON e.id = p.entity_id
      WHERE p.event_id = f.event_id
        AND (lower(e.canonical_name) LIKE ${like}
             OR EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id AND lower(a.alias) LIKE ${like})))`);
  }
  if (f.country) {
    const country = f.country.toUpperCase();
    conds.push(sql`(f.location_country = ${country} OR EXISTS (
      SELECT 1 FROM event_participants p JOIN entities e ON e.id = p.entity_id
      WHERE p.event_id = f.event_id AND e.country = ${country}))`);
  }
  // Compared at the shorter precision of the two: `2023` overlaps 2023-06; `2023-05` does not.
  if (f.from) {
    const from = sql`${f.from}::text`;
    conds.push(sql`(${DATED} AND left(${lastDay}, length(${from})) >= left(${from}, length(${lastDay})))`);
  }
  if (f.to) {
    const to = sql`${f.to}::text`;
    conds.push(sql`(${DATED} AND left(${firstDay}, length(${to})) <= left(${to}, length(${firstDay})))`);
  }
  const ts = f.q ? searchQuery(f.q) : null;
  if (f.q && ts === null) conds.push(sql`FALSE`);
  if (ts) conds.push(sql`to_tsvector('simple', f.evidence_text) @@ to_tsquery('simple', ${ts})`);
  return sql.join(conds, sql` AND `);
}

function orderBy(sort: EventSort, dir: SortDirection): SQL {
  const d = sql.raw(dir === 'desc' ? 'DESC' : 'ASC');
  const keys: Record<EventSort, SQL> = {
    // Undated times (null, XXXX-…) come last either way.
    time: sql`(${DATED}) DESC NULLS LAST, f.time ${d}`,
    type: sql`f.type ${d}`,
    modality: sql`f.modality ${d}`,
    amount: sql`coalesce(f.quantity, f.money_value) ${d} NULLS LAST`,
    confidence: sql`f.confidence ${d}`,
    article: sql`f.article_id ${d}, f.evidence_start ${d}`,
  };
  return sql`ORDER BY ${keys[sort]}, f.event_id ${d}`;
}

export interface EventPage {
  rows: EventFactRow[];
  total: number;
}

export async function searchEvents(
  db: Database,
  filter: EventFilter,
  opts: { sort?: EventSort; dir?: SortDirection; limit: number; offset: number },
): Promise<EventPage> {
  const where = eventWhere(filter);
  const [rows, count] = await Promise.all([
    db.execute(sql`${SELECT} WHERE ${where} ${orderBy(opts.sort ?? 'time', opts.dir ?? 'asc')} LIMIT ${opts.limit} OFFSET ${opts.offset}`),
    db.execute(sql`SELECT count(*)::int AS n FROM event_facts f WHERE ${where}`),
  ]);
  return { rows: rowsOf<EventFactRow>(rows), total: rowsOf<{ n: number }>(count)[0]?.n ?? 0 };
}

/**
 * Every matching row, in the page's order, handed over in batches from a server-side cursor (one
 * transaction): however many rows match, at most `batchSize` are in memory. `onBatch` may wait
 * (for a slow client); throwing from it stops the read.
 */
export async function forEachEventBatch(
  db: Database,
  filter: EventFilter,
  opts: { sort?: EventSort; dir?: SortDirection },
  onBatch: (rows: EventFactRow[]) => Promise<void>,
  batchSize = 1000,
): Promise<void> {
  const query = sql`${SELECT} WHERE ${eventWhere(filter)} ${orderBy(opts.sort ?? 'time', opts.dir ?? 'asc')}`;
  await forEachBatch(db, query, onBatch, batchSize);
}

/** Runs `query` through a cursor and hands its rows over `batchSize` at a time. */
export async function forEachBatch<T>(db: Database, query: SQL, onBatch: (rows: T[]) => Promise<void>, batchSize: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`DECLARE newsflow_export NO SCROLL CURSOR FOR ${query}`);
    for (;;) {
      const rows = rowsOf<T>(await tx.execute(sql`FETCH ${sql.raw(String(Math.trunc(batchSize)))} FROM newsflow_export`));
      if (rows.length === 0) break;
      await onBatch(rows);
      if (rows.length < batchSize) break;
    }
    await tx.execute(sql`CLOSE newsflow_export`);
  });
}

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  events: number;
}

export interface EventsPerMonth {
  months: MonthCount[];
  /** Matching events dated only to a year (or an interval of years): not placed in a month. */
  yearOnly: number;
  /** Matching events with no usable time (none, or a month without a year). */
  undated: number;
}

/** Matching events per month of their time (an interval counts in its first month). */
export async function eventsPerMonth(db: Database, filter: EventFilter): Promise<EventsPerMonth> {
  const where = eventWhere(filter);
  const [months, rest] = await Promise.all([
    db.execute(sql`
      SELECT left(f.time, 7) AS month, count(*)::int AS events
      FROM event_facts f WHERE ${where} AND f.time ~ '^[0-9]{4}-[0-9]{2}'
      GROUP BY 1 ORDER BY 1`),
    db.execute(sql`
      SELECT count(*) FILTER (WHERE f.time ~ '^[0-9]{4}($|/)')::int AS year_only,
             count(*) FILTER (WHERE f.time IS NULL OR f.time !~ '^[0-9]{4}')::int AS undated
      FROM event_facts f WHERE ${where}`),
  ]);
  const r = rowsOf<{ year_only: number; undated: number }>(rest)[0];
  return { months: rowsOf<MonthCount>(months), yearOnly: r?.year_only ?? 0, undated: r?.undated ?? 0 };
}

export interface EventFacets {
  types: string[];
  modalities: string[];
  languages: string[];
  countries: string[];
}

/** The values the filters can take, for the page's choice lists. */
export async function eventFacets(db: Database): Promise<EventFacets> {
  const res = await db.execute(sql`
    SELECT (SELECT coalesce(array_agg(DISTINCT type ORDER BY type), '{}') FROM events) AS types,
           (SELECT coalesce(array_agg(DISTINCT modality ORDER BY modality), '{}') FROM events) AS modalities,
           (SELECT coalesce(array_agg(DISTINCT language ORDER BY language), '{}') FROM articles WHERE language IS NOT NULL) AS languages,
           (SELECT coalesce(array_agg(DISTINCT country ORDER BY country), '{}') FROM entities WHERE country IS NOT NULL) AS countries`);
  const row = rowsOf<EventFacets>(res)[0];
  return row ?? { types: [], modalities: [], languages: [], countries: [] };
}

/** The evidence span of one event of one article (for highlighting it on the article page). */
export async function eventEvidence(db: Database, articleId: number, eventId: number): Promise<{ start: number; end: number } | null> {
  const res = await db.execute(sql`
    SELECT evidence_start AS start, evidence_end AS end FROM events WHERE id = ${eventId} AND article_id = ${articleId}`);
  return rowsOf<{ start: number; end: number }>(res)[0] ?? null;
}
