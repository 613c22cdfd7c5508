/**
 * Tags CoNLL files with the shipped model through the product code path (pipeline/entities/ner-model.ts)
 * and writes `token<TAB>tag` predictions. Also checks ONNX parity against the PyTorch reference when
 * .work/parity.json exists, and prints words/s (one intra-op thread) and load time.
 *
 *   npx tsx models/training/eval_ner.ts [--model DIR] OUT_DIR GOLD.conll[.gz] ...
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import ort from 'onnxruntime-node';
import { loadNerModel } from '../../pipeline/entities/ner-model.js';
import { evalArgs, readConllTokens } from './cli-args.js';

const { modelDir, outDir, golds } = evalArgs('eval_ner.ts');


const t0 = performance.now();
const model = await loadNerModel(modelDir);
const loadMs = performance.now() - t0;
console.log(`model ${model.id} loaded in ${loadMs.toFixed(0)} ms`);

const here = path.dirname(new URL(import.meta.url).pathname);
const parityFile = path.join(here, '.work', 'parity.json');
if (existsSync(parityFile) && modelDir === undefined) {
  const p = JSON.parse(readFileSync(parityFile, 'utf8'));
  const [B, T, W] = p.dims as number[];
  const dir = modelDir ?? path.join(here, '..', 'ner', model.version);
  const s = await ort.InferenceSession.create(path.join(dir, 'model.onnx'), { intraOpNumThreads: 1 });
  const r = await s.run({
    words: new ort.Tensor('int32', Int32Array.from(p.inputs.words), [B!, T!]),
    cases: new ort.Tensor('int32', Int32Array.from(p.inputs.cases), [B!, T!]),
    chars: new ort.Tensor('int32', Int32Array.from(p.inputs.chars), [B!, T!, W!]),
    lengths: new ort.Tensor('int32', Int32Array.from(p.inputs.lengths), [B!]),
  });
  const em = r['emissions']!.data as Float32Array;
  let maxDiff = 0;
  (p.emissions as number[]).forEach((v, i) => (maxDiff = Math.max(maxDiff, Math.abs(v - em[i]!))));
  console.log(`ONNX parity vs PyTorch: max |diff| = ${maxDiff.toExponential(2)}`);
}

let words = 0;
let ms = 0;
for (const gold of golds) {
  const sents = readConllTokens(gold);
  const t = performance.now();
  const tags = await model.tagTokens(sents);
  ms += performance.now() - t;
  words += sents.reduce((a, s) => a + s.length, 0);
  const name = path.basename(gold).replace(/\.conll(\.gz)?$/, '');
  const lines: string[] = [];
  sents.forEach((s, i) => {
    s.forEach((tok, j) => lines.push(`${tok}\t${tags[i]![j]}`));
    lines.push('');
  });
  writeFileSync(path.join(outDir, `${name}.pred.conll`), lines.join('\n') + '\n');
}
console.log(`tagged ${words} words in ${(ms / 1000).toFixed(1)} s: ${Math.round(words / (ms / 1000))} words/s (1 intra-op thread)`);
