/**
 * Writes one article's analysis in ONE transaction: the mentions are clustered first (outside it), then
 * the linker's key locks are taken, the article row is locked as the link candidates are read, its
 * previous facts are removed, mentions are linked to canonical entities, and mentions, numbers, events
 * and participants are inserted; `processed_at` is set in the same transaction.
 */
import { eq, sql, type SQL } from 'drizzle-orm';
import { BadInputError } from '../../pipeline/errors.js';
import type { ArticleAnalysis, LanguageResult, ParagraphLanguage } from '../../pipeline/types.js';
import { runsOneTransactionAtATime, type Database, type Transaction } from '../client.js';
import { storageError } from '../errors.js';
import { executePrepared } from '../prepared.js';
import { events, mentions, numbers, type EventRole } from '../schema.js';
import { linkMentions, loadArticleCandidates, lockKeys, planLinks, releaseArticleAliases } from './entities.js';

/**
 * What storing an analysis reads: all of it but the sentences, and each paragraph's language without
 * its text. A persist job carries this through Redis rather than the whole analysis, whose sentences
 * and paragraphs hold the article's text twice more (about half of its JSON on news).
 */
export type AnalysisToStore = Omit<ArticleAnalysis, 'sentences' | 'language'> & {
  language: Omit<LanguageResult, 'paragraphs'> & { paragraphs: Array<Omit<ParagraphLanguage, 'text'>> };
};

export function analysisToStore(analysis: ArticleAnalysis): AnalysisToStore {
  const { sentences: _sentences, language, ...rest } = analysis;
  return { ...rest, language: { ...language, paragraphs: language.paragraphs.map(({ text: _text, ...paragraph }) => paragraph) } };
}

/** What storing one analysis did. */
export interface PersistResult {
  status: 'persisted' | 'skipped';
  articleId: number;
  mentions: number;
  numbers: number;
  events: number;
  entitiesCreated: number;
}

/**
 * One bound parameter holding a whole column: rows go in as `unnest($1::type[], $2::type[], …)`, so a
 * statement has one parameter per column whatever the row count (PostgreSQL allows 65,535 per
 * statement, which a multi-row VALUES list of a long article's facts exceeded).
 */
function array(values: readonly unknown[]): SQL {
  return sql`${sql.param(values)}`;
}

/**
 * Runs `parts` and then `main` as ONE statement (`WITH w0 AS (…), w1 AS (…) main`): one round trip for
 * all of an article's facts, prepared (`executePrepared`: its parts have one shape, so its text never
 * changes). Every part runs to completion whether or not anything reads it; a part may read an earlier
 * one by its name (`w<index>`), but parts never see one another's rows in their tables, and foreign
 * keys are checked at the end of the statement.
 */
async function writeTogether(db: Database, tx: Transaction, parts: SQL[], main: SQL): Promise<void> {
  const named = parts.map((part, i) => sql`${sql.raw(`w${i}`)} AS MATERIALIZED (${part})`);
  await executePrepared(db, tx, sql`WITH ${sql.join(named, sql`, `)} ${main}`);
}

/** A range is stored as value (low) + value_high; a date interval `a/b` as date_from/date_to. */
function dateBounds(date: string | null): { dateFrom: string | null; dateTo: string | null } {
  if (!date) return { dateFrom: null, dateTo: null };
  const [from, to] = date.split('/');
  return { dateFrom: from ?? null, dateTo: to ?? from ?? null };
}

export async function persistAnalysis(
  db: Database,
  articleId: number,
  contentHash: string,
  analysis: AnalysisToStore,
): Promise<PersistResult> {
  try {
    return await writeAnalysis(db, articleId, contentHash, analysis);
  } catch (err) {
    if (err instanceof BadInputError) throw err;
    const failure = storageError(err, `storing the facts of article ${articleId} failed`);
    // A value PostgreSQL refuses is refused on every attempt: fail at once, with the short reason.
    throw failure.invalidValue && !failure.code?.startsWith('23') ? new BadInputError(failure.message) : failure;
  }
}

