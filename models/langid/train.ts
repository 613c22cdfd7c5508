/**
 * Trains the character n-gram model of the language stage (models/langid/ngram-model.json).
 *
 *   npx tsx models/langid/train.ts [/work/shared/data/langid/dev.tsv.gz] [MIN_COUNT]
 *
 * Data: ../shared/data/langid/dev.tsv.gz (lingua-py test sentences, Apache-2.0). Honest split:
 * within each language, lines in file order alternate — the 1st, 3rd, 5th… (even 0-based index)
 * train the model; the 2nd, 4th… are held out for measuring (models/langid/eval.ts uses the
 * same rule). Features are those of pipeline/language/features.ts; a 1-3-gram is kept for a
 * language from one occurrence, a 4-gram or word when it occurs there at least MIN_COUNT
 * times (default 2). Thin languages are topped up from the NER data (see NER_TOPUP).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readLines } from '../../cli/io.js';
import { forEachFeature } from '../../pipeline/language/features.js';

/** The split rule: true for the training half. */
export function isTrainLine(indexWithinLanguage: number): boolean {
  return indexWithinLanguage % 2 === 0;
}

export const NER_DIR = '/work/shared/data/ner';

/** The sentences of a CoNLL file (token first on each line) as token lists. */
export async function conllTokenSentences(path: string): Promise<string[][]> {
  const sentences: string[][] = [];
  let tokens: string[] = [];
  for (const line of [...(await readLines(path)), '']) {
    if (line.trim()) {
      tokens.push(line.split('\t')[0]!);
    } else if (tokens.length) {
      sentences.push(tokens);
      tokens = [];
    }
  }
  return sentences;
}
/** NER files (CoNLL, token first) whose sentences top up a language's training text. */
const NER_TOPUP: Record<string, string[]> = {
  rus: ['wikineural-ru-dev.conll.gz', 'wikiann-ru-train.conll.gz'],
  deu: ['wikineural-de-dev.conll.gz'],
  eng: ['wikineural-en-dev.conll.gz'],
  fra: ['wikineural-fr-dev.conll.gz'],
  spa: ['wikineural-es-dev.conll.gz'],
  ita: ['wikineural-it-dev.conll.gz'],
  por: ['wikineural-pt-dev.conll.gz'],
  nld: ['wikineural-nl-dev.conll.gz'],
  pol: ['wikineural-pl-dev.conll.gz'],
};
/** Features a language's training text is topped up to. */
const TOPUP_TARGET = 100_000;
/**
 * Main news languages whose 250 training sentences were too few for real text: topped up to
 * twice as much. On the last 600 sentences of each wikineural-*-dev file (never used for top-up),
 * Spanish went from 84.5% to 99.0% (it was read as Catalan), German 97.2% → 99.7%, Russian
 * 96.5% → 99.2%, Polish 98.0% → 99.0%, Portuguese 98.3% → 98.8%; the held-out half of the dev
 * data went from 99.09% to 99.02%. Topping up all nine NER languages to 200,000 lowered the
 * held-out half to 98.96% (Catalan and Afrikaans read as their neighbours).
 */
const MAIN_LANGS_TOPUP_TARGET = 200_000;
const MAIN_LANGS = new Set(['spa', 'deu', 'rus', 'por', 'pol']);

async function main(): Promise<void> {
  const file = process.argv[2] ?? '/work/shared/data/langid/dev.tsv.gz';
  const minCount = Number(process.argv[3] ?? 2);
  const seen = new Map<string, number>();
  const counts = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  const sentences = new Map<string, number>();
  const topped = new Map<string, number>();
  for (const line of await readLines(file)) {
    const tab = line.indexOf('\t');
    const lang = line.slice(0, tab);
    const text = line.slice(tab + 1);
    const k = seen.get(lang) ?? 0;
    seen.set(lang, k + 1);
    if (!isTrainLine(k)) continue;
    sentences.set(lang, (sentences.get(lang) ?? 0) + 1);
    let m = counts.get(lang);
    if (!m) counts.set(lang, (m = new Map()));
    const mm = m;
    forEachFeature(text, (f) => {
      mm.set(f, (mm.get(f) ?? 0) + 1);
      totals.set(lang, (totals.get(lang) ?? 0) + 1);
    });
  }
  // Top up thin languages with sentences rebuilt from the NER data (tokens joined by spaces;
  // only letter runs become features, so the spacing does not matter).
  for (const [lang, files] of Object.entries(NER_TOPUP)) {
    const m = counts.get(lang);
    if (!m) continue;
    const target = MAIN_LANGS.has(lang) ? MAIN_LANGS_TOPUP_TARGET : TOPUP_TARGET;
    for (const f of files) {
      if ((totals.get(lang) ?? 0) >= target) break;
      for (const tokens of await conllTokenSentences(`${NER_DIR}/${f}`)) {
        if ((totals.get(lang) ?? 0) >= target) break;
        topped.set(lang, (topped.get(lang) ?? 0) + 1);
        forEachFeature(tokens.join(' '), (feat) => {
          m.set(feat, (m.get(feat) ?? 0) + 1);
          totals.set(lang, (totals.get(lang) ?? 0) + 1);
        });
      }
    }
  }
  const langs = [...counts.keys()].sort();
  const byFeature = new Map<string, string[]>();
  langs.forEach((lang, i) => {
    for (const [f, c] of counts.get(lang)!) {
      // Short n-grams are kept from one occurrence; 4-grams and words need MIN_COUNT.
      if (c < (f.length <= 3 && !f.startsWith('#') ? 1 : minCount)) continue;
      let list = byFeature.get(f);
      if (!list) byFeature.set(f, (list = []));
      list.push(`${i}:${c}`);
    }
  });
  const features = [...byFeature.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([f, list]) => `${f}\t${list.join(' ')}`)
    .join('\n');
  const model = {
    note:
      'Character 1-4-gram + word counts per language, trained by models/langid/train.ts on the even-indexed ' +
      'half (per language, file order) of ../shared/data/langid/dev.tsv.gz (lingua-py test sentences, Apache-2.0); ' +
      `1-3-grams kept from one occurrence, 4-grams and words where a language has them at least ${minCount} times. Languages with NER data (rus deu eng fra spa ` +
      `ita por nld pol) below ${TOPUP_TARGET} features (${MAIN_LANGS_TOPUP_TARGET} for ${[...MAIN_LANGS].join(' ')}) were topped up to it with sentences rebuilt from ` +
      '../shared/data/ner/wikineural-*-dev and wikiann-ru-train (counts in nerSentences).',
    minCount,
    langs,
    sentences: langs.map((l) => sentences.get(l) ?? 0),
    nerSentences: Object.fromEntries(topped),
    totals: langs.map((l) => totals.get(l) ?? 0),
    features,
  };
  const out = fileURLToPath(new URL('./ngram-model.json', import.meta.url));
  writeFileSync(out, JSON.stringify(model) + '\n');
  console.error(`${langs.length} languages, ${byFeature.size} features -> ${out}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
