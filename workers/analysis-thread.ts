/**
 * The analysis thread's entry (worker_threads): loads the NER model once and runs the pure pipeline
 * for each request, so a long article's seconds of CPU never block the event loop that renews
 * BullMQ locks and stores other articles. Started by `AnalysisThread` (analyzer.ts).
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../pipeline/analyze.js';
import { loadNerModel } from '../pipeline/entities/ner-model.js';
import type { AnalysisReply, AnalysisRequest } from './analyzer.js';

const port = parentPort;
if (!port) throw new Error('analysis-thread runs only as a worker thread');
const ner = loadNerModel();

port.on('message', (request: AnalysisRequest) => {
  void (async (): Promise<AnalysisReply> => {
    try {
      return { id: request.id, ok: true, analysis: await analyze(request.input, { ner: await ner }) };
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      return { id: request.id, ok: false, name: e.name, message: e.message };
    }
  })().then((reply) => port.postMessage(reply));
});
