import { describe, expect, it } from 'vitest';
import { contentHash, MAX_TEXT_CHARS, parseArticleInput } from '../../../workers/article-input.js';

const reason = (raw: unknown) => {
  const r = parseArticleInput(raw);
  return r.ok ? null : r.reason;
};

describe('parseArticleInput', () => {
  it('normalises to NFC, takes the first line as title and hashes the text', () => {
    const r = parseArticleInput({ text: 'Mu\u0308nchen baut Autos\r\nZweite Zeile', published_at: '2023-06-14' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.text).toBe('München baut Autos\nZweite Zeile');
    expect(r.article.title).toBe('München baut Autos');
    expect(r.article.contentHash).toBe(contentHash('München baut Autos\nZweite Zeile'));
    expect(r.article.publishedAt?.toISOString()).toBe('2023-06-14T00:00:00.000Z');
  });

  it('gives the same hash to the same text in another Unicode form', () => {
    const a = parseArticleInput({ text: 'Usbekistan und Mu\u0308nchen' });
    const b = parseArticleInput({ text: 'Usbekistan und München' });
    expect(a.ok && b.ok && a.article.contentHash === b.article.contentHash).toBe(true);
  });

  it('refuses bad input with a reason', () => {
    expect(reason({ text: '' })).toBe('text is empty');
    expect(reason({ text: ' \n\t ' })).toBe('text is empty');
    expect(reason({ title: 'x' })).toMatch(/^text /);
    expect(reason({ text: 42 })).toMatch(/^text /);
    expect(reason(null)).toMatch(/expected object/);
    expect(reason({ text: 'a'.repeat(MAX_TEXT_CHARS + 1) })).toBe('text is longer than 200,000 characters');
    expect(reason({ text: 'bad \ud800 surrogate' })).toBe('text holds an unpaired UTF-16 surrogate (not valid Unicode text)');
    expect(reason({ text: 'zip\u0000\u0001data' })).toBe('text holds NUL bytes: binary data, not text');
    expect(reason({ text: '<p>Hello <script>alert(1)</script></p>' })).toBe('text looks like HTML markup: send the article as plain text');
    expect(reason({ text: '12 345 678' })).toBe('text has no letters');
    expect(reason({ text: 'ok text', url: 'javascript:alert(1)' })).toMatch(/^url /);
    expect(reason({ text: 'ok text', published_at: 'yesterday' })).toMatch(/^published_at /);
    expect(reason({ text: 'ok text', language: 'English' })).toBe('language must be an ISO 639 code like "en" or "deu"');
  });

  it('accepts emoji and astral characters', () => {
    expect(parseArticleInput({ text: 'Cars 🚗 sold 𝟘 times' }).ok).toBe(true);
  });
});
