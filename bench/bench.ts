/**
 * `npm run bench [-- --articles N] [--skip-workers]`: speed and memory on
 * ../shared/data/news/bench.jsonl.gz. Measures each stage alone (words/s, articles/s), the embedded
 * end-to-end run, real BullMQ workers with 1 and 2 processes on Redis + PostgreSQL (throughput,
 * p50/p95 latency, worker peak RSS), linking time per article with 1,000 vs 100,000 entities,
 * model load time and peak RSS — and, on the same articles, the peers a user could pick instead
 * (franc alone, compromise alone). Writes reports/bench.{json,md,svg}.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Command } from 'commander';
import nlp from 'compromise';
import { sql } from 'drizzle-orm';
import { franc } from 'franc';
import { readLines } from '../cli/io.js';
import { formatTable } from '../cli/table.js';
import { openDatabase, rowsOf, type Database } from '../db/client.js';
import { insertArticle, type InsertedArticle } from '../db/repositories/articles.js';
import { persistAnalysis } from '../db/repositories/facts.js';
import { STAGES, stagesRead, type AnalysisDoc } from '../pipeline/analyze.js';
import { loadNerModel, type NerModel } from '../pipeline/entities/ner-model.js';
import { identifyLanguage } from '../pipeline/language/index.js';
import { blockingKeys, clusterDocumentMentions, normalizeName } from '../pipeline/reconcile/index.js';
import type { ArticleAnalysis } from '../pipeline/types.js';
import { parseArticleInput, type NormalizedArticle } from '../workers/article-input.js';
import { enqueueArticles } from '../workers/enqueue.js';
import { QUEUES } from '../workers/jobs.js';
import { InlineQueue } from '../workers/article-queue.js';
import { BullArticleQueue, redisConnection } from '../workers/queues.js';
import { ADMIN_DATABASE_URL, REDIS_URL, cleanupPrefix, createTestDatabase, uniquePrefix, waitFor } from '../test/helpers/services.js';
import { cpuSeconds, cpuSecondsOf, peakRssMb, SERVERS } from './proc-stats.js';
import { SHARED_DIR } from './shared-dir.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED = SHARED_DIR;
const REPORTS = join(ROOT, 'reports');

interface Options {
  articles: string;
  skipWorkers: boolean;
}

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean).length;
const log = (msg: string) => process.stderr.write(`${msg}\n`);

interface Rate {
  seconds: number;
  words_per_s: number;
  articles_per_s: number;
}

function rate(seconds: number, words: number, articles: number): Rate {
  return { seconds: round(seconds, 3), words_per_s: Math.round(words / seconds), articles_per_s: round(articles / seconds, 2) };
}
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

interface Timed {
  seconds: number;
  cpuSeconds: number;
}

async function timed<T>(fn: () => Promise<T> | T): Promise<Timed & { value: T }> {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - t) / 1000, cpuSeconds: (used.user + used.system) / 1e6, value };
}

/**
 * Words per CPU-second of this process while a stage ran: what one core does however busy the machine
 * is (wall-clock rates fall when other sessions compete for the CPUs; this one moves much less).
 */
const perCpu = (cpuSeconds: number, words: number) => Math.round(words / cpuSeconds);

