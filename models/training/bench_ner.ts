/**
 * Throughput of NerModel.extract on raw news text (tokenize + sentence split + ONNX + Viterbi + marginals).
 *   taskset -c 0 npx tsx models/training/bench_ner.ts [N_ARTICLES] [MODEL_DIR]
 * (MODEL_DIR: default the shipped models/ner/<NER_MODEL_VERSION>/; a retired one restored from git to compare)
 * Reads /work/shared/data/news/bench.jsonl.gz (override: NEWSFLOW_DATA); prints nothing from the texts.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { loadNerModel } from '../../pipeline/entities/ner-model.js';
import { tokenize } from '../../pipeline/entities/tokenize.js';
import { sentencesOf } from '../../pipeline/text/segment.js';

const n = Number(process.argv[2] ?? 300);
const data = process.env['NEWSFLOW_DATA'] ?? '/work/shared/data';
const lines = gunzipSync(readFileSync(path.join(data, 'news', 'bench.jsonl.gz'))).toString('utf8').split('\n');
const texts = lines
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { lang: string; text: string })
  .filter((a) => ['eng', 'deu', 'fra'].includes(a.lang))
  .slice(0, n)
  .map((a) => a.text);
const t0 = performance.now();
const model = await loadNerModel(process.argv[3]);
console.log(`load ${(performance.now() - t0).toFixed(0)} ms`);
await model.extract('Warm-up sentence in Berlin.');
let words = 0;
for (const t of texts) for (const s of sentencesOf(t)) words += tokenize(t.slice(s.start, s.end)).length;
const t1 = performance.now();
let spans = 0;
for (const t of texts) spans += (await model.extract(t)).length;
const sec = (performance.now() - t1) / 1000;
console.log(`extract: ${texts.length} articles, ${words} tokens, ${spans} spans in ${sec.toFixed(1)} s = ${Math.round(words / sec)} tokens/s`);
console.log(`rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB after the run (model ${model.id})`);
