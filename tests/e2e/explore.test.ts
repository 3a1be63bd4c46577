import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openGraphPage, serveBuiltApp } from './support/built-app.ts';

// Explore (issue #12) in a real browser on the bundled corpus: each feature driven through
// the UI, checked on the actor buttons (what the graph draws), the list and the panels.
// Screenshots go to tests/e2e/screenshots/explore-*-{desktop,phone}.png.

const SHOTS = 'tests/e2e/screenshots';
const DESKTOP = { width: 1366, height: 800 };
const PHONE = { width: 390, height: 844 };

const app = serveBuiltApp();

interface CorpusFile {
  actors: { id: string; name: string; kind: string }[];
  quotes: { speakerId: string; mentions: string[] }[];
}
const corpus = JSON.parse(
  readFileSync(`${process.env.QG_DIST ?? 'dist'}/corpus.json`, 'utf8'),
) as CorpusFile;
const nameOf = new Map(corpus.actors.map((a) => [a.id, a.name]));
/** Quotes per directed pair, counted here independently of the app's graph code. */
const links = new Map<string, number>();
for (const q of corpus.quotes) {
  for (const m of new Set(q.mentions)) {
    if (m === q.speakerId) continue;
    const key = `${q.speakerId}\u0000${m}`;
    links.set(key, (links.get(key) ?? 0) + 1);
  }
}
const pairs = [...links].map(([key, n]) => {
  const [s, t] = key.split('\u0000') as [string, string];
  return { s, t, n };
});

function openPage(path = '/', viewport = DESKTOP): Promise<Page> {
  return openGraphPage(app, path, { viewport });
}

const actorGroup = (page: Page) => page.getByRole('group', { name: /^Actors/ });
const actorButton = (page: Page, name: string) =>
  actorGroup(page).getByRole('button', { name: new RegExp(`^${name},`) });

/** Names of the actor buttons over the graph, sorted. */
async function drawnActors(page: Page): Promise<string[]> {
  const labels = await actorGroup(page).getByRole('button').allTextContents();
  return labels.map((l) => l.split(',')[0] ?? '').sort();
}

const sorted = (ids: Iterable<string>) => [...ids].map((id) => nameOf.get(id) ?? id).sort();