async function writeAnalysis(
  db: Database,
  articleId: number,
  contentHash: string,
  analysis: AnalysisToStore,
): Promise<PersistResult> {
  const plan = planLinks(analysis.mentions);
  return db.transaction(async (tx) => {
    // The linker's key locks first, then the article's row (locked where the candidates are read):
    // every writer of an article's facts locks in that order, so none waits on another in a cycle. A
    // database that runs one transaction at a time needs no key locks.
    if (!runsOneTransactionAtATime(db)) await lockKeys(tx, plan.keys);
    const { candidates, row } = await loadArticleCandidates<[string, boolean]>(
      db,
      tx,
      plan,
      sql`SELECT json_build_array(content_hash, processed_at IS NOT NULL) FROM articles WHERE id = ${articleId} FOR UPDATE`,
    );
    if (!row) throw new BadInputError(`article ${articleId} does not exist`);
    const [storedHash, processed] = row;
    if (storedHash !== contentHash) {
      throw new BadInputError(`article ${articleId} has another content hash than the analysed text`);
    }

    // Facts exist only once processed_at is set (both in one transaction): a first analysis has none to replace.
    if (processed) {
      await releaseArticleAliases(tx, articleId);
      await tx.delete(mentions).where(eq(mentions.articleId, articleId));
      await tx.delete(numbers).where(eq(numbers.articleId, articleId));
      await tx.delete(events).where(eq(events.articleId, articleId));
    }

    const decidedBy = `linker@${analysis.pipelineVersion}`;
    const { entityIds, entitiesCreated, writes } = await linkMentions(tx, plan, candidates, analysis.language.language, decidedBy);

    // Every part is present, with no rows where there are none: the statement keeps one text (`executePrepared`).
    const ms = analysis.mentions;
    writes.push(sql`
      INSERT INTO mentions (article_id, entity_id, type, text, start_offset, end_offset, confidence, extractor, model_version)
      SELECT ${articleId}::bigint, * FROM unnest(
        ${array(ms.map((_, i) => entityIds[i] ?? null))}::bigint[], ${array(ms.map((m) => m.type))}::text[],
        ${array(ms.map((m) => m.text))}::text[], ${array(ms.map((m) => m.start))}::int[], ${array(ms.map((m) => m.end))}::int[],
        ${array(ms.map((m) => m.confidence))}::real[], ${array(ms.map((m) => m.extractor))}::text[],
        ${array(ms.map((m) => m.version))}::text[])`);
    const ns = analysis.numbers;
    const bounds = ns.map((n) => dateBounds(n.date));
    writes.push(sql`
      INSERT INTO numbers (article_id, kind, value, value_high, unit, currency, date, date_from, date_to, text,
                           start_offset, end_offset, ambiguous, confidence, extractor_version)
      SELECT ${articleId}::bigint, * FROM unnest(
        ${array(ns.map((n) => n.kind))}::text[], ${array(ns.map((n) => (n.range ? n.range[0] : n.value)))}::float8[],
        ${array(ns.map((n) => (n.range ? n.range[1] : null)))}::float8[], ${array(ns.map((n) => n.unit))}::text[],
        ${array(ns.map((n) => n.currency))}::text[], ${array(ns.map((n) => n.date))}::text[],
        ${array(bounds.map((b) => b.dateFrom))}::text[], ${array(bounds.map((b) => b.dateTo))}::text[],
        ${array(ns.map((n) => n.text))}::text[], ${array(ns.map((n) => n.start))}::int[], ${array(ns.map((n) => n.end))}::int[],
        ${array(ns.map((n) => n.ambiguous))}::text[], ${array(ns.map((n) => n.confidence))}::real[],
        ${array(ns.map((n) => n.version))}::text[])`);
    const es = analysis.events;
    const provenance = JSON.stringify({
      ...(analysis.provenance.find((p) => p.stage === 'events') ?? null),
      pipelineVersion: analysis.pipelineVersion,
    });
    const entityAt = (i: number | null) => (i === null ? null : (entityIds[i] ?? null));
    // Each event's id is drawn once (a materialised part), so its participants find it by the event's position.
    writes.push(sql`
      SELECT g AS ord, nextval(pg_get_serial_sequence('events', 'id')) AS id FROM generate_series(1, ${es.length}::int) AS g`);
    const eventIds = sql.raw(`w${writes.length - 1}`);
    writes.push(sql`
      INSERT INTO events (id, article_id, type, modality, time, location_entity_id, product_entity_id, product_text, quantity,
                          unit, money_value, money_currency, evidence_start, evidence_end, evidence_text, confidence,
                          extractor_version, provenance, evidence_spans, change_pct, share_pct)
      OVERRIDING SYSTEM VALUE
      SELECT i.id, ${articleId}::bigint, u.type, u.modality, u.time, u.loc, u.product, u.product_text, u.quantity, u.unit,
             u.money_value, u.money_currency, u.ev_start, u.ev_end, u.ev_text, u.confidence, u.version, ${provenance}::jsonb,
             u.spans::jsonb, u.change_pct, u.share_pct
      FROM unnest(
        ${array(es.map((e) => e.type))}::text[], ${array(es.map((e) => e.modality))}::text[],
        ${array(es.map((e) => e.time))}::text[], ${array(es.map((e) => entityAt(e.location)))}::bigint[],
        ${array(es.map((e) => entityAt(e.product)))}::bigint[], ${array(es.map((e) => e.productText))}::text[],
        ${array(es.map((e) => e.quantity))}::float8[], ${array(es.map((e) => e.unit))}::text[],
        ${array(es.map((e) => e.money?.value ?? null))}::float8[], ${array(es.map((e) => e.money?.currency ?? null))}::text[],
        ${array(es.map((e) => e.evidence.start))}::int[], ${array(es.map((e) => e.evidence.end))}::int[],
        ${array(es.map((e) => e.evidence.text))}::text[], ${array(es.map((e) => e.confidence))}::real[],
        ${array(es.map((e) => e.version))}::text[], ${array(es.map((e) => JSON.stringify(e.evidenceSpans)))}::text[],
        ${array(es.map((e) => e.changePct))}::float8[], ${array(es.map((e) => e.sharePct))}::float8[]
      ) WITH ORDINALITY AS u(type, modality, time, loc, product, product_text, quantity, unit, money_value, money_currency,
             ev_start, ev_end, ev_text, confidence, version, spans, change_pct, share_pct, ord)
      JOIN ${eventIds} AS i USING (ord)
      ORDER BY u.ord`);
    const participants = new Map<string, { ord: number; entityId: number; role: EventRole }>();
    es.forEach((e, k) => {
      const add = (i: number | null, role: EventRole) => {
        const entityId = entityAt(i);
        if (entityId !== null) participants.set(`${k}:${entityId}:${role}`, { ord: k + 1, entityId, role });
      };
      e.actors.forEach((i) => add(i, 'actor'));
      add(e.location, 'location');
      add(e.product, 'product');
    });
    const ps = [...participants.values()];
    writes.push(sql`
      INSERT INTO event_participants (event_id, entity_id, role)
      SELECT i.id, p.entity_id, p.role
      FROM unnest(${array(ps.map((p) => p.ord))}::bigint[], ${array(ps.map((p) => p.entityId))}::bigint[],
                  ${array(ps.map((p) => p.role))}::text[]) WITH ORDINALITY AS p(ord, entity_id, role, n)
      JOIN ${eventIds} AS i USING (ord)
      ORDER BY p.n`);

    const spans = analysis.language.paragraphs.map(({ start, end, language, confidence }) => ({ start, end, language, confidence }));
    await writeTogether(
      db,
      tx,
      writes,
      sql`
        UPDATE articles SET language = ${analysis.language.language}, language_confidence = ${analysis.language.confidence},
          language_spans = ${JSON.stringify(spans)}::jsonb, reference_date = ${analysis.referenceDate.date},
          reference_source = ${analysis.referenceDate.source}, stages_read = ${JSON.stringify(analysis.stagesRead)}::jsonb,
          status = 'processed', error = NULL, pipeline_version = ${analysis.pipelineVersion},
          processed_at = ${new Date().toISOString()}::timestamptz
        WHERE id = ${articleId}`,
    );

    return {
      status: 'persisted' as const,
      articleId,
      mentions: analysis.mentions.length,
      numbers: analysis.numbers.length,
      events: analysis.events.length,
      entitiesCreated,
    };
  });
}
