import { describe, expect, it } from 'vitest';
import type { ArticleRow, NumberRow } from '../../../db/schema.js';
import { escapeHtml, renderArticlePage } from '../../../workers/pages.js';

const text = 'UzAuto <b>Motors</b> made 2,700 cars 🚗 in Asaka.';
const article = {
  id: 7,
  title: 'Cars & <plants>',
  text,
  language: 'eng',
  languageConfidence: 0.99,
  status: 'processed',
  pipelineVersion: '0.1.0',
  source: null,
} as unknown as ArticleRow;

describe('renderArticlePage', () => {
  it('escapes the text and wraps each fact without changing the visible text', () => {
    const html = renderArticlePage({
      article,
      mentions: [
        { id: 1, type: 'ORG', text: 'UzAuto <b>Motors</b>', start_offset: 0, end_offset: 'UzAuto <b>Motors</b>'.length, confidence: 0.93, extractor: 'ner-model', entity_id: 3, canonical_name: 'UzAuto Motors' },
        { id: 2, type: 'GPE', text: 'Asaka', start_offset: text.indexOf('Asaka'), end_offset: text.indexOf('Asaka') + 5, confidence: 0.8, extractor: 'gazetteer', entity_id: 4, canonical_name: 'Asaka' },
      ],
      numbers: [
        { startOffset: text.indexOf('2,700'), endOffset: text.indexOf(' 🚗'), kind: 'count', value: 2700, valueHigh: null, unit: 'car', currency: null, date: null, ambiguous: null } as NumberRow,
      ],
      events: [],
    });
    expect(html).toContain('<title>Cars &amp; &lt;plants&gt; · newsflow</title>');
    expect(html).toContain('title="ORG → UzAuto Motors (entity 3), confidence 0.93, ner-model">UzAuto &lt;b&gt;Motors&lt;/b&gt;</span>');
    expect(html).toContain('<span class="n" title="count: 2700 car">2,700 cars</span>');
    expect(html).toContain('🚗 in <span class="m t-GPE"');
    const body = /<div class="text" id="article-text">(.*?)<\/div>/s.exec(html)![1]!;
    const visible = body.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(visible).toBe(text);
  });

  it('escapes every HTML special character', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
