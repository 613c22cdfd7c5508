/**
 * Language identification (pure stage). One paragraph: its script narrows the candidates
 * (Cyrillic → rus ukr bel bul …; Arabic script → ara fas urd; kana → jpn; …), then a character
 * n-gram naive Bayes model (models/langid/ngram-model.json) ranks them; distinctive letters and
 * function words decide the supported languages the model has no data for (uzb kir tuk tgk),
 * and franc (restricted to the candidates) is the fallback when no candidate is modelled.
 * franc's score added to the model's lowered held-out accuracy (98.20% at weight 0.5 vs
 * 98.87%), so it is off by default (TUNING.francWeight). Too little evidence (few letters,
 * only names, mixed scripts) gives `und`. A whole article: each line is a paragraph; the article's language is
 * the one covering most characters.
 */
import { francAll } from 'franc';
import {
  UNDETERMINED,
  type LanguageCode,
  type LanguageGuess,
  type LanguageResult,
  type ParagraphLanguage,
  type Script,
} from '../types.js';
import { ngramModel } from './ngram.js';
import { countScripts } from './script.js';
import { stageVersion } from '../stage-sources.js';

export const LANGUAGE_STAGE = { name: 'language', version: stageVersion('language', '1.0.0') } as const;

export interface LanguageOptions {
  /** ISO 639-3 codes the answer may take (default DEFAULT_SUPPORTED_LANGUAGES). */
  supported?: readonly string[];
}

/**
 * The languages identified by default: the news languages of Europe, Central Asia, the
 * Caucasus and the Middle East, plus the other languages of the evaluation data that the
 * model tells apart reliably. Left out on purpose (each too close to a supported neighbour on
 * the dev data): bos (→ hrv), nno (→ nob), msa (↔ ind), xho/zul (↔ each other).
 */
export const DEFAULT_SUPPORTED_LANGUAGES: readonly string[] = Object.freeze([
  // Western and Northern Europe
  'eng', 'deu', 'fra', 'spa', 'ita', 'por', 'nld', 'cat', 'eus', 'cym', 'gle', 'isl',
  'dan', 'swe', 'nob', 'fin', 'est',
  // Central and Eastern Europe, Balkans
  'pol', 'ces', 'slk', 'slv', 'hrv', 'hun', 'ron', 'lit', 'lav', 'sqi', 'ell',
  'rus', 'ukr', 'bel', 'bul', 'mkd', 'srp',
  // Turkey, Caucasus, Central Asia
  'tur', 'aze', 'hye', 'kat', 'kaz', 'uzb', 'kir', 'tuk', 'tgk', 'mon',
  // Middle East and South Asia
  'ara', 'fas', 'urd', 'heb', 'hin', 'mar', 'ben', 'pan', 'guj', 'tam', 'tel',
  // East and South-East Asia
  'zho', 'jpn', 'kor', 'tha', 'vie', 'ind',
  // Africa, Pacific, other
  'afr', 'swa', 'som', 'yor', 'lug', 'sna', 'sot', 'tsn', 'tso', 'mri', 'tgl', 'epo', 'lat',
]);

/** Scripts each language is written in (for candidate narrowing). */
const LANGUAGE_SCRIPTS: Readonly<Record<string, readonly Script[]>> = {
  ara: ['Arabic'], fas: ['Arabic'], urd: ['Arabic'],
  rus: ['Cyrillic'], ukr: ['Cyrillic'], bel: ['Cyrillic'], bul: ['Cyrillic'], mkd: ['Cyrillic'],
  srp: ['Cyrillic', 'Latin'], kaz: ['Cyrillic'], kir: ['Cyrillic'], tgk: ['Cyrillic'], mon: ['Cyrillic'],
  uzb: ['Latin', 'Cyrillic'],
  ell: ['Greek'], hye: ['Armenian'], kat: ['Georgian'], heb: ['Hebrew'],
  zho: ['Han'], jpn: ['Hiragana', 'Katakana', 'Han'], kor: ['Hangul'], tha: ['Thai'],
  hin: ['Devanagari'], mar: ['Devanagari'], ben: ['Bengali'], pan: ['Gurmukhi'], guj: ['Gujarati'],
  tam: ['Tamil'], tel: ['Telugu'],
};

