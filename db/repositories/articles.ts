import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { storageError } from '../errors.js';
import { articles, type ArticleRow } from '../schema.js';

/** A validated, normalised article ready to be stored (validation happens where it enters). */
export interface NormalizedArticle {
  contentHash: string;
  title: string;
  text: string;
  source: string | null;
  externalId: string | null;
  url: string | null;
  publishedAt: Date | null;
  declaredLanguage: string | null;
}

export interface InsertedArticle {
  id: number;
  contentHash: string;
  /** True when the same text was already stored: nothing was written. */
  duplicate: boolean;
  status: ArticleRow['status'];
}

/** Stores a new article (status `queued`); the same text again is a no-op reported as duplicate. */
export async function insertArticle(db: Database, article: NormalizedArticle): Promise<InsertedArticle> {
  try {
    return await insertArticleRow(db, article);
  } catch (err) {
    throw storageError(err, 'storing the article failed');
  }
}

async function insertArticleRow(db: Database, article: NormalizedArticle): Promise<InsertedArticle> {
  const inserted = await db
    .insert(articles)
    .values({
      contentHash: article.contentHash,
      title: article.title,
      text: article.text,
      source: article.source,
      externalId: article.externalId,
      url: article.url,
      publishedAt: article.publishedAt,
      declaredLanguage: article.declaredLanguage,
    })
    .onConflictDoNothing({ target: articles.contentHash })
    .returning({ id: articles.id, status: articles.status });
  if (inserted[0]) return { ...inserted[0], contentHash: article.contentHash, duplicate: false };
  const [existing] = await db
    .select({ id: articles.id, status: articles.status })
    .from(articles)
    .where(eq(articles.contentHash, article.contentHash));
  if (!existing) throw new Error(`article ${article.contentHash} vanished between insert and select`);
  return { ...existing, contentHash: article.contentHash, duplicate: true };
}

export async function getArticle(db: Database, id: number): Promise<ArticleRow | undefined> {
  const [row] = await db.select().from(articles).where(eq(articles.id, id));
  return row;
}

/**
 * Records a final failure. Only for the job's own text (`contentHash`, when given), and never over
 * a processed article: its facts were written in one transaction and are still intact (a bad or
 * forged job naming it stays in the queue's failed list instead).
 */
export async function markArticleFailed(db: Database, id: number, error: string, contentHash?: string): Promise<void> {
  await db
    .update(articles)
    .set({ status: 'failed', error })
    .where(
      and(
        eq(articles.id, id),
        sql`${articles.status} <> 'processed'`,
        contentHash === undefined ? undefined : eq(articles.contentHash, contentHash),
      ),
    );
}

/** Articles to (re)process: all, or those not yet processed by `pipelineVersion`. */
export async function listArticlesForReprocess(
  db: Database,
  opts: { onlyOutdated?: string; ids?: number[] } = {},
): Promise<Array<{ id: number; contentHash: string }>> {
  const conditions = [];
  if (opts.onlyOutdated) {
    conditions.push(sql`${articles.pipelineVersion} IS DISTINCT FROM ${opts.onlyOutdated}`);
  }
  if (opts.ids?.length) conditions.push(inArray(articles.id, opts.ids));
  return db
    .select({ id: articles.id, contentHash: articles.contentHash })
    .from(articles)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(articles.id);
}
