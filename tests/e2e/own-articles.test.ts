import { readdir, readFile } from 'node:fs/promises';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CorpusSchema, type Corpus } from '../../src/corpus/schema.ts';
import { buildCorpus } from '../../src/ingest/build-corpus.ts';
import { readHtmlArticle } from '../../src/ingest/html-article.ts';
import { loadKnownActors, loadOutlets } from '../../scripts/ingest/load-data.ts';
import { DESKTOP_VIEWPORT, serveBuiltApp } from './support/built-app.ts';

// The user's own articles, end to end in Chromium: real files through the page's file input
// (the seed articles, a binary, an empty file), ingested in the worker; the graph they make,
// the rejected list, the workspace found again after a reload, its corpus downloaded and
// validated, and not one request leaving the origin meanwhile.

const SHOTS = 'tests/e2e/screenshots';
const app = serveBuiltApp();
const bundled = JSON.parse(await readFile('dist/corpus.json', 'utf8')) as Corpus;
const seedNames = (await readdir('data/articles')).filter((n) => n.endsWith('.txt')).sort();
const seeds = await Promise.all(
  seedNames.map(async (name) => ({
    name,
    mimeType: 'text/plain',
    buffer: await readFile(`data/articles/${name}`),
  })),
);
const binary = {
  name: 'photo.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
};
const empty = { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) };
// Saved pages (tests/fixtures/html says what each covers): a news page and a hostile one.
const pages = await Promise.all(
  ['saved-article', 'hostile'].map(async (name) => ({
    name: `${name}.html`,
    mimeType: 'text/html',
    buffer: await readFile(`tests/fixtures/html/${name}.html`),
  })),
);

/** The least quoted speaker of the bundled corpus, and the most quoted to merge it into. */
function mergePair(): { from: string; into: string } {
  const said = new Map<string, number>();
  for (const q of bundled.quotes) said.set(q.speakerId, (said.get(q.speakerId) ?? 0) + 1);
  const speakers = [...said]
    .filter(([id]) => id !== 'unknown')
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  const name = (id: string | undefined) => bundled.actors.find((a) => a.id === id)?.name ?? '';
  return { from: name(speakers[0]?.[0]), into: name(speakers[speakers.length - 1]?.[0]) };
}

async function openApp(): Promise<{ page: Page; requests: Request[] }> {
  const context = await app.browser.newContext({
    viewport: DESKTOP_VIEWPORT,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  await page.goto(new URL('/', app.baseUrl).href);
  await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0, null, {
    timeout: 20_000,
  });
  return { page, requests };
}

/** Corrections kept in the page's IndexedDB, all corpora together (src/loader/corrections-store.ts). */
function storedCorrectionCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const request = indexedDB.open('quotegraph-corrections');
        request.onerror = () => resolve(0);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('corrections')) {
            db.close();
            resolve(0);
            return;
          }
          const all = db.transaction('corrections').objectStore('corrections').getAll();
          all.onsuccess = () => {
            const records = all.result as { items: unknown[] }[];
            db.close();
            resolve(records.reduce((n, r) => n + r.items.length, 0));
          };
          all.onerror = () => resolve(0);
        };
      }),
  );
}

/** The page's article file input: the first file input, multiple, without webkitdirectory. */
function articleInput(page: Page) {
  return page.locator('input[type=file][multiple]:not([webkitdirectory])').first();
}

