/**
 * The `newsflow` command. Command modules load when their command runs, so `--help` and usage
 * errors never load the database drivers, BullMQ or the NER model. Every failure ends in one line on
 * stderr and a non-zero status (2: bad usage or input, 1: anything else); a closed stdout (`| head`)
 * ends the command quietly.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { loadConfig } from '../workers/config.js';

const PREDICT_TASKS = ['langid', 'ner', 'numbers', 'names'] as const;
type PredictTask = (typeof PREDICT_TASKS)[number];

const commands = {
  analyst: () => import('./commands/analyst.js'),
  analyze: () => import('./commands/analyze.js'),
  demo: () => import('./commands/demo.js'),
  ops: () => import('./commands/ops.js'),
  services: () => import('./commands/services.js'),
  ui: () => import('./commands/ui.js'),
};

/** Errors whose message is the whole story for an operator: a wrong argument, variable or name. */
const USAGE_ERRORS = new Set(['ConfigError', 'UsageError', 'EntityNotFoundError', 'EntityAdminError', 'InsecureBindError', 'InvalidArgumentError', 'DatabaseBusyError']);

/** One line for stderr: no stack, no SQL statement, no article text. */
async function oneLine(err: unknown): Promise<string> {
  let message = err instanceof Error ? err.message : String(err);
  if (err instanceof Error && (err.name === 'DrizzleQueryError' || message.startsWith('Failed query:'))) {
    message = (await import('../db/errors.js')).storageError(err, 'database').message;
  }
  const line = message.replace(/:\s*\n\s*/g, ': ').replace(/\s*\n\s*/g, '; ').trim();
  return line.length > 500 ? `${line.slice(0, 500)}…` : line || (err instanceof Error ? err.name : 'failed');
}

async function fail(err: unknown): Promise<never> {
  if ((err as NodeJS.ErrnoException | null)?.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`newsflow: ${await oneLine(err)}\n`);
  process.exit(err instanceof Error && USAGE_ERRORS.has(err.name) ? 2 : 1);
}

// `newsflow … | head`: the reader went away; what was left to print has no one to read it.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    void fail(err);
  });
}
process.on('uncaughtException', (err) => void fail(err));
process.on('unhandledRejection', (err) => void fail(err));

