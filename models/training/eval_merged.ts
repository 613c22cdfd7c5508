/**
 * Model alone vs the product's merged mention list (pipeline/entities/merge.ts: model + gazetteers + rules) on
 * CoNLL selection slices. Each sentence's tokens are joined with single spaces; the model's tags (tagTokens, as in
 * eval_ner.ts) become spans over that text (confidence 0.9: tagTokens gives no marginals); `mergeMentions` runs
 * over them; each merged mention is tagged back onto the tokens it overlaps (GPE -> LOC, PRODUCT/EVENT -> MISC).
 * Writes OUT/<set>.model.conll and OUT/<set>.merged.conll; score both with score.py (see eval_merged.sh).
 *
 *   npx tsx models/training/eval_merged.ts [--model DIR] OUT_DIR GOLD.conll ...
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadNerModel } from '../../pipeline/entities/ner-model.js';
import { mergeMentions, type NerSpanLike } from '../../pipeline/entities/merge.js';
import { evalArgs, readConllTokens } from './cli-args.js';

const { modelDir, outDir, golds } = evalArgs('eval_merged.ts');


/** Language of a set name: de-germeval-heldout -> de, wikineural-ru-heldout -> ru. */
function setLang(name: string): string {
  const [a, b] = name.split('-');
  return a!.length === 2 ? a! : b!;
}

const TO_CONLL: Record<string, string> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', GPE: 'LOC', MISC: 'MISC', PRODUCT: 'MISC', EVENT: 'MISC' };

const model = await loadNerModel(modelDir);
for (const gold of golds) {
  const name = path.basename(gold).replace(/\.conll$/, '');
  const lang = setLang(name);
  const sents = readConllTokens(gold);
  const tags = await model.tagTokens(sents);
  const modelLines: string[] = [];
  const mergedLines: string[] = [];
  sents.forEach((toks, i) => {
    const offsets: Array<[number, number]> = [];
    let pos = 0;
    for (const t of toks) {
      offsets.push([pos, pos + t.length]);
      pos += t.length + 1;
    }
    const text = toks.join(' ');
    const spans: NerSpanLike[] = [];
    const ts = tags[i]!;
    for (let j = 0; j < ts.length; j++) {
      const tag = ts[j]!;
      if (tag === 'O') continue;
      const label = tag.slice(2) as NerSpanLike['label'];
      if (tag.startsWith('I-') && j > 0 && ts[j - 1] !== 'O' && ts[j - 1]!.slice(2) === label) continue;
      let k = j + 1;
      while (k < ts.length && ts[k] === `I-${label}`) k++;
      const start = offsets[j]![0];
      const end = offsets[k - 1]![1];
      spans.push({ start, end, text: text.slice(start, end), label, confidence: 0.9 });
    }
    const merged = mergeMentions({ text, language: lang, model: spans });
    const out = toks.map(() => 'O');
    for (const m of merged) {
      const type = TO_CONLL[m.type];
      if (!type) continue;
      const idx = offsets.map((o, j) => (o[0] < m.end && m.start < o[1] ? j : -1)).filter((j) => j >= 0);
      if (!idx.length || idx.some((j) => out[j] !== 'O')) continue;
      idx.forEach((j, n) => (out[j] = `${n === 0 ? 'B' : 'I'}-${type}`));
    }
    toks.forEach((t, j) => {
      modelLines.push(`${t}\t${ts[j]}`);
      mergedLines.push(`${t}\t${out[j]}`);
    });
    modelLines.push('');
    mergedLines.push('');
  });
  writeFileSync(path.join(outDir, `${name}.model.conll`), modelLines.join('\n') + '\n');
  writeFileSync(path.join(outDir, `${name}.merged.conll`), mergedLines.join('\n') + '\n');
  console.log(`${name}: ${sents.length} sentences`);
}
await model.release();