/** franc's individual codes folded to the macrolanguage codes the project uses. */
const FRANC_TO_CODE: Readonly<Record<string, string>> = {
  pes: 'fas', prs: 'fas', azj: 'aze', azb: 'aze', arb: 'ara', cmn: 'zho', zlm: 'msa', ekk: 'est',
  lvs: 'lav', khk: 'mon', als: 'sqi', swh: 'swa', uzn: 'uzb', uzs: 'uzb', ydd: 'yid',
  // individual codes a caller might pass as `supported`
  zsm: 'msa', kmr: 'kur', ckb: 'kur', npi: 'nep', pbu: 'pus',
};

const CODE_TO_FRANC = new Map<string, string[]>();
for (const [f, c] of Object.entries(FRANC_TO_CODE)) {
  const list = CODE_TO_FRANC.get(c) ?? [];
  list.push(f);
  CODE_TO_FRANC.set(c, list);
}

/** The project's code for a franc (or individual ISO 639-3) code. */
export function foldLanguageCode(code: string): LanguageCode {
  return FRANC_TO_CODE[code] ?? code;
}

/**
 * Tuning constants, measured on the held-out half of the dev data (models/langid/README.md).
 * Exported for the ablations of models/langid/eval.ts (`--set=key=value`); the stage never
 * changes them.
 */
export const TUNING = {
  /** Weight of franc's score (0–1, best = 1) next to the n-gram model's per-feature log-likelihood. */
  francWeight: 0,
  /** Distinctive-letter rules for the languages the n-gram model lacks (uzb kir tuk tgk). */
  distinctive: true,
  /** Candidates narrowed by script (false: every supported language competes; for measuring). */
  narrowByScript: true,
  /** Fewer letters than this: `und`. */
  minLetters: 3,
  /** Fewer letters in content words (not capitalised, or the first word) than this, with rivals: `und`. */
  minContentLetters: 4,
  /** The main script's share of the letters below this (and no script override): mixed, `und`. */
  minScriptShare: 0.5,
  /** A non-Latin script with this share of the letters decides over a Latin majority. */
  minOtherScriptShare: 0.3,
  /** Only this much of a long paragraph is read. */
  maxChars: 2000,
  /** Scale from per-feature log-likelihood margin to confidence. */
  confidenceScale: 1.5,
  /**
   * A paragraph read as another language than its article's with less confidence than this reads in the article's
   * language (a short wire lead of names and figures, `TASHKENT, Jan 20 (Reuters) - UzAuto Motors sold 400,000 cars
   * in 2025.`, is German at 0.48 to the model, which would read its `400,000` as 400).
   */
  paragraphSwitchConfidence: 0.8,
};

const CJK: ReadonlySet<Script> = new Set(['Han', 'Hiragana', 'Katakana']);

function undetermined(script: Script): LanguageGuess {
  return { language: UNDETERMINED, script, confidence: 0, runnerUp: null };
}

const supportCache = new WeakMap<readonly string[], Map<string, string[]>>();

/** Candidates per script for a supported list (cached per list object). */
function candidatesByScript(supported: readonly string[]): Map<string, string[]> {
  let m = supportCache.get(supported);
  if (m) return m;
  m = new Map();
  for (const raw of supported) {
    const code = foldLanguageCode(raw);
    for (const s of LANGUAGE_SCRIPTS[code] ?? ['Latin']) {
      const list = m.get(s) ?? [];
      if (!list.includes(code)) list.push(code);
      m.set(s, list);
    }
  }
  supportCache.set(supported, m);
  return m;
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** Letters in content words: words not starting with a capital, plus the first word. */
function contentLetters(text: string): number {
  let n = 0;
  let first = true;
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const w = m[0];
    const c = w[0]!;
    if (first || c === c.toLowerCase()) n += w.length;
    first = false;
  }
  return n;
}

