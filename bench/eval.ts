/**
 * `npm run eval [-- --quick] [-- --only articles]`: runs every prediction command of the evaluation contract over the
 * development data in ../shared/data and scores each with ../shared/tools/score.py (the judge;
 * nothing it scores is re-scored here). It also measures sentence splitting, which score.py has no
 * task for, with ./segment-eval.ts. Prints one table and writes reports/eval.md and reports/eval.json.
 * Exits non-zero when a contract command or the scorer fails.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { readLines } from '../cli/io.js';
import { parseCsv } from '../cli/predict-names.js';
import { formatTable } from '../cli/table.js';
import { DEFAULT_SUPPORTED_LANGUAGES } from '../pipeline/language/index.js';
import { sentencesOf } from '../pipeline/text/segment.js';
import { SHARED_DIR } from './shared-dir.js';
import { ARTICLE_HALVES, halfOf, MAX_HALF_GAP, namesCaseKey, numbersCaseKey, type Half } from './halves.js';
import { detokenize, scoreBoundaries } from './segment-eval.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED = SHARED_DIR;
const DATA = join(SHARED, 'data');
const SCORER = join(SHARED, 'tools', 'score.py');
const REPORTS = join(ROOT, 'reports');
/** Tune articles this project wrote itself (bench/articles/<language>/: texts + gold.json; see its README). */
const OWN_ARTICLES = join(ROOT, 'bench', 'articles');
const WORK = join(REPORTS, 'eval');

/** Held-aside NER slices: the last 15% of sentences of each file trained on (models/training/common.py). */
const HOLDOUT_FRACTION = 0.15;
const WIKINEURAL_LANGS = ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'ru'];
/** News dev files the NER model trains on; their last 15% is the selection slice. factRuEval has no MISC. */
const NEWS_DEV_SETS = ['es-conll02', 'nl-conll02', 'ru-factru'];
/** The bars of issue 19 (the held-out test sets' bars, printed beside their selection slices). */
const NER_TARGETS: Record<string, string> = {
  'en-conll-dev': '≥ 0.900',
  'de-germeval-heldout': '≥ 0.750',
  'es-conll02-heldout': '≥ 0.850',
  'nl-conll02-heldout': '≥ 0.820',
  'ru-factru-heldout': '≥ 0.800',
};
/** WikiNEuRal's bar is on the average of its languages, not on each. */
const WIKINEURAL_AVERAGE_TARGET = '≥ 0.880';
/**
 * Gold sentences for sentence splitting, per language. German comes from news corpora:
 * WikiNEuRal's own splitter broke German sentences after ordinals ("am 19. | Dezember").
 */
const SEGMENT_SETS: Record<string, string[]> = {
  de: ['de-germeval-dev', 'de-conll03-testa', 'de-conll03-testb'],
  en: ['en-conll-dev'],
  ...Object.fromEntries(['es', 'fr', 'it', 'nl', 'pl', 'pt', 'ru'].map((lang) => [lang, [`wikineural-${lang}-dev`]])),
};

interface Options {
  quick: boolean;
  /** Run only the steps whose name contains one of these words (development loop). */
  only?: string[];
}

type Json = Record<string, unknown>;

interface StepResult {
  name: string;
  seconds: number;
  score: Json;
}

/** Python's round(): halves go to the even neighbour (the training recipe's split uses it). */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (Math.abs(diff - 0.5) > 1e-9) return Math.round(x);
  return floor % 2 === 0 ? floor : floor + 1;
}

