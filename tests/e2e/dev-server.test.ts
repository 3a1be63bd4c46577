import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { startDevServer } from './support/dev-server.ts';

// The README's first command, `npm start`, runs Vite's dev server: React's development build,
// where StrictMode mounts every component twice. The production build hides bugs that only
// this double mount shows (an empty canvas), so the main path runs here too.

const SHOTS = 'tests/e2e/screenshots';

let server: ViteDevServer;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, url: baseUrl } = await startDevServer());
  browser = await launchChromium();
  // The first visit makes Vite transform the modules and pre-bundle the dependencies (it may
  // reload the page once for that); the timed visits below measure the app, not that warm-up.
  const warm = await browser.newPage();
  await warm.goto(baseUrl);
  await warm
    .getByRole('button', { name: /^Sergey Lavrov,/ })
    .waitFor({ timeout: 60_000 })
    .catch(() => undefined);
  await warm.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(path = '/'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await page.goto(new URL(path, baseUrl).href);
  return page;
}

/** Canvas pixels (sampled) that are neither transparent nor near-white: what was drawn. */
function inkedPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || canvas.width === 0 || canvas.height === 0) return 0;
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let count = 0;
    for (let i = 0; i < data.length; i += 4 * 7) {
      if ((data[i + 3] ?? 0) > 0 && ((data[i] ?? 255) < 200 || (data[i + 2] ?? 255) < 200)) count++;
    }
    return count;
  });
}

describe('Quotegraph under the dev server (npm start)', () => {
  it('draws the graph (not a blank page), and a click on a node selects its actor', async () => {
    const page = await openPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // graph:ready is marked by the first drawn frame, so waiting for it is waiting for ink.
    const readyAt = await page
      .waitForFunction(
        () => {
          const mark = performance.getEntriesByName('graph:ready')[0];
          return mark ? mark.startTime : false;
        },
        null,
        // A bound on "it draws at all", not a speed target (those are in `npm run bench`): a
        // shared CI machine under load has taken 4 s for the dev server's first transform.
        { timeout: 20_000 },
      )
      .then((handle) => handle.jsonValue());
    console.info(`dev server: graph:ready at ${Math.round(Number(readyAt))} ms`);
    expect(readyAt).toBeLessThan(20_000);
    await expect.poll(() => inkedPixels(page), { timeout: 3000 }).toBeGreaterThan(500);
    await page.screenshot({ path: `${SHOTS}/dev-server-overview.png` });

    // A click where the node is drawn selects it (the button layer lies over the disc).
    const box = await page
      .getByRole('group', { name: /^Actors/ })
      .getByRole('button', { name: /^NATO,/ })
      .boundingBox();
    if (!box) throw new Error('NATO has no box in the graph');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByRole('heading', { level: 2, name: 'NATO' }).waitFor({ timeout: 3000 });
    expect(page.url()).toContain('actor=nato');
    expect(errors).toEqual([]);
    await page.close();
  });
});
