/**
 * `newsflow analyze --format gold FILES…`: runs the whole flow (analyze + link + persist) in a
 * private in-memory PGlite and prints the evaluation contract's JSON. Entity ids are the ids this
 * run's linker gave; nothing touches the configured database. Analyses run on a worker thread
 * (`AnalysisThread`), started before anything else loads: the stages and the model load on it while
 * this thread loads the database modules and starts the database (`analyze-store.ts`).
 */
import { setFlagsFromString } from 'node:v8';
import { AnalysisThread } from '../../workers/analyzer.js';

/**
 * Embedded PostgreSQL is 9 MB of WebAssembly. By default V8 compiles it twice: at once with its
 * baseline compiler (Liftoff), then its hot functions again, optimised, on background threads. For
 * one short article that second compile cost ~1.1 s of CPU and ~70 MB of RSS and never paid back;
 * over 60 articles the whole command still used 16 % less CPU without it (12.8 s -> 10.7 s).
 */
const WASM_BASELINE_ONLY = '--liftoff-only';

export async function analyzeFiles(paths: string[], out: NodeJS.WritableStream): Promise<void> {
  setFlagsFromString(WASM_BASELINE_ONLY);
  const analyzer = new AnalysisThread();
  const ready = analyzer.ready();
  ready.catch(() => undefined); // awaited in storeAndExport, after the database opened
  try {
    // the database modules load after the thread started (loaded before it, they delayed its start by 0.9 s on a busy machine)
    const { storeAndExport } = await import('./analyze-store.js');
    await storeAndExport(paths, analyzer, ready, out);
  } finally {
    await analyzer.close();
  }
}
