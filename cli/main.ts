import { Command, InvalidArgumentError, Option } from 'commander';
import { describeTarget, databaseTarget, openMigratedDatabase } from './runtime.js';
import { ConfigError, loadConfig } from '../workers/config.js';
import { analyzeFiles } from './commands/analyze.js';
import { demo } from './commands/demo.js';
import { board, enqueue, UsageError, worker } from './commands/services.js';
import { PREDICT_TASKS, runPredict, type PredictTask } from './predict.js';

const program = new Command('newsflow')
  .description('Multilingual news NLP ingestion: language, entities, numbers, reconciliation, events')
  .showHelpAfterError();

program
  .command('demo')
  .description('embedded end-to-end run (PGlite, in-process queue) over seeds/ or the given paths')
  .argument('[paths...]', '.txt/.jsonl files or directories (default: seeds/)')
  .action(async (paths: string[]) => demo(loadConfig(), paths));

program
  .command('migrate')
  .description('apply the database migrations (DATABASE_URL, or the embedded PGlite)')
  .action(async () => {
    const target = databaseTarget(loadConfig());
    const handle = await openMigratedDatabase(target);
    await handle.close();
    process.stdout.write(`migrations applied to ${describeTarget(target)}\n`);
  });

program
  .command('enqueue')
  .description('validate, store and queue articles: .txt (first line = title), .jsonl/.ndjson, directories, - for stdin')
  .argument('<paths...>')
  .action(async (paths: string[]) => enqueue(loadConfig(), paths));

program
  .command('worker')
  .description('run the BullMQ workers (analyze + persist) until SIGINT/SIGTERM; needs REDIS_URL')
  .action(async () => worker(loadConfig()));

program
  .command('board')
  .description('serve bull-board at /board, POST /articles, /healthz, /readyz, /metrics; needs REDIS_URL')
  .action(async () => board(loadConfig()));

program
  .command('analyze')
  .description('analyse files in a private in-memory database and print the result')
  .addOption(new Option('--format <format>', 'output format').choices(['gold']).default('gold'))
  .argument('<paths...>')
  .action(async (paths: string[]) => analyzeFiles(paths, process.stdout));

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
  .action(async (task: PredictTask, file: string) => runPredict(task, file, process.stdout));

try {
  await program.parseAsync();
} catch (err) {
  if (err instanceof ConfigError || err instanceof UsageError) {
    process.stderr.write(`newsflow: ${err.message}\n`);
    process.exit(2);
  }
  throw err;
}
