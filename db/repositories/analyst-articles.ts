/**
 * The analyst desk's article list (read-only): filter by language, status, a mentioned entity (any
 * alias) and words of the title or text; sort; page; export with the same filter.
 */
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Database } from '../client.js';
import { numbers, type NumberRow } from '../schema.js';
import { forEachBatch, likePattern, searchQuery, type SortDirection } from './analyst-events.js';

export interface ArticleFilter {
  /** ISO 639-3, as detected. */
  language?: string;
  status?: string;
  /** An entity mentioned in the article, by canonical name or any alias (substring, case-insensitive). */
  entity?: string;
  /** Words that must all begin words of the title or text. */
  q?: string;
}

export const ARTICLE_SORTS = ['id', 'title', 'language', 'published', 'mentions', 'events'] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

export interface ArticleListRow {
  article_id: number;
  title: string;
  source: string | null;
  language: string | null;
  status: string;
  published_at: string | null;
  mentions: number;
  events: number;
  /** Which stages read the language ({events: false}: no event lexicon); null before pipeline 0.3.0. */
  stages_read?: { language: string; events: boolean } | null;
}

export const ARTICLE_COLUMNS = [
  'article_id',
  'title',
  'source',
  'language',
  'status',
  'published_at',
  'mentions',
  'events',
] as const satisfies ReadonlyArray<keyof ArticleListRow>;

function articleWhere(f: ArticleFilter): SQL {
  const conds: SQL[] = [sql`TRUE`];
  if (f.language) conds.push(sql`a.language = ${f.language}`);
  if (f.status) conds.push(sql`a.status = ${f.status}`);
  if (f.entity) {
    const like = likePattern(f.entity);
    conds.push(sql`EXISTS (
      SELECT 1 FROM mentions m JOIN entities e ON e.id = m.entity_id
      WHERE m.article_id = a.id
        AND (lower(e.canonical_name) LIKE ${like}
             OR EXISTS (SELECT 1 FROM entity_aliases al WHERE al.entity_id = e.id AND lower(al.alias) LIKE ${like})))`);
  }
  const ts = f.q ? searchQuery(f.q) : null;
  if (f.q && ts === null) conds.push(sql`FALSE`);
  if (ts) conds.push(sql`to_tsvector('simple', a.title || ' ' || a.text) @@ to_tsquery('simple', ${ts})`);
  return sql.join(conds, sql` AND `);
}

const listed = (where: SQL) => sql`
  SELECT a.id::int AS article_id, a.title, a.source, a.language, a.status, a.published_at::text AS published_at, a.stages_read,
         (SELECT count(*)::int FROM mentions m WHERE m.article_id = a.id) AS mentions,
         (SELECT count(*)::int FROM events ev WHERE ev.article_id = a.id) AS events
  FROM articles a WHERE ${where}`;

function orderBy(sort: ArticleSort, dir: SortDirection): SQL {
  const d = sql.raw(dir === 'desc' ? 'DESC' : 'ASC');
  const keys: Record<ArticleSort, SQL> = {
    id: sql`f.article_id ${d}`,
    title: sql`f.title ${d}`,
    language: sql`f.language ${d} NULLS LAST`,
    published: sql`f.published_at ${d} NULLS LAST`,
    mentions: sql`f.mentions ${d}`,
    events: sql`f.events ${d}`,
  };
  return sql`ORDER BY ${keys[sort]}, f.article_id ${d}`;
}

export async function searchArticles(
  db: Database,
  filter: ArticleFilter,
  opts: { sort?: ArticleSort; dir?: SortDirection; limit: number; offset: number },
): Promise<{ rows: ArticleListRow[]; total: number }> {
  const where = articleWhere(filter);
  const [rows, count] = await Promise.all([
    db.execute(sql`SELECT * FROM (${listed(where)}) f ${orderBy(opts.sort ?? 'id', opts.dir ?? 'desc')} LIMIT ${opts.limit} OFFSET ${opts.offset}`),
    db.execute(sql`SELECT count(*)::int AS n FROM articles a WHERE ${where}`),
  ]);
  return { rows: rowsOf<ArticleListRow>(rows), total: rowsOf<{ n: number }>(count)[0]?.n ?? 0 };
}

/** Every matching article in the page's order, in batches from a cursor (see forEachEventBatch). */
export async function forEachArticleBatch(
  db: Database,
  filter: ArticleFilter,
  opts: { sort?: ArticleSort; dir?: SortDirection },
  onBatch: (rows: ArticleListRow[]) => Promise<void>,
  batchSize = 1000,
): Promise<void> {
  const query = sql`SELECT * FROM (${listed(articleWhere(filter))}) f ${orderBy(opts.sort ?? 'id', opts.dir ?? 'desc')}`;
  await forEachBatch(db, query, onBatch, batchSize);
}

export async function articleLanguages(db: Database): Promise<string[]> {
  const res = await db.execute(sql`SELECT DISTINCT language FROM articles WHERE language IS NOT NULL ORDER BY 1`);
  return rowsOf<{ language: string }>(res).map((r) => r.language);
}

/** An article's numbers in text order (highlighted on its page). */
export async function articleNumbers(db: Database, articleId: number): Promise<NumberRow[]> {
  return db.select().from(numbers).where(eq(numbers.articleId, articleId)).orderBy(asc(numbers.startOffset));
}
