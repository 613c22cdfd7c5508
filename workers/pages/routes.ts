/**
 * The analyst pages' routes: articles (/ and /articles, /articles/:id), entities (/entities, /entities/:id),
 * events (/events) and the CSV/JSON downloads of each list. They need only the database, so the
 * board (with Redis) and `newsflow ui` (without) serve the same pages; the server's token hook
 * guards them all alike.
 */
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { Database } from '../../db/client.js';
import { ARTICLE_COLUMNS, articleLanguages, articleNumbers, forEachArticleBatch, searchArticles } from '../../db/repositories/analyst-articles.js';
import { getArticle } from '../../db/repositories/articles.js';
import {
  ENTITY_COLUMNS,
  entityAmountsPerYear,
  entityFacets,
  entityName,
  forEachEntityBatch,
  searchEntities,
} from '../../db/repositories/analyst-entities.js';
import {
  EVENT_COLUMNS,
  eventEvidence,
  eventFacets,
  eventsPerMonth,
  forEachEventBatch,
  searchEvents,
} from '../../db/repositories/analyst-events.js';
import { entityDetails, EntityNotFoundError } from '../../db/repositories/entity-admin.js';
import { articleMentions, eventSummaries } from '../../db/repositories/queries.js';
import { escapeHtml, page, renderArticlePage, renderEntityPage } from '../pages.js';
import { renderArticlesPage } from './articles.js';
import { renderEntitiesPage, renderEntityCharts } from './entities.js';
import { renderEventsPage } from './events.js';
import { sendExport, type ExportFormat } from './export.js';
import { BadQueryError, parseArticleQuery, parseEntityQuery, parseEventQuery } from './params.js';

export interface AnalystPagesOptions {
  db: Database;
  /** Whether /board exists (linked from the home page). */
  board: boolean;
}

const positiveId = (value: unknown) => {
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
};

/** Parses a list's query string, or answers 400 naming the bad parameters (null then). */
function parsed<T>(reply: FastifyReply, parse: (query: unknown) => T, query: unknown): T | null {
  try {
    return parse(query);
  } catch (err) {
    if (!(err instanceof BadQueryError)) throw err;
    void reply.code(400).type('text/html').send(page('bad request', `<h1>Bad request</h1><p>${escapeHtml(err.message)}</p>`));
    return null;
  }
}

const notFound = (reply: FastifyReply, what: string) => reply.code(404).type('text/html').send(page('not found', `<h1>No such ${escapeHtml(what)}</h1>`));

/** A fastify plugin: the server's hooks (token, rate limit, headers) apply to it as to every route. */
export const analystPages: FastifyPluginAsync<AnalystPagesOptions> = async (app, opts) => {
  const { db } = opts;

  for (const path of ['/', '/articles']) {
    app.get(path, async (req, reply) => {
      const q = parsed(reply, parseArticleQuery, req.query);
      if (!q) return reply;
      const [result, languages] = await Promise.all([
        searchArticles(db, q.filter, { sort: q.sort, dir: q.dir, limit: q.per, offset: (q.page - 1) * q.per }),
        articleLanguages(db),
      ]);
      return reply.type('text/html').send(renderArticlesPage({ ...q, rows: result.rows, total: result.total, languages, board: opts.board }));
    });
  }

  app.get('/articles/:id', async (req, reply) => {
    const id = positiveId((req.params as { id?: string }).id);
    const article = id === null ? undefined : await getArticle(db, id);
    if (!article) return notFound(reply, 'article');
    const eventId = positiveId((req.query as { event?: string } | undefined)?.event);
    const [mentionRows, numberRows, articleEvents, evidence] = await Promise.all([
      articleMentions(db, article.id),
      articleNumbers(db, article.id),
      eventSummaries(db, { articleId: article.id }),
      eventId === null ? null : eventEvidence(db, article.id, eventId),
    ]);
    return reply
      .type('text/html')
      .send(renderArticlePage({ article, mentions: mentionRows, numbers: numberRows, events: articleEvents, evidence }));
  });

  app.get('/entities/:id', async (req, reply) => {
    const id = positiveId((req.params as { id?: string }).id);
    if (id === null) return notFound(reply, 'entity');
    try {
      const details = await entityDetails(db, id);
      const [events, amounts, perMonth] = await Promise.all([
        eventSummaries(db, { entityId: id }),
        entityAmountsPerYear(db, id),
        eventsPerMonth(db, { entityId: id }),
      ]);
      const charts = renderEntityCharts(details.entity.canonicalName, amounts, perMonth);
      return reply.type('text/html').send(renderEntityPage({ details, events, charts }));
    } catch (err) {
      if (err instanceof EntityNotFoundError) return notFound(reply, 'entity');
      throw err;
    }
  });

  app.get('/events', async (req, reply) => {
    const q = parsed(reply, parseEventQuery, req.query);
    if (!q) return reply;
    const [result, facets, perMonth, name] = await Promise.all([
      searchEvents(db, q.filter, { sort: q.sort, dir: q.dir, limit: q.per, offset: (q.page - 1) * q.per }),
      eventFacets(db),
      eventsPerMonth(db, q.filter),
      q.filter.entityId === undefined ? null : entityName(db, q.filter.entityId),
    ]);
    return reply.type('text/html').send(
      renderEventsPage({ ...q, rows: result.rows, total: result.total, facets, perMonth, entityName: name }),
    );
  });

  app.get('/entities', async (req, reply) => {
    const q = parsed(reply, parseEntityQuery, req.query);
    if (!q) return reply;
    const [result, facets] = await Promise.all([
      searchEntities(db, q.filter, { sort: q.sort, dir: q.dir, limit: q.per, offset: (q.page - 1) * q.per }),
      entityFacets(db),
    ]);
    return reply.type('text/html').send(renderEntitiesPage({ ...q, rows: result.rows, total: result.total, facets }));
  });

  for (const format of ['csv', 'json'] as const satisfies readonly ExportFormat[]) {
    app.get(`/events.${format}`, async (req, reply) => {
      const q = parsed(reply, parseEventQuery, req.query);
      if (!q) return reply;
      return sendExport(reply, {
        format,
        filename: 'events',
        columns: EVENT_COLUMNS,
        read: (onBatch) => forEachEventBatch(db, q.filter, { sort: q.sort, dir: q.dir }, onBatch),
      });
    });
    app.get(`/articles.${format}`, async (req, reply) => {
      const q = parsed(reply, parseArticleQuery, req.query);
      if (!q) return reply;
      return sendExport(reply, {
        format,
        filename: 'articles',
        columns: ARTICLE_COLUMNS,
        read: (onBatch) => forEachArticleBatch(db, q.filter, { sort: q.sort, dir: q.dir }, onBatch),
      });
    });
    app.get(`/entities.${format}`, async (req, reply) => {
      const q = parsed(reply, parseEntityQuery, req.query);
      if (!q) return reply;
      return sendExport(reply, {
        format,
        filename: 'entities',
        columns: ENTITY_COLUMNS,
        read: (onBatch) => forEachEntityBatch(db, q.filter, { sort: q.sort, dir: q.dir }, onBatch),
      });
    });
  }
};
