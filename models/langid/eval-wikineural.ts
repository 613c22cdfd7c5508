/**
 * Language identification on real running text the model never trained on: the last 600
 * sentences (of six tokens or more) of each ../shared/data/ner/wikineural-<lang>-dev file
 * (train.ts tops languages up from the start of those files only).
 *
 *   npx tsx models/langid/eval-wikineural.ts
 */
import { identifyLanguage } from '../../pipeline/language/index.js';
import { conllTokenSentences, NER_DIR } from './train.js';

const CODES: Record<string, string> = { es: 'spa', fr: 'fra', de: 'deu', en: 'eng', ru: 'rus', it: 'ita', pt: 'por', nl: 'nld', pl: 'pol' };

const results: string[] = [];
for (const [short, code] of Object.entries(CODES)) {
  const sentences = (await conllTokenSentences(`${NER_DIR}/wikineural-${short}-dev.conll.gz`)).filter((t) => t.length >= 6);
  const sample = sentences.slice(-600).map((tokens) => tokens.join(' '));
  const wrong = new Map<string, number>();
  for (const s of sample) {
    const guess = identifyLanguage(s).language;
    if (guess !== code) wrong.set(guess, (wrong.get(guess) ?? 0) + 1);
  }
  const correct = sample.length - [...wrong.values()].reduce((a, b) => a + b, 0);
  const top = [...wrong].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([l, n]) => `${l}:${n}`).join(' ');
  results.push(`${code} ${((100 * correct) / sample.length).toFixed(1)}% of ${sample.length}${top ? ` (wrong: ${top})` : ''}`);
}
console.log(results.join('\n'));
