/** `newsflow query …` and `newsflow entities …`: the analyst's and operator's view of the data. */
import { entitySummaries, eventSummaries } from '../../db/repositories/queries.js';
import { entityDetails, findEntities, mergeEntities, splitEntity, EntityNotFoundError } from '../../db/repositories/entity-admin.js';
import type { Database } from '../../db/client.js';
import type { Config } from '../../workers/config.js';
import { databaseTarget, openMigratedDatabase } from '../runtime.js';
import { formatTable, truncate } from '../table.js';
import { UsageError } from './services.js';

async function withDb<T>(config: Config, fn: (db: Database) => Promise<T>): Promise<T> {
  const handle = await openMigratedDatabase(databaseTarget(config));
  try {
    return await fn(handle.db);
  } finally {
    await handle.close();
  }
}

const print = (s: string) => process.stdout.write(`${s}\n`);

export interface EventQuery {
  entity?: string;
  type?: string;
  since?: string;
  json?: boolean;
  limit?: number;
}

export async function queryEvents(config: Config, q: EventQuery): Promise<void> {
  await withDb(config, async (db) => {
    const rows = await eventSummaries(db, { ...q, limit: q.limit ?? 200 });
    if (q.json) return print(JSON.stringify(rows, null, 1));
    print(
      formatTable(
        ['event', 'article', 'type', 'modality', 'actors', 'location', 'product', 'amount', 'time', 'evidence'],
        rows.map((e) => [
          e.id,
          e.article_id,
          e.type,
          e.modality,
          truncate(e.actors ?? '', 30),
          e.location,
          e.product,
          e.money_value !== null ? `${e.money_value} ${e.money_currency ?? ''}` : e.quantity !== null ? `${e.quantity} ${e.unit ?? ''}` : '',
          e.time,
          `${truncate(e.evidence_text, 70)}${(e.evidence_spans?.length ?? 1) > 1 ? ` (+${e.evidence_spans!.length - 1} more sentence(s))` : ''}`,
        ]),
      ),
    );
    print(`${rows.length} event(s)`);
  });
}

async function resolveOne(db: Database, name: string) {
  const found = await findEntities(db, name);
  if (!found.length) throw new EntityNotFoundError(name);
  if (found.length > 1) {
    throw new UsageError(
      `${JSON.stringify(name)} matches ${found.length} entities; use an id:\n${found.map((e) => `  ${e.id}  ${e.type}  ${e.canonicalName}`).join('\n')}`,
    );
  }
  return found[0]!;
}

export async function showEntity(config: Config, name: string, opts: { json?: boolean }): Promise<void> {
  await withDb(config, async (db) => {
    const found = await findEntities(db, name);
    if (!found.length) throw new EntityNotFoundError(name);
    const details = await Promise.all(found.map((e) => entityDetails(db, e.id)));
    if (opts.json) return print(JSON.stringify(details, null, 1));
    for (const d of details) {
      print(`${d.entity.id}  ${d.entity.type}  ${d.entity.canonicalName}${d.entity.country ? `  (${d.entity.country})` : ''}`);
      print(`aliases: ${d.aliases.map((a) => `${a.alias} ×${a.count}`).join(', ') || '—'}`);
      print(formatTable(['article', 'mentions', 'title'], d.perArticle.map((a) => [a.articleId, a.mentions, truncate(a.title, 70)])));
      if (d.decisions.length) {
        print('decisions:');
        print(
          formatTable(
            ['decision', 'entity', 'other', 'alias', 'score', 'by', 'reasons'],
            d.decisions.map((x) => [
              x.decision,
              x.entityId,
              x.otherEntityId,
              x.alias,
              x.score === null ? null : x.score.toFixed(2),
              x.decidedBy,
              truncate(JSON.stringify(x.reasons), 80),
            ]),
          ),
        );
      }
      print('');
    }
  });
}

export async function queryEntity(config: Config, name: string, opts: { json?: boolean }): Promise<void> {
  await withDb(config, async (db) => {
    const entity = await resolveOne(db, name);
    const events = await eventSummaries(db, { entityId: entity.id, limit: 500 });
    if (opts.json) return print(JSON.stringify({ entity: await entityDetails(db, entity.id), events }, null, 1));
    await showEntity(config, String(entity.id), {});
    print(`events (${events.length}):`);
    print(formatTable(['time', 'type', 'modality', 'amount', 'evidence'], events.map((e) => [
      e.time,
      e.type,
      e.modality,
      e.money_value !== null ? `${e.money_value} ${e.money_currency ?? ''}` : e.quantity !== null ? `${e.quantity} ${e.unit ?? ''}` : '',
      truncate(e.evidence_text, 80),
    ])));
  });
}

export async function listEntities(config: Config, opts: { json?: boolean; minArticles?: number }): Promise<void> {
  await withDb(config, async (db) => {
    const rows = await entitySummaries(db, { minArticles: opts.minArticles ?? 1 });
    if (opts.json) return print(JSON.stringify(rows, null, 1));
    print(formatTable(['id', 'type', 'canonical name', 'articles', 'mentions', 'aliases'], rows.map((e) => [e.id, e.type, e.canonical_name, e.articles, e.mentions, truncate(e.aliases, 60)])));
  });
}

export async function mergeCommand(config: Config, keep: string, gone: string): Promise<void> {
  await withDb(config, async (db) => {
    const a = await resolveOne(db, keep);
    const b = await resolveOne(db, gone);
    await mergeEntities(db, a.id, b.id, 'operator');
    print(`merged ${b.id} "${b.canonicalName}" into ${a.id} "${a.canonicalName}"`);
  });
}

export async function splitCommand(config: Config, entity: string, aliases: string[]): Promise<void> {
  await withDb(config, async (db) => {
    const e = await resolveOne(db, entity);
    const newId = await splitEntity(db, e.id, aliases, 'operator');
    print(`split ${aliases.map((a) => JSON.stringify(a)).join(', ')} off ${e.id} "${e.canonicalName}" into new entity ${newId}`);
  });
}
