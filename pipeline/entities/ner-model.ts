/**
 * Multilingual named-entity tagger (PER, ORG, LOC, MISC) trained in models/training/ and shipped in
 * models/ner/<version>/: a word + casing + char-CNN BiLSTM exported to ONNX (emissions only) and a CRF
 * (transitions in config.json) decoded here with Viterbi. Runs offline, one thread, on the onnxruntime-node
 * 1.14.0 that @xenova/transformers brings: transformers.js pipelines load only its own transformer classes
 * (config.json model_type), and this graph takes word, casing and character ids.
 *
 * - `tagTokens` tags pre-tokenized sentences (IOB2, one tag per token), as `newsflow predict ner` needs.
 * - `extract` tokenizes raw text the way the training data looks (./tokenize.ts), splits sentences by
 *   language (../text/segment.ts), ends unpunctuated ones with a full stop for the model (`withFinalStop`),
 *   tags them and returns character spans (UTF-16 offsets into the input string).
 *   `confidence` = mean over the span's tokens of the CRF posterior marginal of the predicted tag.
 * Sentences longer than the window (config.window.max_tokens) are run as overlapping windows; each token
 * takes its emissions from the window where it is most central, then one Viterbi pass runs over the
 * whole sentence.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ort from 'onnxruntime-node';
import { makeCrf, marginals, viterbi, type Crf } from './viterbi.js';
import { sentencesOf } from '../text/segment.js';
import { tokenize } from './tokenize.js';
import { memoize } from '../memo.js';

export const NER_MODEL_VERSION = 'ner-bilstm-crf-2026.12.1';
export type NerLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface NerSpan {
  start: number;
  end: number;
  text: string;
  label: NerLabel;
  /** Mean CRF marginal probability of the predicted tags over the span's tokens, in [0, 1]. */
  confidence: number;
}

export interface NerModel {
  readonly id: string;
  readonly version: string;
  /** IOB2 tags (O, B-PER, I-PER, ... MISC), one per input token. */
  tagTokens(sentences: string[][]): Promise<string[][]>;
  /**
   * As `tagTokens`, with each tag's CRF posterior marginal probability (in [0, 1]) beside it: how sure
   * the model is of each token's tag (used to pick confident pseudo-labels, models/training/pseudo_label.ts).
   */
  tagTokensScored(sentences: string[][]): Promise<ScoredTags[]>;
  /**
   * Entity spans in raw text; offsets are UTF-16 indices, `text.slice(start, end) === span.text`.
   * `language` (BCP 47 or ISO 639-3) picks the sentence-splitting rules; default English.
   */
  extract(text: string, language?: string): Promise<NerSpan[]>;
  /** Frees the ONNX session; the model cannot be used afterwards. */
  release(): Promise<void>;
}

export interface ScoredTags {
  tags: string[];
  /** The marginal probability of each token's predicted tag. */
  marginals: number[];
}

interface NerConfig {
  id: string;
  version: string;
  labels: string[];
  transitions: number[][];
  start: number[];
  end: number[];
  casing: { ids: string[] };
  chars: { max_word_chars: number };
  window: { max_tokens: number; overlap: number };
}

