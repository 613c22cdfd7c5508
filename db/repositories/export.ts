/**
 * Reads stored articles back in the evaluation contract's "gold" schema
 * (../shared/data/seeds-gold.json): documents with mentions, numbers and events; entities with aliases.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../client.js';
import { articles, entities, entityAliases, eventParticipants, events, mentions, numbers } from '../schema.js';

export interface GoldDocument {
  file: string;
  language: string;
  mentions: Array<{ text: string; type: string; entity: string | null; start: number; end: number }>;
  numbers: Array<{
    text: string;
    value: number | [number | null, number | null] | null;
    unit: string | null;
    currency: string | null;
    kind: string;
    date: string | null;
    start: number;
    end: number;
  }>;
  events: Array<{
    type: string;
    actors: string[];
    location: string | null;
    product: string | null;
    quantity: number | null;
    unit: string | null;
    money: { value: number; currency: string | null } | null;
    time: string | null;
    evidence: string;
    modality: string;
    /** Extra keys (score.py ignores them): every sentence stating the fact, change and share rates. */
    evidence_spans: Array<{ start: number; end: number; text: string }>;
    change_pct: number | null;
    share_pct: number | null;
  }>;
  /** Extra keys: the reference date and the stages that read the language. */
  reference_date: string | null;
  stages_read: unknown;
}

export interface GoldExport {
  documents: GoldDocument[];
  entities: Array<{ id: string; canonical: string; type: string; aliases: string[]; demonym_of?: string }>;
}

export async function exportGold(db: Database, articleIds: number[], fileOf: (id: number) => string): Promise<GoldExport> {
  const documents: GoldDocument[] = [];
  const seen = new Set<number>();
  for (const id of articleIds) {
    const [article] = await db.select().from(articles).where(eq(articles.id, id));
    if (!article) continue;
    const ms = await db.select().from(mentions).where(eq(mentions.articleId, id)).orderBy(asc(mentions.startOffset));
    const ns = await db.select().from(numbers).where(eq(numbers.articleId, id)).orderBy(asc(numbers.startOffset));
    const es = await db.select().from(events).where(eq(events.articleId, id)).orderBy(asc(events.id));
    const ps = es.length
      ? await db.select().from(eventParticipants).where(inArray(eventParticipants.eventId, es.map((e) => e.id)))
      : [];
    ms.forEach((m) => m.entityId !== null && seen.add(m.entityId));
    documents.push({
      file: fileOf(id),
      language: article.language ?? 'und',
      mentions: ms.map((m) => ({
        text: m.text,
        type: m.type,
        entity: m.entityId === null ? null : String(m.entityId),
        start: m.startOffset,
        end: m.endOffset,
      })),
      numbers: ns.map((n) => ({
        text: n.text,
        value: n.valueHigh !== null ? [n.value, n.valueHigh] : n.value,
        unit: n.unit,
        currency: n.currency,
        kind: n.kind,
        date: n.date,
        start: n.startOffset,
        end: n.endOffset,
      })),
      events: es.map((e) => ({
        type: e.type,
        actors: ps.filter((p) => p.eventId === e.id && p.role === 'actor').map((p) => String(p.entityId)),
        location: e.locationEntityId === null ? null : String(e.locationEntityId),
        product: e.productEntityId !== null ? String(e.productEntityId) : e.productText,
        quantity: e.quantity,
        unit: e.unit,
        money: e.moneyValue === null ? null : { value: e.moneyValue, currency: e.moneyCurrency },
        time: e.time,
        evidence: e.evidenceText,
        modality: e.modality,
        evidence_spans: (e.evidenceSpans as Array<{ start: number; end: number; text: string }> | null) ?? [{ start: e.evidenceStart, end: e.evidenceEnd, text: e.evidenceText }],
        change_pct: e.changePct,
        share_pct: e.sharePct,
      })),
      reference_date: article.referenceDate,
      stages_read: article.stagesRead,
    });
  }
  const ids = [...seen];
  const rows = ids.length ? await db.select().from(entities).where(inArray(entities.id, ids)).orderBy(asc(entities.id)) : [];
  const aliases = ids.length
    ? await db.select().from(entityAliases).where(inArray(entityAliases.entityId, ids)).orderBy(asc(entityAliases.id))
    : [];
  return {
    documents,
    entities: rows.map((e) => ({
      id: String(e.id),
      canonical: e.canonicalName,
      type: e.type,
      aliases: aliases.filter((a) => a.entityId === e.id && a.count > 0).map((a) => a.alias),
      ...(e.demonymOf !== null ? { demonym_of: String(e.demonymOf) } : {}),
    })),
  };
}
