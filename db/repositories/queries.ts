/** Read-side queries for the CLI, the demo and the pages (parameterised; no writes). */
import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../client.js';

export interface EntitySummaryRow {
  id: number;
  type: string;
  canonical_name: string;
  aliases: string;
  mentions: number;
  articles: number;
}

export async function entitySummaries(db: Database, opts: { minArticles?: number; limit?: number } = {}): Promise<EntitySummaryRow[]> {
  const res = await db.execute(sql`
    SELECT e.id::int AS id, e.type, e.canonical_name,
           coalesce((SELECT string_agg(a.alias, ' | ' ORDER BY a.count DESC, a.alias)
                     FROM entity_aliases a WHERE a.entity_id = e.id AND a.count > 0), '') AS aliases,
           count(m.id)::int AS mentions, count(DISTINCT m.article_id)::int AS articles
    FROM entities e JOIN mentions m ON m.entity_id = e.id
    GROUP BY e.id
    HAVING count(DISTINCT m.article_id) >= ${opts.minArticles ?? 1}
    ORDER BY count(DISTINCT m.article_id) DESC, count(m.id) DESC, e.canonical_name
    LIMIT ${opts.limit ?? 1000}`);
  return rowsOf<EntitySummaryRow>(res);
}

export interface EventSummaryRow {
  id: number;
  article_id: number;
  type: string;
  modality: string;
  actors: string | null;
  location: string | null;
  product: string | null;
  quantity: number | null;
  unit: string | null;
  money_value: number | null;
  money_currency: string | null;
  time: string | null;
  evidence_text: string;
  /** Every sentence stating the fact: [{start, end, text}] (null for rows written before pipeline 0.3.0). */
  evidence_spans: Array<{ start: number; end: number; text: string }> | null;
  change_pct: number | null;
  share_pct: number | null;
  confidence: number;
}

/**
 * The end of an event's time (`2025`, `2025-06`, `2025-06-30`, or an interval `2018-08/2018-09`): an
 * event is "since D" when its time reaches D, compared at the time's own precision (`2025` is since
 * `2025-06-01`; `2025-05` is not).
 */
const lastDay = sql`regexp_replace(ev.time, '^.*/', '')`;

export async function eventSummaries(
  db: Database,
  filter: { entity?: string; entityId?: number; type?: string; since?: string; articleId?: number; limit?: number } = {},
): Promise<EventSummaryRow[]> {
  // A name is matched as text: LIKE's own wildcards in it are escaped.
  const entity = filter.entity ? `%${filter.entity.toLowerCase().replace(/[\\%_]/g, '\\$&')}%` : null;
  const res = await db.execute(sql`
    SELECT ev.id::int AS id, ev.article_id::int AS article_id, ev.type, ev.modality,
           (SELECT string_agg(e.canonical_name, ', ' ORDER BY e.canonical_name)
              FROM event_participants p JOIN entities e ON e.id = p.entity_id
             WHERE p.event_id = ev.id AND p.role = 'actor') AS actors,
           loc.canonical_name AS location,
           coalesce(prod.canonical_name, ev.product_text) AS product,
           ev.quantity, ev.unit, ev.money_value, ev.money_currency, ev.time, ev.evidence_text,
           ev.evidence_spans, ev.change_pct, ev.share_pct, ev.confidence
    FROM events ev
    LEFT JOIN entities loc ON loc.id = ev.location_entity_id
    LEFT JOIN entities prod ON prod.id = ev.product_entity_id
    WHERE (${filter.type ?? null}::text IS NULL OR ev.type = ${filter.type ?? null})
      AND (${filter.articleId ?? null}::bigint IS NULL OR ev.article_id = ${filter.articleId ?? null})
      AND (${filter.since ?? null}::text IS NULL OR (ev.time ~ '^[0-9]{4}' AND ${lastDay} >= left(${filter.since ?? null}, length(${lastDay}))))
      AND (${filter.entityId ?? null}::bigint IS NULL OR EXISTS (
            SELECT 1 FROM event_participants p WHERE p.event_id = ev.id AND p.entity_id = ${filter.entityId ?? null}))
      AND (${entity}::text IS NULL OR EXISTS (
            SELECT 1 FROM event_participants p
            JOIN entities e ON e.id = p.entity_id
            LEFT JOIN entity_aliases a ON a.entity_id = e.id
            WHERE p.event_id = ev.id AND (lower(e.canonical_name) LIKE ${entity} OR lower(a.alias) LIKE ${entity})))
    ORDER BY ev.article_id, ev.evidence_start, ev.id
    LIMIT ${filter.limit ?? 1000}`);
  return rowsOf<EventSummaryRow>(res);
}

export interface ArticleMentionRow {
  id: number;
  type: string;
  text: string;
  start_offset: number;
  end_offset: number;
  confidence: number;
  extractor: string;
  entity_id: number | null;
  canonical_name: string | null;
}

export async function articleMentions(db: Database, articleId: number): Promise<ArticleMentionRow[]> {
  const res = await db.execute(sql`
    SELECT m.id::int AS id, m.type, m.text, m.start_offset, m.end_offset, m.confidence, m.extractor,
           m.entity_id::int AS entity_id, e.canonical_name
    FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id
    WHERE m.article_id = ${articleId}
    ORDER BY m.start_offset`);
  return rowsOf<ArticleMentionRow>(res);
}
