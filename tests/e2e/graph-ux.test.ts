import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startPreview } from './support/browser.ts';

// The graph view's small-but-visible behaviour in a real browser (the built app, bundled
// corpus): tooltip and panel steadiness, keyboard focus among actors, how doubtful actors
// are drawn. Screenshots go to tests/e2e/screenshots/graph-*.png.

const SHOTS = 'tests/e2e/screenshots';

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

async function openPage(path = '/', viewport = { width: 1366, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(new URL(path, baseUrl).href);
  await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0, null, {
    timeout: 15_000,
  });
  return page;
}

const actorButton = (page: Page, name: string) =>
  page
    .getByRole('group', { name: /^Actors/ })
    .getByRole('button', { name: new RegExp(`^${name},`) });

/** Centre of an actor's node on screen (its button lies over the drawn disc). */
async function nodeCentre(page: Page, name: string): Promise<{ x: number; y: number }> {
  const box = await actorButton(page, name).boundingBox();
  if (!box) throw new Error(`${name} has no box in the graph`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('graph view steadiness', () => {
  it('hides the hover tooltip when a node is clicked, without waiting for the pointer to move', async () => {
    const page = await openPage();
    const tooltip = page.locator('.qg-graph__tooltip');
    const { x, y } = await nodeCentre(page, 'NATO');
    await page.mouse.move(x, y);
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toMatch(/^NATO/);
    await page.mouse.click(x, y);
    await page.getByRole('heading', { level: 2, name: 'NATO' }).waitFor();
    expect(await tooltip.isVisible()).toBe(false);
    await page.close();
  });

  it('keeps the side panel one width across overview, actor and article, so the graph stays put', async () => {
    const page = await openPage();
    const panel = page.getByRole('complementary', { name: 'Details' });
    const canvas = page.locator('canvas');
    const widths: number[] = [];
    const canvasWidths: number[] = [];
    const measure = async () => {
      widths.push((await panel.boundingBox())?.width ?? -1);
      canvasWidths.push((await canvas.boundingBox())?.width ?? -1);
    };
    await measure();
    await actorButton(page, 'Sergey Lavrov').click();
    await page.getByRole('heading', { level: 2, name: 'Sergey Lavrov' }).waitFor();
    await measure();
    await page
      .getByRole('button', { name: /open in article/i })
      .first()
      .click();
    await page.locator('mark').first().waitFor();
    await measure();
    expect(new Set(widths).size).toBe(1);
    expect(new Set(canvasWidths).size).toBe(1);
    expect(widths[0]).toBeGreaterThan(300);
    await page.close();
  });
});
