import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openGraphPage, serveBuiltApp } from './support/built-app.ts';

// The graph view's small-but-visible behaviour in a real browser (the built app, bundled
// corpus): tooltip and panel steadiness, keyboard focus among actors, how doubtful actors
// are drawn. Screenshots go to tests/e2e/screenshots/graph-*.png.

const SHOTS = 'tests/e2e/screenshots';

const app = serveBuiltApp();

function openPage(path = '/', viewport = { width: 1366, height: 800 }): Promise<Page> {
  return openGraphPage(app, path, { viewport });
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

/** Canvas pixels at a node's centre and around its rim, read back from the drawing. */
async function nodePixels(page: Page, name: string) {
  const box = await actorButton(page, name).boundingBox();
  if (!box) throw new Error(`${name} has no box in the graph`);
  return page.evaluate(
    ({ x, y, r }) => {
      const canvas = document.querySelector('canvas');
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) throw new Error('no canvas');
      const rect = canvas.getBoundingClientRect();
      const scale = canvas.width / rect.width;
      const at = (px: number, py: number) => {
        const d = ctx.getImageData(
          Math.round((px - rect.left) * scale),
          Math.round((py - rect.top) * scale),
          1,
          1,
        ).data;
        return [d[0] ?? 0, d[1] ?? 0, d[2] ?? 0];
      };
      const rim = Array.from({ length: 96 }, (_, i) => {
        const a = (i / 96) * Math.PI * 2;
        return at(x + Math.cos(a) * (r - 0.25), y + Math.sin(a) * (r - 0.25));
      });
      return { centre: at(x, y), rim };
    },
    { x: box.x + box.width / 2, y: box.y + box.height / 2, r: box.width / 2 },
  );
}

/** Pixels inside a node's disc of the doubtful fill (#eceef1, the light palette's). */
function paleDiscPixels(page: Page, box: { x: number; y: number; width: number; height: number }) {
  return page.evaluate(
    ({ x, y, r }) => {
      const canvas = document.querySelector('canvas');
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) throw new Error('no canvas');
      const rect = canvas.getBoundingClientRect();
      const s = canvas.width / rect.width;
      let pale = 0;
      for (let dy = -r + 2; dy <= r - 2; dy++) {
        for (let dx = -r + 2; dx <= r - 2; dx++) {
          if (dx * dx + dy * dy > (r - 2) * (r - 2)) continue;
          const d = ctx.getImageData(
            Math.round((x + dx - rect.left) * s),
            Math.round((y + dy - rect.top) * s),
            1,
            1,
          ).data;
          const near = (v: number | undefined, want: number) => Math.abs((v ?? 0) - want) <= 3;
          if (near(d[0], 236) && near(d[1], 238) && near(d[2], 241) && (d[3] ?? 0) > 200) pale++;
        }
      }
      return pale;
    },
    { x: box.x + box.width / 2, y: box.y + box.height / 2, r: Math.floor(box.width / 2) },
  );
}

const dark = ([r, g, b]: number[]) => (r ?? 0) + (g ?? 0) + (b ?? 0) < 3 * 150;

