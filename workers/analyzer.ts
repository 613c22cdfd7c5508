/**
 * Where analyses run. In a worker process they run on one worker thread (`AnalysisThread`): the main
 * event loop only moves jobs and writes to the database, so it renews every job's lock on time
 * however long an article is; `newsflow analyze` uses one too, so the stages and the model load while
 * its main thread starts the embedded database. Embedded runs otherwise analyse in-process.
 */
import { Worker } from 'node:worker_threads';
import { BadInputError } from '../pipeline/errors.js';
import type { ArticleAnalysis } from '../pipeline/types.js';

export interface AnalysisInput {
  text: string;
  publishedAt: string | null;
}

export interface Analyzer {
  analyze(input: AnalysisInput): Promise<ArticleAnalysis>;
  close(): Promise<void>;
}

export interface AnalysisRequest {
  id: number;
  input: AnalysisInput;
}

export type AnalysisReply =
  | { id: number; ok: true; analysis: ArticleAnalysis }
  | { id: number; ok: false; name: string; message: string }
  /** Sent once (id 0) when the thread has loaded its model, or failed to. */
  | { id: 0; ready: boolean; message?: string };

/**
 * The analysis thread's young generation, in MB (V8's default is three 16 MB semi-spaces): collected
 * more often, it holds less garbage at once. `bench:load --articles 1000 --processes 1`, alternated on a
 * busy machine: worker peak RSS 485 / 436 MB with the default, 466 / 417 MB with 12; throughput 13,566 /
 * 17,203 against 12,171 / 16,675 words/s (the machine's noise is larger); the analysis alone, in one
 * process: 21,431 / 21,488 against 20,987 / 20,936 words per CPU-second (`--max-semi-space-size=4`, the same size).
 */
const YOUNG_GENERATION_MB = 12;

/** The thread's entry: compiled JavaScript next to this file, or the TypeScript source through tsx. */
function threadEntry(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('./analysis-thread-tsx.mjs', import.meta.url)
    : new URL('./analysis-thread.js', import.meta.url);
}

/**
 * One worker thread that runs every analysis of this process (they interleave where the NER model
 * awaits). It starts on first use; if it dies, the analyses in flight fail with a retryable error and
 * the next one starts a new thread.
 */
export class AnalysisThread implements Analyzer {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (a: ArticleAnalysis) => void; reject: (e: Error) => void }>();
  private closed = false;
  private readyWaiters: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];

  /** Starts the thread now and resolves once its model is loaded (a worker takes jobs after that). */
  ready(): Promise<void> {
    this.worker ??= this.start();
    return new Promise((resolve, reject) => this.readyWaiters.push({ resolve, reject }));
  }

  private start(): Worker {
    const worker = new Worker(threadEntry(), { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    worker.on('message', (reply: AnalysisReply) => {
      if ('ready' in reply) {
        const waiters = this.readyWaiters.splice(0);
        for (const w of waiters) (reply.ready ? w.resolve() : w.reject(new Error(`NER model did not load: ${reply.message}`)));
        return;
      }
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.analysis);
      else if (reply.name === 'BadInputError') waiting.reject(new BadInputError(reply.message));
      else waiting.reject(Object.assign(new Error(reply.message), { name: reply.name }));
    });
    const fail = (err: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const { reject } of this.pending.values()) reject(err);
      this.pending.clear();
      for (const w of this.readyWaiters.splice(0)) w.reject(err);
    };
    worker.on('error', (err) => fail(new Error(`analysis thread failed: ${err.message}`)));
    worker.on('exit', (code) => fail(new Error(`analysis thread exited (code ${code})`)));
    return worker;
  }

  analyze(input: AnalysisInput): Promise<ArticleAnalysis> {
    if (this.closed) return Promise.reject(new Error('analysis thread is closed'));
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise<ArticleAnalysis>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, input } satisfies AnalysisRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}

/**
 * An analyzer that starts some analyses before anyone asks for them (`newsflow analyze` starts its
 * first articles' while its database opens); asked later for an input it started, it answers with
 * that analysis, once. Analyses are pure, so the answer is the one a fresh request would give.
 */
export class PrefetchingAnalyzer implements Analyzer {
  private readonly started = new Map<string, Promise<ArticleAnalysis>>();

  constructor(private readonly analyzer: Analyzer) {}

  prefetch(input: AnalysisInput): void {
    const key = PrefetchingAnalyzer.keyOf(input);
    if (this.started.has(key)) return;
    const analysis = this.analyzer.analyze(input);
    analysis.catch(() => undefined); // a failure reaches whoever asks for it; unasked, it is dropped
    this.started.set(key, analysis);
  }

  analyze(input: AnalysisInput): Promise<ArticleAnalysis> {
    const key = PrefetchingAnalyzer.keyOf(input);
    const started = this.started.get(key);
    if (!started) return this.analyzer.analyze(input);
    this.started.delete(key);
    return started;
  }

  close(): Promise<void> {
    this.started.clear();
    return this.analyzer.close();
  }

  private static keyOf(input: AnalysisInput): string {
    return `${input.publishedAt ?? ''}\u0000${input.text}`;
  }
}
