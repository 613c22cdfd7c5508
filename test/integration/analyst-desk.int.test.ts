/**
 * The analyst desk (events and entities across the corpus, charts, exports) in a real headless
 * Chromium, served without Redis (the `newsflow ui` server) over the seeds processed into
 * PostgreSQL, behind the bearer token. Every expectation is checked against SQL written here,
 * independently of the repositories. Screenshots go to reports/screenshots/.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { sql, type SQL } from 'drizzle-orm';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../cli/sources.js';
import { rowsOf } from '../../db/client.js';
import { forEachEventBatch } from '../../db/repositories/analyst-events.js';
import { loadNerModel } from '../../pipeline/entities/ner-model.js';
import { enqueueArticles } from '../../workers/enqueue.js';
import { createLogger } from '../../workers/logger.js';
import { InlineQueue } from '../../workers/article-queue.js';
import { buildServer } from '../../workers/server.js';
import { createTestDatabase, type TestDatabase } from '../helpers/services.js';

const TOKEN = 'analyst-desk-token-0123456789';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = new URL('../../reports/screenshots/', import.meta.url).pathname;

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      (field = ''), (record = []), i++;
    } else field += c;
  }
  if (field || record.length) record.push(field), records.push(record);
  return records;
}

describe('analyst desk in Chromium, without Redis', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof buildServer>>;
  let base: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const query = async <T>(q: SQL) => rowsOf<T>(await database.db.execute(q));
  const ids = async (q: SQL) => (await query<{ id: number }>(q)).map((r) => Number(r.id));
  /** Event ids of the events table's rows, in order (from each row's link to its evidence). */
  const pageEventIds = () =>
    page.$$eval('#events-table tbody tr a.evidence', (as) => as.map((a) => Number(new URL(a.getAttribute('href')!, 'http://x').searchParams.get('event'))));
  const get = async (path: string) => {
    const res = await context.request.get(`${base}${path}`);
    expect(res.status(), path).toBe(200);
    return res;
  };

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
    database = await createTestDatabase();
    const inline = new InlineQueue({ db: database.db, ner: await loadNerModel() });
    await enqueueArticles(await readSources([new URL('../../seeds', import.meta.url).pathname]), { db: database.db, queue: inline });
    app = await buildServer({ db: database.db, token: TOKEN, host: '127.0.0.1', log: createLogger('silent') });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    context = await browser.newContext({ extraHTTPHeaders: { Authorization: `Bearer ${TOKEN}` }, viewport: { width: 1100, height: 760 } });
    page = await context.newPage();
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
    await database?.drop();
  });

  it('keeps the token rules: pages and exports need it; there is no board without Redis', async () => {
    for (const path of ['/', '/events', '/entities', '/events.csv', '/entities.json', '/articles.csv', '/entities/1']) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(401);
    }
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const auth = { headers: { Authorization: `Bearer ${TOKEN}` } };
    expect((await fetch(`${base}/board`, auth)).status).toBe(404);
    const metrics = await fetch(`${base}/metrics`, auth);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toMatch(/^newsflow_rows\{table="articles"\} 5$/m);
    expect((await fetch(`${base}/events?from=2023-13`, auth)).status).toBe(400);
  });

  it('lists every seed event, and the filters change the rows as SQL says they should', async () => {
    await page.goto(`${base}/events?per=500`);
    const all = await ids(sql`SELECT id::int AS id FROM events`);
    expect(all.length).toBeGreaterThan(30);
    expect((await pageEventIds()).sort((a, b) => a - b)).toEqual(all.sort((a, b) => a - b));
    await page.screenshot({ path: `${SCREENSHOTS}events.png` });

    // Through the form, as a person would: type = production.
    await page.selectOption('select[name=type]', 'production');
    await page.click('form.filters button[type=submit]');
    await page.waitForURL(/type=production/);
    const production = await ids(sql`SELECT id::int AS id FROM events WHERE type = 'production'`);
    expect(production.length).toBeGreaterThan(0);
    expect(production.length).toBeLessThan(all.length);
    expect((await pageEventIds()).sort((a, b) => a - b)).toEqual(production.sort((a, b) => a - b));

    const cases: Array<[string, SQL]> = [
      // An alias that is not the canonical name ('UzAvto motors' is linked to 'UzAuto Motors').
      ['entity=uzavto', sql`SELECT DISTINCT p.event_id::int AS id FROM event_participants p JOIN entities e ON e.id = p.entity_id
        WHERE lower(e.canonical_name) LIKE '%uzavto%' OR e.id IN (SELECT entity_id FROM entity_aliases WHERE lower(alias) LIKE '%uzavto%')`],
      ['modality=planned', sql`SELECT id::int AS id FROM events WHERE modality = 'planned'`],
      ['language=deu', sql`SELECT ev.id::int AS id FROM events ev JOIN articles a ON a.id = ev.article_id WHERE a.language = 'deu'`],
      ['country=KZ', sql`SELECT ev.id::int AS id FROM events ev LEFT JOIN entities l ON l.id = ev.location_entity_id
        WHERE l.country = 'KZ' OR EXISTS (SELECT 1 FROM event_participants p JOIN entities e ON e.id = p.entity_id WHERE p.event_id = ev.id AND e.country = 'KZ')`],
      ['from=2023&to=2023-12', sql`SELECT id::int AS id FROM events WHERE time LIKE '2023%'`],
      ['q=export', sql`SELECT id::int AS id FROM events WHERE evidence_text ~* '(^|[^[:alnum:]])export'`],
      ['type=production_target&from=2023', sql`SELECT id::int AS id FROM events WHERE type = 'production_target' AND time ~ '^[0-9]{4}' AND left(time, 4) >= '2023'`],
    ];
    for (const [qs, expected] of cases) {
      await page.goto(`${base}/events?per=500&${qs}`);
      const want = (await ids(expected)).sort((a, b) => a - b);
      expect(want.length, qs).toBeGreaterThan(0);
      expect(want.length, qs).toBeLessThan(all.length);
      expect((await pageEventIds()).sort((a, b) => a - b), qs).toEqual(want);
    }
    await page.goto(`${base}/events?type=production_target&modality=planned&q=cars&sort=amount&dir=desc`);
    await page.screenshot({ path: `${SCREENSHOTS}events-filtered.png` });
  });

  it('lists the articles with filters, and exports the same rows', async () => {
    const articleIds = () =>
      page.$$eval('#articles-table tbody tr td:first-child', (tds) => tds.map((td) => Number(td.textContent)));
    await page.goto(`${base}/`);
    expect(await articleIds()).toEqual(await ids(sql`SELECT id::int AS id FROM articles ORDER BY id DESC`));
    const cases: Array<[string, SQL]> = [
      ['language=deu', sql`SELECT id::int AS id FROM articles WHERE language = 'deu' ORDER BY id DESC`],
      ['entity=uzavto', sql`SELECT id::int AS id FROM articles a WHERE EXISTS (SELECT 1 FROM mentions m JOIN entities e ON e.id = m.entity_id
        WHERE m.article_id = a.id AND (lower(e.canonical_name) LIKE '%uzavto%' OR e.id IN (SELECT entity_id FROM entity_aliases WHERE lower(alias) LIKE '%uzavto%'))) ORDER BY id DESC`],
      ['q=hajigabul', sql`SELECT id::int AS id FROM articles WHERE (title || ' ' || text) ~* '(^|[^[:alnum:]])hajigabul' ORDER BY id DESC`],
      ['sort=events&dir=asc', sql`SELECT id::int AS id FROM articles a ORDER BY (SELECT count(*) FROM events ev WHERE ev.article_id = a.id), id`],
    ];
    for (const [qs, expected] of cases) {
      await page.goto(`${base}/articles?${qs}`);
      const want = await ids(expected);
      expect(want.length, qs).toBeGreaterThan(0);
      expect(await articleIds(), qs).toEqual(want);
      const csv = parseCsv(await (await get(`/articles.csv?${qs}`)).text());
      expect(csv.slice(1).map((r) => Number(r[0])), qs).toEqual(want);
      const json = (await (await get(`/articles.json?${qs}`)).json()) as Array<{ article_id: number }>;
      expect(json.map((r) => r.article_id), qs).toEqual(want);
    }
    await page.goto(`${base}/articles?entity=uzbekistan`);
    await page.screenshot({ path: `${SCREENSHOTS}articles.png` });
  });

  it('sorts and pages', async () => {
    await page.goto(`${base}/events?sort=amount&dir=desc&per=500`);
    const amounts = await query<{ id: number; amount: number | null }>(sql`
      SELECT id::int AS id, coalesce(quantity, money_value) AS amount FROM events ORDER BY coalesce(quantity, money_value) DESC NULLS LAST, id DESC`);
    expect(await pageEventIds()).toEqual(amounts.map((r) => r.id));

    await page.goto(`${base}/events?per=7&sort=article`);
    const byArticle = await ids(sql`SELECT id::int AS id FROM events ORDER BY article_id, evidence_start, id`);
    expect(await pageEventIds()).toEqual(byArticle.slice(0, 7));
    await page.click('a[rel=next]');
    await page.waitForURL(/page=2/);
    expect(await pageEventIds()).toEqual(byArticle.slice(7, 14));
    await expect(page.locator('.pager span').first().innerText()).resolves.toContain(`page 2 of ${Math.ceil(byArticle.length / 7)}`);
  });

  it('links each row to its article with the evidence marked', async () => {
    await page.goto(`${base}/events?type=investment&per=500`);
    const first = page.locator('#events-table tbody tr a.evidence').first();
    const eventId = Number(new URL((await first.getAttribute('href'))!, base).searchParams.get('event'));
    await first.click();
    await page.waitForURL(/\/articles\/\d+\?event=\d+#evidence$/);
    const [ev] = await query<{ evidence_text: string; text: string }>(sql`
      SELECT ev.evidence_text, a.text FROM events ev JOIN articles a ON a.id = ev.article_id WHERE ev.id = ${eventId}`);
    expect(await page.locator('mark#evidence').innerText()).toBe(ev!.evidence_text);
    // Marking the evidence never changes the text, and the facts inside it stay highlighted.
    expect(await page.locator('#article-text').innerText()).toBe(ev!.text);
    expect(await page.locator('mark#evidence .m, mark#evidence .n').count()).toBeGreaterThan(0);
    await page.locator('mark#evidence').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${SCREENSHOTS}article-evidence.png` });
  });

  it("draws an entity's amounts per year whose bars are the SQL sums, with a table fallback", async () => {
    // The entity with the most dated amounts.
    const [top] = await query<{ entity_id: number }>(sql`
      SELECT p.entity_id::int AS entity_id FROM event_participants p JOIN events ev ON ev.id = p.event_id
      WHERE ev.quantity IS NOT NULL AND ev.unit IS NOT NULL AND ev.unit <> 'percent' AND ev.time ~ '^[0-9]{4}'
      GROUP BY 1 ORDER BY count(DISTINCT ev.id) DESC, 1 LIMIT 1`);
    const entityId = top!.entity_id;
    const sums = await query<{ type: string; unit: string; modality: string; year: string; total: number }>(sql`
      (SELECT ev.type, ev.unit, ev.modality, left(ev.time, 4) AS year, sum(ev.quantity)::float8 AS total
       FROM events ev WHERE ev.id IN (SELECT event_id FROM event_participants WHERE entity_id = ${entityId})
         AND ev.quantity IS NOT NULL AND ev.unit IS NOT NULL AND ev.unit <> 'percent' AND ev.time ~ '^[0-9]{4}' AND ev.modality <> 'negated'
       GROUP BY 1, 2, 3, 4)
      UNION ALL
      (SELECT ev.type, ev.money_currency, ev.modality, left(ev.time, 4), sum(ev.money_value)::float8
       FROM events ev WHERE ev.id IN (SELECT event_id FROM event_participants WHERE entity_id = ${entityId})
         AND (ev.quantity IS NULL OR ev.unit IS NULL) AND ev.money_value IS NOT NULL AND ev.money_currency IS NOT NULL
         AND ev.time ~ '^[0-9]{4}' AND ev.modality <> 'negated'
       GROUP BY 1, 2, 3, 4)`);
    expect(sums.length).toBeGreaterThan(0);

    await page.goto(`${base}/entities/${entityId}`);
    const bars = await page.$$eval('figure[data-family] rect.bar', (rects) =>
      rects.map((r) => {
        const fig = r.closest('figure')!;
        const [type, modality] = r.getAttribute('data-series')!.split(' · ');
        return {
          chart: `${fig.getAttribute('data-family')}|${fig.getAttribute('data-unit')}`,
          type: type!,
          unit: fig.getAttribute('data-unit')!,
          modality: modality!,
          year: r.getAttribute('data-category')!,
          total: Number(r.getAttribute('data-value')),
          height: Number(r.getAttribute('height')),
        };
      }),
    );
    const key = (x: { type: string; unit: string; modality: string; year: string }) => `${x.type}|${x.unit}|${x.modality}|${x.year}`;
    const expected = new Map(sums.map((s) => [key(s), s.total]));
    expect(new Map(bars.map((b) => [key(b), b.total]))).toEqual(expected);
    // A production target is drawn in the production chart.
    for (const b of bars) expect(b.chart).toBe(`${b.type === 'production_target' ? 'production' : b.type}|${b.unit}`);
    // Within a chart, a bar's height is proportional to its value.
    for (const b of bars) {
      const sameChart = bars.filter((o) => o.chart === b.chart);
      const ref = sameChart.reduce((m, o) => (o.total > m.total ? o : m));
      expect(b.height / ref.height).toBeCloseTo(b.total / ref.total, 2);
    }
    // Planned amounts are drawn differently from actual ones.
    const fills = await page.$$eval('figure[data-family] rect.bar', (rects) =>
      rects.map((r) => [r.getAttribute('data-series')!.split(' · ')[1], r.getAttribute('fill')!.replace(/-\d+\)$/, ')')] as const),
    );
    const planned = new Set(fills.filter(([m]) => m === 'planned').map(([, f]) => f));
    const actual = new Set(fills.filter(([m]) => m === 'actual').map(([, f]) => f));
    expect(planned.size + actual.size).toBeGreaterThan(0);
    for (const f of planned) expect(f).toMatch(/^url\(#amounts-\d+-hatch\)$/);
    for (const f of actual) expect(f).not.toMatch(/^url/);
    // Each chart has a title saying what is counted and the same numbers as a table.
    const figures = page.locator('figure[data-family]');
    expect(await figures.count()).toBe(new Set(bars.map((b) => b.chart)).size);
    for (const fig of await figures.all()) {
      await expect(fig.locator('svg > title').textContent()).resolves.toMatch(/ per year \(sum of the amounts of the events it takes part in; actual solid, planned hatched\)$/);
      const tableCells = await fig.locator('details table tbody td').allTextContents();
      expect(tableCells.length).toBeGreaterThan(0);
    }
    await expect(page.locator('#entity-events-per-month svg > title').textContent()).resolves.toMatch(/^Number of events of .+ per (month|year)/);
    await page.locator('h2', { hasText: 'Over time' }).evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: `${SCREENSHOTS}entity-charts.png` });

    // Its events on the events page: the same events as the entity page lists.
    const listed = await page.locator('h2', { hasText: /^Events \(\d+\)$/ }).innerText();
    await page.click('text=filter, sort and export these events');
    await page.waitForURL(new RegExp(`/events\\?entity_id=${entityId}$`));
    const own = await ids(sql`SELECT DISTINCT event_id::int AS id FROM event_participants WHERE entity_id = ${entityId}`);
    expect(listed).toBe(`Events (${own.length})`);
    expect((await pageEventIds()).sort((a, b) => a - b)).toEqual(own.sort((a, b) => a - b));
  });

  it('draws the filtered events per month as the SQL counts', async () => {
    for (const qs of ['', 'type=plant_launch']) {
      await page.goto(`${base}/events?${qs}`);
      const bars = await page.$$eval('#events-per-month rect.bar', (rects) =>
        rects.map((r) => [r.getAttribute('data-category')!, Number(r.getAttribute('data-value'))] as const),
      );
      const counts = await query<{ month: string; n: number }>(sql`
        SELECT left(time, 7) AS month, count(*)::int AS n FROM events
        WHERE time ~ '^[0-9]{4}-[0-9]{2}' AND (${qs === ''} OR type = 'plant_launch') GROUP BY 1`);
      expect(counts.length, qs).toBeGreaterThan(0);
      expect(new Map(bars), qs).toEqual(new Map(counts.map((c) => [c.month, c.n])));
    }
  });

  it("exports exactly the page's rows, in its order, as CSV and JSON", async () => {
    const qs = 'type=production_target&sort=amount&dir=desc';
    await page.goto(`${base}/events?${qs}&per=500`);
    const pageIds = await pageEventIds();
    const pageEvidence = await page.$$eval('#events-table tbody tr td:nth-child(9)', (tds) => tds.map((td) => td.textContent));
    expect(pageIds.length).toBeGreaterThan(3);
    const csv = parseCsv(await (await get(`/events.csv?${qs}`)).text());
    const header = csv[0]!;
    const rows = csv.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    expect(rows.map((r) => Number(r.event_id))).toEqual(pageIds);
    expect(rows.map((r) => r.evidence_text)).toEqual(pageEvidence);
    const json = (await (await get(`/events.json?${qs}`)).json()) as Array<{ event_id: number; evidence_text: string }>;
    expect(json.map((r) => r.event_id)).toEqual(pageIds);
    expect(json.map((r) => r.evidence_text)).toEqual(pageEvidence);

    // A later page is a slice of the export.
    await page.goto(`${base}/events?${qs}&per=2&page=2`);
    expect(await pageEventIds()).toEqual(pageIds.slice(2, 4));

    // The page's own download links carry its filters.
    const csvHref = await page.locator('a.export', { hasText: 'CSV' }).getAttribute('href');
    expect(csvHref).toBe(`/events.csv?${qs}`);

    // Entities likewise.
    await page.goto(`${base}/entities?type=GPE&sort=name&dir=asc&per=500`);
    const names = await page.$$eval('#entities-table tbody tr td:first-child', (tds) => tds.map((td) => td.textContent));
    const gpe = await query<{ canonical_name: string }>(sql`
      SELECT canonical_name FROM entities e WHERE type = 'GPE' AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id) ORDER BY canonical_name, id`);
    expect(names).toEqual(gpe.map((g) => g.canonical_name));
    const entityJson = (await (await get('/entities.json?type=GPE&sort=name&dir=asc')).json()) as Array<{ canonical_name: string }>;
    expect(entityJson.map((e) => e.canonical_name)).toEqual(names);
    const entityCsv = parseCsv(await (await get('/entities.csv?type=GPE&sort=name&dir=asc')).text());
    expect(entityCsv.slice(1).map((r) => r[2])).toEqual(names);
    await page.goto(`${base}/entities`);
    await page.screenshot({ path: `${SCREENSHOTS}entities.png` });
  });

  it('escapes what the reader typed', async () => {
    const evil = `"><script>window.pwned=1</script><img src=x onerror="window.pwned=2">`;
    await page.goto(`${base}/events?entity=${encodeURIComponent(evil)}&q=${encodeURIComponent(evil)}`);
    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('input[name=entity]').inputValue()).toBe(evil);
    expect(await page.locator('body script, body img').count()).toBe(0);
    await page.goto(`${base}/entities?name=${encodeURIComponent(evil)}`);
    expect(await page.locator('input[name=name]').inputValue()).toBe(evil);
    expect(await page.locator('body script, body img').count()).toBe(0);
  });

  it('streams a 100,000-row export from a cursor, a batch at a time', async () => {
    await database.db.execute(sql`
      INSERT INTO events (article_id, type, modality, time, quantity, unit, evidence_start, evidence_end, evidence_text, confidence, extractor_version, provenance)
      SELECT 1, 'synthetic', 'actual', '2024-01', g, 'car', 0, 10, 'row ' || g || ', "quoted"', 0.5, 'test', '{}'::jsonb
      FROM generate_series(1, 100000) g`);
    const sizes: number[] = [];
    await forEachEventBatch(database.db, { type: 'synthetic' }, { sort: 'amount', dir: 'asc' }, async (rows) => {
      sizes.push(rows.length);
    });
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(100_000);
    expect(Math.max(...sizes)).toBe(1000);
    expect(sizes.length).toBe(100);

    // Over HTTP: read the body as it comes, counting records and checking their order.
    const res = await fetch(`${base}/events.csv?type=synthetic&sort=amount`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="events.csv"');
    const decoder = new TextDecoder();
    let rest = '';
    let lines = 0;
    let chunks = 0;
    let last = 0;
    let ordered = true;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      chunks++;
      const parts = (rest + decoder.decode(chunk, { stream: true })).split('\r\n');
      rest = parts.pop()!;
      for (const line of parts) {
        if (lines++ === 0) continue;
        const quantity = Number(parseCsv(`${line}\r\n`)[0]![11]);
        if (quantity !== last + 1) ordered = false;
        last = quantity;
      }
    }
    expect(rest).toBe('');
    expect(lines).toBe(100_001);
    expect(ordered).toBe(true);
    expect(chunks).toBeGreaterThan(1);
  });
});
