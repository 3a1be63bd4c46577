import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, startPreview } from '../../../scripts/lib/browser.ts';

/** The built app served by `vite preview` and one Chromium, for one test file. */
export interface BuiltApp {
  readonly browser: Browser;
  /** The preview server's address, for `new URL(path, baseUrl)`. */
  readonly baseUrl: string;
}

/**
 * Registers the file's beforeAll/afterAll: serves `dist/` (or `QG_DIST`) and launches
 * Chromium once, closes both after the file's last test. Read the fields inside tests only.
 */
export function serveBuiltApp(): BuiltApp {
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  let baseUrl = '';
  beforeAll(async () => {
    ({ server, url: baseUrl } = await startPreview(process.env.QG_DIST ?? 'dist'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not running (read it inside a test)');
      return browser;
    },
    get baseUrl() {
      return baseUrl;
    },
  };
}

/** The desktop size most browser tests look at. */
export const DESKTOP_VIEWPORT = { width: 1366, height: 800 };

/**
 * Opens `path` of the built app in a fresh browser context (default: the desktop size) and
 * waits until the graph has drawn (`graph:ready`), as a user would before clicking on it.
 */
export async function openGraphPage(
  app: BuiltApp,
  path = '/',
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await app.browser.newContext({ viewport: DESKTOP_VIEWPORT, ...options });
  const page = await context.newPage();
  await page.goto(new URL(path, app.baseUrl).href);
  await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0, null, {
    timeout: 15_000,
  });
  return page;
}
