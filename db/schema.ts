/**
 * The analysts' interface: table and column names are stable (add, don't rename).
 * Offsets are JavaScript string indices (UTF-16 code units) into `articles.text`.
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const id = () => bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const ARTICLE_STATUSES = ['queued', 'processed', 'failed'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const articles = pgTable(
  'articles',
  {
    id: id(),
    /** sha256 of the normalised text: the idempotency key and BullMQ job id. */
    contentHash: text('content_hash').notNull(),
    source: text('source'),
    externalId: text('external_id'),
    url: text('url'),
    title: text('title').notNull(),
    text: text('text').notNull(),
    /** Language declared by the sender, if any. */
    declaredLanguage: text('declared_language'),
    language: text('language'),
    languageConfidence: real('language_confidence'),
    /** Per-paragraph languages: [{start, end, language, confidence}]. */
    languageSpans: jsonb('language_spans'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    status: text('status', { enum: ARTICLE_STATUSES }).notNull().default('queued'),
    error: text('error'),
    pipelineVersion: text('pipeline_version'),
    processedAt: timestamp('processed_at', { withTimezone: true }),
    createdAt: createdAt(),
    /** The date relative dates were resolved against: the dateline's, else published_at. */
    referenceDate: text('reference_date'),
    /** dateline | published (null: none known). */
    referenceSource: text('reference_source'),
    /** Which stages read the article's language: {language, entities, numbers, dates, events}. */
    stagesRead: jsonb('stages_read'),
  },
  (t) => [
    uniqueIndex('articles_content_hash_key').on(t.contentHash),
    index('articles_status_idx').on(t.status),
    index('articles_published_at_idx').on(t.publishedAt),
  ],
);

export const entities = pgTable(
  'entities',
  {
    id: id(),
    type: text('type').notNull(),
    canonicalName: text('canonical_name').notNull(),
    normKey: text('norm_key').notNull(),
    /** ISO 3166-1 alpha-2 of the country the entity is or belongs to. */
    country: text('country'),
    /** For nationality adjectives (MISC): the country entity they refer to. A relation, not a merge. */
    demonymOf: bigint('demonym_of', { mode: 'number' }).references((): AnyPgColumn => entities.id, {
      onDelete: 'set null',
    }),
    externalIds: jsonb('external_ids').notNull().default(sql`'{}'::jsonb`),
    /** Set when an operator merged this entity into another; its facts moved there. */
    mergedInto: bigint('merged_into', { mode: 'number' }).references((): AnyPgColumn => entities.id, {
      onDelete: 'set null',
    }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('entities_norm_key_idx').on(t.normKey), index('entities_type_idx').on(t.type)],
);

export const entityAliases = pgTable(
  'entity_aliases',
  {
    id: id(),
    entityId: bigint('entity_id', { mode: 'number' })
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
    normKey: text('norm_key').notNull(),
    language: text('language'),
    count: integer('count').notNull().default(0),
  },
  (t) => [
    uniqueIndex('entity_aliases_entity_alias_key').on(t.entityId, t.alias),
    index('entity_aliases_norm_key_idx').on(t.normKey),
  ],
);

/** Blocking keys: candidate lookup is an indexed equality on `key`, never a scan of all entities. */
export const entityKeys = pgTable(
  'entity_keys',
  {
    key: text('key').notNull(),
    entityId: bigint('entity_id', { mode: 'number' })
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.key, t.entityId] }), index('entity_keys_entity_idx').on(t.entityId)],
);

export const mentions = pgTable(
  'mentions',
  {
    id: id(),
    articleId: bigint('article_id', { mode: 'number' })
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    entityId: bigint('entity_id', { mode: 'number' }).references(() => entities.id, { onDelete: 'set null' }),
    type: text('type').notNull(),
    text: text('text').notNull(),
    startOffset: integer('start_offset').notNull(),
    endOffset: integer('end_offset').notNull(),
    confidence: real('confidence').notNull(),
    extractor: text('extractor').notNull(),
    modelVersion: text('model_version').notNull(),
    language: text('language'),
  },
  (t) => [
    index('mentions_article_idx').on(t.articleId),
    index('mentions_entity_idx').on(t.entityId),
    check('mentions_offsets_check', sql`${t.startOffset} >= 0 AND ${t.endOffset} > ${t.startOffset}`),
  ],
);

