import { readFile } from 'node:fs/promises';
import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import Papa from 'papaparse';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/corpus/schema.ts';
import { serveBuiltApp } from './support/built-app.ts';

// Every export clicked in Chromium: the download is caught and its content checked (parsed CSV
// rows are the filtered quotes; the graph files parse with the drawn counts; the PNG is the
// view's size × 2 and not blank; the SVG has one <text> per label), and the quote card's copies
// are read back from the clipboard.

const SHOTS = 'tests/e2e/screenshots';
const LAPTOP = { width: 1280, height: 800 };

const app = serveBuiltApp();
const corpus = JSON.parse(await readFile('dist/corpus.json', 'utf8')) as Corpus;

async function openPage(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await app.browser.newContext({
    viewport: LAPTOP,
    acceptDownloads: true,
    ...options,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(new URL(path, app.baseUrl).href);
  await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0, null, {
    timeout: 20_000,
  });
  return page;
}

async function closePage(page: Page): Promise<void> {
  expect((page as Page & { errors?: string[] }).errors ?? []).toEqual([]);
  await page.context().close();
}

/** Clicks an item of the Export menu and returns the downloaded file's name and bytes. */
async function download(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: /Export/ }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: item }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** "Network of 38 actors and 61 links: …" → the counts the graph view draws. */
async function drawnCounts(page: Page): Promise<{ actors: number; links: number }> {
  const label = (await page.locator('canvas.qg-graph__canvas').getAttribute('aria-label')) ?? '';
  const match = /Network of (\d+) actors? and (\d+) links?/.exec(label);
  if (!match) throw new Error(`unexpected graph label: ${label}`);
  return { actors: Number(match[1]), links: Number(match[2]) };
}

function outletOfTopQuotes(): string {
  const counts = new Map<string, number>();
  for (const a of corpus.articles)
    if (a.outlet) counts.set(a.outlet, (counts.get(a.outlet) ?? 0) + 1);
  const [outlet] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!outlet) throw new Error('the bundled corpus names outlets');
  return outlet;
}

