import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openGraphPage, serveBuiltApp } from './support/built-app.ts';

// The timeline in a real browser on the bundled corpus: brushing with the mouse and the
// keyboard filters the graph and the list through the URL, the layout stays put, and the panel
// collapses on a phone. Screenshots go to tests/e2e/screenshots/timeline-*.png.

const SHOTS = 'tests/e2e/screenshots';
const app = serveBuiltApp();

function openPage(path = '/', viewport = { width: 1366, height: 800 }): Promise<Page> {
  return openGraphPage(app, path, { viewport });
}

const params = (page: Page) => new URL(page.url()).searchParams;
const actorNames = async (page: Page) =>
  (
    await page
      .getByRole('group', { name: /^Actors/ })
      .getByRole('button')
      .allTextContents()
  ).sort();
const centreOf = async (page: Page, name: string) => {
  const box = await page
    .getByRole('group', { name: /^Actors/ })
    .getByRole('button', { name: new RegExp(`^${name},`) })
    .boundingBox();
  if (!box) throw new Error(`${name} is not drawn`);
  return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
};

describe('timeline', () => {
  it('brushing with the mouse filters the graph and the list; nothing moves', async () => {
    const page = await openPage();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.waitFor();
    await expect.poll(() => timeline.getByRole('status').textContent()).toMatch(/dated statements/);
    await page.screenshot({ path: `${SHOTS}/timeline-desktop.png` });
    const namesBefore = await actorNames(page);
    const positions = async () => ({
      lavrov: await centreOf(page, 'Sergey Lavrov'),
      russia: await centreOf(page, 'Russia'),
      nato: await centreOf(page, 'NATO'),
    });
    const shape = (p: Awaited<ReturnType<typeof positions>>) => {
      const d = (a: { x: number; y: number }, b: { x: number; y: number }) =>
        Math.hypot(a.x - b.x, a.y - b.y);
      return {
        ratio: d(p.lavrov, p.russia) / d(p.lavrov, p.nato),
        angle: Math.atan2(p.russia.y - p.lavrov.y, p.russia.x - p.lavrov.x),
      };
    };
    const before = shape(await positions());

    // Drag over the first fifth of the density strip: the September article only.
    const strip = await timeline.locator('.timeline__brush .overlay').boundingBox();
    if (!strip) throw new Error('no brush overlay');
    const y = strip.y + strip.height / 2;
    await page.mouse.move(strip.x + 2, y);
    await page.mouse.down();
    await page.mouse.move(strip.x + strip.width * 0.2, y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => params(page).get('from')).toBe('2021-09-23');
    expect(params(page).get('to')).not.toBeNull();
    await expect.poll(async () => (await actorNames(page)).length).toBeLessThan(namesBefore.length);
    await page.screenshot({ path: `${SHOTS}/timeline-brushed.png` });
    // Same layout: the actors left keep their places relative to each other (the view may
    // refit when the filter bar grows a line, which scales and shifts, never rearranges).
    const after = shape(await positions());
    expect(after.ratio).toBeCloseTo(before.ratio, 1);
    expect(after.angle).toBeCloseTo(before.angle, 1);

    // The list follows the same range.
    await page.getByRole('button', { name: 'List' }).click();
    const rows = await page
      .getByRole('table', { name: /Actors/ })
      .getByRole('row')
      .count();
    await page.getByRole('button', { name: 'Clear range' }).click();
    await expect.poll(() => params(page).get('from')).toBeNull();
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: /Actors/ })
          .getByRole('row')
          .count(),
      )
      .toBeGreaterThan(rows);
    await page.close();
  });

  it('moves and resizes the range with the keyboard', async () => {
    const page = await openPage();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const before = (await actorNames(page)).length;
    const end = timeline.getByRole('slider', { name: 'Range end' });
    await end.focus();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect.poll(() => params(page).get('to')).not.toBeNull();
    const to = params(page).get('to') ?? '';
    expect(to < '2021-12-28').toBe(true);
    await expect.poll(async () => (await actorNames(page)).length).toBeLessThan(before);
    const move = timeline.getByRole('slider', { name: 'Move range' });
    await move.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => params(page).get('to')).not.toBe(to);
    expect(await move.getAttribute('aria-valuetext')).toMatch(/ – /);
    await page.keyboard.press('Escape');
    await expect.poll(() => params(page).get('to')).toBeNull();
    await page.close();
  });

  it('a mark opens its quote in the article', async () => {
    const page = await openPage();
    const row = page
      .getByRole('region', { name: 'Timeline' })
      .getByRole('list', { name: 'Statements by Jens Stoltenberg' });
    await row.getByRole('listitem').first().click();
    await expect.poll(() => params(page).get('quote')).not.toBeNull();
    await page.locator('mark').first().waitFor();
    await page.close();
  });

  it('collapses on a phone and opens on request', async () => {
    const page = await openPage('/', { width: 390, height: 844 });
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const show = timeline.getByRole('button', { name: 'Show timeline' });
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    await show.click();
    await timeline.getByRole('slider', { name: 'Range end' }).waitFor();
    await timeline.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/timeline-phone.png`, fullPage: true });
    const box = await timeline.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(390);
    await page.close();
  });
});
