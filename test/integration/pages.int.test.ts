/**
 * The analyst pages in a real headless Chromium (Debian's `chromium` through playwright-core),
 * served by the real server over seeds processed into PostgreSQL, behind the bearer token.
 */
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../cli/sources.js';
import { loadNerModel } from '../../pipeline/entities/ner-model.js';
import { enqueueArticles } from '../../workers/enqueue.js';
import { createLogger } from '../../workers/logger.js';
import { InlineQueue } from '../../workers/article-queue.js';
import { buildServer } from '../../workers/server.js';
import type { TestDatabase } from '../helpers/services.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';

const TOKEN = 'pages-test-token-0123456789';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = new URL('../../reports/screenshots/', import.meta.url).pathname;

describe('article and entity pages in Chromium', () => {
  let stack: TestStack;
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof buildServer>>;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
    stack = await startTestStack({ workers: false });
    database = stack.database;
    const inline = new InlineQueue({ db: database.db, ner: await loadNerModel() });
    await enqueueArticles(await readSources([new URL('../../seeds', import.meta.url).pathname]), { db: database.db, queue: inline });
    const { connection, queue, persistQueue } = stack;
    app = await buildServer({ db: database.db, connection, queue, persistQueue, token: TOKEN, host: '127.0.0.1', log: createLogger('silent') });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await stack?.close();
  });

  it('refuses requests without the token', async () => {
    expect((await fetch(`${base}/articles/1`)).status).toBe(401);
    expect((await fetch(`${base}/board`)).status).toBe(401);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('shows an article with entities and numbers highlighted and its events', async () => {
    const context = await browser.newContext({ extraHTTPHeaders: { Authorization: `Bearer ${TOKEN}` } });
    const page = await context.newPage();
    const res = await page.goto(`${base}/articles/1`);
    expect(res?.status()).toBe(200);
    const org = page.locator('#article-text .m.t-ORG').first();
    await expect(org.getAttribute('title')).resolves.toMatch(/^ORG → .+ \(entity \d+\), confidence \d\.\d\d/);
    expect(await page.locator('#article-text .m').count()).toBeGreaterThan(10);
    expect(await page.locator('#article-text .n').count()).toBeGreaterThan(3);
    const background = (locator: Locator) => locator.evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).backgroundColor);
    const orgColour = await background(org);
    const gpeColour = await background(page.locator('#article-text .m.t-GPE').first());
    expect(orgColour).toMatch(/^rgb/);
    expect(orgColour).not.toBe(gpeColour);
    // The visible text is exactly the stored text: highlighting never changes it.
    const stored = (await database.db.query.articles.findFirst({ where: (a, { eq }) => eq(a.id, 1) }))!.text;
    expect(await page.locator('#article-text').innerText()).toBe(stored);
    await org.hover();
    await page.screenshot({ path: `${SCREENSHOTS}article.png`, fullPage: true });
    await context.close();
  });

  it('shows an entity with its aliases, events and merge reasons', async () => {
    const context = await browser.newContext({ extraHTTPHeaders: { Authorization: `Bearer ${TOKEN}` } });
    const page = await context.newPage();
    await page.goto(`${base}/articles/1`);
    await page.locator('a.m.t-ORG').first().click();
    await page.waitForURL(/\/entities\/\d+$/);
    await expect(page.locator('h2').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining(['Aliases', 'Articles', 'Merge decisions']),
    );
    expect(await page.locator('table').first().locator('tbody tr').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}entity.png`, fullPage: true });
    await context.close();
  });
});