describe('doubtful actors', () => {
  it('draws the unknown speaker hollow with a dashed rim, unlike a real person', async () => {
    const page = await openPage();
    const unknown = await nodePixels(page, 'Unknown speaker');
    // A pale centre, not a solid disc in a kind colour.
    expect(Math.min(...unknown.centre)).toBeGreaterThan(215);
    // The rim alternates dashes and gaps.
    const dashed = unknown.rim.filter(dark).length / unknown.rim.length;
    expect(dashed).toBeGreaterThan(0.25);
    expect(dashed).toBeLessThan(0.85);
    const person = await nodePixels(page, 'Anders Fogh Rasmussen');
    expect(Math.min(...person.centre)).toBeLessThan(150);
    const box = await actorButton(page, 'Unknown speaker').boundingBox();
    if (box) {
      await page.screenshot({
        path: `${SHOTS}/graph-unknown-apart.png`,
        clip: { x: box.x - 140, y: box.y - 90, width: 420, height: 200 },
      });
    }
    await page.close();
  });

  it('hides the unknown speaker and its links with the legend switch, in the URL', async () => {
    const page = await openPage();
    const inkAt = async () => (await nodePixels(page, 'Unknown speaker')).rim.filter(dark).length;
    expect(await inkAt()).toBeGreaterThan(0);
    const box = await actorButton(page, 'Unknown speaker').boundingBox();
    if (!box) throw new Error('Unknown speaker has no box');
    const before = await paleDiscPixels(page, box);
    expect(before).toBeGreaterThan(20);
    // A click, not uncheck(): the box follows the URL, which a busy page may commit a frame
    // later than Playwright's immediate state check.
    const toggle = page.getByRole('checkbox', { name: 'Show unknown speaker' });
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(false);
    await expect.poll(() => page.url()).toContain('unknown=hide');
    await expect.poll(() => actorButton(page, 'Unknown speaker').count()).toBe(0);
    // Its pale disc is gone. A neighbour's label may now use the freed space (labels are placed
    // where nothing is drawn), so look for the disc's own fill, not for any ink at all.
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/graph-unknown-hidden.png` });
    await expect.poll(() => paleDiscPixels(page, box)).toBeLessThan(before / 10);
    await page.close();
  });
});

/** Name and on-screen centre of the focused element, if it is an actor button of the graph. */
function focusedActor(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || !el.matches('.qg-graph__actor')) return null;
    const r = el.getBoundingClientRect();
    return {
      name: el.textContent ?? '',
      x: r.left + r.width / 2,
      y: r.top + r.height / 2,
    };
  });
}

describe('keyboard in the graph', () => {
  it('a skip link before the graph jumps to the panel; the actors are one tab stop', async () => {
    const page = await openPage();
    const skip = page.getByRole('button', { name: 'Skip to panel' });
    let presses = 0;
    while (!(await skip.evaluate((el) => el === document.activeElement)) && presses < 40) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(presses).toBeLessThan(40);
    // Shown when focused, not a 1-px ghost.
    expect((await skip.boundingBox())?.width ?? 0).toBeGreaterThan(40);
    await page.screenshot({ path: `${SHOTS}/graph-skip-link.png` });
    await page.keyboard.press('Enter');
    const inPanel = () =>
      page.evaluate(() => document.activeElement?.closest('[aria-label="Details"]') !== null);
    expect(await inPanel()).toBe(true);

    // Without the skip link the graph still costs a handful of Tabs, not one per actor.
    await skip.focus();
    let tabs = 0;
    while (!(await inPanel()) && tabs < 30) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    expect(tabs).toBeLessThanOrEqual(8);
    await page.close();
  });

  it('arrow keys move focus to the nearest actor in that direction, Enter selects it', async () => {
    const page = await openPage();
    await page.getByRole('button', { name: 'Skip to panel' }).focus();
    await page.keyboard.press('Tab');
    const start = await focusedActor(page);
    expect(start?.name).toMatch(/^Sergey Lavrov,/);
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.qg-graph__actor')].map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.textContent ?? '', x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }),
    );
    for (const [key, along, side] of [
      ['ArrowRight', (dx: number) => dx, (_dx: number, dy: number) => Math.abs(dy)],
      ['ArrowDown', (_dx: number, dy: number) => dy, (dx: number) => Math.abs(dx)],
      ['ArrowLeft', (dx: number) => -dx, (_dx: number, dy: number) => Math.abs(dy)],
      ['ArrowUp', (_dx: number, dy: number) => -dy, (dx: number) => Math.abs(dx)],
    ] as const) {
      const from = await focusedActor(page);
      if (!from) throw new Error('focus left the actors');
      await page.keyboard.press(key);
      const to = await focusedActor(page);
      if (!to) throw new Error(`${key} moved focus out of the actors`);
      const d = (p: { x: number; y: number }) => [p.x - from.x, p.y - from.y] as const;
      const [tx, ty] = d(to);
      expect({ key, ahead: along(tx, ty) > 0 }).toEqual({ key, ahead: true });
      // No other actor is both nearer that way and less off to the side.
      const better = boxes
        .filter((b) => b.name !== to.name && b.name !== from.name)
        .filter((b) => {
          const [bx, by] = d(b);
          return along(bx, by) > 0 && along(bx, by) < along(tx, ty) && side(bx, by) < side(tx, ty);
        })
        .map((b) => b.name);
      expect({ key, better }).toEqual({ key, better: [] });
    }
    const focused = await focusedActor(page);
    await page.screenshot({ path: `${SHOTS}/graph-keyboard-focus.png` });
    await page.keyboard.press('Enter');
    const name = (focused?.name ?? '').split(',')[0] ?? '';
    await page.getByRole('heading', { level: 2, name }).waitFor();
    await page.close();
  });
});
