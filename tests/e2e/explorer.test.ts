import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveBuiltApp } from './support/built-app.ts';

// Opens the built app (dist/, bundled corpus built from data/articles) in Debian's Chromium:
// what jsdom cannot show — real layout, canvas hit testing, zoom, history, axe, screenshots.

const SHOTS = 'tests/e2e/screenshots';

const app = serveBuiltApp();

async function openPage(path = '/', viewport = { width: 1366, height: 800 }): Promise<Page> {
  const context = await app.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(new URL(path, app.baseUrl).href);
  return page;
}

function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0, null, {
    timeout: 15_000,
  });
}

/** Centre of an actor's node on screen, read from the graph's accessible layer over the canvas. */
async function nodeCentre(page: Page, name: string): Promise<{ x: number; y: number }> {
  const graph = page.getByRole('group', { name: /^Actors/ });
  const box = await graph.getByRole('button', { name: new RegExp(`^${name},`) }).boundingBox();
  if (!box) throw new Error(`${name} has no box in the graph`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`);
}

describe('Quotegraph in Chromium', () => {
  it('records the load marks and shows the main actors of the bundled corpus', async () => {
    const page = await openPage();
    await waitForGraph(page);
    const marks = await page.evaluate(() =>
      performance.getEntriesByType('mark').map((m) => m.name),
    );
    expect(marks).toEqual(expect.arrayContaining(['corpus:loaded', 'graph:ready']));
    for (const name of [
      'Sergey Lavrov',
      'Jens Stoltenberg',
      'Joe Biden',
      'Anders Fogh Rasmussen',
    ]) {
      await expect
        .poll(() => page.getByRole('button', { name: new RegExp(`^${name}`) }).count())
        .toBeGreaterThan(0);
    }
    // The canvas really drew something: sample its pixels for non-background colour.
    const inked = await page.evaluate(() => {
      const canvas = document.querySelector('canvas');
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return 0;
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4 * 7) {
        if ((data[i + 3] ?? 0) > 0 && ((data[i] ?? 255) < 200 || (data[i + 2] ?? 255) < 200))
          count++;
      }
      return count;
    });
    expect(inked).toBeGreaterThan(500);
    await page.screenshot({ path: `${SHOTS}/overview.png` });
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('clicks Lavrov in the graph, opens one of his quotes in its article, highlighted, and goes Back', async () => {
    const page = await openPage();
    await waitForGraph(page);
    const { x, y } = await nodeCentre(page, 'Sergey Lavrov');
    await page.mouse.click(x, y);

    const heading = page.getByRole('heading', { level: 2, name: 'Sergey Lavrov' });
    await heading.waitFor();
    expect(page.url()).toContain('actor=sergey-lavrov');
    await page.screenshot({ path: `${SHOTS}/actor-lavrov.png` });
    expect(await seriousViolations(page)).toEqual([]);

    const firstQuote = page.getByRole('button', { name: /open in article/i }).first();
    await firstQuote.click();
    const mark = page.locator('mark').first();
    await mark.waitFor();
    const marked = (await mark.textContent()) ?? '';
    expect(marked.length).toBeGreaterThan(10);
    expect(page.url()).toContain('quote=');
    // The highlighted span is scrolled into the visible part of the page.
    await expect
      .poll(() =>
        mark.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.top < window.innerHeight;
        }),
      )
      .toBe(true);
    await page.screenshot({ path: `${SHOTS}/quote-in-article.png` });
    expect(await seriousViolations(page)).toEqual([]);

    await page.goBack();
    await heading.waitFor();
    expect(page.url()).not.toContain('quote=');
    expect(await page.locator('mark').count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('opens a deep link to a quote and shows the same view', async () => {
    const page = await openPage('/?actor=jens-stoltenberg');
    await page.getByRole('heading', { level: 2, name: 'Jens Stoltenberg' }).waitFor();
    await page
      .getByRole('button', { name: /open in article/i })
      .first()
      .click();
    await page.locator('mark').first().waitFor();
    const link = page.url();
    const marked = await page.locator('mark').first().textContent();

    const copy = await openPage(new URL(link).pathname + new URL(link).search);
    await copy.locator('mark').first().waitFor();
    expect(await copy.locator('mark').first().textContent()).toBe(marked);
    await copy.close();
    await page.close();
  });

  it('zooms with the wheel and still hit-tests nodes at their new place', async () => {
    const page = await openPage();
    await waitForGraph(page);
    const before = await nodeCentre(page, 'NATO');
    const canvas = await page.locator('canvas').boundingBox();
    if (!canvas) throw new Error('no canvas');
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(400);
    const after = await nodeCentre(page, 'NATO');
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeGreaterThan(5);
    await page.mouse.click(after.x, after.y);
    await page.getByRole('heading', { level: 2, name: 'NATO' }).waitFor();
    await page.getByRole('button', { name: /fit to view/i }).click();
    await page.screenshot({ path: `${SHOTS}/after-zoom.png` });
    await page.close();
  });

  it('shows the list view and the phone layout without serious accessibility problems', async () => {
    const page = await openPage('/?view=list');
    await page.getByRole('table', { name: /^Actors/ }).waitFor();
    await page.screenshot({ path: `${SHOTS}/list-view.png` });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();

    const phone = await openPage('/?actor=sergey-lavrov', { width: 390, height: 844 });
    await phone.getByRole('heading', { level: 2, name: 'Sergey Lavrov' }).waitFor();
    const panel = await phone
      .getByRole('heading', { level: 2, name: 'Sergey Lavrov' })
      .boundingBox();
    const canvas = await phone.locator('canvas').boundingBox();
    expect(panel && canvas && panel.y >= canvas.y + canvas.height - 1).toBe(true);
    await phone.screenshot({ path: `${SHOTS}/phone-actor.png`, fullPage: true });
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.close();
  });

  it('names the problem when the corpus is malformed, and runs no script from quote text', async () => {
    const page = await (await app.browser.newContext()).newPage();
    await page.route('**/broken.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"version": 1, "articles": [' }),
    );
    await page.goto(new URL('/?corpus=broken.json', app.baseUrl).href);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/not valid JSON/i);
    expect(await page.getByRole('button', { name: 'Retry' }).count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/error-bad-json.png` });
    await page.close();

    const hostile = await (await app.browser.newContext()).newPage();
    let dialogs = 0;
    hostile.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const payload = '<img src=x onerror=alert(1)>';
    const text = `Intro. "${payload} is what he wrote," said Jane Doe.`;
    const start = text.indexOf(payload);
    const corpus = {
      version: 1,
      articles: [{ id: 'a', file: 'a.txt', title: 'T', date: null, outlet: null, text }],
      actors: [
        { id: 'jane-doe', name: 'Jane Doe', kind: 'person', aliases: ['Jane Doe'], role: null },
      ],
      quotes: [
        {
          id: 'a#1',
          articleId: 'a',
          speakerId: 'jane-doe',
          text: `${payload} is what he wrote,`,
          kind: 'direct',
          start,
          end: start + payload.length + 17,
          cue: 'said',
          mentions: [],
        },
      ],
      rejected: [],
    };
    await hostile.route('**/hostile.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(corpus) }),
    );
    await hostile.goto(
      new URL('/?corpus=hostile.json&actor=jane-doe&quote=a%231', app.baseUrl).href,
    );
    await hostile.locator('mark').first().waitFor();
    expect(await hostile.locator('mark').first().textContent()).toContain(payload);
    expect(await hostile.locator('img').count()).toBe(0);
    expect(dialogs).toBe(0);
    await hostile.close();
  });
});