describe('exports in Chromium', () => {
  it('says what it exports, and its menu looks right', async () => {
    const outlet = outletOfTopQuotes();
    const page = await openPage(`/?outlet=${encodeURIComponent(outlet)}`);
    await page.getByRole('button', { name: /Export/ }).click();
    const menu = page.getByRole('menu', { name: 'Export' });
    const { actors, links } = await drawnCounts(page);
    const ids = new Set(corpus.articles.filter((a) => a.outlet === outlet).map((a) => a.id));
    const quotes = corpus.quotes.filter((q) => ids.has(q.articleId)).length;
    const described = await menu.evaluate((el) => {
      const id = el.getAttribute('aria-describedby') ?? '';
      return document.getElementById(id)?.textContent ?? '';
    });
    const n = (count: number, word: string) => `${count} ${count === 1 ? word : `${word}s`}`;
    expect(described).toBe(
      `${n(quotes, 'quote')}, ${n(actors, 'actor')}, ${n(links, 'link')} under the current filters`,
    );
    const names = await menu.getByRole('menuitem').allTextContents();
    expect(names).toEqual([
      'Quotes as CSV',
      'Quotes as JSON',
      'Graph as GEXF',
      'Graph as GraphML',
      'View as PNG',
      'View as SVG',
    ]);
    await expect
      .poll(() =>
        menu
          .getByRole('menuitem')
          .first()
          .evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
    await page.screenshot({ path: `${SHOTS}/export-menu.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    // The buttons fade to the dark colours (a 120 ms transition): shoot once they have.
    await page.evaluate(async () => {
      // Two frames: the new scheme's styles are applied, so its transitions have started.
      for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
      await Promise.all(document.getAnimations().map((a) => a.finished));
    });
    await page.screenshot({ path: `${SHOTS}/export-menu-dark.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    await closePage(page);
  });

  it('CSV and JSON hold exactly the quotes under the current filters', async () => {
    const outlet = outletOfTopQuotes();
    const page = await openPage(`/?outlet=${encodeURIComponent(outlet)}`);
    const ids = new Set(corpus.articles.filter((a) => a.outlet === outlet).map((a) => a.id));
    const expected = corpus.quotes.filter((q) => ids.has(q.articleId)).map((q) => q.id);
    // The filter bar says how many quotes are shown: the export has as many rows.
    const shown = await page
      .getByRole('group', { name: 'Filters' })
      .getByRole('status')
      .textContent();
    expect(shown).toContain(`${expected.length} of ${corpus.quotes.length} quotes`);

    const csv = await download(page, 'Quotes as CSV');
    expect(csv.name).toBe('quotegraph-quotes.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString('utf8').slice(1);
    expect(text).toContain('\r\n');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => r.id)).toEqual(expected);
    expect(parsed.data.every((r) => r.outlet === outlet)).toBe(true);
    const first = parsed.data[0];
    const quote = corpus.quotes.find((q) => q.id === first?.id);
    expect(first?.text).toBe(quote?.text);
    expect(new URL(first?.permalink ?? '').searchParams.get('quote')).toBe(quote?.id);

    const json = await download(page, 'Quotes as JSON');
    const doc = JSON.parse(json.bytes.toString('utf8')) as { quotes: { id: string }[] };
    expect(doc.quotes.map((q) => q.id)).toEqual(expected);
    await closePage(page);
  });

  it('under a focus, CSV holds the focused actor’s quotes said and about: its panel’s lists', async () => {
    const lavrov = corpus.actors.find((a) => a.name === 'Sergey Lavrov')?.id;
    const page = await openPage('/');
    await page.getByRole('button', { name: /^Explore/ }).click();
    await page
      .getByRole('button', { name: /^Sergey Lavrov/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Focus on Sergey Lavrov' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toBe(lavrov);
    const said = corpus.quotes.filter((q) => q.speakerId === lavrov);
    const about = corpus.quotes.filter(
      (q) => lavrov && q.speakerId !== lavrov && q.mentions.includes(lavrov),
    );
    const count = (name: string) => page.getByRole('list', { name }).getByRole('listitem').count();
    await expect.poll(() => count('Quotes by Sergey Lavrov')).toBe(said.length);
    await expect.poll(() => count('Quotes about Sergey Lavrov')).toBe(about.length);
    const csv = await download(page, 'Quotes as CSV');
    const rows = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8').slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set([...said, ...about].map((q) => q.id)));
    expect(rows.length).toBe(said.length + about.length);
    expect(rows.length).toBeLessThan(corpus.quotes.length);
    await closePage(page);
  });

  it('GEXF and GraphML parse with the drawn counts', async () => {
    const page = await openPage('/?unknown=hide');
    const drawn = await drawnCounts(page);
    const gexf = await download(page, 'Graph as GEXF');
    expect(gexf.name).toBe('quotegraph-graph.gexf');
    const g1 = parseGexf(Graph, gexf.bytes.toString('utf8'));
    expect([g1.order, g1.size]).toEqual([drawn.actors, drawn.links]);
    expect(g1.hasNode('unknown')).toBe(false);
    const graphml = await download(page, 'Graph as GraphML');
    const g2 = parseGraphml(Graph, graphml.bytes.toString('utf8'));
    expect([g2.order, g2.size]).toEqual([drawn.actors, drawn.links]);
    let weights = 0;
    g2.forEachEdge((_e, attrs) => (weights += Number(attrs.weight)));
    expect(weights).toBeGreaterThanOrEqual(drawn.links);
    await closePage(page);
  });

  it('PNG at twice the view size and not blank; SVG with a <text> per label at the zoom', async () => {
    const page = await openPage('/');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(600);
    const stage = await page.locator('.qg-graph__stage').boundingBox();
    if (!stage) throw new Error('no graph stage');

    const png = await download(page, 'View as PNG');
    expect(png.name).toBe('quotegraph-view.png');
    // IHDR: width and height are the big-endian words at bytes 16 and 20.
    expect(png.bytes.readUInt32BE(16)).toBe(Math.round(stage.width * 2));
    expect(png.bytes.readUInt32BE(20)).toBe(Math.round(stage.height * 2));
    const colours = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) return 0;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) {
        seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      }
      return seen.size;
    }, png.bytes.toString('base64'));
    // Background, edges, four kinds of nodes, labels, the legend: far more than one colour.
    expect(colours).toBeGreaterThan(8);

    const svg = await download(page, 'View as SVG');
    const doc = new DOMParser().parseFromString(svg.bytes.toString('utf8'), 'image/svg+xml');
    const root = doc.documentElement;
    expect(Number(root?.getAttribute('width'))).toBeCloseTo(stage.width, 0);
    expect(Number(root?.getAttribute('height'))).toBeCloseTo(stage.height, 0);
    expect(doc.getElementsByTagName('image')).toHaveLength(0);
    const group = (name: string) =>
      [...doc.getElementsByTagName('g')].find((g) => g.getAttribute('class') === name);
    const labels = [...(group('labels')?.getElementsByTagName('text') ?? [])].map(
      (t) => t.textContent ?? '',
    );
    expect(labels.length).toBeGreaterThan(3);
    // One <text> per label: each names a distinct actor.
    expect(new Set(labels).size).toBe(labels.length);
    const names = new Set(corpus.actors.map((a) => a.name));
    for (const label of labels) expect(names.has(label)).toBe(true);
    // Zoomed in: the picture holds the nodes in view, not all of them.
    const circles = group('nodes')?.getElementsByTagName('circle').length ?? 0;
    const { actors } = await drawnCounts(page);
    expect(circles).toBeGreaterThan(0);
    expect(circles).toBeLessThanOrEqual(actors);
    expect(group('legend')?.getElementsByTagName('text').length).toBeGreaterThan(4);
    await closePage(page);
  });

  it('copies a citation and a permalink that opens the quote highlighted', async () => {
    const speaker = corpus.quotes.find((q) => q.speakerId !== 'unknown')?.speakerId;
    const page = await openPage(`/?actor=${encodeURIComponent(speaker ?? '')}`, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const panel = page.getByRole('complementary');
    await panel.getByRole('button', { name: 'Copy citation' }).first().click();
    await expect
      .poll(() => panel.getByRole('status').filter({ hasText: 'Citation copied.' }).count())
      .toBe(1);
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    const name = corpus.actors.find((a) => a.id === speaker)?.name ?? '';
    expect(citation.startsWith(`${name}, quoted `)).toBe(true);
    const [line, link] = citation.split('\n');
    expect(line).toMatch(/: ".+"$/);

    await panel.getByRole('button', { name: 'Copy link' }).first().click();
    await expect
      .poll(() => panel.getByRole('status').filter({ hasText: 'Link copied.' }).count())
      .toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(link);
    const id = new URL(copied).searchParams.get('quote');
    const quote = corpus.quotes.find((q) => q.id === id);
    expect(quote).toBeDefined();

    await page.goto(copied);
    const mark = page.locator('mark').first();
    await mark.waitFor({ timeout: 15_000 });
    const article = corpus.articles.find((a) => a.id === quote?.articleId);
    expect(await mark.textContent()).toBe(article?.text.slice(quote?.start, quote?.end));
    await closePage(page);
  });
});
