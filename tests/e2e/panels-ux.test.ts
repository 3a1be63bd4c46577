import AxeBuilder from '@axe-core/playwright';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveBuiltApp } from './support/built-app.ts';

// The panels and controls of the built app in Chromium, where jsdom differs: segmented date
// inputs, sticky headers and scrolling, table layout on a laptop and a phone, dark mode.

const SHOTS = 'tests/e2e/screenshots';
const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const app = serveBuiltApp();

async function openPage(path = '/', options: BrowserContextOptions = {}): Promise<Page> {
  const context = await app.browser.newContext({ viewport: LAPTOP, locale: 'en-US', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(new URL(path, app.baseUrl).href);
  await page.waitForFunction(() => performance.getEntriesByName('corpus:loaded').length > 0, null, {
    timeout: 15_000,
  });
  return page;
}

function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

async function closePage(page: Page): Promise<void> {
  expect(pageErrors(page)).toEqual([]);
  await page.context().close();
}

function search(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

describe('date filters in Chromium', () => {
  it('types 10012021 into the month segment of From and commits 2021-10-01', async () => {
    const page = await openPage('/');
    const from = page.getByLabel('From', { exact: true });
    const box = await from.boundingBox();
    if (!box) throw new Error('From has no box');
    // The month is the first segment of an en-US date input (mm/dd/yyyy).
    await page.mouse.click(box.x + 14, box.y + box.height / 2);
    await page.keyboard.type('10012021', { delay: 40 });
    await expect.poll(() => search(page).get('from')).toBe('2021-10-01');
    expect(await from.inputValue()).toBe('2021-10-01');
    // No intermediate year (0002, 0020, 0202) ever reached the URL's history entry.
    expect(page.url()).not.toMatch(/from=0/);

    // A date left without its year is named when the field is left, and not applied.
    const to = page.getByLabel('To', { exact: true });
    const toBox = await to.boundingBox();
    if (!toBox) throw new Error('To has no box');
    await page.mouse.click(toBox.x + 14, toBox.y + toBox.height / 2);
    await page.keyboard.type('1231', { delay: 40 });
    await page.getByRole('heading', { name: 'Overview' }).click();
    const alert = page.getByRole('group', { name: 'Filters' }).getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toBe('Enter a complete “To” date: day, month and a 4-digit year.');
    expect(await to.getAttribute('aria-describedby')).toBe(await alert.getAttribute('id'));
    expect(search(page).get('to')).toBeNull();
    await closePage(page);
  });
});

/** Where an element is on screen, or null when it has no box. */
async function rect(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  }, selector);
}

describe('article reader in Chromium', () => {
  const DEEP_LINK = '/?actor=sergey-lavrov&quote=001_88260169c3366fe2%238';
  for (const [name, viewport] of [
    ['laptop', LAPTOP],
    ['phone', PHONE],
  ] as const) {
    it(`keeps the title, Back and Close in view and the quote below them (${name})`, async () => {
      const page = await openPage(DEEP_LINK, { viewport, reducedMotion: 'reduce' });
      const reader = page.getByRole('article', { name: /^Article: / });
      const mark = reader.locator('mark').first();
      await mark.waitFor();
      // Let the scroll (instant with reduced motion) and any late layout settle.
      await page.waitForTimeout(300);
      const heading = reader.getByRole('heading', { level: 2 });
      const inViewport = async (box: { y: number; height: number } | null) =>
        box !== null && box.y >= 0 && box.y + box.height <= viewport.height;
      expect(await inViewport(await heading.boundingBox())).toBe(true);
      for (const button of [/^Back to /, 'Close panel']) {
        const box = await page.getByRole('button', { name: button }).boundingBox();
        expect(await inViewport(box), String(button)).toBe(true);
      }
      const head = await rect(page, '.reader__head');
      const text = await rect(page, '.reader__text');
      const marked = await mark.boundingBox();
      if (!head || !text || !marked) throw new Error('reader parts have no box');
      const visibleTop = Math.max(head.bottom, text.top);
      const visibleBottom = Math.min(viewport.height, text.bottom);
      expect(marked.y).toBeGreaterThanOrEqual(visibleTop - 1);
      expect(marked.y + marked.height).toBeLessThanOrEqual(visibleBottom + 1);
      // Centred in what the header leaves, unless the text cannot scroll that far.
      const scroller = await page.evaluate(() => {
        const text = document.querySelector('.reader__text') as HTMLElement;
        const el = text.scrollHeight > text.clientHeight ? text : document.documentElement;
        return { atEnd: el.scrollTop + el.clientHeight >= el.scrollHeight - 2 };
      });
      if (!scroller.atEnd) {
        const offCentre = marked.y + marked.height / 2 - (visibleTop + visibleBottom) / 2;
        expect(Math.abs(offCentre)).toBeLessThan((visibleBottom - visibleTop) * 0.1);
      }
      await page.screenshot({ path: `${SHOTS}/article-${name}.png` });
      await closePage(page);
    });
  }
});

describe('list view in Chromium', () => {
  for (const [name, viewport] of [
    ['laptop', LAPTOP],
    ['phone', PHONE],
  ] as const) {
    it(`fits every column without horizontal overflow (${name})`, async () => {
      const page = await openPage('/?view=list', { viewport });
      await page.getByRole('table', { name: /^Actors/ }).waitFor();
      const layout = await page.evaluate(() => {
        const doc = document.documentElement;
        const wraps = [...document.querySelectorAll<HTMLElement>('.table-wrap')];
        const clipped: string[] = [];
        for (const wrap of wraps) {
          const box = wrap.getBoundingClientRect();
          if (wrap.scrollWidth > wrap.clientWidth + 1) clipped.push(`wrap scrolls sideways`);
          for (const cell of wrap.querySelectorAll<HTMLElement>('tbody th, tbody td, thead th')) {
            if (cell.closest('.spacer-row')) continue;
            const r = cell.getBoundingClientRect();
            const text = cell.textContent?.trim() ?? '';
            if (r.width === 0 || r.height === 0) clipped.push(`${text}: no box`);
            else if (r.left < box.left - 1 || r.right > box.right + 1) {
              clipped.push(`${text}: ${Math.round(r.left)}–${Math.round(r.right)} outside`);
            }
          }
        }
        return {
          pageOverflow: doc.scrollWidth - doc.clientWidth,
          wraps: wraps.length,
          clipped: clipped.slice(0, 5),
        };
      });
      expect(layout.wraps).toBe(2);
      expect(layout.pageOverflow).toBeLessThanOrEqual(0);
      expect(layout.clipped).toEqual([]);
      // Every count of the first row is on screen with its column's name.
      const first = page
        .getByRole('table', { name: /^Actors/ })
        .getByRole('row')
        .nth(1);
      for (const cell of await first.getByRole('cell').all()) {
        expect(await cell.isVisible()).toBe(true);
      }
      await page.screenshot({ path: `${SHOTS}/list-${name}.png` });
      await closePage(page);
    });
  }
});

async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0, null, {
    timeout: 15_000,
  });
  // The full frame follows the first (cheap) one.
  await page.waitForTimeout(300);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The canvas pixel at the centre of an actor's node, as [r, g, b]. */
