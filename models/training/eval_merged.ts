/**
 * Model alone vs the product's merged mention list (pipeline/entities/merge.ts: model + gazetteers + rules) on
 * CoNLL selection slices, through the conversion of merged-conll.ts: each sentence's tokens are joined with single spaces; the model's tags (tagTokens, as in
 * eval_ner.ts) become spans over that text (confidence 0.9: tagTokens gives no marginals); `mergeMentions` runs
 * over them; each merged mention is tagged back onto the tokens it overlaps (GPE -> LOC, PRODUCT/EVENT -> MISC).
 * Writes OUT/<set>.model.conll and OUT/<set>.merged.conll; score both with score.py (see eval_merged.sh).
 *
 *   npx tsx models/training/eval_merged.ts [--model DIR] OUT_DIR GOLD.conll ...
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadNerModel } from '../../pipeline/entities/ner-model.js';
import { mergeMentions } from '../../pipeline/entities/merge.js';
import { evalArgs, readConllTokens } from './cli-args.js';
import { sentenceSpans, setLang, tagMentions } from './merged-conll.js';

const { modelDir, outDir, golds } = evalArgs('eval_merged.ts');

const model = await loadNerModel(modelDir);
for (const gold of golds) {
  const name = path.basename(gold).replace(/\.conll$/, '');
  const lang = setLang(name);
  const sents = readConllTokens(gold);
  const tags = await model.tagTokens(sents);
  const modelLines: string[] = [];
  const mergedLines: string[] = [];
  sents.forEach((toks, i) => {
    const ts = tags[i]!;
    const { text, offsets, spans } = sentenceSpans(toks, ts);
    const out = tagMentions(mergeMentions({ text, language: lang, model: spans }), offsets);
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