function run(cmd: string, args: string[], stdoutFile: string | null): Promise<string> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const sink = stdoutFile ? createWriteStream(stdoutFile) : null;
    child.stdout.on('data', (d: Buffer) => (sink ? sink.write(d) : (out += d.toString())));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      sink?.end();
      if (code === 0) resolveRun(out);
      else reject(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${err.slice(-2000)}`));
    });
  });
}

// the working tree's sources, not a dist/ build that may be older than them
process.env.NEWSFLOW_FROM_SOURCE = '1';
const newsflow = (args: string[], outFile: string) => run(process.execPath, [join(ROOT, 'cli/bin.js'), ...args], outFile);
const score = async (task: string, gold: string, pred: string, extra: string[] = []) =>
  JSON.parse(await run('python3', [SCORER, task, gold, pred, ...extra], null)) as Json;

const HALVES: readonly Half[] = ['tune', 'check'];

/** numbers/dev.jsonl split into its tune and check halves (./halves.ts), as gold files. */
async function numbersHalves(): Promise<Record<Half, string>> {
  const lines = (await readLines(join(DATA, 'numbers', 'dev.jsonl'))).filter((l) => l.trim());
  const out = {} as Record<Half, string>;
  for (const half of HALVES) {
    out[half] = join(WORK, 'gold', `numbers-${half}.jsonl`);
    await writeFile(out[half], lines.filter((l) => halfOf(numbersCaseKey(JSON.parse(l) as Json)) === half).map((l) => `${l}\n`).join(''));
  }
  return out;
}

/** names/dev.csv split into its tune and check halves by pair (./halves.ts), header kept, as gold files. */
async function namesHalves(): Promise<Record<Half, string>> {
  const text = (await readFile(join(DATA, 'names', 'dev.csv'), 'utf8')).replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  const records = parseCsv(text);
  if (records.length !== lines.length) throw new Error('names/dev.csv: a record spans several lines; split it by records');
  const out = {} as Record<Half, string>;
  for (const half of HALVES) {
    out[half] = join(WORK, 'gold', `names-${half}.csv`);
    const keep = lines.filter((_, i) => i > 0 && halfOf(namesCaseKey(records[i]![2] ?? '', records[i]![3] ?? '')) === half);
    await writeFile(out[half], [lines[0]!, ...keep].map((l) => `${l}\n`).join(''));
  }
  return out;
}

/** CoNLL sentences of a file (blank-line separated), as text blocks. */
async function conllSentences(path: string): Promise<string[]> {
  const sentences: string[] = [];
  let current: string[] = [];
  for (const line of await readLines(path)) {
    if (line.trim()) current.push(line);
    else if (current.length) {
      sentences.push(current.join('\n'));
      current = [];
    }
  }
  if (current.length) sentences.push(current.join('\n'));
  return sentences;
}

async function writeSlice(name: string, sentences: string[]): Promise<string> {
  const path = join(WORK, 'gold', `${name}.conll`);
  await writeFile(path, sentences.map((s) => `${s}\n`).join('\n'));
  return path;
}

interface NerSet {
  name: string;
  gold: string;
}

async function nerSets(opts: Options): Promise<NerSet[]> {
  const limit = opts.quick ? 200 : Infinity;
  const sets: NerSet[] = [];
  const whole = await conllSentences(join(DATA, 'ner', 'en-conll-dev.conll.gz'));
  sets.push({ name: 'en-conll-dev', gold: await writeSlice('en-conll-dev', whole.slice(0, limit)) });
  const heldout = async (file: string, name: string) => {
    const all = await conllSentences(join(DATA, 'ner', `${file}.conll.gz`));
    const cut = roundHalfEven(all.length * (1 - HOLDOUT_FRACTION));
    sets.push({ name, gold: await writeSlice(name, all.slice(cut).slice(0, limit)) });
  };
  await heldout('de-germeval-dev', 'de-germeval-heldout');
  for (const lang of WIKINEURAL_LANGS) await heldout(`wikineural-${lang}-dev`, `wikineural-${lang}-heldout`);
  // news dev files trained on since ner-bilstm-crf-2026.12.1 (models/training/common.py EVAL_SETS)
  for (const news of NEWS_DEV_SETS) await heldout(`${news}-dev`, `${news}-heldout`);
  return sets;
}

/**
 * Whole articles of news/bench.jsonl.gz whose language is supported, one per line (`lang<TAB>text`,
 * whitespace collapsed), as langid gold.
 */
async function benchArticlesGold(opts: Options): Promise<string> {
  const supported = new Set(DEFAULT_SUPPORTED_LANGUAGES);
  const rows = (await readLines(join(DATA, 'news', 'bench.jsonl.gz')))
    .filter((l, i) => l.trim() && (!opts.quick || i % 10 === 0))
    .map((l) => JSON.parse(l) as { lang: string; text: string })
    .filter((a) => supported.has(a.lang) && /\p{L}/u.test(a.text));
  const path = join(WORK, 'gold', 'langid-bench-articles.tsv');
  await writeFile(path, rows.map((a) => `${a.lang}\t${a.text.replace(/\s+/gu, ' ').trim()}\n`).join(''));
  return path;
}

/**
 * The langid gold: all languages, the supported ones, and the supported ones' held-out half (within
 * each language, the odd-indexed lines in file order: models/langid trains on the even-indexed
 * ones). Sampled in quick mode.
 */
async function langidGold(opts: Options): Promise<{ all: string; supported: string; heldout: string }> {
  const lines = (await readLines(join(DATA, 'langid', 'dev.tsv.gz'))).filter((l) => l.trim());
  const seen = new Map<string, number>();
  const rows = lines.map((line) => {
    const lang = line.split('\t', 1)[0]!;
    const index = seen.get(lang) ?? 0;
    seen.set(lang, index + 1);
    return { line, lang, heldout: index % 2 === 1 };
  });
  const sample = opts.quick ? rows.filter((_, i) => i % 10 === 0) : rows;
  const supported = new Set(DEFAULT_SUPPORTED_LANGUAGES);
  const write = async (name: string, keep: (r: (typeof rows)[number]) => boolean) => {
    const path = join(WORK, 'gold', name);
    await writeFile(path, sample.filter(keep).map((r) => `${r.line}\n`).join(''));
    return path;
  };
  return {
    all: await write('langid-all.tsv', () => true),
    supported: await write('langid-supported.tsv', (r) => supported.has(r.lang)),
    heldout: await write('langid-supported-heldout.tsv', (r) => supported.has(r.lang) && r.heldout),
  };
}

const prefixOf = (file: string): string => (file.split('/').pop() ?? file).slice(0, 3);

/** The texts of one half: the seeds from ../shared/seeds, the others beside gold.json. */
async function articleFiles(prefixes: readonly string[]): Promise<string[]> {
  const dirs = [join(SHARED, 'seeds'), join(DATA, 'articles')];
  const files: string[] = [];
  for (const dir of dirs) {
    for (const f of (await readdir(dir)).sort()) if (f.endsWith('.txt') && prefixes.includes(prefixOf(f))) files.push(join(dir, f));
  }
  return files;
}

/** gold.json restricted to one half's documents (score.py pairs documents one to one). */
async function articlesGoldSubset(prefixes: readonly string[]): Promise<string> {
  const gold = JSON.parse(await readFile(join(DATA, 'articles', 'gold.json'), 'utf8')) as { documents: Array<{ file: string }> };
  const path = join(WORK, 'gold', `articles-${prefixes[0]}-${prefixes[prefixes.length - 1]}.json`);
  await writeFile(path, JSON.stringify({ ...gold, documents: gold.documents.filter((d) => prefixes.includes(prefixOf(d.file))) }));
  return path;
}

/** Each folder of bench/articles with a gold.json and its texts: one tune set per language. */
async function ownArticleSets(): Promise<Array<{ name: string; gold: string; files: string[] }>> {
  const sets = [];
  for (const entry of (await readdir(OWN_ARTICLES, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory()) continue;
    const dir = join(OWN_ARTICLES, entry.name);
    const names = await readdir(dir);
    if (!names.includes('gold.json')) continue;
    const gold = JSON.parse(await readFile(join(dir, 'gold.json'), 'utf8')) as { documents: Array<{ file: string }> };
    if (!gold.documents.length) continue;
    sets.push({ name: entry.name, gold: join(dir, 'gold.json'), files: gold.documents.map((d) => join(dir, d.file)) });
  }
  return sets;
}

async function main(): Promise<void> {
  const opts = new Command('eval')
    .option('--quick', 'score a sample of each data set (development loop)', false)
    .option('--only <words...>', 'run only the steps whose name contains one of these words (e.g. numbers names)')
    .parse()
    .opts<Options>();
  await mkdir(join(WORK, 'gold'), { recursive: true });
  await mkdir(join(WORK, 'pred'), { recursive: true });
  const results: StepResult[] = [];
  const failures: string[] = [];
  const steps: Array<{ name: string; run: () => Promise<Json> }> = [];

  /** `newsflow predict TASK GOLD` into pred/PRED_FILE, scored by score.py TASK. */
  const predictStep = (name: string, task: string, gold: string, predFile: string) => ({
    name,
    run: async () => {
      const pred = join(WORK, 'pred', predFile);
      await newsflow(['predict', task, gold], pred);
      return score(task, gold, pred);
    },
  });
  /** Whether a family of steps may run under --only (its gold is prepared only then). */
  const wanted = (family: string) => !opts.only || opts.only.some((w) => w.includes(family) || family.includes(w));
  if (wanted('langid')) {
    const langid = await langidGold(opts);
    steps.push(
      predictStep('langid (all 75 languages)', 'langid', langid.all, 'langid-all.txt'),
      predictStep('langid (supported languages)', 'langid', langid.supported, 'langid-supported.txt'),
      predictStep('langid (supported, held-out half)', 'langid', langid.heldout, 'langid-supported-heldout.txt'),
      predictStep('langid (bench articles)', 'langid', await benchArticlesGold(opts), 'langid-bench-articles.txt'),
    );
  }
  if (wanted('ner')) for (const set of await nerSets(opts)) steps.push(predictStep(`ner ${set.name}`, 'ner', set.gold, `${set.name}.conll`));
  steps.push(
    predictStep('numbers', 'numbers', join(DATA, 'numbers', 'dev.jsonl'), 'numbers.jsonl'),
    predictStep('names', 'names', join(DATA, 'names', 'dev.csv'), 'names.txt'),
  );
  const numbersHalf = await numbersHalves();
  const namesHalf = await namesHalves();
  for (const half of HALVES) {
    steps.push(
      predictStep(`numbers ${half}`, 'numbers', numbersHalf[half], `numbers-${half}.jsonl`),
      predictStep(`names ${half}`, 'names', namesHalf[half], `names-${half}.txt`),
    );
  }
  steps.push({
    name: 'segment',
    run: async () => {
      const scores: Json = {};
      for (const [lang, files] of Object.entries(SEGMENT_SETS)) {
        const blocks = (await Promise.all(files.map((f) => conllSentences(join(DATA, 'ner', `${f}.conll.gz`))))).flat();
        const sentences = blocks.slice(0, opts.quick ? 300 : Infinity).map((b) => detokenize(b.split('\n').map((l) => l.split('\t')[0]!)));
        scores[lang] = { files, sentences: sentences.length, ...scoreBoundaries(sentences, (text) => sentencesOf(text, lang)) };
      }
      return scores;
    },
  });
  steps.push({
    name: 'articles (seeds)',
    run: async () => {
      const seeds = join(ROOT, 'seeds');
      const files = (await readdir(seeds)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(seeds, f));
      const pred = join(WORK, 'pred', 'seeds.json');
      await newsflow(['analyze', '--format', 'gold', ...files], pred);
      return score('articles', join(DATA, 'seeds-gold.json'), pred);
    },
  });
  for (const half of ARTICLE_HALVES) {
    steps.push({
      name: `articles (${half.name})`,
      run: async () => {
        const files = await articleFiles(half.prefixes);
        const gold = await articlesGoldSubset(half.prefixes);
        const pred = join(WORK, 'pred', `articles-${half.name}.json`);
        await newsflow(['analyze', '--format', 'gold', ...files], pred);
        return score('articles', gold, pred);
      },
    });
  }

  for (const set of await ownArticleSets()) {
    steps.push({
      name: `articles (own ${set.name})`,
      run: async () => {
        const pred = join(WORK, 'pred', `articles-own-${set.name}.json`);
        await newsflow(['analyze', '--format', 'gold', ...set.files], pred);
        return score('articles', set.gold, pred);
      },
    });
  }

  const t0 = performance.now();
  const selected = opts.only ? steps.filter((s) => opts.only!.some((w) => s.name.includes(w))) : steps;
  if (!selected.length) throw new Error(`--only ${opts.only!.join(' ')}: no step matches; steps: ${steps.map((s) => s.name).join(', ')}`);
  for (const [i, step] of selected.entries()) {
    process.stderr.write(`[${i + 1}/${selected.length}] ${step.name} … `);
    const t = performance.now();
    try {
      const result = await step.run();
      const seconds = (performance.now() - t) / 1000;
      results.push({ name: step.name, seconds, score: result });
      process.stderr.write(`done in ${seconds.toFixed(1)} s\n`);
    } catch (err) {
      failures.push(`${step.name}: ${(err as Error).message}`);
      process.stderr.write('FAILED\n');
    }
  }

  const report = summarise(results, opts);
  process.stdout.write(`${report.text}\n`);
  await mkdir(REPORTS, { recursive: true });
  await writeFile(
    join(REPORTS, 'eval.json'),
    `${JSON.stringify({ quick: opts.quick, seconds: (performance.now() - t0) / 1000, summary: report.rows, failures, results }, null, 1)}\n`,
  );
  await writeFile(
    join(REPORTS, 'eval.md'),
    `# newsflow evaluation${opts.quick ? ' (quick sample)' : ''}\n\nCommand: \`npm run eval${opts.quick ? ' -- --quick' : ''}\` — scored by \`../shared/tools/score.py\`.\n\n\`\`\`\n${report.text}\n\`\`\`\n${failures.length ? `\n## Failures\n\n${failures.map((f) => `- ${f}`).join('\n')}\n` : ''}`,
  );
  if (failures.length) {
    process.stderr.write(`\n${failures.join('\n\n')}\n`);
    process.exitCode = 1;
  }
}