async function nodePixel(page: Page, name: string): Promise<[number, number, number]> {
  const button = page
    .getByRole('group', { name: /^Actors/ })
    .getByRole('button', { name: new RegExp(`^${name},`) });
  const box = await button.boundingBox();
  if (!box) throw new Error(`${name} has no box in the graph`);
  return page.evaluate(
    ({ x, y }) => {
      const canvas = document.querySelector('canvas');
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return [0, 0, 0] as [number, number, number];
      const r = canvas.getBoundingClientRect();
      const dpr = canvas.width / r.width;
      const d = ctx.getImageData(
        Math.round((x - r.left) * dpr),
        Math.round((y - r.top) * dpr),
        1,
        1,
      ).data;
      return [d[0] ?? 0, d[1] ?? 0, d[2] ?? 0] as [number, number, number];
    },
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
}

const near = (a: readonly number[], hex: string) => {
  const b = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= 12);
};

describe('dark mode in Chromium', () => {
  it('follows prefers-color-scheme, canvas included, and passes axe', async () => {
    const page = await openPage('/', { colorScheme: 'dark' });
    await waitForGraph(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const graphBackground = await page.evaluate(
      () => getComputedStyle(document.querySelector('.qg-graph') as Element).backgroundColor,
    );
    expect(graphBackground).toBe('rgb(20, 24, 30)');
    expect(near(await nodePixel(page, 'Sergey Lavrov'), '#56B4E9')).toBe(true);
    expect(near(await nodePixel(page, 'NATO'), '#E69F00')).toBe(true);
    await page.screenshot({ path: `${SHOTS}/dark-overview.png` });
    expect(await seriousViolations(page)).toEqual([]);

    await page
      .getByRole('group', { name: /^Actors/ })
      .getByRole('button', { name: /^Sergey Lavrov,/ })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Sergey Lavrov' }).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/dark-actor.png` });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Open in article' }).first().click();
    await page.locator('mark').first().waitFor();
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${SHOTS}/dark-article.png` });
    expect(await seriousViolations(page)).toEqual([]);
    await closePage(page);
  });

  it('passes axe in the dark list view, on a phone too, and in the empty filter state', async () => {
    for (const viewport of [LAPTOP, PHONE]) {
      const page = await openPage('/?view=list', { colorScheme: 'dark', viewport });
      await page.getByRole('table', { name: /^Actors/ }).waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await seriousViolations(page)).toEqual([]);
      await closePage(page);
    }
    const page = await openPage('/?kind=mixed&to=2021-09-01', { colorScheme: 'dark' });
    await page.getByRole('region', { name: 'No quotes match these filters' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await closePage(page);
  });

  it('the theme choice overrides the system, redraws the canvas and is remembered', async () => {
    const page = await openPage('/?actor=sergey-lavrov', { colorScheme: 'dark' });
    await waitForGraph(page);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.waitForTimeout(300);
    expect(near(await nodePixel(page, 'NATO'), '#D55E00')).toBe(true);
    expect(page.url()).not.toContain('theme');
    await page.reload();
    await waitForGraph(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await page.getByRole('combobox', { name: 'Theme' }).inputValue()).toBe('light');
    expect(await seriousViolations(page)).toEqual([]);
    await closePage(page);
  });
});

describe('filters in Chromium', () => {
  it('shows an empty state with Clear filters instead of a blank canvas', async () => {
    const page = await openPage('/?kind=mixed&to=2021-09-01');
    const empty = page.getByRole('region', { name: 'No quotes match these filters' });
    await empty.waitFor();
    expect(await empty.isVisible()).toBe(true);
    // An empty view is a finished view: outside checks waiting for graph:ready are not left hanging.
    await waitForGraph(page);
    await page.screenshot({ path: `${SHOTS}/empty-filters.png` });
    expect(await seriousViolations(page)).toEqual([]);
    // Every dated article is later; the undated ones are offered.
    await expect.poll(() => empty.textContent()).toMatch(/leaves out \d+ quotes? from undated/);
    await empty.getByRole('button', { name: 'Clear filters' }).click();
    await waitForGraph(page);
    expect(search(page).toString()).toBe('');
    expect(await empty.count()).toBe(0);
    await closePage(page);
  });
});

describe('search in Chromium', () => {
  it('finds Sergey Lavrov typed in Cyrillic, in the bundled corpus', async () => {
    const page = await openPage('/');
    const box = page.getByRole('combobox', { name: /^Search/ });
    await box.click();
    await box.pressSequentially('Лавров', { delay: 30 });
    const results = page.getByRole('listbox', { name: 'Search results' });
    await expect
      .poll(() => results.getByRole('option', { name: /^Sergey Lavrov/ }).count(), {
        timeout: 10_000,
      })
      .toBeGreaterThan(0);
    await closePage(page);
  });
});
