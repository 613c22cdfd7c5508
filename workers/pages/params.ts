/**
 * The query strings of the list pages and their exports, checked with zod: an empty form field is
 * no filter; a bad value answers 400 naming the parameter. One parse feeds the page, its chart and
 * its downloads, so they always agree.
 */
import { z } from 'zod';
import { ARTICLE_SORTS, type ArticleFilter, type ArticleSort } from '../../db/repositories/analyst-articles.js';
import { ARTICLE_STATUSES } from '../../db/schema.js';
import { ENTITY_SORTS, type EntityFilter, type EntitySort } from '../../db/repositories/analyst-entities.js';
import { EVENT_SORTS, type EventFilter, type EventSort, type SortDirection } from '../../db/repositories/analyst-events.js';

/** Rows per page when not asked, and the most a page shows (exports have no limit). */
export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 500;

/** First value of a repeated parameter, trimmed; empty = absent. */
const field = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => {
    const x = Array.isArray(v) ? v[0] : v;
    if (typeof x !== 'string') return x;
    const t = x.trim();
    return t === '' ? undefined : t;
  }, schema.optional());

const code = z.string().regex(/^[a-z_]{1,40}$/, 'lower-case letters and _ only');
const isoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'an ISO date: 2025, 2025-06 or 2025-06-30');
const paging = {
  dir: field(z.enum(['asc', 'desc'])),
  page: field(z.coerce.number().int().min(1).max(1_000_000)),
  per: field(z.coerce.number().int().min(1).max(MAX_PER_PAGE)),
};

const EventParams = z.object({
  type: field(code),
  modality: field(code),
  entity: field(z.string().max(200)),
  entity_id: field(z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER)),
  country: field(z.string().regex(/^[A-Za-z]{2}$/, 'an ISO 3166 two-letter code').transform((s) => s.toUpperCase())),
  language: field(z.string().regex(/^[a-z]{3}$/, 'an ISO 639-3 code')),
  from: field(isoDate),
  to: field(isoDate),
  q: field(z.string().max(200)),
  sort: field(z.enum(EVENT_SORTS)),
  ...paging,
});

const EntityParams = z.object({
  type: field(z.string().regex(/^[A-Z]{1,20}$/, 'an entity type such as ORG')),
  country: field(z.string().regex(/^[A-Za-z]{2}$/, 'an ISO 3166 two-letter code').transform((s) => s.toUpperCase())),
  name: field(z.string().max(200)),
  min_articles: field(z.coerce.number().int().min(0).max(1_000_000)),
  sort: field(z.enum(ENTITY_SORTS)),
  ...paging,
});

const ArticleParams = z.object({
  language: field(z.string().regex(/^[a-z]{3}$/, 'an ISO 639-3 code')),
  status: field(z.enum(ARTICLE_STATUSES)),
  entity: field(z.string().max(200)),
  q: field(z.string().max(200)),
  sort: field(z.enum(ARTICLE_SORTS)),
  ...paging,
});

export type ArticleParams = z.infer<typeof ArticleParams>;
export type EventParams = z.infer<typeof EventParams>;
export type EntityParams = z.infer<typeof EntityParams>;

export class BadQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = this.constructor.name;
  }
}

function parse<T>(schema: z.ZodType<T>, query: unknown): T {
  const parsed = schema.safeParse(query ?? {});
  if (parsed.success) return parsed.data;
  throw new BadQueryError(parsed.error.issues.map((i) => `${String(i.path[0] ?? '?')}: ${i.message}`).join('; '));
}

export interface ListQuery<P, F, S> {
  /** The checked parameters, for links that keep them. */
  params: P;
  filter: F;
  sort: S;
  dir: SortDirection;
  page: number;
  per: number;
}

export function parseEventQuery(query: unknown): ListQuery<EventParams, EventFilter, EventSort> {
  const p = parse(EventParams, query);
  const filter: EventFilter = {};
  if (p.type) filter.type = p.type;
  if (p.modality) filter.modality = p.modality;
  if (p.entity) filter.entity = p.entity;
  if (p.entity_id !== undefined) filter.entityId = p.entity_id;
  if (p.country) filter.country = p.country;
  if (p.language) filter.language = p.language;
  if (p.from) filter.from = p.from;
  if (p.to) filter.to = p.to;
  if (p.q) filter.q = p.q;
  return { params: p, filter, sort: p.sort ?? 'time', dir: p.dir ?? 'asc', page: p.page ?? 1, per: p.per ?? DEFAULT_PER_PAGE };
}

export function parseEntityQuery(query: unknown): ListQuery<EntityParams, EntityFilter, EntitySort> {
  const p = parse(EntityParams, query);
  const filter: EntityFilter = { minArticles: p.min_articles ?? 1 };
  if (p.type) filter.type = p.type;
  if (p.country) filter.country = p.country;
  if (p.name) filter.name = p.name;
  return { params: p, filter, sort: p.sort ?? 'articles', dir: p.dir ?? 'desc', page: p.page ?? 1, per: p.per ?? DEFAULT_PER_PAGE };
}

export function parseArticleQuery(query: unknown): ListQuery<ArticleParams, ArticleFilter, ArticleSort> {
  const p = parse(ArticleParams, query);
  const filter: ArticleFilter = {};
  if (p.language) filter.language = p.language;
  if (p.status) filter.status = p.status;
  if (p.entity) filter.entity = p.entity;
  if (p.q) filter.q = p.q;
  return { params: p, filter, sort: p.sort ?? 'id', dir: p.dir ?? 'desc', page: p.page ?? 1, per: p.per ?? DEFAULT_PER_PAGE };
}

/** `?a=1&b=2` from the given parameters, without the empty ones (not HTML-escaped). */
export function queryString(params: Record<string, string | number | undefined>): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') s.set(k, String(v));
  const out = s.toString();
  return out ? `?${out}` : '';
}
