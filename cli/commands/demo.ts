/**
 * `newsflow demo`: the embedded default end to end — PGlite, the in-process runner, the seeds —
 * then what an analyst would look at first: per-article language and counts, the cross-document
 * entity table and the events.
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { articles } from '../../db/schema.js';
import { entitySummaries, eventSummaries } from '../../db/repositories/queries.js';
import type { Config } from '../../workers/config.js';
import { InlineQueue } from '../../workers/article-queue.js';
import { databaseTarget, describeTarget, openMigratedDatabase, sharedNerModel } from '../runtime.js';
import { formatTable, truncate } from '../table.js';
import { ingestPaths, printSummary } from './ingest.js';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

export async function demo(config: Config, paths: string[]): Promise<void> {
  const target = databaseTarget(config);
  const out = process.stdout;
  out.write(`newsflow demo: ${describeTarget(target)}, in-process queue\n`);
  const handle = await openMigratedDatabase(target);
  try {
    const t0 = performance.now();
    const queue = new InlineQueue({ db: handle.db, ner: await sharedNerModel() });
    const summary = await ingestPaths(paths.length ? paths : [SEEDS_DIR], { db: handle.db, queue }, 'analysing');
    printSummary(summary);
    out.write(`processed in ${((performance.now() - t0) / 1000).toFixed(1)} s\n\n`);

    const rows = [];
    for (const id of summary.articleIds) {
      const [a] = await handle.db.select().from(articles).where(eq(articles.id, id));
      if (!a) continue;
      const outcome = queue.outcomes.find((o) => o.articleId === id);
      const result = outcome?.status === 'persisted' ? outcome.result : undefined;
      // a language without an event lexicon says so instead of a silent zero
      const read = a.stagesRead as { language?: string; events?: boolean } | null;
      const noLexicon = read?.events === false;
      rows.push([
        id,
        basename(a.source ?? '') || truncate(a.title, 30),
        `${a.language ?? '?'} (${(a.languageConfidence ?? 0).toFixed(2)})`,
        a.referenceDate ? `${a.referenceDate} (${a.referenceSource ?? '?'})` : '-',
        result?.mentions ?? '-',
        result?.numbers ?? '-',
        noLexicon ? 'not read' : (result?.events ?? '-'),
        `${outcome?.status ?? 'duplicate'}${noLexicon ? `; no event lexicon for ${read?.language ?? a.language ?? '?'}` : ''}`,
      ]);
    }
    out.write(`ARTICLES\n${formatTable(['id', 'article', 'language', 'reference date', 'mentions', 'numbers', 'events', 'status'], rows)}\n\n`);

    const ents = await entitySummaries(handle.db, { minArticles: 2 });
    out.write(`ENTITIES SEEN IN MORE THAN ONE ARTICLE (${ents.length})\n`);
    out.write(`${formatTable(['id', 'type', 'canonical name', 'articles', 'mentions', 'aliases'], ents.map((e) => [e.id, e.type, e.canonical_name, e.articles, e.mentions, truncate(e.aliases, 60)]))}\n\n`);

    const evs = await eventSummaries(handle.db, { limit: 200 });
    out.write(`EVENTS (${evs.length})\n`);
    out.write(
      `${formatTable(
        ['article', 'type', 'modality', 'actors', 'location', 'amount', 'time', 'evidence (sentences)'],
        evs.map((e) => [
          e.article_id,
          e.type,
          e.modality,
          truncate(e.actors ?? '', 28),
          e.location,
          [
            e.money_value !== null ? `${e.money_value} ${e.money_currency ?? ''}` : e.quantity !== null ? `${e.quantity} ${e.unit ?? ''}` : '',
            e.change_pct != null ? `(${e.change_pct > 0 ? '+' : ''}${e.change_pct}%)` : '',
          ].filter(Boolean).join(' '),
          e.time,
          `${truncate(e.evidence_text, 60)}${(e.evidence_spans?.length ?? 1) > 1 ? ` (+${e.evidence_spans!.length - 1} more)` : ''}`,
        ]),
      )}\n\n`,
    );
    out.write(`Stored in ${describeTarget(target)}. Query it: npx newsflow query events --type production\n`);
    out.write(
      `Browse it: npx newsflow ui, then open http://${config.NEWSFLOW_HOST.includes(":") ? `[${config.NEWSFLOW_HOST}]` : config.NEWSFLOW_HOST}:${config.NEWSFLOW_PORT}/events (events, entities, charts, CSV/JSON)\n`,
    );
  } finally {
    await handle.close();
  }
}