export const numbers = pgTable(
  'numbers',
  {
    id: id(),
    articleId: bigint('article_id', { mode: 'number' })
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    value: doublePrecision('value'),
    /** Upper bound of a range (`value` holds the lower bound then). */
    valueHigh: doublePrecision('value_high'),
    unit: text('unit'),
    currency: text('currency'),
    /** ISO date, month, year or interval as written by the stage. */
    date: text('date'),
    dateFrom: text('date_from'),
    dateTo: text('date_to'),
    text: text('text').notNull(),
    startOffset: integer('start_offset').notNull(),
    endOffset: integer('end_offset').notNull(),
    ambiguous: text('ambiguous'),
    confidence: real('confidence').notNull(),
    extractorVersion: text('extractor_version').notNull(),
  },
  (t) => [
    index('numbers_article_idx').on(t.articleId),
    index('numbers_kind_idx').on(t.kind),
    check('numbers_offsets_check', sql`${t.startOffset} >= 0 AND ${t.endOffset} > ${t.startOffset}`),
  ],
);

export const events = pgTable(
  'events',
  {
    id: id(),
    articleId: bigint('article_id', { mode: 'number' })
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    /** actual | planned | negated | hedged (rows written before 0.3.0 may say reported) */
    modality: text('modality').notNull(),
    time: text('time'),
    locationEntityId: bigint('location_entity_id', { mode: 'number' }).references(() => entities.id, {
      onDelete: 'set null',
    }),
    productEntityId: bigint('product_entity_id', { mode: 'number' }).references(() => entities.id, {
      onDelete: 'set null',
    }),
    productText: text('product_text'),
    quantity: doublePrecision('quantity'),
    unit: text('unit'),
    moneyValue: doublePrecision('money_value'),
    moneyCurrency: text('money_currency'),
    evidenceStart: integer('evidence_start').notNull(),
    evidenceEnd: integer('evidence_end').notNull(),
    evidenceText: text('evidence_text').notNull(),
    confidence: real('confidence').notNull(),
    extractorVersion: text('extractor_version').notNull(),
    provenance: jsonb('provenance').notNull(),
    /** Every sentence stating the fact (headline, lead, body): [{start, end, text}]; evidence_* is the first. */
    evidenceSpans: jsonb('evidence_spans'),
    /** A change rate stated for the fact, in percent points (never the quantity). */
    changePct: doublePrecision('change_pct'),
    /** A share stated for the fact, in percent points. */
    sharePct: doublePrecision('share_pct'),
  },
  (t) => [
    index('events_article_idx').on(t.articleId),
    index('events_type_idx').on(t.type),
    index('events_location_idx').on(t.locationEntityId),
  ],
);

export const EVENT_ROLES = ['actor', 'location', 'product'] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

export const eventParticipants = pgTable(
  'event_participants',
  {
    eventId: bigint('event_id', { mode: 'number' })
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    entityId: bigint('entity_id', { mode: 'number' })
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    role: text('role', { enum: EVENT_ROLES }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.entityId, t.role] }),
    index('event_participants_entity_idx').on(t.entityId),
  ],
);

export const MERGE_DECISIONS = ['auto_merge', 'review', 'manual_merge', 'manual_split', 'manual_keep_apart'] as const;
export type MergeDecisionKind = (typeof MERGE_DECISIONS)[number];

export const mergeDecisions = pgTable(
  'merge_decisions',
  {
    id: id(),
    entityId: bigint('entity_id', { mode: 'number' })
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    otherEntityId: bigint('other_entity_id', { mode: 'number' }).references(() => entities.id, {
      onDelete: 'set null',
    }),
    /** The surface form the decision was about. */
    alias: text('alias'),
    decision: text('decision', { enum: MERGE_DECISIONS }).notNull(),
    score: real('score'),
    reasons: jsonb('reasons').notNull().default(sql`'[]'::jsonb`),
    decidedBy: text('decided_by').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('merge_decisions_entity_idx').on(t.entityId), index('merge_decisions_other_idx').on(t.otherEntityId)],
);

export type ArticleRow = typeof articles.$inferSelect;
export type NewArticleRow = typeof articles.$inferInsert;
export type EntityRow = typeof entities.$inferSelect;
export type MentionRow = typeof mentions.$inferSelect;
export type NumberRow = typeof numbers.$inferSelect;
export type EventRow = typeof events.$inferSelect;
export type MergeDecisionRow = typeof mergeDecisions.$inferSelect;
