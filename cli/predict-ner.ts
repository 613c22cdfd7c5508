/**
 * `newsflow predict ner FILE.conll[.gz]`: the same tokens and sentence breaks as the input, each
 * with the model's IOB2 tag (PER/ORG/LOC/MISC). The input's own tag column is ignored.
 * The model alone, not the merged mention list of pipeline/entities: measured on the selection sets, the
 * merge (tuned to the seeds' conventions) scored lower on 8 of 11 (model card, "Why `newsflow predict ner`
 * reports the model alone").
 */
import type { Writable } from 'node:stream';
import { loadNerModel } from '../pipeline/entities/ner-model.js';
import { readLines } from './io.js';

/** Sentences per model call: large enough to batch well, small enough to stream output. */
const CHUNK = 512;

export async function predict(file: string, out: Writable): Promise<void> {
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const line of await readLines(file)) {
    if (line.trim() === '') {
      if (current.length) sentences.push(current);
      current = [];
    } else {
      current.push(line.split('\t', 1)[0]!);
    }
  }
  if (current.length) sentences.push(current);

  const model = await loadNerModel();
  try {
    for (let i = 0; i < sentences.length; i += CHUNK) {
      const chunk = sentences.slice(i, i + CHUNK);
      const tags = await model.tagTokens(chunk);
      const text = chunk.map((tokens, s) => tokens.map((t, k) => `${t}\t${tags[s]![k]}\n`).join('')).join('\n');
      out.write(`${text}\n`);
    }
  } finally {
    await model.release();
  }
}