const CLOSER = /^["'»”“’)\]]$/u;
const STOP = /^(?:[.!?…;:]|\.\.\.)$/u;

/**
 * The tokens, with a "." after them when no full stop (or ! ? … ; :) ends them. Trained on sentences,
 * the model reads an unpunctuated headline as one long name ("КАМАЗ запустил новую линию в Набережных
 * Челнах" → ORG); with the stop it reads it as a sentence. Callers drop the added token's tag.
 */
export function withFinalStop(tokens: string[]): string[] {
  let i = tokens.length - 1;
  while (i > 0 && CLOSER.test(tokens[i]!)) i--;
  return i >= 0 && STOP.test(tokens[i]!) ? tokens : [...tokens, '.'];
}

const DEFAULT_DIR = fileURLToPath(new URL(`../../models/ner/${NER_MODEL_VERSION}/`, import.meta.url));
/**
 * Padded tokens per ONNX run. Small batches keep the native per-run buffers small, and they are not
 * slower: `extract` on 300 bench articles took 2.6 s with a peak RSS of 216–223 MB at 256 tokens,
 * against 3.7 s and 276 MB at 3,000 (same machine and load; onnxruntime's arena on or off made no
 * difference at 256).
 */
const BATCH_TOKENS = 256;
const BATCH_SENTENCES = 64;

// ------------------------------------------------------------------ features (mirror models/training/common.py)
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const LOWER = /\p{Lowercase}/u;
const UPPER = /\p{Uppercase}/u;
const PUNCT_SYM = /[\p{P}\p{S}]/u;

/** Vocabulary key: NFC, lower-cased, every decimal digit -> '0'. */
export function wordKey(tok: string): string {
  return tok.normalize('NFC').toLowerCase().replace(/\p{Nd}/gu, '0');
}

/** Casing class id, as models/training/common.py casing_id. */
export function casingId(tok: string): number {
  const cps = Array.from(tok);
  const letters = cps.filter((c) => LETTER.test(c));
  const digits = cps.filter((c) => DIGIT.test(c)).length;
  if (letters.length === 0) {
    if (digits > 0 && digits === cps.length) return 5;
    if (digits > 0) return 6;
    if (cps.every((c) => PUNCT_SYM.test(c))) return 7;
    return 8;
  }
  if (digits > 0) return 6;
  if (letters.every((c) => LOWER.test(c))) return 1;
  if (letters.every((c) => UPPER.test(c))) return letters.length === 1 ? 3 : 2;
  if (UPPER.test(letters[0]!) && letters.slice(1).every((c) => LOWER.test(c))) return 3;
  return 4;
}

interface Encoded {
  word: number;
  casing: number;
  chars: Int32Array;
}

interface Window {
  sent: number;
  offset: number;
  length: number;
}

/**
 * Encoded tokens kept for reuse. News vocabulary is Zipfian, so 20,000 entries catch the frequent
 * tokens: over 1,500 bench articles, `extract` took 20.07 s with this size and 20.05 s with
 * 200,000, while the heap after GC was 32 MB instead of 67 MB (and 200,000 kept growing).
 */
const ENCODE_CACHE_SIZE = 20_000;

class OnnxNerModel implements NerModel {
  readonly id: string;
  readonly version: string;
  private readonly crf: Crf;
  private readonly labels: string[];

  constructor(
    private readonly session: ort.InferenceSession,
    private readonly config: NerConfig,
    private readonly vocab: Map<string, number>,
    private readonly charIds: Map<string, number>,
  ) {
    this.id = config.id;
    this.version = config.version;
    this.labels = config.labels;
    this.crf = makeCrf(config.transitions, config.start, config.end);
  }

  private readonly encode = memoize(
    (tok: string): Encoded => {
      let cps = Array.from(tok.normalize('NFC'));
      const max = this.config.chars.max_word_chars;
      if (cps.length > max) cps = [...cps.slice(0, max / 2), ...cps.slice(cps.length - max / 2)];
      return {
        word: this.vocab.get(wordKey(tok)) ?? 1,
        casing: casingId(tok),
        chars: Int32Array.from(cps, (c) => this.charIds.get(c) ?? 1),
      };
    },
    { size: ENCODE_CACHE_SIZE },
  );

  /** Emissions [T*K] per sentence (windows stitched). */
  private async emissions(sentences: string[][]): Promise<Float32Array[]> {
    const K = this.labels.length;
    const { max_tokens: maxT, overlap } = this.config.window;
    const windows: Window[] = [];
    sentences.forEach((s, i) => {
      if (s.length <= maxT) {
        if (s.length > 0) windows.push({ sent: i, offset: 0, length: s.length });
        return;
      }
      const step = maxT - overlap;
      for (let off = 0; ; off += step) {
        const o = Math.min(off, s.length - maxT);
        windows.push({ sent: i, offset: o, length: maxT });
        if (o + maxT >= s.length) break;
      }
    });
    const out = sentences.map((s) => new Float32Array(s.length * K));
    // per token: how central the window that wrote it was (-1 = not yet written)
    const centrality = sentences.map((s) => new Int32Array(s.length).fill(-1));
    windows.sort((a, b) => a.length - b.length);
    for (let i = 0; i < windows.length; ) {
      const T = windows[Math.min(i + BATCH_SENTENCES, windows.length) - 1]!.length;
      let n = 1;
      while (i + n < windows.length && n < BATCH_SENTENCES && (n + 1) * Math.max(T, windows[i + n]!.length) <= BATCH_TOKENS) n++;
      const batch = windows.slice(i, i + n);
      i += n;
      const Tb = Math.max(...batch.map((w) => w.length));
      const enc = batch.map((w) => sentences[w.sent]!.slice(w.offset, w.offset + w.length).map((t) => this.encode(t)));
      let W = 1;
      for (const s of enc) for (const e of s) W = Math.max(W, e.chars.length);
      const B = batch.length;
      const words = new Int32Array(B * Tb);
      const cases = new Int32Array(B * Tb);
      const chars = new Int32Array(B * Tb * W);
      const lengths = new Int32Array(B);
      enc.forEach((s, b) => {
        lengths[b] = s.length;
        s.forEach((e, t) => {
          words[b * Tb + t] = e.word;
          cases[b * Tb + t] = e.casing;
          chars.set(e.chars, (b * Tb + t) * W);
        });
      });
      const res = await this.session.run({
        words: new ort.Tensor('int32', words, [B, Tb]),
        cases: new ort.Tensor('int32', cases, [B, Tb]),
        chars: new ort.Tensor('int32', chars, [B, Tb, W]),
        lengths: new ort.Tensor('int32', lengths, [B]),
      });
      const em = res['emissions']!.data as Float32Array;
      batch.forEach((w, b) => {
        const dst = out[w.sent]!;
        const cen = centrality[w.sent]!;
        for (let t = 0; t < w.length; t++) {
          const c = Math.min(t, w.length - 1 - t);
          const p = w.offset + t;
          if (c <= cen[p]!) continue;
          cen[p] = c;
          dst.set(em.subarray((b * Tb + t) * K, (b * Tb + t + 1) * K), p * K);
        }
      });
    }
    return out;
  }

  async tagTokens(sentences: string[][]): Promise<string[][]> {
    const ems = await this.emissions(sentences);
    return ems.map((em, i) => viterbi(this.crf, em, sentences[i]!.length).map((k) => this.labels[k]!));
  }

  async tagTokensScored(sentences: string[][]): Promise<ScoredTags[]> {
    const ems = await this.emissions(sentences);
    const K = this.labels.length;
    return ems.map((em, i) => {
      const T = sentences[i]!.length;
      if (T === 0) return { tags: [], marginals: [] };
      const path = viterbi(this.crf, em, T);
      const marg = marginals(this.crf, em, T);
      return { tags: path.map((k) => this.labels[k]!), marginals: path.map((k, t) => marg[t * K + k]!) };
    });
  }

  async extract(text: string, language?: string): Promise<NerSpan[]> {
    const sents = sentencesOf(text, language)
      .map((s) => tokenize(text.slice(s.start, s.end), s.start))
      .filter((toks) => toks.length > 0);
    const inputs = sents.map((toks) => withFinalStop(toks.map((t) => t.text)));
    const ems = await this.emissions(inputs);
    const K = this.labels.length;
    const spans: NerSpan[] = [];
    sents.forEach((toks, si) => {
      const em = ems[si]!;
      const T = toks.length;
      const path = viterbi(this.crf, em, inputs[si]!.length);
      const marg = marginals(this.crf, em, inputs[si]!.length);
      let cur: { from: number; to: number; label: string; conf: number } | null = null;
      const flush = (): void => {
        if (!cur) return;
        const start = toks[cur.from]!.start;
        const end = toks[cur.to]!.end;
        spans.push({
          start,
          end,
          text: text.slice(start, end),
          label: cur.label as NerLabel,
          confidence: cur.conf / (cur.to - cur.from + 1),
        });
        cur = null;
      };
      for (let t = 0; t < T; t++) {
        const tag = this.labels[path[t]!]!;
        const p = marg[t * K + path[t]!]!;
        if (tag === 'O') {
          flush();
          continue;
        }
        const [bio, label] = [tag.slice(0, 1), tag.slice(2)];
        if (bio === 'I' && cur !== null && (cur as { label: string }).label === label) {
          const c = cur as { to: number; conf: number };
          c.to = t;
          c.conf += p;
        } else {
          flush();
          cur = { from: t, to: t, label, conf: p };
        }
      }
      flush();
    });
    return spans;
  }

  async release(): Promise<void> {
    const s = this.session as unknown as { release?: () => Promise<void> };
    if (typeof s.release === 'function') await s.release();
  }
}

const loaded = new Map<string, Promise<NerModel>>();

async function load(dir: string): Promise<NerModel> {
  const [configText, vocabText, charsText] = await Promise.all([
    readFile(path.join(dir, 'config.json'), 'utf8'),
    readFile(path.join(dir, 'vocab.json'), 'utf8'),
    readFile(path.join(dir, 'chars.json'), 'utf8'),
  ]);
  const config = JSON.parse(configText) as NerConfig;
  const vocab = new Map<string, number>();
  (JSON.parse(vocabText) as string[]).forEach((w, i) => vocab.set(w, i));
  const charIds = new Map<string, number>();
  (JSON.parse(charsText) as string[]).forEach((c, i) => charIds.set(c, i));
  const session = await ort.InferenceSession.create(path.join(dir, 'model.onnx'), {
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
  });
  return new OnnxNerModel(session, config, vocab, charIds);
}

/**
 * Loads the NER model from `dir` (default: the shipped models/ner/<NER_MODEL_VERSION>/ of this repo),
 * offline. Cached per directory: repeated calls share one session.
 */
export function loadNerModel(dir: string = DEFAULT_DIR): Promise<NerModel> {
  const key = path.resolve(dir);
  let p = loaded.get(key);
  if (!p) {
    p = load(key);
    p.catch(() => loaded.delete(key));
    loaded.set(key, p);
  }
  return p;
}
