/**
 * Self-training data (issue 19): tags the unlabelled news of news/bench.jsonl.gz with a model through the
 * product code path (sentences by `sentencesOf`, tokens by `tokenize`, `withFinalStop`, then the CRF's
 * Viterbi tags and marginals from `tagTokensScored`) and keeps the sentences the model is sure of, as
 * `token<TAB>tag` CoNLL in models/training/.work/pseudo/<lang>-news-pseudo.conll.gz (git-ignored: the news
 * text stays out of the repository). `train.py --extra .work/pseudo` trains on them.
 *
 *   npx tsx models/training/pseudo_label.ts [--model DIR] [--langs deu,eng,fra] [--span-min 0.9]
 *       [--token-min 0.8] [--empty-rate 0.1] [--min-tokens 5] [--max-tokens 80]
 *
 * A sentence is kept when every token's predicted tag has a marginal >= --token-min and every predicted
 * span's mean marginal >= --span-min; a kept sentence without any entity is written only at --empty-rate
 * (deterministic, by a hash of its tokens), so the data is not mostly O. Sentences shorter than
 * --min-tokens or longer than --max-tokens, and repeats of a sentence already seen, are skipped. Prints
 * counts only, never text.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadNerModel, withFinalStop } from '../../pipeline/entities/ner-model.js';
import { tokenize } from '../../pipeline/entities/tokenize.js';
import { sentencesOf } from '../../pipeline/text/segment.js';

const { values: opt } = parseArgs({
  options: {
    model: { type: 'string' },
    langs: { type: 'string', default: 'deu,eng,fra' },
    'span-min': { type: 'string', default: '0.9' },
    'token-min': { type: 'string', default: '0.8' },
    'empty-rate': { type: 'string', default: '0.1' },
    'min-tokens': { type: 'string', default: '5' },
    'max-tokens': { type: 'string', default: '80' },
    out: { type: 'string' },
  },
});
const SPAN_MIN = Number(opt['span-min']);
const TOKEN_MIN = Number(opt['token-min']);
const EMPTY_RATE = Number(opt['empty-rate']);
const MIN_TOKENS = Number(opt['min-tokens']);
const MAX_TOKENS = Number(opt['max-tokens']);
/** ISO 639-3 of the bench file -> the two-letter prefix of the recipe's set names (common.set_lang). */
const SET_LANG: Record<string, string> = { deu: 'de', eng: 'en', fra: 'fr', spa: 'es', nld: 'nl', rus: 'ru' };

const here = path.dirname(new URL(import.meta.url).pathname);
const outDir = opt.out ?? path.join(here, '.work', 'pseudo');
const data = process.env['NEWSFLOW_DATA'] ?? '/work/shared/data';
mkdirSync(outDir, { recursive: true });

interface Article { lang: string; title?: string; text: string }
const articles = gunzipSync(readFileSync(path.join(data, 'news', 'bench.jsonl.gz')))
  .toString('utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Article);
const model = await loadNerModel(opt.model);
console.log(`model ${model.id}; span mean >= ${SPAN_MIN}, token >= ${TOKEN_MIN}, sentences without entities at ${EMPTY_RATE}`);

/** A number in [0, 1) from the sentence's tokens: the same sentence is always kept or always dropped. */
function unit(tokens: string[]): number {
  return createHash('sha1').update(tokens.join('\u0001')).digest().readUInt32BE(0) / 2 ** 32;
}

/** Spans [from, to] (inclusive) of an IOB2 tag sequence, as the scorer reads them (an I- after O starts one). */
function spansOf(tags: string[]): [number, number][] {
  const out: [number, number][] = [];
  tags.forEach((tag, t) => {
    if (tag === 'O') return;
    const prev = t > 0 ? tags[t - 1]! : 'O';
    if (tag.startsWith('B-') || prev === 'O' || prev.slice(2) !== tag.slice(2)) out.push([t, t]);
    else out[out.length - 1]![1] = t;
  });
  return out;
}

for (const lang of opt.langs!.split(',')) {
  const setLang = SET_LANG[lang];
  if (!setLang) throw new Error(`no set-name prefix for language ${lang}`);
  const seen = new Set<string>();
  const sents: string[][] = [];
  let nArticles = 0;
  for (const a of articles) {
    if (a.lang !== lang) continue;
    nArticles++;
    for (const text of [a.title ?? '', a.text]) {
      for (const s of sentencesOf(text, lang)) {
        const toks = withFinalStop(tokenize(s.text).map((t) => t.text));
        if (toks.length < MIN_TOKENS || toks.length > MAX_TOKENS) continue;
        const key = toks.join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        sents.push(toks);
      }
    }
  }
  const scored = await model.tagTokensScored(sents);
  const lines: string[] = [];
  const kept = { withEntities: 0, empty: 0, words: 0 };
  const types: Record<string, number> = {};
  let sure = 0;
  scored.forEach(({ tags, marginals }, i) => {
    if (marginals.some((p) => p < TOKEN_MIN)) return;
    const spans = spansOf(tags);
    const spanOk = spans.every(([f, t]) => marginals.slice(f, t + 1).reduce((x, y) => x + y, 0) / (t - f + 1) >= SPAN_MIN);
    if (!spanOk) return;
    sure++;
    if (spans.length === 0) {
      if (unit(sents[i]!) >= EMPTY_RATE) return;
      kept.empty++;
    } else kept.withEntities++;
    for (const [f] of spans) types[tags[f]!.slice(2)] = (types[tags[f]!.slice(2)] ?? 0) + 1;
    // an I- after O (which the scorer reads as a start) is written as B-, so the training tags are valid IOB2
    const fixed = tags.map((tag, t) => (tag.startsWith('I-') && spans.some(([f]) => f === t) ? `B-${tag.slice(2)}` : tag));
    sents[i]!.forEach((tok, t) => lines.push(`${tok}\t${fixed[t]}`));
    lines.push('');
    kept.words += sents[i]!.length;
  });
  const file = path.join(outDir, `${setLang}-news-pseudo.conll.gz`);
  writeFileSync(file, gzipSync(lines.join('\n') + '\n'));
  console.log(
    `${lang}: ${nArticles} articles, ${sents.length} distinct sentences, ${sure} sure (${((100 * sure) / Math.max(1, sents.length)).toFixed(1)} %); ` +
      `kept ${kept.withEntities} with entities + ${kept.empty} without, ${kept.words} words; spans ${JSON.stringify(types)} -> ${path.relative(process.cwd(), file)}`,
  );
}
await model.release();
