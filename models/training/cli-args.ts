/**
 * What the TypeScript evaluation scripts of the recipe share: their `[--model DIR] OUT_DIR GOLD…`
 * arguments, and the tokens of a CoNLL file (gzip or plain), one array per sentence.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export interface EvalArgs {
  modelDir: string | undefined;
  outDir: string;
  golds: string[];
}

/** `[--model DIR] OUT_DIR GOLD…`; makes OUT_DIR; throws the usage line of `script` when it is missing. */
export function evalArgs(script: string, argv = process.argv.slice(2)): EvalArgs {
  const args = [...argv];
  let modelDir: string | undefined;
  if (args[0] === '--model') {
    modelDir = args[1];
    args.splice(0, 2);
  }
  const [outDir, ...golds] = args;
  if (!outDir) throw new Error(`usage: ${script} [--model DIR] OUT_DIR GOLD...`);
  mkdirSync(outDir, { recursive: true });
  return { modelDir, outDir, golds };
}

/** The tokens of each sentence of a CoNLL file (`token<TAB>…` lines, blank lines between sentences). */
export function readConllTokens(file: string): string[][] {
  const buf = readFileSync(file);
  const text = (buf[0] === 0x1f && buf[1] === 0x8b ? gunzipSync(buf) : buf).toString('utf8');
  const sents: string[][] = [];
  let cur: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (cur.length) sents.push(cur);
      cur = [];
      continue;
    }
    cur.push(line.split('\t')[0]!);
  }
  if (cur.length) sents.push(cur);
  return sents;
}
