/**
 * Measures the language stage on the held-out half of the dev data (the lines train.ts did not
 * train on): accuracy over the supported languages, abstain rate, confusions, speed.
 *
 *   npx tsx models/langid/eval.ts [--all] [--half=held|train|both]
 */
import { readLines } from '../../cli/io.js';
import { DEFAULT_SUPPORTED_LANGUAGES, identifyLanguage, TUNING } from '../../pipeline/language/index.js';
import { isTrainLine } from './train.js';

const args = process.argv.slice(2);
// --set=key=value changes a tuning constant for this run (ablations).
for (const a of args.filter((x) => x.startsWith('--set='))) {
  const [key, value] = a.slice(6).split('=') as [keyof typeof TUNING, string];
  (TUNING as Record<string, number | boolean>)[key] = value === 'true' ? true : value === 'false' ? false : Number(value);
}
const all = args.includes('--all');
const half = args.find((a) => a.startsWith('--half='))?.slice(7) ?? 'held';
const lines = await readLines('/work/shared/data/langid/dev.tsv.gz');
const seen = new Map<string, number>();
const cases: { gold: string; text: string }[] = [];
for (const line of lines) {
  const tab = line.indexOf('\t');
  const gold = line.slice(0, tab);
  const k = seen.get(gold) ?? 0;
  seen.set(gold, k + 1);
  const train = isTrainLine(k);
  if (half === 'held' && train) continue;
  if (half === 'train' && !train) continue;
  cases.push({ gold, text: line.slice(tab + 1) });
}
// --extra=a,b adds languages to the default set (to try supporting more).
const extra = args.find((a) => a.startsWith('--extra='))?.slice(8).split(',') ?? [];
const supported = new Set([...DEFAULT_SUPPORTED_LANGUAGES, ...extra]);
const opts = all ? { supported: [...new Set(cases.map((c) => c.gold))] } : extra.length ? { supported: [...supported] } : {};
identifyLanguage('warm up the model', opts);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const preds = cases.map((c) => identifyLanguage(c.text, opts).language);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
let n = 0, ok = 0, und = 0;
const per = new Map<string, [number, number]>();
const conf = new Map<string, number>();
cases.forEach((c, i) => {
  if (!all && !supported.has(c.gold)) return;
  n++;
  const p = preds[i]!;
  const e = per.get(c.gold) ?? [0, 0];
  e[0]++;
  if (p === c.gold) { ok++; e[1]++; } else {
    if (p === 'und') und++;
    const key = `${c.gold}->${p}`;
    conf.set(key, (conf.get(key) ?? 0) + 1);
  }
  per.set(c.gold, e);
});
console.log(`half=${half} n=${n} acc=${((100 * ok) / n).toFixed(2)}% abstain=${((100 * und) / n).toFixed(2)}% speed=${Math.round(cases.length / (ms / 1000))}/s wall, ${Math.round(cases.length / (cpuMs / 1000))}/s CPU time`);
console.log('worst:', [...per.entries()].map(([l, [a, b]]) => [l, b / a] as const).sort((a, b) => a[1] - b[1]).slice(0, 15).map(([l, r]) => `${l}:${(100 * r).toFixed(1)}`).join(' '));
console.log('confusions:', [...conf.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${k}:${v}`).join(' '));
if (args.includes('--show')) {
  cases.forEach((c, i) => {
    if ((all || supported.has(c.gold)) && preds[i] !== c.gold) console.log(`${c.gold}\t${preds[i]}\t${c.text}`);
  });
}
