/**
 * What each override of the merged mention list (pipeline/entities/merge.ts, `OVERRIDES`) does on the NER
 * selection slices, measured against the model alone: the gate of issue 19 ("a gazetteer or rule may only
 * override the model where measured on a check slice"). Same conversion as eval_merged.ts (merged-conll.ts): each sentence's tokens
 * joined by single spaces, the model's tags (tagTokens) as spans with confidence 0.9, merged mentions tagged back
 * onto the tokens they overlap (GPE -> LOC, PRODUCT/EVENT -> MISC), span F1 with conlleval's chunk rules
 * (factRuEval without MISC), as score.py scores them.
 *
 * The articles with gold (../shared/data/articles, tune and check halves as bench/halves.ts splits them; the tune half
 * with the project's own tune articles of bench/articles) are scored
 * the same way, mentions strict F1 (span and type), through the product path (`extract` with its marginals, then
 * `mergeMentions`): they hold the product's own conventions, which the corpora do not share everywhere.
 *
 * Prints, per slice, F1 of the model alone, of the corrections only (`MERGE_OVERRIDES` less `CONVENTIONS`), of every
 * override on (`all`) and of the shipped policy (each language's, `overridesFor`), then for every override its effect
 * alone on top of the model (`+x` − none) and taken out of the shipped policy (shipped − shipped without x), in F1
 * points × 100; then the gate per language: each override taken out of `all`, summed over the language's slices and
 * on the language's articles of the tune half (the check half is printed whole only), with the rule's verdict,
 * which the packs' `names.mergeOverridesOff` and overrides.ts `WITHOUT_PACK_OFF` follow.
 *
 *   npx tsx models/training/eval_merge_overrides.ts [--model DIR] [GOLD.conll ...]
 *   (default golds: models/training/.work/gold/*.conll, written by prepare.py / from_shipped.py)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadNerModel } from '../../pipeline/entities/ner-model.js';
import { mergeMentions } from '../../pipeline/entities/merge.js';
import { CONVENTIONS, MERGE_OVERRIDES, OVERRIDES, overridesFor, type Override } from '../../pipeline/entities/overrides.js';
import { canonicalLanguage, packFor } from '../../pipeline/languages/index.js';
import { ARTICLE_HALVES } from '../../bench/halves.js';
import { SHARED_DIR } from '../../bench/shared-dir.js';
import { readConllTokens } from './cli-args.js';
import { sentenceSpans, setLang, tagMentions, type SentenceSpans } from './merged-conll.js';

const args = process.argv.slice(2);
let modelDir: string | undefined;
if (args[0] === '--model') {
  modelDir = args[1];
  args.splice(0, 2);
}
const goldDir = path.join(import.meta.dirname, '.work', 'gold');
const golds = args.length ? args : readdirSync(goldDir).filter((f) => f.endsWith('.conll')).sort().map((f) => path.join(goldDir, f));
/** The articles are scored where the shared folder holds them. */
const shared = existsSync(path.join(SHARED_DIR, 'data', 'articles')) ? SHARED_DIR : null;

/** conlleval chunks (score.py `conll_chunks`): `start:end:type` keys. */
function chunks(tags: readonly string[], si: number, out: Set<string>, keepMisc: boolean): void {
  let start = -1;
  let ctype = '';
  let prevTag = 'O';
  let prevType = '';
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i]! : 'O';
    const [tag, typ] = t === 'O' ? ['O', ''] : [t[0]!, t.slice(2)];
    if (start >= 0 && prevTag !== 'O' && (tag === 'B' || tag === 'O' || prevType !== typ)) {
      if (keepMisc || ctype !== 'MISC') out.add(`${si}:${start}:${i}:${ctype}`);
      start = -1;
    }
    if (tag === 'B' || (tag !== 'O' && (prevTag === 'O' || prevType !== typ))) {
      start = i;
      ctype = typ;
    }
    prevTag = tag;
    prevType = typ;
  }
}

function f1(gold: Set<string>, pred: Set<string>): number {
  let tp = 0;
  for (const k of pred) if (gold.has(k)) tp++;
  return pred.size + gold.size === 0 ? 1 : (2 * tp) / (pred.size + gold.size);
}

function readGoldTags(file: string): string[][] {
  const sents: string[][] = [];
  let cur: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') {
      if (cur.length) sents.push(cur);
      cur = [];
      continue;
    }
    cur.push(line.split('\t').at(-1)!.trim());
  }
  if (cur.length) sents.push(cur);
  return sents;
}

interface Prepared extends SentenceSpans {
  lang: string;
}