const num = (v: unknown) => (typeof v === 'number' ? v : null);
const get = (o: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((acc, k) => (acc && typeof acc === 'object' ? (acc as Json)[k] : undefined), o);
const pct = (v: unknown) => (typeof v === 'number' ? `${(v * 100).toFixed(2)}%` : '—');
const f3 = (v: unknown) => (typeof v === 'number' ? v.toFixed(3) : '—');

function summarise(results: StepResult[], opts: Options): { text: string; rows: Array<[string, string, string, string]> } {
  const rows: Array<[string, string, string, string]> = [];
  const by = (name: string) => results.find((r) => r.name === name)?.score;
  const add = (task: string, metric: string, value: string, target = '') => rows.push([task, metric, value, target]);

  const lAll = by('langid (all 75 languages)');
  const lSup = by('langid (supported languages)');
  if (lAll) add('langid', 'accuracy, all 75 languages', pct(lAll.accuracy));
  if (lSup) {
    add('langid', 'accuracy, supported languages (whole file; half of it trained the model)', pct(lSup.accuracy));
    add('langid', 'abstain rate, supported languages (whole file)', pct(lSup.abstain_rate));
  }
  const lHeld = by('langid (supported, held-out half)');
  if (lHeld) {
    add('langid', 'accuracy, supported languages, held-out half (never trained on)', pct(lHeld.accuracy), '≥ 99.00%');
    add('langid', 'abstain rate, supported languages, held-out half', pct(lHeld.abstain_rate), '≤ 1.00%');
  }
  const lBench = by('langid (bench articles)');
  if (lBench) add('langid', `accuracy, whole bench.jsonl.gz articles in supported languages (${num(lBench.n_gold) ?? '?'})`, pct(lBench.accuracy), '100.00%');
  const wikineuralF1: number[] = [];
  for (const r of results.filter((x) => x.name.startsWith('ner '))) {
    const set = r.name.slice(4);
    const target = NER_TARGETS[set];
    if (set.startsWith('ru-factru')) {
      // factRuEval labels no MISC: scored with MISC removed from both sides
      const perType = ['PER', 'ORG', 'LOC'].map((t) => `${t} ${f3(get(r.score, 'per_type', t, 'f1'))}`).join(' ');
      add('ner', `${set} F1 without MISC (${perType})`, f3(get(r.score, 'overall_without_misc', 'f1')), target);
      continue;
    }
    const perType = ['PER', 'ORG', 'LOC', 'MISC'].map((t) => `${t} ${f3(get(r.score, 'per_type', t, 'f1'))}`).join(' ');
    add('ner', `${set} F1 (${perType})`, f3(get(r.score, 'overall', 'f1')), target);
    const f1 = num(get(r.score, 'overall', 'f1'));
    if (set.startsWith('wikineural-') && f1 !== null) wikineuralF1.push(f1);
  }
  if (wikineuralF1.length > 0) {
    const mean = wikineuralF1.reduce((a, b) => a + b, 0) / wikineuralF1.length;
    add('ner', `WikiNEuRal held-aside slices, average of ${wikineuralF1.length} languages`, f3(mean), WIKINEURAL_AVERAGE_TARGET);
  }
  const n = by('numbers');
  if (n) {
    add('numbers', 'accuracy, all scored cases', pct(n.accuracy), '≥ 85.00%');
    for (const lang of ['en', 'de']) add('numbers', `accuracy ${lang}`, pct(get(n, 'per_lang', lang, 'accuracy')));
    const perLangSpec = (get(n, 'per_lang_spec') ?? {}) as Json;
    const fourSpecs = /(NumberModel|OrdinalModel|PercentModel|CurrencyModel)\.json$/;
    for (const lang of ['en', 'de']) {
      let cases = 0;
      let correct = 0;
      for (const [key, v] of Object.entries(perLangSpec)) {
        if (!key.startsWith(`${lang}/`) || !fourSpecs.test(key)) continue;
        cases += num(get(v, 'n')) ?? 0;
        correct += num(get(v, 'correct')) ?? 0;
      }
      if (cases) add('numbers', `${lang} Number+Ordinal+Percent+Currency, all`, pct(correct / cases), '≥ 95.00%');
    }
    for (const [key, v] of Object.entries(perLangSpec).sort()) {
      if (fourSpecs.test(key)) add('numbers', key, `${pct(get(v, 'accuracy'))} of ${num(get(v, 'n')) ?? '?'}`, '≥ 95.00%');
    }
  }
  const names = by('names');
  if (names) {
    add('names', 'F1 at 0.5', f3(names.f1), '≥ 0.900');
    add('names', 'average precision', f3(names.average_precision));
  }
  // tune/check halves (./halves.ts): rules come from tune-half failures; the check half judges them
  const halves = (task: string, metric: string, value: (score: Json) => unknown) => {
    const [tune, check] = HALVES.map((h) => by(`${task} ${h}`));
    if (!tune || !check) return;
    const t = num(value(tune));
    const c = num(value(check));
    const gap = t !== null && c !== null ? t - c : null;
    const flag = gap !== null && gap > MAX_HALF_GAP ? ' — MEMORISING?' : '';
    const fmt = task === 'numbers' ? pct : f3;
    add(task, `${metric}, tune half (${num(tune.n_scored) ?? num(tune.n_gold) ?? '?'} cases)`, fmt(t));
    add(task, `${metric}, check half (${num(check.n_scored) ?? num(check.n_gold) ?? '?'} cases); gap tune − check${flag}`, `${fmt(c)} (gap ${gap === null ? '—' : fmt(gap)})`, `gap ≤ ${fmt(MAX_HALF_GAP)}`);
  };
  halves('numbers', 'accuracy', (s) => s.accuracy);
  halves('names', 'F1 at 0.5', (s) => s.f1);
  for (const [lang, v] of Object.entries(by('segment') ?? {})) {
    const files = (get(v, 'files') as string[]).join(' + ');
    const detail = `P ${f3(get(v, 'precision'))} R ${f3(get(v, 'recall'))}; ${num(get(v, 'sentences'))} sentences of ${files}`;
    add('segment', `sentence-break F1 ${lang} (${detail})`, f3(get(v, 'f1')));
  }
  const a = by('articles (seeds)');
  if (a) {
    const s = (get(a, 'summary') ?? {}) as Json;
    add('seeds', 'language accuracy', pct(s.language_accuracy), '100.00%');
    add('seeds', 'mentions strict F1', f3(s.mentions_strict_f1), '≥ 0.850');
    add('seeds', 'mentions lenient (GPE=LOC) F1', f3(s.mentions_lenient_f1));
    add('seeds', 'numbers F1', f3(s.numbers_f1), '≥ 0.950');
    add('seeds', 'reconciliation B-cubed F1', f3(s.reconciliation_bcubed_f1), '≥ 0.950');
    add('seeds', 'reconciliation coverage', pct(s.reconciliation_coverage));
    add('seeds', 'baseline same-text B-cubed F1', f3(get(a, 'reconciliation', 'baseline_same_text_same_entity', 'bcubed', 'f1')));
    add('seeds', 'events type F1', f3(s.events_type_f1), '≥ 0.800');
    add('seeds', 'events argument accuracy', pct(s.events_argument_accuracy), '≥ 70.00%');
  }
  const articleRows = (label: string, r: Json) => {
    const s = (get(r, 'summary') ?? {}) as Json;
    const ev = get(r, 'events', 'type_level');
    add(label, 'mentions strict F1', f3(s.mentions_strict_f1), '≥ 0.900');
    add(label, 'numbers F1', f3(s.numbers_f1), '≥ 0.900');
    add(label, 'reconciliation B-cubed F1', f3(s.reconciliation_bcubed_f1), '≥ 0.950');
    add(label, `events type F1 (P ${f3(get(ev, 'precision'))} R ${f3(get(ev, 'recall'))}; ${num(get(ev, 'n_pred')) ?? '?'} predicted, ${num(get(ev, 'n_gold')) ?? '?'} gold)`, f3(s.events_type_f1), '≥ 0.850');
    const perArg = ['actors', 'location', 'quantity', 'money', 'time', 'product'].map((k) => `${k} ${pct(get(r, 'events', 'per_argument', k, 'accuracy'))}`).join(', ');
    add(label, `events argument accuracy (${perArg})`, pct(s.events_argument_accuracy), '≥ 70.00%');
  };
  for (const half of ARTICLE_HALVES) {
    const r = by(`articles (${half.name})`);
    if (r) articleRows(`articles ${half.name}`, r);
  }
  for (const step of results.filter((x) => x.name.startsWith('articles (own '))) {
    articleRows(`articles tune: own ${step.name.slice('articles (own '.length, -1)}`, step.score);
  }
  const header = opts.quick ? 'QUICK SAMPLE — not comparable with full runs\n' : '';
  return { text: header + formatTable(['task', 'metric', 'value', 'target'], rows), rows };
}

await main();