/** The same view at phone size, for its screenshot. */
async function shootBoth(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/explore-${name}-desktop.png` });
  const phone = await openPage(new URL(page.url()).search || '/', PHONE);
  await phone.screenshot({ path: `${SHOTS}/explore-${name}-phone.png`, fullPage: true });
  await phone.context().close();
}

async function openExplore(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Explore/ }).click();
}

describe('Explore in Chromium', () => {
  it('thins by minimum quotes: weak links and the actors they leave go, in graph and list', async () => {
    const page = await openPage();
    await openExplore(page);
    const min = page.getByRole('spinbutton', { name: 'Minimum quotes per link' });
    await min.fill('5');
    await expect.poll(() => new URL(page.url()).searchParams.get('minQuotes')).toBe('5');
    // Actors that speak but never mention anyone have no link to lose: they stay.
    const linked = new Set(pairs.flatMap((p) => [p.s, p.t]));
    const unlinked = corpus.quotes.map((q) => q.speakerId).filter((id) => !linked.has(id));
    const strong = new Set([
      ...pairs.filter((p) => p.n >= 5).flatMap((p) => [p.s, p.t]),
      ...unlinked,
    ]);
    expect(strong.size).toBeGreaterThan(1);
    await expect.poll(() => drawnActors(page)).toEqual(sorted(strong));
    await shootBoth(page, 'thin');

    await page.getByRole('button', { name: 'List' }).click();
    const rows = page.getByRole('table', { name: /Actors/ }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(strong.size + 1);
    await page.goBack();
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('minQuotes')).toBeNull();
    await page.context().close();
  });

  it('filters by kind and hides unknown speakers', async () => {
    const page = await openPage();
    await openExplore(page);
    await page.getByRole('checkbox', { name: 'Person' }).uncheck();
    await page.getByRole('checkbox', { name: 'Hide unknown speakers' }).check();
    const kept = corpus.actors.filter((a) => a.kind === 'organization' || a.kind === 'country');
    const drawn = await drawnActors(page);
    expect(drawn.length).toBeGreaterThan(0);
    for (const name of drawn) expect(kept.map((a) => a.name)).toContain(name);
    expect(drawn).not.toContain('Sergey Lavrov');
    expect(drawn).not.toContain('Unknown speaker');
    await shootBoth(page, 'kinds');
    await page.context().close();
  });

  it('focuses on an actor: who talks about NATO, from the keyboard', async () => {
    const page = await openPage();
    await openExplore(page);
    await actorButton(page, 'NATO').click();
    const focus = page.getByRole('button', { name: 'Focus on NATO' });
    await focus.focus();
    await page.keyboard.press('Enter');
    const direction = page.getByRole('combobox', { name: 'Direction' });
    await direction.selectOption({ label: 'Who talks about it' });
    const nato = corpus.actors.find((a) => a.name === 'NATO')?.id ?? '';
    const speakers = new Set([nato, ...pairs.filter((p) => p.t === nato).map((p) => p.s)]);
    await expect.poll(() => drawnActors(page)).toEqual(sorted(speakers));
    const url = new URL(page.url()).searchParams;
    expect([url.get('focus'), url.get('dir')]).toEqual([nato, 'in']);
    await shootBoth(page, 'focus');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('dir')).toBeNull();
    await page.context().close();
  });

  it('shows the path between two actors and highlights it in the drawing', async () => {
    const page = await openPage();
    await openExplore(page);
    await page
      .getByRole('combobox', { name: 'First actor' })
      .selectOption({ label: 'Vladimir Putin' });
    await page
      .getByRole('combobox', { name: 'Second actor' })
      .selectOption({ label: 'Anders Fogh Rasmussen' });
    const before = await page.locator('canvas').screenshot();
    await page.getByRole('button', { name: 'Show path' }).click();
    const heading = page.getByRole('heading', { level: 2, name: /Path/ });
    await heading.waitFor();
    expect(await heading.textContent()).toBe('Path from Vladimir Putin to Anders Fogh Rasmussen');
    const steps = page.getByRole('list', { name: 'Steps of the path' }).locator(':scope > li');
    expect(await steps.count()).toBe(2);
    expect(await steps.nth(0).textContent()).toMatch(/Vladimir Putin talks about NATO/);
    expect(await steps.nth(1).textContent()).toMatch(/Anders Fogh Rasmussen talks about NATO/);
    // The highlight (a veil over the rest, the path in the ink colour) changes the drawing.
    await expect
      .poll(async () => Buffer.compare(before, await page.locator('canvas').screenshot()))
      .not.toBe(0);
    await shootBoth(page, 'path');
    await page.context().close();
  });

  it('compares two actors side by side with counts', async () => {
    const page = await openPage();
    await openExplore(page);
    await page
      .getByRole('combobox', { name: 'First actor' })
      .selectOption({ label: 'Sergey Lavrov' });
    await page
      .getByRole('combobox', { name: 'Second actor' })
      .selectOption({ label: 'Jens Stoltenberg' });
    await page.getByRole('button', { name: 'Compare' }).click();
    await page
      .getByRole('heading', { level: 2, name: 'Sergey Lavrov and Jens Stoltenberg compared' })
      .waitFor();
    const lavrov = corpus.actors.find((a) => a.name === 'Sergey Lavrov')?.id;
    const jens = corpus.actors.find((a) => a.name === 'Jens Stoltenberg')?.id;
    const count = (s?: string, t?: string) => pairs.find((p) => p.s === s && p.t === t)?.n ?? 0;
    const table = page.getByRole('table', { name: /by date/ });
    expect(
      await table
        .getByRole('columnheader', { name: /^Sergey Lavrov about Jens Stoltenberg/ })
        .textContent(),
    ).toMatch(new RegExp(`${count(lavrov, jens)}$`));
    expect(
      await table
        .getByRole('columnheader', { name: /^Jens Stoltenberg about Sergey Lavrov/ })
        .textContent(),
    ).toMatch(new RegExp(`${count(jens, lavrov)}$`));
    expect(await table.getByRole('blockquote').count()).toBe(
      count(lavrov, jens) + count(jens, lavrov),
    );
    await shootBoth(page, 'compare');
    await page.context().close();
  });

  it('sizes by PageRank and colours by community, named in the legend', async () => {
    const page = await openPage();
    await openExplore(page);
    const width = async (name: string) => (await actorButton(page, name).boundingBox())?.width ?? 0;
    // By quotes Lavrov, who says most, is the biggest; by PageRank NATO, talked about by many.
    expect(await width('Sergey Lavrov')).toBeGreaterThan(await width('NATO'));
    await page.getByRole('combobox', { name: 'Size by' }).selectOption({ label: 'PageRank' });
    await expect
      .poll(async () => (await width('NATO')) > (await width('Sergey Lavrov')))
      .toBe(true);
    await page.getByRole('combobox', { name: 'Colour by' }).selectOption({ label: 'Community' });
    const communities = page.getByRole('list', { name: 'Communities' }).getByRole('listitem');
    await expect.poll(() => communities.count()).toBeGreaterThan(0);
    expect(await communities.first().textContent()).toMatch(/^Community of .+ \(\d+\)$/);
    await shootBoth(page, 'community');
    await page.context().close();
  });
});