/** A deterministic sample spread over the file (every k-th article), validated like any input. */
async function loadSample(n: number): Promise<NormalizedArticle[]> {
  const lines = await readLines(join(SHARED, 'data', 'news', 'bench.jsonl.gz'));
  const step = Math.max(1, Math.floor(lines.length / n));
  const sample: NormalizedArticle[] = [];
  for (let i = 0; i < lines.length && sample.length < n; i += step) {
    const row = JSON.parse(lines[i]!) as { title: string; text: string; id: string };
    const parsed = parseArticleInput({ title: row.title || undefined, text: row.text, source: row.id });
    if (parsed.ok) sample.push(parsed.article);
  }
  return sample;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/**
 * Copies of the first articles, run through every stage and stored, untimed, before the timed pass,
 * so each stage is timed warm (optimised JavaScript, PGlite's WebAssembly tiered up) as in a worker
 * that has been running a while (cold, the store's first pass of 300 articles took over a third more CPU
 * than each later pass in the same process).
 */
const WARMUP_ARTICLES = 30;

function warmupCopies(sample: NormalizedArticle[]): NormalizedArticle[] {
  return sample.slice(0, WARMUP_ARTICLES).flatMap((a, i) => {
    const parsed = parseArticleInput({ title: a.title ?? undefined, text: `${a.text}\n(bench warm-up ${i})`, source: `warmup/${i}` });
    return parsed.ok ? [parsed.article] : [];
  });
}

/** Each stage's own run() over every article, in pipeline order, so each is timed alone. */
async function runStages(articles: NormalizedArticle[], ner: NerModel, onStage: (name: string, t: Timed) => void = () => {}): Promise<AnalysisDoc[]> {
  const docs: Array<Record<string, unknown>> = articles.map((a) => ({ text: a.text, publishedAt: null }));
  for (const stage of STAGES) {
    onStage(
      stage.name,
      await timed(async () => {
        for (const doc of docs) Object.assign(doc, await stage.run(doc as never, { ner }));
      }),
    );
  }
  return docs as unknown as AnalysisDoc[];
}

/** What the reconcile worker computes before it links: in-article clusters and blocking keys. */
const clusterAndKey = (analyses: AnalysisDoc[]) =>
  analyses.map(({ mentions }) => {
    const clusters = clusterDocumentMentions(mentions);
    return mentions.map((m, j) => [clusters[j], blockingKeys(normalizeName(m.text, m.type), m.type)]);
  });

/** A stage run's document as the store receives it from the analysis worker. */
const asAnalysis = (d: AnalysisDoc): ArticleAnalysis => ({ ...d, stagesRead: stagesRead(d.language.language), pipelineVersion: 'bench', provenance: [], stageMs: {} });

async function persistAll(db: Database, articles: NormalizedArticle[], results: ArticleAnalysis[]): Promise<Timed> {
  const ids: InsertedArticle[] = [];
  for (const a of articles) ids.push(await insertArticle(db, a));
  return timed(async () => {
    for (const [i, row] of ids.entries()) await persistAnalysis(db, row.id, row.contentHash, results[i]!);
  });
}

async function stageRates(sample: NormalizedArticle[], ner: NerModel, words: number) {
  const n = sample.length;
  const stages: Record<string, Rate> = {};
  const stageCpu: Record<string, number> = {};
  const handle = await openDatabase({ kind: 'pglite', dataDir: null });
  await handle.migrate();
  const warmup = warmupCopies(sample);
  const warmAnalyses = await runStages(warmup, ner);
  clusterAndKey(warmAnalyses);
  await persistAll(handle.db, warmup, warmAnalyses.map(asAnalysis));

  const analyses = await runStages(sample, ner, (name, { seconds, cpuSeconds }) => {
    stages[name] = rate(seconds, words, n);
    stageCpu[name] = perCpu(cpuSeconds, words);
  });
  // Language identification sentence by sentence (the unit of the langid data), on one core.
  const sentenceTexts = analyses.flatMap((d) => d.sentences.map((s) => s.text));
  const perSentence = await timed(() => sentenceTexts.map((t) => identifyLanguage(t)));
  const langidSentences = { sentences: sentenceTexts.length, sentences_per_s: Math.round(sentenceTexts.length / perSentence.seconds) };
  const reconciliation = await timed(() => clusterAndKey(analyses));
  stages.reconciliation = rate(reconciliation.seconds, words, n);
  stageCpu.reconciliation = perCpu(reconciliation.cpuSeconds, words);
  const results = analyses.map(asAnalysis);
  const persistence = await persistAll(handle.db, sample, results);
  stages.persistence = rate(persistence.seconds, words, n);
  stageCpu.persistence = perCpu(persistence.cpuSeconds, words);
  await handle.close();
  const peers = {
    franc: rate((await timed(() => sample.map((a) => franc(a.text)))).seconds, words, n),
    compromise: rate(
      (
        await timed(() =>
          sample.map((a) => {
            const doc = nlp(a.text);
            return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
          }),
        )
      ).seconds,
      words,
      n,
    ),
  };
  return { stages, stageCpu, peers, analyses: results, langidSentences };
}

async function embeddedRun(sample: NormalizedArticle[], ner: NerModel, words: number): Promise<Rate> {
  const handle = await openDatabase({ kind: 'pglite', dataDir: null });
  await handle.migrate();
  const queue = new InlineQueue({ db: handle.db, ner });
  const { seconds } = await timed(() =>
    enqueueArticles(sample.map((a, i) => ({ origin: String(i), raw: { title: a.title, text: a.text } })), { db: handle.db, queue }),
  );
  await handle.close();
  return rate(seconds, words, sample.length);
}

/**
 * Real worker processes (the product's default concurrency) on Redis + PostgreSQL. The clock starts
 * once every process has loaded its model, registered on both queues and stored a few warm-up articles. Besides wall-clock
 * throughput it reports words per CPU-second of the workers, PostgreSQL and Redis together: wall
 * time depends on what else the machine runs, CPU time much less.
 */
async function workersRun(sample: NormalizedArticle[], words: number, processes: number) {
  const database = await createTestDatabase();
  const prefix = uniquePrefix();
  const children: ChildProcess[] = [];
  const connection = redisConnection(REDIS_URL);
  const queue = new BullArticleQueue(connection, prefix);
  const persistQueue = new Queue(QUEUES.persist, { connection, prefix });
  try {
    const env = { ...process.env, DATABASE_URL: database.url, REDIS_URL, NEWSFLOW_QUEUE_PREFIX: prefix, LOG_LEVEL: 'warn' };
    for (let i = 0; i < processes; i++) {
      children.push(spawn(process.execPath, [join(ROOT, 'cli/bin.js'), 'worker'], { env, stdio: ['ignore', 'ignore', 'inherit'] }));
    }
    await waitFor(
      async () => (await queue.queue.getWorkersCount()) >= processes && (await persistQueue.getWorkersCount()) >= processes,
      180_000,
      'worker processes ready',
    );
    // Warm-up (not measured), as in bench:load: each process's first analyses load lazy tables.
    const warm = sample.slice(0, processes * WARMUP_PER_PROCESS).map((a, i) => ({
      origin: `warmup ${i}`,
      raw: { title: a.title, text: `${a.text}\n(bench warm-up ${i})`, source: `warmup/${i}` },
    }));
    await enqueueArticles(warm, { db: database.db, queue });
    const processed = async () =>
      rowsOf<{ n: number }>(await database.db.execute(sql`SELECT count(*)::int AS n FROM articles WHERE status <> 'queued'`))[0]!.n;
    await waitFor(async () => (await processed()) >= warm.length, 600_000, 'warm-up articles processed');
    const cpuBefore = children.map((c) => cpuSeconds(c.pid!));
    const serversBefore = cpuSecondsOf(SERVERS);
    const t0 = performance.now();
    await enqueueArticles(sample.map((a, i) => ({ origin: String(i), raw: { title: a.title, text: a.text } })), { db: database.db, queue });
    await waitFor(async () => (await processed()) >= warm.length + sample.length, 600_000, 'all articles processed by the workers');
    const seconds = (performance.now() - t0) / 1000;
    const cpu = children.reduce((s, c, i) => s + cpuSeconds(c.pid!) - cpuBefore[i]!, 0) + cpuSecondsOf(SERVERS) - serversBefore;
    const latencies = rowsOf<{ ms: number }>(
      await database.db.execute(
        sql`SELECT extract(epoch FROM processed_at - created_at) * 1000 AS ms FROM articles WHERE processed_at IS NOT NULL AND coalesce(source, '') NOT LIKE 'warmup/%'`,
      ),
    )
      .map((r) => Number(r.ms))
      .sort((a, b) => a - b);
    const rss = children.map((c) => peakRssMb(c.pid));
    return {
      processes,
      ...rate(seconds, words, sample.length),
      p50_ms: Math.round(percentile(latencies, 50)),
      p95_ms: Math.round(percentile(latencies, 95)),
      worker_peak_rss_mb: Math.max(...rss.map((r) => r ?? 0)),
      cpu_seconds: round(cpu, 1),
      words_per_cpu_s: Math.round(words / cpu),
      /** CPU-seconds per wall second: how many of the machine's cores the run kept busy. */
      cores_busy: round(cpu / seconds, 2),
    };
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
    await Promise.allSettled([queue.close(), persistQueue.close()]);
    connection.disconnect();
    await cleanupPrefix(prefix);
    await database.drop();
  }
}

type WorkersRun = Awaited<ReturnType<typeof workersRun>>;

/** Articles each worker process analyses before the clock starts (bench:load warms up the same way). */
const WARMUP_PER_PROCESS = 4;

/**
 * The shipped command from a cold process: `newsflow --help` (median wall time of 5 runs) and
 * `newsflow analyze` of one three-word article (median wall time and peak RSS of 3 runs). Each child
 * reports its own peak RSS on exit through a preloaded one-line module.
 */
async function startupRun() {
  const dir = await mkdtemp(join(tmpdir(), 'newsflow-bench-'));
  const rssFile = join(dir, 'rss');
  const article = join(dir, 'short.txt');
  await writeFile(article, 'Azermash builds buses.\n');
  const reportRss = `data:text/javascript,import{appendFileSync}from"node:fs";process.on("exit",()=>appendFileSync(${JSON.stringify(rssFile)},process.resourceUsage().maxRSS+"\\n"))`;
  const run = (args: string[]) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['--import', reportRss, join(ROOT, 'cli/bin.js'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`newsflow ${args.join(' ')} failed: ${r.stderr.toString().slice(0, 300)}`);
    return performance.now() - t;
  };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const help = median(Array.from({ length: 5 }, () => run(['--help'])));
  await writeFile(rssFile, '');
  const analyze = median(Array.from({ length: 3 }, () => run(['analyze', article])));
  const rss = (await readFile(rssFile, 'utf8')).split('\n').filter(Boolean).map((kb) => Number(kb) / 1024);
  await rm(dir, { recursive: true, force: true });
  return { help_ms: Math.round(help), analyze_ms: Math.round(analyze), analyze_peak_rss_mb: Math.round(median(rss)) };
}

/** Linking + persisting the same articles into a table of 1,000 and of 100,000 entities. */
async function linkScaling(db: Database, sample: NormalizedArticle[], analyses: ArticleAnalysis[], entityCount: number) {
  await db.execute(sql`
    WITH made AS (
      INSERT INTO entities (type, canonical_name, norm_key)
      SELECT 'ORG', 'Synthetic Holding ' || g, 'synthetic holding ' || g FROM generate_series(1, ${entityCount}) g
      RETURNING id, norm_key)
    INSERT INTO entity_keys (key, entity_id) SELECT 'syn:' || norm_key, id FROM made`);
  const ids: InsertedArticle[] = [];
  for (const a of sample) ids.push(await insertArticle(db, a));
  const { seconds } = await timed(async () => {
    for (const [i, row] of ids.entries()) await persistAnalysis(db, row.id, row.contentHash, analyses[i]!);
  });
  return { entities: entityCount, ms_per_article: round((seconds * 1000) / sample.length, 2) };
}

function chart(stages: Record<string, Rate>): string {
  const entries = Object.entries(stages);
  const max = Math.max(...entries.map(([, r]) => r.words_per_s));
  const barH = 26;
  const width = 720;
  const left = 130;
  const rows = entries
    .map(([name, r], i) => {
      const w = Math.max(1, Math.round(((width - left - 120) * Math.log10(r.words_per_s + 1)) / Math.log10(max + 1)));
      const y = 40 + i * (barH + 8);
      return `<text x="${left - 8}" y="${y + 18}" text-anchor="end">${name}</text><rect x="${left}" y="${y}" width="${w}" height="${barH}" fill="#4c78a8"/><text x="${left + w + 6}" y="${y + 18}">${r.words_per_s.toLocaleString('en')} words/s</text>`;
    })
    .join('');
  const height = 60 + entries.length * (barH + 8);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="13"><text x="10" y="22" font-size="15">newsflow: throughput per stage, one core (log scale)</text>${rows}</svg>\n`;
}

async function main(): Promise<void> {
  const opts = new Command('bench')
    .option('--articles <n>', 'articles sampled from bench.jsonl.gz', '300')
    .option('--skip-workers', 'skip the Redis + PostgreSQL worker runs', false)
    .parse()
    .opts<Options>();
  const sample = await loadSample(Number(opts.articles));
  const words = sample.reduce((s, a) => s + wordsOf(a.text), 0);
  log(`bench: ${sample.length} articles, ${words.toLocaleString('en')} words`);

  log('[0/5] start-up of the shipped command (dist/; `npm run build` first)');
  const startup = await startupRun();
  log('[1/5] model load');
  const load = await timed(() => loadNerModel());
  const ner = load.value;
  log('[2/5] stages one by one, and the peers on the same articles');
  const { stages, stageCpu, peers, analyses, langidSentences } = await stageRates(sample, ner, words);
  log('[3/5] embedded end to end');
  const embedded = await embeddedRun(sample, ner, words);
  log('[4/5] linking with 1,000 vs 100,000 entities');
  const scaling = [];
  for (const count of [1_000, 100_000]) {
    const handle = await openDatabase({ kind: 'pglite', dataDir: null });
    await handle.migrate();
    scaling.push(await linkScaling(handle.db, sample.slice(0, 100), analyses.slice(0, 100), count));
    await handle.close();
  }
  const endToEnd: Record<string, unknown> = { embedded };
  if (opts.skipWorkers) {
    log('[5/5] workers skipped (--skip-workers)');
  } else {
    log(`[5/5] BullMQ workers on ${REDIS_URL} + PostgreSQL (${ADMIN_DATABASE_URL.replace(/\/\/[^@/]*@/, '//')})`);
    endToEnd.workers_1 = await workersRun(sample, words, 1);
    endToEnd.workers_2 = await workersRun(sample, words, 2);
  }
  const report = {
    date: new Date().toISOString(),
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    sample: { articles: sample.length, words },
    model_load_ms: Math.round(load.seconds * 1000),
    startup,
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    stages,
    stage_words_per_cpu_s: stageCpu,
    langid_per_sentence: langidSentences,
    end_to_end: endToEnd,
    link_scaling: { runs: scaling, slowdown: round(scaling[1]!.ms_per_article / scaling[0]!.ms_per_article, 2) },
    peers: {
      franc: { ...peers.franc, newsflow_language_ratio: round(stages.language!.words_per_s / peers.franc.words_per_s, 2) },
      compromise: { ...peers.compromise, newsflow_entities_ratio: round(stages.entities!.words_per_s / peers.compromise.words_per_s, 2) },
    },
    numbers_share_of_analyze: round(stages.numbers!.seconds / Object.entries(stages).filter(([k]) => k !== 'persistence' && k !== 'reconciliation').reduce((s, [, r]) => s + r.seconds, 0), 3),
  };

  const table = formatTable(
    ['measure', 'words/s', 'articles/s', 'seconds', 'note'],
    [
      ...Object.entries(stages).map(([k, r]) => [`stage ${k}`, r.words_per_s, r.articles_per_s, r.seconds, `${stageCpu[k]} words per CPU-second`]),
      ['peer franc (alone)', peers.franc.words_per_s, peers.franc.articles_per_s, peers.franc.seconds, `language stage = ${report.peers.franc.newsflow_language_ratio}× franc`],
      ['peer compromise (alone)', peers.compromise.words_per_s, peers.compromise.articles_per_s, peers.compromise.seconds, `entities stage = ${report.peers.compromise.newsflow_entities_ratio}× compromise`],
      ['end to end, embedded', embedded.words_per_s, embedded.articles_per_s, embedded.seconds, 'PGlite + in-process runner'],
      ...['workers_1', 'workers_2'].flatMap((k) => {
        const r = endToEnd[k] as WorkersRun | undefined;
        return r
          ? [[`end to end, ${k.replace('_', ' ')} process(es)`, r.words_per_s, r.articles_per_s, r.seconds, `p50 ${r.p50_ms} ms, p95 ${r.p95_ms} ms, worker RSS ${r.worker_peak_rss_mb} MB, ${r.words_per_cpu_s} words per CPU-second, ${r.cores_busy} cores busy`]]
          : [];
      }),
    ],
  );
  const [one, two] = [endToEnd.workers_1, endToEnd.workers_2] as Array<WorkersRun | undefined>;
  // What more processes can add is bounded by the cores one process leaves idle.
  const scalingLine = one && two
    ? [`scaling 2 ÷ 1 worker process: ${round(two.words_per_s / one.words_per_s, 2)}× (one process keeps ${one.cores_busy} of ${report.machine.cpus} cores busy: more processes can add at most ${round(report.machine.cpus / one.cores_busy, 2)}×)`]
    : [];
  const extra = [
    `newsflow --help: ${startup.help_ms} ms; newsflow analyze (one short article): ${startup.analyze_ms} ms, peak RSS ${startup.analyze_peak_rss_mb} MB`,
    `model load: ${report.model_load_ms} ms; bench process peak RSS: ${report.peak_rss_mb} MB`,
    `language identification per sentence: ${langidSentences.sentences_per_s.toLocaleString('en')} sentences/s (${langidSentences.sentences.toLocaleString('en')} sentences)`,
    `numbers stage share of analyze time: ${(report.numbers_share_of_analyze * 100).toFixed(1)}%`,
    `linking+persist per article: ${scaling.map((s) => `${s.ms_per_article} ms with ${s.entities.toLocaleString('en')} entities`).join(', ')} (×${report.link_scaling.slowdown})`,
    ...scalingLine,
  ].join('\n');
  process.stdout.write(`${table}\n\n${extra}\n`);
  await mkdir(REPORTS, { recursive: true });
  await writeFile(join(REPORTS, 'bench.json'), `${JSON.stringify(report, null, 1)}\n`);
  await writeFile(join(REPORTS, 'bench.svg'), chart(stages));
  await writeFile(
    join(REPORTS, 'bench.md'),
    `# newsflow benchmark\n\nCommand: \`npm run bench -- --articles ${opts.articles}\` on ${report.machine.cpus} CPUs, Node ${report.machine.node}, ${report.date}.\nSample: ${sample.length} articles, ${words.toLocaleString('en')} words from bench.jsonl.gz.\n\n\`\`\`\n${table}\n\n${extra}\n\`\`\`\n\n![throughput per stage](bench.svg)\n`,
  );
}

await main();