function mergedTags(p: Prepared, overrides: ReadonlySet<Override>): string[] {
  return tagMentions(mergeMentions({ text: p.text, language: p.lang, model: p.spans, overrides }), p.offsets);
}

const without = (set: ReadonlySet<Override>, o: Override): ReadonlySet<Override> => new Set([...set].filter((x) => x !== o));
/** Each variant's overrides for a text's language. */
const variants: Array<[string, (lang: string) => ReadonlySet<Override>]> = [
  ['none', () => new Set()],
  ['corrections', () => new Set([...MERGE_OVERRIDES].filter((o) => !CONVENTIONS.has(o)))],
  ['all', () => MERGE_OVERRIDES],
  ['shipped', overridesFor],
  ...OVERRIDES.map((o): [string, (lang: string) => ReadonlySet<Override>] => [`+${o}`, () => new Set([o])]),
  ...OVERRIDES.map((o): [string, (lang: string) => ReadonlySet<Override>] => [`-${o}`, (lang) => without(overridesFor(lang), o)]),
  ...OVERRIDES.map((o): [string, (lang: string) => ReadonlySet<Override>] => [`all-${o}`, () => without(MERGE_OVERRIDES, o)]),
];

const model = await loadNerModel(modelDir);
/** One scored set: a slice (with its language), a half of the articles, or the tune half's articles of one language. */
const rows: Array<{ name: string; lang?: string; f: Record<string, number> }> = [];
for (const gold of golds) {
  const name = path.basename(gold).replace(/\.conll$/, '');
  const lang = setLang(name);
  const keepMisc = !name.startsWith('ru-factru');
  const sents = readConllTokens(gold);
  const goldTags = readGoldTags(gold);
  const tags = await model.tagTokens(sents);
  const goldSet = new Set<string>();
  const modelSet = new Set<string>();
  goldTags.forEach((t, i) => chunks(t, i, goldSet, keepMisc));
  tags.forEach((t, i) => chunks(t, i, modelSet, keepMisc));
  const prepared: Prepared[] = sents.map((toks, i) => ({ lang, ...sentenceSpans(toks, tags[i]!) }));
  const f: Record<string, number> = { model: f1(goldSet, modelSet) };
  for (const [v, set] of variants) {
    const pred = new Set<string>();
    const overrides = set(lang);
    prepared.forEach((p, i) => chunks(mergedTags(p, overrides), i, pred, keepMisc));
    f[v] = f1(goldSet, pred);
  }
  rows.push({ name, lang, f });
  console.error(`${name}: ${sents.length} sentences`);
}

// the articles with gold, one row per half: mentions strict F1 over the half's documents
if (shared) {
  interface GoldMention {
    start: number;
    end: number;
    type: string;
  }
  const gold = JSON.parse(readFileSync(path.join(shared, 'data', 'articles', 'gold.json'), 'utf8')) as {
    documents: Array<{ file: string; language: string; mentions: GoldMention[] }>;
  };
  const dirs = [path.join(shared, 'seeds'), path.join(shared, 'data', 'articles')];
  // the project's own tune articles (bench/articles/<folder>/: translations and originals) are tune data too
  const own = path.join(import.meta.dirname, '..', '..', 'bench', 'articles');
  const ownDocs = readdirSync(own, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(own, e.name, 'gold.json')))
    .flatMap((e) => (JSON.parse(readFileSync(path.join(own, e.name, 'gold.json'), 'utf8')) as typeof gold).documents.map((d) => ({ ...d, dir: path.join(own, e.name) })));
  for (const half of ARTICLE_HALVES) {
    const halfName = half.name.split(':')[0]!;
    const docs: Array<(typeof gold.documents)[number] & { dir?: string }> = [
      ...gold.documents.filter((d) => (half.prefixes as readonly string[]).includes(d.file.slice(0, 3))),
      ...(halfName === 'tune' ? ownDocs : []),
    ];
    const prepared = await Promise.all(
      docs.map(async (d) => {
        const file = (d.dir ? [d.dir] : dirs).map((dir) => path.join(dir, d.file)).find((f) => existsSync(f))!;
        const text = readFileSync(file, 'utf8');
        const lang = canonicalLanguage(d.language);
        return { text, lang, spans: await model.extract(text, lang), gold: new Set(d.mentions.map((m) => `${m.start}:${m.end}:${m.type}`)) };
      }),
    );
    const score = (docs: typeof prepared, set: ((lang: string) => ReadonlySet<Override>) | null): number => {
      let tp = 0;
      let np = 0;
      let ng = 0;
      for (const p of docs) {
        const mentions = set
          ? mergeMentions({ text: p.text, language: p.lang, model: p.spans, overrides: set(p.lang) })
          : p.spans.map((s) => ({ start: s.start, end: s.end, type: s.label === 'LOC' ? 'GPE' : s.label }));
        ng += p.gold.size;
        np += mentions.length;
        for (const m of mentions) if (p.gold.has(`${m.start}:${m.end}:${m.type}`)) tp++;
      }
      return (2 * tp) / (np + ng);
    };
    const scoreAll = (docs: typeof prepared): Record<string, number> => ({
      model: score(docs, null),
      ...Object.fromEntries(variants.map(([v, set]) => [v, score(docs, set)])),
    });
    rows.push({ name: `articles ${halfName}`, f: scoreAll(prepared) });
    // the check half judges the rules as a whole: never by language
    if (halfName !== 'tune') continue;
    for (const lang of [...new Set(prepared.map((p) => p.lang))].sort()) {
      rows.push({ name: `articles tune ${lang}`, lang, f: scoreAll(prepared.filter((p) => p.lang === lang)) });
    }
  }
}
await model.release();

