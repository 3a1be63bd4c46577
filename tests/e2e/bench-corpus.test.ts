import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../scripts/bench/generate-articles.ts';
import { openGraphPage, serveBuiltApp } from './support/built-app.ts';

// Explore (#12) and time and spread (#13) on the benchmark generator's corpus, not only on the
// five bundled articles: 600 generated articles (with the generator's reposts of agency copy)
// go through the real ingest CLI into dist/, and the app opens them with ?corpus=. Each feature
// is driven through the UI. Screenshots: tests/e2e/screenshots/bench-*.png.

const SHOTS = 'tests/e2e/screenshots';
const DIST = process.env.QG_DIST ?? 'dist';
const CORPUS_FILE = 'e2e-bench-corpus.json';
/** The same corpus with one quote broken past the point the first picture reads. */
const BROKEN_FILE = 'e2e-bench-broken.json';
const app = serveBuiltApp();

interface CorpusFile {
  actors: { id: string; name: string; kind: string }[];
  articles: { id: string; outlet?: string | null }[];
  quotes: { id: string; speakerId: string; mentions: string[]; text: string }[];
  statements?: { id: string; speakerId: string; quoteIds: string[]; outlets: string[] }[];
}
let corpus: CorpusFile;
let work = '';

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'qg-bench-e2e-'));
  const articles = path.join(work, 'articles');
  const actorsFile = path.join(work, 'actors.json');
  await writeSyntheticCorpus({ articles: 600, actors: 200, seed: 7, outDir: articles, actorsFile });
  const out = path.join(DIST, CORPUS_FILE);
  const run = spawnSync(
    process.execPath,
    [
      'node_modules/tsx/dist/cli.mjs',
      'scripts/ingest/cli.ts',
      articles,
      '--out',
      out,
      '--actors',
      actorsFile,
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`ingest failed: ${run.stderr}`);
  corpus = JSON.parse(readFileSync(out, 'utf8')) as CorpusFile;
  const broken = JSON.parse(readFileSync(out, 'utf8')) as { quotes: Record<string, unknown>[] };
  const last = broken.quotes.length - 1;
  broken.quotes[last] = { ...broken.quotes[last], start: 'nowhere' };
  writeFileSync(path.join(DIST, BROKEN_FILE), JSON.stringify(broken));
}, 120_000);

afterAll(() => {
  rmSync(path.join(DIST, CORPUS_FILE), { force: true });
  rmSync(path.join(DIST, BROKEN_FILE), { force: true });
  if (work) rmSync(work, { recursive: true, force: true });
});

const nameOf = (id: string) => corpus.actors.find((a) => a.id === id)?.name ?? id;
const open = (query = '') => openGraphPage(app, `/?corpus=${CORPUS_FILE}${query}`);
const params = (page: Page) => new URL(page.url()).searchParams;
const exploreCounts = (page: Page) => page.locator('.explore__counts').textContent();

/** Picks an actor through the search box, as a user who knows the name would. */
async function searchActor(page: Page, name: string): Promise<void> {
  const box = page.getByRole('combobox', { name: /^Search/ });
  await box.click();
  await box.pressSequentially(name, { delay: 10 });
  await page
    .getByRole('listbox', { name: 'Search results' })
    .getByRole('option', { name: new RegExp(`^${name}`) })
    .first()
    .click();
  await page.getByRole('heading', { name }).first().waitFor();
}

/** The most quoted speaker (not the unknown one). */
function topSpeaker(): string {
  const said = new Map<string, number>();
  for (const q of corpus.quotes) {
    if (q.speakerId !== 'unknown') said.set(q.speakerId, (said.get(q.speakerId) ?? 0) + 1);
  }
  const top = [...said].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (!top) throw new Error('no speaker in the generated corpus');
  return top[0];
}

