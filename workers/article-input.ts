/**
 * Where an article enters (CLI, HTTP, job payloads): validated with zod, normalised (NFC),
 * hashed. Every refusal has a reason a sender can act on.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { NormalizedArticle } from '../db/repositories/articles.js';
import { hasLoneSurrogate, normalizeText } from '../pipeline/text/normalize.js';

/** Longest accepted text, in characters (the bench's longest article is 20,000). */
export const MAX_TEXT_CHARS = 200_000;
export const MAX_TITLE_CHARS = 1_000;

const HTML_TAG = /<(?:!doctype|html|head|body|script|style|iframe|div|span|p|br|table|a\s)[^>]*>/i;
/** Embeddings, overrides and isolates (U+202A–202E, U+2066–2069): they reorder whatever follows them on screen. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const BIDI_CONTROL_ALL = new RegExp(BIDI_CONTROL.source, 'g');

/** The first `max` UTF-16 units of `s`, one fewer where the cut would split a surrogate pair. */
function clip(s: string, max: number): string {
  const cut = s.slice(0, max);
  return cut.isWellFormed() ? cut : cut.slice(0, -1);
}

/** C0 and C1 control characters other than tab: a one-line field (name, id, address) holds none. */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;

/** Publication dates outside this range are refused (PostgreSQL and JavaScript disagree on year 0 and before). */
export const MIN_PUBLISHED_AT = '1800-01-01';
export const MAX_PUBLISHED_AT = '2200-01-01';

/** What every string field must be: Unicode text without NUL. */
const unicode = (max: number) =>
  z
    .string()
    .max(max, `is longer than ${max.toLocaleString('en')} characters`)
    .refine((s) => !hasLoneSurrogate(s), 'holds an unpaired UTF-16 surrogate (not valid Unicode text)')
    .refine((s) => !s.includes('\u0000'), 'holds NUL bytes: binary data, not text');

const text = (max: number) => unicode(max).refine((s) => !HTML_TAG.test(s), 'looks like HTML markup: send the article as plain text');

/** A one-line field: also no control characters and no bidirectional-formatting controls. */
const line = (max: number) =>
  unicode(max)
    .refine((s) => !CONTROL.test(s), 'holds control characters (one line of text expected)')
    .refine((s) => !BIDI_CONTROL.test(s), 'holds bidirectional formatting controls (U+202A–202E, U+2066–2069)');

const publishedAt = z
  .string()
  .max(40, 'is longer than 40 characters')
  .pipe(z.iso.datetime({ offset: true }).or(z.iso.date()))
  .refine((s) => {
    const t = Date.parse(s);
    return Number.isFinite(t) && t >= Date.parse(MIN_PUBLISHED_AT) && t < Date.parse(MAX_PUBLISHED_AT);
  }, `must be a date from ${MIN_PUBLISHED_AT} to before ${MAX_PUBLISHED_AT}`);

/** Unknown keys are dropped: feeds carry extra metadata. */
export const ArticleInputSchema = z.object({
  title: text(MAX_TITLE_CHARS)
    .refine((s) => !BIDI_CONTROL.test(s), 'holds bidirectional formatting controls (U+202A–202E, U+2066–2069)')
    .optional(),
  text: text(MAX_TEXT_CHARS).refine((s) => s.trim().length > 0, 'is empty'),
  source: line(200).optional(),
  external_id: line(200).optional(),
  url: line(2_000).pipe(z.url({ protocol: /^https?$/ })).optional(),
  published_at: publishedAt.optional(),
  /** Language the sender declares (ISO 639-1 or 639-3); detection still runs. */
  language: z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code like "en" or "deu"').optional(),
});

export type ArticleInput = z.infer<typeof ArticleInputSchema>;

export type { NormalizedArticle } from '../db/repositories/articles.js';

export type ParseResult = { ok: true; article: NormalizedArticle } | { ok: false; reason: string };

/** sha256 of the normalised text: the idempotency key. */
export function contentHash(normalizedText: string): string {
  return createHash('sha256').update(normalizedText, 'utf8').digest('hex');
}

export function parseArticleInput(raw: unknown): ParseResult {
  const parsed = ArticleInputSchema.safeParse(raw);
  if (!parsed.success) {
    const reason = parsed.error.issues
      .map((i) => (i.path.length ? `${i.path.join('.')} ${i.message}` : i.message))
      .join('; ');
    return { ok: false, reason };
  }
  const input = parsed.data;
  const body = normalizeText(input.text);
  if (!/\p{L}/u.test(body)) return { ok: false, reason: 'text has no letters' };
  const firstLine = body.trimStart().split('\n', 1)[0] ?? '';
  // A title taken from the text's first line loses any bidi controls; cuts never split a surrogate pair.
  const title = clip(normalizeText(input.title ?? firstLine.replace(BIDI_CONTROL_ALL, '')).trim(), MAX_TITLE_CHARS);
  return {
    ok: true,
    article: {
      contentHash: contentHash(body),
      title: title || clip(firstLine.replace(BIDI_CONTROL_ALL, ''), 80),
      text: body,
      source: input.source ?? null,
      externalId: input.external_id ?? null,
      url: input.url ?? null,
      publishedAt: input.published_at ? new Date(input.published_at) : null,
      declaredLanguage: input.language ?? null,
    },
  };
}