/** Commander parser for a whole number ≥ 1 (counts, limits, ids). */
function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number ≥ 1, got "${value}"`);
  return n;
}

/** An ISO date of year, month or day precision: 2025, 2025-06, 2025-06-30. */
function isoDate(value: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const valid = m && (!m[2] || (Number(m[2]) >= 1 && Number(m[2]) <= 12)) && (!m[3] || !Number.isNaN(Date.parse(value)));
  if (!valid) throw new InvalidArgumentError(`expected an ISO date (2025, 2025-06 or 2025-06-30), got "${value}"`);
  return value;
}

/** `positiveInt` for a variadic option: collects every value. */
const positiveInts = (value: string, previous: number[] = []): number[] => [...previous, positiveInt(value)];

const program = new Command('newsflow')
  .description('Multilingual news NLP ingestion: language, entities, numbers, reconciliation, events')
  .showHelpAfterError()
  .exitOverride(); // commander's own usage errors exit 2 too (below), like UsageError

program
  .command('demo')
  .description('embedded end-to-end run (PGlite, in-process queue) over seeds/ or the given paths')
  .argument('[paths...]', '.txt/.jsonl files or directories (default: seeds/)')
  .action(async (paths: string[]) => (await commands.demo()).demo(loadConfig(), paths));

program
  .command('migrate')
  .description('apply the database migrations (DATABASE_URL, or the embedded PGlite)')
  .action(async () => {
    const { databaseTarget, describeTarget, openMigratedDatabase } = await import('./runtime.js');
    const target = databaseTarget(loadConfig());
    const handle = await openMigratedDatabase(target);
    await handle.close();
    process.stdout.write(`migrations applied to ${describeTarget(target)}\n`);
  });

program
  .command('enqueue')
  .description('validate, store and queue articles: .txt (first line = title), .jsonl/.ndjson, directories, - for stdin')
  .argument('<paths...>')
  .action(async (paths: string[]) => (await commands.services()).enqueue(loadConfig(), paths));

program
  .command('worker')
  .description('run the BullMQ workers (analyze + persist) until SIGINT/SIGTERM; needs REDIS_URL')
  .action(async () => (await commands.services()).worker(loadConfig()));

program
  .command('board')
  .description('serve bull-board at /board, POST /articles, /healthz, /readyz, /metrics; needs REDIS_URL')
  .action(async () => (await commands.services()).board(loadConfig()));

program
  .command('ui')
  .description('serve the analyst pages (events, entities, charts, CSV/JSON) from the configured database; no Redis needed')
  .action(async () => (await commands.ui()).ui(loadConfig()));

program
  .command('analyze')
  .description('analyse files in a private in-memory database and print the result')
  .addOption(new Option('--format <format>', 'output format').choices(['gold']).default('gold'))
  .argument('<paths...>')
  .action(async (paths: string[]) => (await commands.analyze()).analyzeFiles(paths, process.stdout));

program
  .command('reprocess')
  .description('analyse stored articles again (default: those not processed by this pipeline version)')
  .option('--all', 'every stored article')
  .option('--ids <ids...>', 'only these article ids', positiveInts)
  .action(async (opts: { all?: boolean; ids?: number[] }) => (await commands.ops()).reprocess(loadConfig(), opts));

const query = program.command('query').description('analyst queries (tables; --json for machines)');
query
  .command('events')
  .description('events, filtered by entity name/alias, type and time')
  .option('--entity <name>', 'an actor, by canonical name or alias (substring, case-insensitive)')
  .option('--type <type>', 'event type, e.g. production, export, investment')
  .option('--since <date>', 'events whose time reaches this ISO date or later (2025 takes any 2025 event)', isoDate)
  .option('--limit <n>', 'at most this many rows', positiveInt, 200)
  .option('--json', 'print JSON')
  .action(async (opts) => (await commands.analyst()).queryEvents(loadConfig(), opts));
query
  .command('entity')
  .description('one entity: aliases, articles, merge reasons and its events')
  .argument('<name>', 'id, canonical name or alias')
  .option('--json', 'print JSON')
  .action(async (name: string, opts) => (await commands.analyst()).queryEntity(loadConfig(), name, opts));

const entitiesCmd = program.command('entities').description('inspect and correct entity reconciliation');
entitiesCmd
  .command('list')
  .option('--min-articles <n>', 'only entities seen in at least n articles', positiveInt, 1)
  .option('--json', 'print JSON')
  .action(async (opts) => (await commands.analyst()).listEntities(loadConfig(), opts));
entitiesCmd
  .command('show')
  .argument('<name>', 'id, canonical name or alias')
  .option('--json', 'print JSON')
  .action(async (name: string, opts) => (await commands.analyst()).showEntity(loadConfig(), name, opts));
entitiesCmd
  .command('merge')
  .description('merge entity B into entity A (mentions, aliases and events move; history kept)')
  .argument('<a>', 'entity to keep (id or name)')
  .argument('<b>', 'entity to merge into A (id or name)')
  .action(async (a: string, b: string) => (await commands.analyst()).mergeCommand(loadConfig(), a, b));
entitiesCmd
  .command('split')
  .description('move the mentions written as ALIAS… to a new entity; automatic linking keeps them apart')
  .argument('<entity>', 'id or name')
  .argument('<aliases...>')
  .action(async (entity: string, aliases: string[]) => (await commands.analyst()).splitCommand(loadConfig(), entity, aliases));

const failed = program.command('failed').description('failed jobs (needs REDIS_URL)');
failed.command('list').option('--json', 'print JSON').action(async (opts) => (await commands.ops()).failedList(loadConfig(), opts));
failed
  .command('retry')
  .argument('[jobIds...]')
  .option('--all', 'retry every failed job')
  .action(async (ids: string[], opts) => (await commands.ops()).failedRetry(loadConfig(), ids, opts));
failed
  .command('purge')
  .option('--older-than <hours>', 'only jobs that failed more than this many hours ago')
  .action(async (opts) => (await commands.ops()).failedPurge(loadConfig(), opts));

program
  .command('predict')
  .description(`print predictions for the evaluation contract (${PREDICT_TASKS.join(', ')})`)
  .argument('<task>', PREDICT_TASKS.join(' | '), (value: string): PredictTask => {
    if (!(PREDICT_TASKS as readonly string[]).includes(value)) {
      throw new InvalidArgumentError(`unknown task; expected one of ${PREDICT_TASKS.join(', ')}`);
    }
    return value as PredictTask;
  })
  .argument('<file>', 'input file (gzip accepted where the data is gzipped)')
  .action(async (task: PredictTask, file: string) => (await import('./predict.js')).runPredict(task, file, process.stdout));

try {
  await program.parseAsync();
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : 2); // it printed its message
  await fail(err);
}
