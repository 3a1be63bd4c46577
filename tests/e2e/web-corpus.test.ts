import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveBuiltApp } from './support/built-app.ts';

// The bundled corpus in its web form (dist/web/, written by `npm run corpus`): the manifest,
// the head and quote shards at load, an article body only when a reader opens it.

const SHOTS = 'tests/e2e/screenshots';
const MANIFEST = '/?corpus=web/manifest.json';

const app = serveBuiltApp();

/** A fresh page that records which web corpus files it asked for (the worker's too). */
async function openPage(): Promise<{ page: Page; asked: string[] }> {
  const context = await app.browser.newContext({ viewport: { width: 1366, height: 800 } });
  const asked: string[] = [];
  context.on('request', (request) => {
    const match = /\/web\/([^/?]+)$/.exec(request.url());
    if (match?.[1]) asked.push(match[1]);
  });
  const page = await context.newPage();
  return { page, asked };
}

async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0, null, {
    timeout: 15_000,
  });
}

describe('the web corpus in Chromium', () => {
  it('draws the graph, shows an actor’s quotes and fetches a body when the article opens', async () => {
    const { page, asked } = await openPage();
    await page.goto(new URL(MANIFEST, app.baseUrl).href);
    await waitForGraph(page);
    expect(asked).toEqual(
      expect.arrayContaining(['manifest.json', 'head.json', 'quotes-000.json']),
    );
    expect(asked.filter((f) => f.startsWith('texts-'))).toEqual([]);

    const graph = page.getByRole('group', { name: /^Actors/ });
    await graph.getByRole('button', { name: /^Sergey Lavrov,/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Sergey Lavrov' }).waitFor();
    const quotes = page.getByRole('button', { name: /open in article/i });
    expect(await quotes.count()).toBeGreaterThan(0);

    await quotes.first().click();
    const mark = page.locator('mark').first();
    await mark.waitFor();
    expect(((await mark.textContent()) ?? '').length).toBeGreaterThan(10);
    expect(asked.filter((f) => f.startsWith('texts-'))).toEqual(['texts-000.json']);
    await page.screenshot({ path: `${SHOTS}/web-corpus-article.png` });
    await page.context().close();
  });

  it('draws the picture before any quote arrives, and opens the selection once they are in', async () => {
    const { page, asked } = await openPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.context().route('**/web/quotes-000.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(new URL(MANIFEST, app.baseUrl).href);
    await waitForGraph(page);
    expect(asked).toEqual(expect.arrayContaining(['head.json', 'graph.bin']));
    const status = page.getByRole('status').filter({ hasText: 'Loading the quotes' });
    expect(await status.count()).toBeGreaterThan(0);
    expect(await page.getByRole('textbox', { name: /search/i }).isDisabled()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/web-corpus-pending.png` });

    const graph = page.getByRole('group', { name: /^Actors/ });
    await graph.getByRole('button', { name: /^Sergey Lavrov,/ }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'The selection opens as soon as they are in' })
      .waitFor();
    release();
    await page.getByRole('heading', { level: 2, name: 'Sergey Lavrov' }).waitFor();
    expect(await page.getByRole('button', { name: /open in article/i }).count()).toBeGreaterThan(0);
    await page.getByRole('combobox', { name: /search/i }).waitFor();
    // A link drawn from graph.bin lists its quotes: their ids were written in on arrival.
    await page
      .getByRole('button', { name: /^\d+ quotes? / })
      .first()
      .click();
    const linkQuotes = page
      .locator('.edge-panel')
      .getByRole('button', { name: /open in article/i });
    await linkQuotes.first().waitFor();
    expect(await linkQuotes.count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('names the shard and the record when a quote shard is corrupt', async () => {
    const { page } = await openPage();
    await page.context().route('**/web/quotes-000.json', async (route) => {
      const response = await route.fetch();
      const shard = (await response.json()) as { quotes: Record<string, unknown>[] };
      const quote = shard.quotes[12];
      if (quote) quote.start = 'soon';
      await route.fulfill({ response, json: shard });
    });
    await page.goto(new URL(MANIFEST, app.baseUrl).href);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('quotes-000.json: quotes[12].start:');
    await page.screenshot({ path: `${SHOTS}/web-corpus-bad-shard.png` });
    await page.context().close();
  });
});
