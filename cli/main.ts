import { Command, InvalidArgumentError } from 'commander';
import { PREDICT_TASKS, runPredict, type PredictTask } from './predict.js';

const program = new Command('newsflow')
  .description('Multilingual news NLP ingestion: language, entities, numbers, reconciliation, events')
  .showHelpAfterError();

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
  .action(async (task: PredictTask, file: string) => {
    await runPredict(task, file, process.stdout);
  });

await program.parseAsync();
