import { describe, expect, it } from 'vitest';
import { searchQuery } from '../../../db/repositories/analyst-events.js';
import type { ArticleRow } from '../../../db/schema.js';
import { renderArticlePage } from '../../../workers/pages.js';
import { monthRange, niceMax, renderBarChart, yearRange } from '../../../workers/pages/charts.js';
import { eventsPerMonthChart } from '../../../workers/pages/events.js';
import { csvField, csvLine } from '../../../workers/pages/export.js';
import { markWords } from '../../../workers/pages/html.js';
import { BadQueryError, parseEntityQuery, parseEventQuery, queryString } from '../../../workers/pages/params.js';

describe('bar charts', () => {
  it('draws one rect per non-zero value, heights proportional to the values, and a table of the same numbers', () => {
    const svg = renderBarChart({
      id: 'c',
      title: 'Cars <produced> per year',
      categoryLabel: 'year',
      categories: ['2021', '2022', '2023'],
      series: [
        { name: 'actual', style: 'solid', values: [100, null, 300] },
        { name: 'planned', style: 'hatched', values: [null, 50, 0] },
      ],
    });
    expect(svg).toContain('<title id="c-title">Cars &lt;produced&gt; per year</title>');
    const rects = [...svg.matchAll(/<rect class="bar" data-category="(\d+)" data-series="(\w+)" data-value="([\d.]+)" x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)" ([^>]*)>/g)];
    expect(rects.map((r) => [r[1], r[2], Number(r[3])])).toEqual([
      ['2021', 'actual', 100],
      ['2023', 'actual', 300],
      ['2022', 'planned', 50],
    ]);
    const [h100, h300, h50] = rects.map((r) => Number(r[4]));
    expect(h300! / h100!).toBeCloseTo(3, 2);
    expect(h300! / h50!).toBeCloseTo(6, 2);
    expect(rects[2]![5]).toContain('url(#c-hatch-1)');
    expect(rects[0]![5]).not.toContain('url(');
    expect(svg).toMatch(/<tr><td>2021<\/td><td>100<\/td><td><\/td><\/tr><tr><td>2022<\/td><td><\/td><td>50<\/td><\/tr><tr><td>2023<\/td><td>300<\/td><td>0<\/td><\/tr>/);
  });

  it('rounds the axis up to 1, 2, 2.5 or 5 × 10^k', () => {
    expect([0, 0.7, 3, 21, 250, 251, 9_000_000].map(niceMax)).toEqual([1, 1, 5, 25, 250, 500, 10_000_000]);
  });

  it('fills the months and years between the first and the last', () => {
    expect(monthRange('2022-11', '2023-02')).toEqual(['2022-11', '2022-12', '2023-01', '2023-02']);
    expect(yearRange('2019', '2021')).toEqual(['2019', '2020', '2021']);
  });

  it('counts per month with gaps, per year beyond 20 years, and says what it left out', () => {
    const html = eventsPerMonthChart('m', 'events', { months: [{ month: '2023-01', events: 2 }, { month: '2023-03', events: 1 }], yearOnly: 4, undated: 5 });
    expect([...html.matchAll(/data-category="([\d-]+)" data-series="events" data-value="(\d+)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ['2023-01', '2'],
      ['2023-03', '1'],
    ]);
    expect(html).toContain('<tr><td>2023-01</td>');
    expect(html).not.toContain('<tr><td>2023-02</td>');
    expect(html).toContain('Number of events per month');
    expect(html).toContain('not drawn: 4 dated only to a year, 5 without a dated time');
    const long = eventsPerMonthChart('m', 'events', { months: [{ month: '1990-05', events: 1 }, { month: '2020-01', events: 3 }], yearOnly: 0, undated: 0 });
    expect(long).toContain('per year of');
    expect(long).toContain('data-category="2020" data-series="events" data-value="3"');
  });
});

describe('CSV', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvLine([1, 'a,b', 'say "hi"', null, 'two\nlines'])).toBe('1,"a,b","say ""hi""",,"two\nlines"\r\n');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('-2+3')).toBe('-2+3');
    expect(csvField('-x()')).toBe("'-x()");
    expect(csvField('- We plan to start')).toBe('- We plan to start');
    expect(csvField(-5)).toBe('-5');
  });
});

describe('query strings', () => {
  it('treats empty fields as absent and checks the others', () => {
    const q = parseEventQuery({ type: 'production', modality: '', country: 'kz', from: '2023', q: ' cars ', page: '2', per: '10', sort: 'amount', dir: 'desc' });
    expect(q.filter).toEqual({ type: 'production', country: 'KZ', from: '2023', q: 'cars' });
    expect([q.page, q.per, q.sort, q.dir]).toEqual([2, 10, 'amount', 'desc']);
    expect(parseEventQuery({}).sort).toBe('time');
    expect(parseEntityQuery({ type: 'ORG', min_articles: '2' }).filter).toEqual({ type: 'ORG', minArticles: 2 });
  });

  it('refuses bad values, naming the parameter', () => {
    expect(() => parseEventQuery({ from: '2023-13' })).toThrow(BadQueryError);
    expect(() => parseEventQuery({ from: '2023-13' })).toThrow(/^from: /);
    expect(() => parseEventQuery({ per: '100000' })).toThrow(/per: /);
    expect(() => parseEventQuery({ sort: 'evidence; DROP TABLE events' })).toThrow(/sort: /);
    expect(() => parseEntityQuery({ type: '<b>' })).toThrow(/type: /);
  });

  it('builds links without empty parameters', () => {
    expect(queryString({ type: 'a&b', page: undefined, q: '' })).toBe('?type=a%26b');
  });
});

describe('search', () => {
  it('passes only letters and digits to the tsquery, as prefixes', () => {
    expect(searchQuery("cars' | !(export)")).toBe('cars:* & export:*');
    expect(searchQuery('Автомобили Über')).toBe('Автомобили:* & Über:*');
    expect(searchQuery(':*&|')).toBeNull();
  });

  it('marks the words that start with a search word, escaping the rest', () => {
    expect(markWords('<b>Exports</b> & cars', ['export'])).toBe('&lt;b&gt;<mark>Exports</mark>&lt;/b&gt; &amp; cars');
  });
});

describe('evidence on the article page', () => {
  it('marks the evidence span, splitting a highlight that crosses its edge, without changing the text', () => {
    const text = 'First <one>. UzAuto Motors made cars. Last.';
    const start = text.indexOf('Motors');
    const end = text.indexOf(' Last');
    const html = renderArticlePage({
      article: { id: 1, title: 't', text, language: 'eng', languageConfidence: 1, status: 'processed', pipelineVersion: 'x', source: null } as unknown as ArticleRow,
      mentions: [{ id: 1, type: 'ORG', text: 'UzAuto Motors', start_offset: text.indexOf('UzAuto'), end_offset: start + 6, confidence: 0.9, extractor: 'x', entity_id: 2, canonical_name: 'UzAuto Motors' }],
      numbers: [],
      events: [],
      evidence: { start, end },
    });
    const body = /<div class="text" id="article-text">(.*?)<\/div>/s.exec(html)![1]!;
    expect(body).toMatch(/<span class="m t-ORG"[^>]*>UzAuto <\/span><mark id="evidence"><span class="m t-ORG"[^>]*>Motors<\/span> made cars.<\/mark> Last\./);
    const visible = body.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(visible).toBe(text);
  });
});
