/**
 * `newsflow predict TASK FILE`: the evaluation contract's prediction commands
 * (../shared/DESIGN.md). Each task lives in its own module `cli/predict-<task>.ts`
 * exporting `predict(file, out)`; output goes to `out`, one line per input case.
 */
import type { Writable } from 'node:stream';

// Also listed in cli/main.ts, which does not load this module for --help.
export const PREDICT_TASKS = ['langid', 'ner', 'numbers', 'names'] as const;
export type PredictTask = (typeof PREDICT_TASKS)[number];

export interface PredictModule {
  predict(file: string, out: Writable): Promise<void>;
}

export async function runPredict(task: PredictTask, file: string, out: Writable): Promise<void> {
  const mod = (await import(`./predict-${task}.js`)) as PredictModule;
  await mod.predict(file, out);
}
