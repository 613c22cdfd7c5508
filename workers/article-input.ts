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

const text = (max: number) =>
  z
    .string()
    .max(max, `is longer than ${max.toLocaleString('en')} characters`)
    .refine((s) => !hasLoneSurrogate(s), 'holds an unpaired UTF-16 surrogate (not valid Unicode text)')
    .refine((s) => !s.includes('\u0000'), 'holds NUL bytes: binary data, not text')
    .refine((s) => !HTML_TAG.test(s), 'looks like HTML markup: send the article as plain text');

/** Unknown keys are dropped: feeds carry extra metadata. */
export const ArticleInputSchema = z.object({
  title: text(MAX_TITLE_CHARS).optional(),
  text: text(MAX_TEXT_CHARS).refine((s) => s.trim().length > 0, 'is empty'),
  source: z.string().max(200).optional(),
  external_id: z.string().max(200).optional(),
  url: z.url({ protocol: /^https?$/ }).max(2_000).optional(),
  published_at: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
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
  const title = normalizeText(input.title ?? firstLine).trim().slice(0, MAX_TITLE_CHARS);
  return {
    ok: true,
    article: {
      contentHash: contentHash(body),
      title: title || firstLine.slice(0, 80),
      text: body,
      source: input.source ?? null,
      externalId: input.external_id ?? null,
      url: input.url ?? null,
      publishedAt: input.published_at ? new Date(input.published_at) : null,
      declaredLanguage: input.language ?? null,
    },
  };
}
