import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startPreview } from './support/browser.ts';

// The panels and controls of the built app in Chromium, where jsdom differs: segmented date
// inputs, sticky headers and scrolling, table layout on a laptop and a phone, dark mode.

const LAPTOP = { width: 1280, height: 800 };

let server: PreviewServer;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, url: baseUrl } = await startPreview(process.env.QG_DIST ?? 'dist'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(path = '/', options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: LAPTOP, locale: 'en-US', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(new URL(path, baseUrl).href);
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
    await closePage(page);
  });
});
