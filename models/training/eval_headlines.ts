/**
 * How the shipped model reads lines without a final full stop (headlines, captions): takes the
 * sentences of each gold file that end in ".", drops the ".", and scores exact-span F1 (all four
 * types) of `tagTokens` on the bare tokens and on the tokens with `withFinalStop`, which is what
 * `extract` feeds the model for raw text.
 *
 *   npx tsx models/training/eval_headlines.ts GOLD.conll ...     (e.g. models/training/.work/gold/*.conll)
 */
import { readFileSync } from 'node:fs';
import { loadNerModel, withFinalStop } from '../../pipeline/entities/ner-model.js';

type Sentence = { tokens: string[]; tags: string[] };

function readConll(file: string): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = { tokens: [], tags: [] };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    const [token, tag] = line.split('\t');
    cur.tokens.push(token!);
    cur.tags.push(tag!);
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

function spans(tags: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tags.length; ) {
    const tag = tags[i]!;
    if (!tag.startsWith('B-')) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tags.length && tags[j] === `I-${tag.slice(2)}`) j++;
    out.add(`${i}:${j}:${tag.slice(2)}`);
    i = j;
  }
  return out;
}

function f1(gold: string[][], pred: string[][]): number {
  let tp = 0;
  let predicted = 0;
  let expected = 0;
  gold.forEach((g, i) => {
    const G = spans(g);
    const P = spans(pred[i]!);
    expected += G.size;
    predicted += P.size;
    for (const s of P) if (G.has(s)) tp++;
  });
  return (2 * tp) / (predicted + expected);
}

const files = process.argv.slice(2);
if (!files.length) throw new Error('usage: eval_headlines.ts GOLD.conll ...');
const model = await loadNerModel();
console.log('set\tsentences\tF1 without stop\tF1 with withFinalStop');
for (const file of files) {
  const bare = readConll(file)
    .filter((s) => s.tokens.length > 2 && s.tokens.at(-1) === '.')
    .map((s) => ({ tokens: s.tokens.slice(0, -1), tags: s.tags.slice(0, -1) }));
  const gold = bare.map((s) => s.tags);
  const plain = await model.tagTokens(bare.map((s) => s.tokens));
  const stopped = (await model.tagTokens(bare.map((s) => withFinalStop(s.tokens)))).map((tags, i) => tags.slice(0, bare[i]!.tokens.length));
  console.log(`${file.split('/').at(-1)}\t${bare.length}\t${f1(gold, plain).toFixed(4)}\t${f1(gold, stopped).toFixed(4)}`);
}