describe('own articles', () => {
  it('a workspace link in a browser that keeps none says so and offers to add articles', async () => {
    const context = await app.browser.newContext({ viewport: DESKTOP_VIEWPORT });
    const page = await context.newPage();
    await page.goto(new URL('/?workspace=own', app.baseUrl).href);
    const alert = page.getByRole('alert');
    await alert.getByText('No workspace is kept in this browser').waitFor();
    await page.screenshot({ path: `${SHOTS}/own-articles-missing-workspace.png` });
    await alert.getByRole('button', { name: 'Add your articles' }).click();
    await page.getByRole('dialog', { name: 'Your own articles' }).waitFor();
    await context.close();
  });

  it('ingests dropped files in a worker, lists rejects, keeps the workspace, sends nothing', async () => {
    const { page, requests } = await openApp();
    const origin = new URL(app.baseUrl).origin;
    await page.getByRole('button', { name: 'Add your articles' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your own articles' });
    await expect(dialog.getByText(/Nothing is\s+uploaded/).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SHOTS}/own-articles-drop-zone.png` });

    const before = requests.length;
    // Every text the progress bar shows, to see it report the stages after the last file.
    await page.evaluate(() => {
      const texts: string[] = [];
      (window as unknown as { progressTexts: string[] }).progressTexts = texts;
      new MutationObserver(() => {
        for (const bar of document.querySelectorAll('[role=progressbar]')) {
          const text = bar.getAttribute('aria-valuetext');
          if (text && !texts.includes(text)) texts.push(text);
        }
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await articleInput(page).setInputFiles([...seeds, binary, empty]);
    const status = dialog.getByRole('status').filter({ hasText: /^Read / });
    await status.waitFor({ timeout: 30_000 });
    expect(await status.textContent()).toContain(`Read ${seeds.length} articles`);
    const texts = await page.evaluate(
      () => (window as unknown as { progressTexts: string[] }).progressTexts,
    );
    // The bar counted the files as they went. (The later stages, laying out and writing, last
    // a few ms for seven files, too short to be sure a frame shows them: their texts are unit
    // tested in tests/features/own-articles/progress-text.test.ts.)
    expect(texts.some((t) => /^\d of 7 files/.test(t))).toBe(true);
    const rejected = dialog.getByRole('region', { name: /2 files not read/ });
    const items = await rejected.getByRole('listitem').allTextContents();
    expect(items).toEqual(['empty.txt: empty file', 'photo.txt: binary file (NUL bytes)']);
    await page.screenshot({ path: `${SHOTS}/own-articles-result.png` });

    // Behind the dialog the explorer now shows the workspace: the same actors as the bundled
    // corpus, which the CLI built from the same seed files.
    await page
      .getByRole('note', { name: 'Corpus source' })
      .getByText(/Your workspace/)
      .waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    const someActor = bundled.actors.find((a) => a.id !== 'unknown');
    if (!someActor) throw new Error('the bundled corpus has no actor');
    await page
      .getByRole('button', { name: new RegExp(`^${someActor.name}\\b`) })
      .first()
      .waitFor();
    await page.screenshot({ path: `${SHOTS}/own-articles-graph.png` });

    // Ingest itself asked the network for nothing but the app's own files (the worker script).
    const during = requests.slice(before);
    for (const request of during) {
      expect(new URL(request.url()).origin).toBe(origin);
      expect(request.url()).toMatch(/\/assets\/[\w-]+\.js$/);
    }

    // Found again after a reload.
    await page.reload();
    await page
      .getByRole('note', { name: 'Corpus source' })
      .getByText(/Your workspace/)
      .waitFor();
    await page
      .getByRole('button', { name: new RegExp(`^${someActor.name}\\b`) })
      .first()
      .waitFor();

    // A correction on the workspace: kept with it across a reload, not applied to "both".
    const { from, into } = mergePair();
    const actorButtons = (name: string) =>
      page
        .getByRole('group', { name: /^Actors/ })
        .getByRole('button', { name: new RegExp(`^${name},`) });
    await actorButtons(from).first().click();
    await page.getByText('Correct this actor').click();
    await page.getByRole('combobox', { name: `Merge ${from} into` }).selectOption({ label: into });
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => actorButtons(from).count()).toBe(0);
    // Written to IndexedDB a moment after the click: reload once it is there, as a reader would.
    await expect.poll(() => storedCorrectionCount(page), { timeout: 10_000 }).toBe(1);
    await page.reload();
    await actorButtons(into).first().waitFor();
    // The workspace's corrections come from IndexedDB after its corpus: on a slow machine the
    // first frame can still show the uncorrected actors, for longer than poll's default second
    // (a clean-clone CI run on a busy machine missed it once).
    await expect.poll(() => actorButtons(from).count(), { timeout: 10_000 }).toBe(0);

    // Both, merged: the bundled corpus and the same seeds again (ids made unique), so twice
    // the quotes; the workspace's merge is its own, so the merged-away actor is back.
    await page.getByRole('button', { name: 'Add your articles' }).click();
    // A click, not check(): the radio follows the URL, which changes only once the worker has
    // merged, so it is not checked yet the instant after the click (check() fails on that).
    const both = dialog.getByRole('group', { name: 'Workspace' }).getByRole('radio', {
      name: 'Both, merged',
    });
    await both.click();
    await page.waitForURL((url) => url.search.includes('workspace=both'));
    await expect.poll(() => both.isChecked()).toBe(true);
    await page
      .getByRole('note', { name: 'Corpus source' })
      .getByText(/the bundled corpus and your own articles/)
      .waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    const summary = page.locator('.filter-bar__summary');
    await expect
      .poll(() => summary.textContent(), { timeout: 20_000 })
      .toBe(`${(2 * bundled.quotes.length).toLocaleString('en')} quotes`);
    await actorButtons(from).first().waitFor();
    await page.screenshot({ path: `${SHOTS}/own-articles-both.png` });
    await page.getByRole('button', { name: 'Add your articles' }).click();
    // A click, as for "Both, merged" above: the radio follows the URL.
    await dialog
      .getByRole('group', { name: 'Workspace' })
      .getByRole('radio', { name: /^My articles/ })
      .click();
    await page.waitForURL((url) => url.search.includes('workspace=own'));

    // Downloaded (the dialog is still open): the same contract, and the seeds' articles and
    // quotes as the CLI made them.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: /Download workspace corpus/ }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('corpus.json');
    const downloaded = CorpusSchema.parse(JSON.parse(await readFile(await file.path(), 'utf8')));
    expect(downloaded.articles.map((a) => a.id)).toEqual(bundled.articles.map((a) => a.id));
    expect(downloaded.quotes).toEqual(bundled.quotes);
    expect(downloaded.rejected.map((r) => r.file)).toEqual(['empty.txt', 'photo.txt']);

    for (const request of requests) expect(new URL(request.url()).origin).toBe(origin);

    // Cleared: back to the bundled corpus, and nothing after a reload.
    await dialog.getByRole('button', { name: 'Clear workspace' }).click();
    await page.waitForURL((url) => !url.search.includes('workspace'));
    // The URL changes before React renders the cleared workspace: wait for the button.
    const download = dialog.getByRole('button', { name: /Download workspace corpus/ });
    await expect.poll(() => download.isDisabled()).toBe(true);
    await page.context().close();
  });

  it('reads dropped saved pages: their quotes, a link to the original, nothing run', async () => {
    const { page, requests } = await openApp();
    const origin = new URL(app.baseUrl).origin;
    await page.getByRole('button', { name: 'Add your articles' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your own articles' });
    await articleInput(page).setInputFiles(pages);
    const status = dialog.getByRole('status').filter({ hasText: /^Read / });
    await status.waitFor({ timeout: 30_000 });
    expect(await status.textContent()).toContain('Read 2 articles');
    await page.waitForURL((url) => url.search.includes('workspace=own'));

    // The quote the CLI's pipeline finds first in the news page, opened in the reader.
    const news = pages[0];
    if (!news) throw new Error('no saved page fixture');
    const expected = buildCorpus([{ file: news.name, bytes: news.buffer }], {
      knownActors: loadKnownActors(),
      outlets: loadOutlets(),
      readHtml: readHtmlArticle,
    });
    const quote = expected.quotes.find((q) => q.speakerId === 'sergey-lavrov');
    if (!quote) throw new Error('the saved page has no Lavrov quote');
    await page.goto(
      new URL(`/?workspace=own&quote=${encodeURIComponent(quote.id)}`, app.baseUrl).href,
    );
    const reader = page.getByRole('article', { name: /^Article: / });
    await reader.locator('mark').first().waitFor({ timeout: 20_000 });
    expect(await reader.locator('mark').first().textContent()).toContain(quote.text);
    const link = reader.getByRole('link', { name: /Original at northern-ledger\.example/ });
    expect(await link.getAttribute('href')).toBe(
      'https://northern-ledger.example/world/2021/09/23/lavrov-nato',
    );
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    await page.screenshot({ path: `${SHOTS}/own-articles-html-reader.png` });

    // Nothing of the hostile page ran or reached the DOM, and nothing was fetched for it.
    const dom = await page.evaluate(() => ({
      pwned: (window as unknown as Record<string, unknown>).__pwned,
      frames: document.querySelectorAll('iframe, object, embed').length,
      handlers: [...document.querySelectorAll('*')].filter((el) =>
        [...el.attributes].some((a) => /^on/i.test(a.name)),
      ).length,
      foreignScripts: [...document.scripts].filter(
        (s) => s.src === '' || new URL(s.src).origin !== location.origin,
      ).length,
    }));
    expect(dom).toEqual({ pwned: undefined, frames: 0, handlers: 0, foreignScripts: 0 });
    for (const request of requests) expect(new URL(request.url()).origin).toBe(origin);
    await page.context().close();
  });

  it('shows progress over many files and cancels', async () => {
    const { page } = await openApp();
    await page.getByRole('button', { name: 'Add your articles' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your own articles' });
    // 3,000 copies of the seeds: long enough to see the bar and press Cancel.
    const many = Array.from({ length: 3000 }, (_, i) => {
      const seed = seeds[i % seeds.length] as (typeof seeds)[number];
      return { ...seed, name: `copy-${String(i).padStart(4, '0')}.txt` };
    });
    await articleInput(page).setInputFiles(many);
    const bar = dialog.getByRole('progressbar', { name: 'Reading your articles' });
    await page.waitForFunction(
      () => Number(document.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow')) > 0,
    );
    expect(await bar.getAttribute('aria-valuemax')).toBe('3000');
    expect(await bar.getAttribute('aria-valuetext')).toMatch(/of 3,000 files/);
    await page.screenshot({ path: `${SHOTS}/own-articles-progress.png` });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Cancelled' }).waitFor();
    expect(page.url()).not.toContain('workspace');
    await page.context().close();
  });
});