const pts = (x: number): string => (x >= 0 ? '+' : '') + (100 * x).toFixed(2);
const cols = ['model', 'none', 'corrections', 'all', 'shipped'];
console.log(['set', ...cols, 'corrections−model', 'all−model', 'shipped−model'].join('\t'));
for (const r of rows) {
  console.log(
    [r.name, ...cols.map((c) => r.f[c]!.toFixed(4)), pts(r.f.corrections! - r.f.model!), pts(r.f.all! - r.f.model!), pts(r.f.shipped! - r.f.model!)].join('\t'),
  );
}
/** The slices and the two halves of the articles, not the tune half's languages. */
const sets = rows.filter((r) => !r.name.startsWith('articles tune '));
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
console.log('\noverride\tgate: +x − none per set (F1 points ×100)\twins\tlosses\tsum\t|\tin the shipped policy: shipped − (shipped without x)\tsum');
for (const o of OVERRIDES) {
  const gate = sets.map((r) => r.f[`+${o}`]! - r.f.none!);
  const loo = sets.map((r) => r.f.shipped! - r.f[`-${o}`]!);
  const on = MERGE_OVERRIDES.has(o) ? (CONVENTIONS.has(o) ? 'conv' : 'on  ') : 'off ';
  console.log(
    [`${on} ${o}`, gate.map(pts).join(' '), gate.filter((x) => x > 1e-9).length, gate.filter((x) => x < -1e-9).length, pts(sum(gate)), '|', loo.map(pts).join(' '), pts(sum(loo))].join('\t'),
  );
}
console.log(`\nsets, in this order: ${sets.map((r) => r.name).join(' ')}`);
console.log('on: a correction of the model, gated by the slices; conv: a convention of the articles\' gold, judged on the articles');

// the gate per language: all − (all without x), summed over the language's slices, and on its tune-half articles;
// the languages without a pack share one policy (overrides.ts `WITHOUT_PACK_OFF`), judged on their slices together
const slices = rows.filter((r) => r.lang && !r.name.startsWith('articles'));
const WITHOUT_PACK = 'no pack';
const home = (lang: string): string => (packFor(lang) ? lang : WITHOUT_PACK);
const homes = [...new Set(slices.map((r) => home(r.lang!)))].sort();
const articlesOf = (h: string) => rows.find((r) => r.name === `articles tune ${h}`);
const gain = (r: (typeof rows)[number], o: Override): number => r.f.all! - r.f[`all-${o}`]!;
console.log(`\nper language: all − (all without x), F1 points ×100: slices summed / tune articles ("·": none)`);
console.log(`OFF: loses on the language's tune articles, or (a correction, not a convention of the articles' gold) on its slices without gaining on its articles`);
console.log(['override', ...homes.map((h) => (h === WITHOUT_PACK ? `${h} (${[...new Set(slices.map((r) => r.lang!))].filter((l) => home(l) === h).join(' ')})` : h))].join('\t'));
for (const o of OVERRIDES) {
  const cells = homes.map((h) => {
    const s = sum(slices.filter((r) => home(r.lang!) === h).map((r) => gain(r, o)));
    const art = articlesOf(h);
    const a = art ? gain(art, o) : 0;
    // a convention of the articles' gold is judged on the articles alone: a corpus with another convention says nothing about it
    const off = a < -1e-9 || (!CONVENTIONS.has(o) && s < -1e-9 && a <= 1e-9);
    return `${pts(s)}/${art ? pts(a) : '·'}${off ? ' OFF' : ''}`;
  });
  console.log([o, ...cells].join('\t'));
}
