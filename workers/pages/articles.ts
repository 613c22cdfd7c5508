/** The home page: the stored articles, filtered (language, status, entity, words), sorted, paged. */
import type { ArticleListRow } from '../../db/repositories/analyst-articles.js';
import { ARTICLE_STATUSES } from '../../db/schema.js';
import { escapeHtml, page } from '../pages.js';
import { exportLinks, linkedTable, pager, select, sortHeader, textInput } from './html.js';
import type { ArticleParams } from './params.js';

export function renderArticlesPage(data: {
  params: ArticleParams;
  sort: string;
  dir: string;
  page: number;
  per: number;
  rows: ArticleListRow[];
  total: number;
  languages: string[];
  /** Whether the board (queues) is served here. */
  board: boolean;
}): string {
  const { params: p, rows } = data;
  const keep = { ...p } as Record<string, string | number | undefined>;
  const current = { sort: data.sort, dir: data.dir };
  const h = (key: string, label: string) => sortHeader('/articles', keep, key, label, current);
  const form = `<form class="filters" method="get" action="/articles">
${select('language', 'language', data.languages, p.language)}
${select('status', 'status', ARTICLE_STATUSES, p.status)}
${textInput('entity', 'mentions entity (any alias)', p.entity, 'size="16"')}
${textInput('q', 'words in title or text', p.q, 'size="18"')}
${select('sort', 'sort by', ['id', 'title', 'language', 'published', 'mentions', 'events'], data.sort, 'id')}
${select('dir', 'order', ['desc', 'asc'], data.dir, 'desc')}
${textInput('per', 'rows per page', data.per, 'size="4"')}
<button type="submit">Filter</button> <a href="/articles">clear</a>
</form>`;
  return page(
    'articles',
    `<h1>Articles</h1>
<p><a href="/events">events across the corpus</a> · <a href="/entities">entities</a>${data.board ? ' · <a href="/board">queues (board)</a>' : ''} · <a href="/metrics">metrics</a></p>
${form}
${exportLinks('/articles', keep)}
${pager('/articles', keep, data.page, data.per, data.total)}
${linkedTable(
  [h('id', 'id'), h('title', 'title'), h('language', 'language'), 'status', h('published', 'published'), h('mentions', 'mentions'), h('events', 'events')],
  rows.map((r) => [
    String(r.article_id),
    `<a href="/articles/${r.article_id}">${escapeHtml(r.title)}</a>`,
    escapeHtml(r.language ?? ''),
    escapeHtml(r.status),
    escapeHtml(r.published_at ?? ''),
    String(r.mentions),
    // a language without an event lexicon says so instead of a silent zero
    r.stages_read?.events === false ? `— (no event lexicon for ${escapeHtml(r.stages_read.language)})` : String(r.events),
  ]),
  'articles-table',
)}
${pager('/articles', keep, data.page, data.per, data.total)}`,
  );
}