describe('the benchmark corpus in Chromium', () => {
  it('folds reposts: the card of a reposted statement says how many outlets carried it', async () => {
    const folded = (corpus.statements ?? []).filter(
      (s) => s.outlets.length >= 2 && s.speakerId !== 'unknown',
    );
    expect(folded.length).toBeGreaterThan(5);
    const statement = folded[0];
    if (!statement) throw new Error('unreachable');
    const page = await open();
    await searchActor(page, nameOf(statement.speakerId));
    const card = page
      .getByText(`Reported by ${statement.outlets.length} outlets`, { exact: false })
      .first();
    // The panel re-renders as the selection settles: retry on a detached card.
    await expect
      .poll(async () => {
        await card.scrollIntoViewIfNeeded({ timeout: 2000 }).catch(() => undefined);
        return card.isVisible();
      })
      .toBe(true);
    await page.screenshot({ path: `${SHOTS}/bench-repost-card.png` });
    await page.context().close();
  });

  it('the timeline brush filters the counts on the generated corpus', async () => {
    const page = await open();
    const summary = page.locator('.filter-bar__summary');
    const total = corpus.quotes.length;
    const end = page.getByRole('region', { name: 'Timeline' }).getByRole('slider', {
      name: 'Range end',
    });
    await end.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
    await expect.poll(() => params(page).get('to')).not.toBeNull();
    await expect.poll(() => summary.textContent()).toMatch(/^[\d,]+ of [\d,]+ quotes/);
    const shown = Number(((await summary.textContent()) ?? '').split(' of ')[0]?.replace(/,/g, ''));
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    await page.screenshot({ path: `${SHOTS}/bench-timeline-brushed.png` });
    await page.context().close();
  });

  it('thins, focuses, finds a path and compares on the generated corpus', async () => {
    const page = await open();
    await page.getByRole('button', { name: /^Explore/ }).click();
    const all = await exploreCounts(page);
    expect(all).toMatch(/^[\d,]+ actors, [\d,]+ links$/);

    await page.getByRole('spinbutton', { name: 'Minimum quotes per link' }).fill('3');
    await expect.poll(() => params(page).get('minQuotes')).toBe('3');
    await expect.poll(() => exploreCounts(page)).toMatch(/^Showing [\d,]+ of [\d,]+ actors/);
    await page.getByRole('spinbutton', { name: 'Minimum quotes per link' }).fill('1');
    await expect.poll(() => params(page).get('minQuotes')).toBeNull();

    const top = topSpeaker();
    await searchActor(page, nameOf(top));
    await page.getByRole('button', { name: `Focus on ${nameOf(top)}` }).click();
    await expect.poll(() => params(page).get('focus')).toBe(top);
    // The focused view: every actor button is the focus or a direct neighbour of it.
    const neighbours = new Set([top]);
    for (const q of corpus.quotes) {
      if (q.speakerId === top) q.mentions.forEach((m) => neighbours.add(m));
      if (q.mentions.includes(top)) neighbours.add(q.speakerId);
    }
    await expect.poll(() => exploreCounts(page)).toMatch(/^Showing /);
    const buttons = await page
      .getByRole('group', { name: /^Actors/ })
      .getByRole('button')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-actor-id')));
    expect(buttons.length).toBeGreaterThan(1);
    for (const id of buttons) expect(neighbours.has(id ?? '')).toBe(true);
    await page.screenshot({ path: `${SHOTS}/bench-focus.png` });
    await page.getByRole('button', { name: 'Show everyone' }).click();
    await expect.poll(() => params(page).get('focus')).toBeNull();

    const other = [...neighbours].find((id) => id !== top && id !== 'unknown') ?? top;
    await page.getByRole('combobox', { name: 'First actor' }).selectOption({ label: nameOf(top) });
    await page
      .getByRole('combobox', { name: 'Second actor' })
      .selectOption({ label: nameOf(other) });
    await page.getByRole('button', { name: 'Show path' }).click();
    await page.getByRole('heading', { level: 2, name: /Path/ }).waitFor();
    expect(
      await page.getByRole('list', { name: 'Steps of the path' }).locator(':scope > li').count(),
    ).toBe(1);
    await page.getByRole('button', { name: 'Compare' }).click();
    await page
      .getByRole('heading', { level: 2, name: `${nameOf(top)} and ${nameOf(other)} compared` })
      .waitFor();

    await page.getByRole('combobox', { name: 'Colour by' }).selectOption({ label: 'Community' });
    await expect
      .poll(() => page.getByRole('list', { name: 'Communities' }).getByRole('listitem').count(), {
        timeout: 20_000,
      })
      .toBeGreaterThan(1);
    await page.screenshot({ path: `${SHOTS}/bench-communities.png` });
    await page.context().close();
  });

  it('draws a large single file before its quotes are checked, and withdraws a bad one', async () => {
    // Over PREVIEW_MIN_QUOTES (src/loader/corpus-pieces.ts): the picture comes first.
    expect(corpus.quotes.length).toBeGreaterThan(2_000);
    const good = await open();
    const marks = await good.evaluate(() =>
      ['graph:ready', 'corpus:quotes'].map(
        (name) => performance.getEntriesByName(name)[0]?.startTime ?? null,
      ),
    );
    await expect
      .poll(() => good.evaluate(() => performance.getEntriesByName('corpus:quotes').length))
      .toBe(1);
    const quotesAt = await good.evaluate(
      () => performance.getEntriesByName('corpus:quotes')[0]?.startTime ?? 0,
    );
    expect(marks[0]).not.toBeNull();
    expect(quotesAt).toBeGreaterThan(marks[0] ?? Infinity);
    await good.context().close();

    // The quotes arriving keep the drawing as the reader has it: the same canvas, one engine
    // (a remount would draw the page again, with a second graph:ready, at the start view).
    const zoomed = await open();
    const canvas = await zoomed.locator('canvas').elementHandle();
    await expect
      .poll(() => zoomed.evaluate(() => performance.getEntriesByName('corpus:quotes').length))
      .toBe(1);
    await zoomed.getByRole('button', { name: /^Corrections/ }).waitFor();
    expect(await canvas?.evaluate((el) => el.isConnected)).toBe(true);
    expect(await zoomed.evaluate(() => performance.getEntriesByName('graph:ready').length)).toBe(1);
    await zoomed.context().close();

    const bad = await openGraphPage(app, `/?corpus=${BROKEN_FILE}`);
    const alert = bad.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`quotes[${corpus.quotes.length - 1}].start`);
    await bad.context().close();
  });
});