/** Kyrgyz function words (Mongolian has none of them). */
const KYRGYZ_WORDS = new Set([
  'жана', 'менен', 'үчүн', 'боюнча', 'деп', 'бул', 'анын', 'болуп', 'экен', 'дагы', 'болгон', 'кийин',
  'тарабынан', 'ошондой', 'эле', 'жок', 'бар', 'алар', 'биз', 'мен', 'сен', 'эмес', 'керек', 'чейин',
  'жылы', 'шаарында', 'өлкөнүн', 'президенти', 'өкмөт', 'кыргызстан', 'кыргыз', 'бишкек',
]);

/** Cheap gate before the Turkmen and Uzbek checks. */
const LATIN_TRIGGER = /[ňä]|[og][ʻʼ'‘’`]\p{L}|(?:^|[^\p{L}])(?:va|bilan|uchun|hamda|yangi|ishlab|yiliga|orqali|tomonidan|yoki|ushbu|kerak|mumkin)(?![\p{L}])/u;

const UZBEK_WORDS = new Set([
  'va', 'bilan', 'uchun', 'hamda', 'orqali', 'tomonidan', 'emas', 'kerak', 'yoki', 'ushbu',
  'mumkin', 'dedi', 'ishlab', 'chiqarish', 'chiqaradi', 'zavod', 'zavodi', 'yiliga', 'ming', 'mlrd', 'mln', 'soʻm', "so'm", 'qilib', 'qilish', 'yilda', 'yili', 'shuningdek', 'haqida', 'bo‘yicha',
  'boʻyicha', "bo'yicha", 'boʻlib', "bo'lib", 'boʻlgan', "bo'lgan", 'oʻz', "o'z", 'yangi', 'davlat',
  'respublikasi', 'oʻzbekiston', "o'zbekiston", 'prezidenti', 'mamlakat', 'mamlakatimiz', 'shahar', 'viloyati',
  'tashkil', 'etildi', 'qilindi', 'boʻldi', "bo'ldi", 'lekin', 'biroq', 'hozir', 'koʻra', "ko'ra", 'yil',
]);

/**
 * Distinctive letters and words of the supported languages the n-gram model has no data for;
 * the first that fires among the candidates wins.
 */
function distinctive(text: string, script: Script, candidates: readonly string[]): string | null {
  const lower = text.toLowerCase();
  if (script === 'Cyrillic') {
    if (!/[ҷӣӯўңөү]/u.test(lower)) return null;
    const kazakhOnly = count(lower, /[әұіһ]/gu);
    if (candidates.includes('tgk') && count(lower, /[ҷӣӯ]/gu) > 0 && kazakhOnly + count(lower, /[ңөүў]/gu) === 0) {
      return 'tgk';
    }
    if (candidates.includes('uzb') && count(lower, /ў/gu) > 0 && count(lower, /[қғҳ]/gu) > 0 && kazakhOnly === 0) {
      return 'uzb';
    }
    if (candidates.includes('kir') && kazakhOnly + count(lower, /[ғқҳҷӣӯў]/gu) === 0) {
      if (count(lower, /ң/gu) > 0) return 'kir';
      if (count(lower, /[өү]/gu) > 0) {
        // Without ң, ө/ү are Mongolian too: Kyrgyz words must say so.
        if (!candidates.includes('mon')) return 'kir';
        let words = 0;
        for (const w of lower.match(/\p{L}+/gu) ?? []) if (KYRGYZ_WORDS.has(w)) words++;
        if (words >= 2) return 'kir';
      }
    }
    return null;
  }
  if (script === 'Latin') {
    if (!LATIN_TRIGGER.test(lower)) return null;
    const foreign = count(lower, /[áéíóúàèìòùâêîôûãõñßåøæœčřěťďľĺůıðþğə]/gu);
    if (candidates.includes('tuk') && foreign === 0) {
      // ň with ä/ö/ü/ş/ç, or ä with ş/ç: Turkmen (ý alone is also mis-encoded Turkish ı).
      const ae = count(lower, /ä/gu);
      // (ý and ž are Czech/Slovak too, and Slovak has ä and ň: not enough alone.)
      if (count(lower, /ň/gu) > 0 && count(lower, /[äöüşç]/gu) > 0) return 'tuk';
      if (ae > 0 && count(lower, /[şç]/gu) > 0) return 'tuk';
    }
    if (candidates.includes('uzb') && foreign + count(lower, /[şçäöüw]/gu) === 0) {
      // oʻ gʻ (with ʻ or an apostrophe) inside a word, and Uzbek function words.
      const og = count(lower, /\p{L}?[og][ʻʼ'‘’`]\p{L}{2}/gu);
      const found = new Set<string>();
      for (const w of lower.match(/[\p{L}ʻʼ'‘’`]+/gu) ?? []) if (UZBEK_WORDS.has(w)) found.add(w);
      const words = found.size; // distinct: a repeated 'va' (Romanian, Tsonga) is one word
      if ((words >= 1 && og > 0) || og >= 2 || words >= 2) return 'uzb';
    }
  }
  return null;
}

function francCodes(candidates: readonly string[]): string[] {
  const out: string[] = [];
  for (const c of candidates) out.push(c, ...(CODE_TO_FRANC.get(c) ?? []));
  return out;
}

/** Softmax confidences of the top two of `scores` (higher is better). */
function topTwo(
  langs: readonly string[],
  scores: ArrayLike<number>,
  scale: number,
): { best: string; conf: number; second: { language: string; confidence: number } | null } {
  let bi = -1;
  let si = -1;
  for (let i = 0; i < langs.length; i++) {
    if (bi < 0 || scores[i]! > scores[bi]!) {
      si = bi;
      bi = i;
    } else if (si < 0 || scores[i]! > scores[si]!) si = i;
  }
  let z = 0;
  for (let i = 0; i < langs.length; i++) z += Math.exp((scores[i]! - scores[bi]!) * scale);
  const conf = 1 / z;
  const second =
    si >= 0 ? { language: langs[si]!, confidence: round(Math.exp((scores[si]! - scores[bi]!) * scale) / z) } : null;
  return { best: langs[bi]!, conf: round(conf), second };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** The language of one sentence or paragraph. */
export function identifyLanguage(text: string, options: LanguageOptions = {}): LanguageGuess {
  if (text.length > TUNING.maxChars) text = text.slice(0, TUNING.maxChars);
  const supported = options.supported ?? DEFAULT_SUPPORTED_LANGUAGES;
  const sc = countScripts(text);
  if (sc.letters < TUNING.minLetters) return undetermined(sc.main);

  // Script group: Han and kana together (Japanese mixes them), Hangul apart.
  let script = sc.main;
  let share = sc.share;
  let overridden = false;
  if (script === 'Latin') {
    // Latin names, links and boilerplate inside a text of another script: that script decides.
    for (const [s, n] of sc.counts) {
      if (s === 'Latin' || s === 'Other' || n < TUNING.minOtherScriptShare * sc.letters) continue;
      if (!overridden || n > (sc.counts.get(script) ?? 0)) {
        script = s;
        share = n / sc.letters;
        overridden = true;
      }
    }
  }
  let candidates: readonly string[];
  const bySupport = candidatesByScript(supported);
  if (CJK.has(script)) {
    const kana = (sc.counts.get('Hiragana') ?? 0) + (sc.counts.get('Katakana') ?? 0);
    const han = sc.counts.get('Han') ?? 0;
    share = (kana + han) / sc.letters;
    const group = kana > 0 && kana >= 0.05 * (kana + han) ? 'jpn' : 'zho';
    candidates = (bySupport.get(script) ?? []).filter((c) => c === group);
  } else {
    candidates = bySupport.get(script) ?? [];
  }
  if ((!overridden && share < TUNING.minScriptShare) || candidates.length === 0) return undetermined(script);
  if (candidates.length === 1) {
    const conf = round(Math.min(1, sc.letters / 10) * share);
    return { language: candidates[0]!, script, confidence: conf, runnerUp: null };
  }
  if (contentLetters(text) < TUNING.minContentLetters) return undetermined(script);

  const special = TUNING.distinctive ? distinctive(text, script, candidates) : null;
  if (special) return { language: special, script, confidence: round(0.9 * share), runnerUp: null };

  const model = ngramModel();
  const pool = TUNING.narrowByScript ? candidates : [...new Set(supported.map(foldLanguageCode))];
  const modeled = pool.filter((c) => model.index.has(c));
  if (modeled.length === 0) {
    const ranked = francAll(text, { only: francCodes(candidates), minLength: 1 });
    const [best, second] = ranked;
    if (!best || best[0] === 'und') return undetermined(script);
    return {
      language: foldLanguageCode(best[0]),
      script,
      confidence: round(0.5 * share),
      runnerUp: second ? { language: foldLanguageCode(second[0]), confidence: round(0.5 * second[1] * share) } : null,
    };
  }
  const { scores, known } = model.score(
    text,
    modeled.map((c) => model.index.get(c)!),
  );
  if (known === 0) return undetermined(script);
  if (TUNING.francWeight > 0) {
    const franc = new Map<string, number>();
    for (const [code, s] of francAll(text, { only: francCodes(modeled), minLength: 1 })) {
      const c = foldLanguageCode(code);
      franc.set(c, Math.max(franc.get(c) ?? 0, s));
    }
    modeled.forEach((c, i) => {
      scores[i] = scores[i]! + TUNING.francWeight * (franc.get(c) ?? 0);
    });
  }
  const scale = TUNING.confidenceScale * Math.sqrt(Math.min(known, 400));
  const { best, conf, second } = topTwo(modeled, scores, scale);
  return {
    language: best,
    script,
    confidence: round(conf * share),
    runnerUp: second ? { language: second.language, confidence: round(second.confidence * share) } : null,
  };
}

/** Paragraphs: the non-blank lines, trimmed, with their offsets. */
function paragraphs(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  return out;
}

/** The language of a whole article, and of each of its paragraphs. */
export function detectLanguage(text: string, options: LanguageOptions = {}): LanguageResult {
  const paras: ParagraphLanguage[] = paragraphs(text).map((p) => ({ ...p, ...identifyLanguage(p.text, options) }));
  const chars = new Map<string, number>();
  const confSum = new Map<string, number>();
  let determined = 0;
  for (const p of paras) {
    if (p.language === UNDETERMINED) continue;
    const n = p.end - p.start;
    determined += n;
    chars.set(p.language, (chars.get(p.language) ?? 0) + n);
    confSum.set(p.language, (confSum.get(p.language) ?? 0) + n * p.confidence);
  }
  const script = countScripts(text).main;
  if (determined === 0) {
    // No paragraph decides alone: try the text as one (many short lines together).
    const whole = identifyLanguage(paras.map((p) => p.text).join(' '), options);
    return { ...whole, paragraphs: paras };
  }
  const ranked = [...chars.entries()].sort((a, b) => b[1] - a[1]);
  const [lang, n] = ranked[0]!;
  const supported = options.supported ?? DEFAULT_SUPPORTED_LANGUAGES;
  const confidence = round((confSum.get(lang)! / n) * (n / determined));
  const runner = ranked[1];
  return {
    language: lang,
    script,
    confidence,
    runnerUp: runner
      ? {
          language: runner[0],
          confidence: Math.min(confidence, round((confSum.get(runner[0])! / runner[1]) * (runner[1] / determined))),
        }
      : null,
    paragraphs: paras.map((p) => (isUnsureSwitch(p, lang, supported) ? inArticleLanguage(p, lang) : p)),
  };
}

/** Is `p` read as another language than its article's `lang`, unsure, in a script `lang` is written in? */
function isUnsureSwitch(p: ParagraphLanguage, lang: string, supported: readonly string[]): boolean {
  return (
    p.language !== UNDETERMINED &&
    p.language !== lang &&
    p.confidence < TUNING.paragraphSwitchConfidence &&
    (candidatesByScript(supported).get(p.script) ?? []).includes(lang)
  );
}

/** `p` read in its article's language `lang` with the confidence the model gave that reading; its own guess becomes the runner-up. */
function inArticleLanguage(p: ParagraphLanguage, lang: string): ParagraphLanguage {
  const confidence = p.runnerUp?.language === lang ? p.runnerUp.confidence : 0;
  return { ...p, language: lang, confidence, runnerUp: { language: p.language, confidence: p.confidence } };
}
