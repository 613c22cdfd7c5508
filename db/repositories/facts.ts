/**
 * Writes one article's analysis in ONE transaction: the article row is locked, its previous facts
 * are removed, mentions are linked to canonical entities, and mentions, numbers, events and
 * participants are inserted; `processed_at` is set in the same transaction.
 */
import { eq } from 'drizzle-orm';
import { BadInputError } from '../../pipeline/errors.js';
import type { ArticleAnalysis } from '../../pipeline/types.js';
import type { PersistResult } from '../../workers/jobs.js';
import type { Database } from '../client.js';
import { articles, eventParticipants, events, mentions, numbers, type EventRole } from '../schema.js';
import { linkMentions, releaseArticleAliases } from './entities.js';

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
  analysis: ArticleAnalysis,
): Promise<PersistResult> {
  return db.transaction(async (tx) => {
    const [article] = await tx
      .select({ id: articles.id, contentHash: articles.contentHash })
      .from(articles)
      .where(eq(articles.id, articleId))
      .for('update');
    if (!article) throw new BadInputError(`article ${articleId} does not exist`);
    if (article.contentHash !== contentHash) {
      throw new BadInputError(`article ${articleId} has another content hash than the analysed text`);
    }

    await releaseArticleAliases(tx, articleId);
    await tx.delete(mentions).where(eq(mentions.articleId, articleId));
    await tx.delete(numbers).where(eq(numbers.articleId, articleId));
    await tx.delete(events).where(eq(events.articleId, articleId));

    const decidedBy = `linker@${analysis.pipelineVersion}`;
    const { entityIds, entitiesCreated } = await linkMentions(
      tx,
      analysis.mentions,
      analysis.language.language,
      decidedBy,
    );

    if (analysis.mentions.length) {
      await tx.insert(mentions).values(
        analysis.mentions.map((m, i) => ({
          articleId,
          entityId: entityIds[i] ?? null,
          type: m.type,
          text: m.text,
          startOffset: m.start,
          endOffset: m.end,
          confidence: m.confidence,
          extractor: m.extractor,
          modelVersion: m.version,
        })),
      );
    }
    if (analysis.numbers.length) {
      await tx.insert(numbers).values(
        analysis.numbers.map((n) => ({
          articleId,
          kind: n.kind,
          value: n.range ? n.range[0] : n.value,
          valueHigh: n.range ? n.range[1] : null,
          unit: n.unit,
          currency: n.currency,
          date: n.date,
          ...dateBounds(n.date),
          text: n.text,
          startOffset: n.start,
          endOffset: n.end,
          ambiguous: n.ambiguous,
          confidence: n.confidence,
          extractorVersion: n.version,
        })),
      );
    }
    const provenance = analysis.provenance.find((p) => p.stage === 'events') ?? null;
    for (const e of analysis.events) {
      const entityAt = (i: number | null) => (i === null ? null : (entityIds[i] ?? null));
      const [row] = await tx
        .insert(events)
        .values({
          articleId,
          type: e.type,
          modality: e.modality,
          time: e.time,
          locationEntityId: entityAt(e.location),
          productEntityId: entityAt(e.product),
          productText: e.productText,
          quantity: e.quantity,
          unit: e.unit,
          moneyValue: e.money?.value ?? null,
          moneyCurrency: e.money?.currency ?? null,
          evidenceStart: e.evidence.start,
          evidenceEnd: e.evidence.end,
          evidenceText: e.evidence.text,
          evidenceSpans: e.evidenceSpans,
          changePct: e.changePct,
          sharePct: e.sharePct,
          confidence: e.confidence,
          extractorVersion: e.version,
          provenance: { ...provenance, pipelineVersion: analysis.pipelineVersion },
        })
        .returning({ id: events.id });
      const participants = new Map<string, { entityId: number; role: EventRole }>();
      const add = (i: number | null, role: EventRole) => {
        const entityId = entityAt(i);
        if (entityId !== null) participants.set(`${entityId}:${role}`, { entityId, role });
      };
      e.actors.forEach((i) => add(i, 'actor'));
      add(e.location, 'location');
      add(e.product, 'product');
      if (participants.size) {
        await tx
          .insert(eventParticipants)
          .values([...participants.values()].map((p) => ({ eventId: row!.id, ...p })));
      }
    }

    await tx
      .update(articles)
      .set({
        language: analysis.language.language,
        languageConfidence: analysis.language.confidence,
        languageSpans: analysis.language.paragraphs.map(({ start, end, language, confidence }) => ({
          start,
          end,
          language,
          confidence,
        })),
        referenceDate: analysis.referenceDate.date,
        referenceSource: analysis.referenceDate.source,
        stagesRead: analysis.stagesRead,
        status: 'processed',
        error: null,
        pipelineVersion: analysis.pipelineVersion,
        processedAt: new Date(),
      })
      .where(eq(articles.id, articleId));

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
