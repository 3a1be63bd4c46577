import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { createServer, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';

// Hostile input in a real browser (issue #9 points 2, 4, 5, 6, 9, 18; issue #8 point 9): what
// jsdom cannot show — a tab that dies, a worker and its own CSP, redirects, a worker that dies.

const SHOTS = 'tests/e2e/screenshots';
const DIST = process.env.QG_DIST ?? 'dist';
const bundled = (): Record<string, unknown> =>
  JSON.parse(readFileSync(`${DIST}/corpus.json`, 'utf8')) as Record<string, unknown>;

let app: PreviewServer;
let baseUrl: string;
let browser: Browser;
/** Another origin (127.0.0.2, plain HTTP: one the app refuses) serving a valid corpus. */
let elsewhere: http.Server;
let elsewhereUrl: string;
let elsewhereHits = 0;

beforeAll(async () => {
  const body = JSON.stringify(bundled());
  elsewhere = http.createServer((_req, res) => {
    elsewhereHits++;
    res.writeHead(200, {
      'content-type': 'application/json',
      'access-control-allow-origin': '*',
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.2', resolve));
  elsewhereUrl = `http://127.0.0.2:${(elsewhere.address() as AddressInfo).port}`;
  // The built app, served with the project's preview config (its CSP header included), plus
  // one route that redirects to the refused origin.
  app = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    build: { outDir: DIST },
    logLevel: 'silent',
    plugins: [
      {
        name: 'test-redirect',
        configurePreviewServer(server) {
          server.middlewares.use((req, res, next) => {
            if (!req.url?.startsWith('/redirect.json')) return next();
            res.statusCode = 302;
            res.setHeader('location', `${elsewhereUrl}/corpus.json`);
            res.end();
          });
        },
      },
    ],
  });
  const url = app.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  baseUrl = url;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await new Promise((resolve) => elsewhere?.close(resolve));
});

interface Watched extends Page {
  crashed: boolean;
  errors: string[];
  cspViolations: string[];
}

async function open(path: string, corpus?: { name: string; body: string }): Promise<Watched> {
  const page = (await (await browser.newContext()).newPage()) as Watched;
  page.crashed = false;
  page.errors = [];
  page.cspViolations = [];
  page.on('crash', () => (page.crashed = true));
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) page.cspViolations.push(m.text());
  });
  if (corpus) {
    await page.route(`**/${corpus.name}`, (route) =>
      route.fulfill({ contentType: 'application/json', body: corpus.body }),
    );
  }
  await page.goto(new URL(path, baseUrl).href);
  return page;
}

async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0, null, {
    timeout: 20_000,
  });
}

function corpusWorkers(page: Page) {
  return page.workers().filter((w) => /corpus-worker/.test(w.url()));
}

describe('hostile corpora in Chromium', () => {
  it('a layout coordinate of 1e308 gets a message naming the limit, not a crashed tab', async () => {
    const corpus = bundled();
    const layout = corpus.layout as { positions: Record<string, [number, number]> };
    layout.positions['sergey-lavrov'] = [1e308, -1e308];
    const page = await open('/?corpus=huge.json', {
      name: 'huge.json',
      body: JSON.stringify(corpus),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain(
      'layout.positions.sergey-lavrov[0]: beyond the limit of ±1,000,000',
    );
    expect(page.crashed).toBe(false);
    await page.screenshot({ path: `${SHOTS}/error-huge-coordinate.png` });
    await page.close();
  });

  it('quotes: [null, …] names the record, as the schema says it', async () => {
    const corpus = bundled();
    (corpus.quotes as unknown[])[0] = null;
    const page = await open('/?corpus=null-quote.json', {
      name: 'null-quote.json',
      body: JSON.stringify(corpus),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('quotes[0]: Invalid input: expected object, received null');
    expect(text).not.toContain('Cannot read properties');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('millions of tiny records get a message naming the limit, not a crashed tab', async () => {
    // 6 million `{}` (18 MB): over the objects-and-lists limit; the 200 MB case had 23M.
    const body = `{"version":1,"articles":[],"actors":[],"rejected":[],"quotes":[${'{},'.repeat(6_000_000)}{}]}`;
    const page = await open('/?corpus=tiny.json', { name: 'tiny.json', body });
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toContain('more than 5,000,000 objects and lists');
    expect(page.crashed).toBe(false);
    await page.screenshot({ path: `${SHOTS}/error-too-many-records.png` });
    await page.close();
  });

  it('a missing ?corpus= offers Retry and the bundled corpus, which then opens', async () => {
    const page = await open('/?corpus=%2Fnope.json');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getByRole('button', { name: 'Retry' }).count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/error-missing-corpus.png` });
    await alert.getByRole('button', { name: 'Open the bundled corpus' }).click();
    await waitForGraph(page);
    expect(new URL(page.url()).searchParams.get('corpus')).toBeNull();
    await page.close();
  });
});

describe('the download and its policy', () => {
  it('a server that never answers can be cancelled, then the bundled corpus opened', async () => {
    const page = await open('/?corpus=stall.json');
    // Never answered: the request hangs until the page gives up on it.
    await page.route('**/stall.json', () => {});
    await page.reload();
    await page.getByText('Connecting…').waitFor();
    await page.screenshot({ path: `${SHOTS}/loading-stalled.png` });
    await page.getByRole('button', { name: 'Cancel' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Loading cancelled' });
    await status.waitFor();
    expect(await page.getByRole('progressbar').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/loading-cancelled.png` });
    await status.getByRole('button', { name: 'Open the bundled corpus' }).click();
    await waitForGraph(page);
    await page.close();
  });

  it('serves the narrowed policy as a header, to the page and to the corpus worker', async () => {
    const page = await open('/');
    const response = await page.request.get(new URL('/', baseUrl).href);
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("connect-src 'self' http://localhost:* http://127.0.0.1:*");
    expect(policy).toContain("style-src 'self';");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/connect-src[^;]* https:(?!\/\/)/);
    await waitForGraph(page);
    const [worker] = corpusWorkers(page);
    if (!worker) throw new Error('no corpus worker');
    const workerScript = await page.request.get(worker.url());
    expect(workerScript.headers()['content-security-policy']).toBe(policy);
    // The built app runs under it without a single violation.
    expect(page.cspViolations).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('refuses a corpus address that redirects to an origin the app refuses', async () => {
    const before = elsewhereHits;
    const page = await open('/?corpus=redirect.json');
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain(
      'Refused redirect.json: the server redirected to an address this site does not load corpora from.',
    );
    expect(await page.getByRole('group', { name: /^Actors/ }).count()).toBe(0);
    // The worker's own policy stopped the request before it left the browser.
    expect(elsewhereHits).toBe(before);
    await page.screenshot({ path: `${SHOTS}/error-refused-redirect.png` });
    await page.close();
  });
});

describe('the corpus worker', () => {
  async function openLavrovsQuote(page: Page): Promise<void> {
    await page
      .getByRole('group', { name: /^Actors/ })
      .getByRole('button', { name: /^Sergey Lavrov,/ })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Sergey Lavrov' }).waitFor();
    await page
      .getByRole('button', { name: /open in article/i })
      .first()
      .click();
  }

  it('that stops after the load is detected: the page says so and offers Reload', async () => {
    const page = await open('/');
    await waitForGraph(page);
    const [worker] = corpusWorkers(page);
    if (!worker) throw new Error('no corpus worker');
    // A silent death: no error event reaches the page, only silence.
    await worker.evaluate(() => self.close());
    await openLavrovsQuote(page);
    const alert = page.getByRole('alert').filter({ hasText: 'The corpus stopped working' });
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toContain('The corpus worker stopped answering.');
    expect(await alert.getByRole('button', { name: 'Reload' }).count()).toBe(1);
    await page.getByText('The article text could not be loaded.').waitFor();
    await page.screenshot({ path: `${SHOTS}/error-worker-lost.png` });
    // Search still answers (nothing), without an unhandled failure per keystroke.
    await page.getByRole('combobox').first().fill('Lavrov');
    await page.waitForTimeout(500);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('that crashes is reported with its error', async () => {
    const page = await open('/');
    await waitForGraph(page);
    const [worker] = corpusWorkers(page);
    if (!worker) throw new Error('no corpus worker');
    await worker.evaluate(() => {
      setTimeout(() => {
        throw new Error('out of memory (simulated)');
      });
    });
    const alert = page.getByRole('alert').filter({ hasText: 'The corpus stopped working' });
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toContain('out of memory (simulated)');
    await page.close();
  });

  it('is released when another corpus is opened, and the foreign corpus is named', async () => {
    const page = await open('/?corpus=corpus.json%3Fcopy%3D1');
    await waitForGraph(page);
    const note = page.getByRole('note', { name: 'Corpus source' });
    expect(await note.textContent()).toContain('corpus.json?copy=1');
    await page.screenshot({ path: `${SHOTS}/foreign-corpus-note.png` });
    expect(corpusWorkers(page)).toHaveLength(1);
    await note.getByRole('button', { name: 'Open the bundled corpus' }).click();
    await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 1, null, {
      timeout: 20_000,
    });
    await expect.poll(() => corpusWorkers(page).length).toBe(1);
    expect(await note.count()).toBe(0);
    await page.close();
  });

  it('names a corpus on another host in the header', async () => {
    const page = await open(`/?corpus=${encodeURIComponent('http://localhost:1/c.json')}`);
    const note = page.getByRole('note', { name: 'Corpus source' });
    await note.waitFor();
    expect(await note.textContent()).toContain('Corpus from localhost:1, not from this site:');
    await page.getByRole('alert').waitFor();
    await page.screenshot({ path: `${SHOTS}/foreign-corpus-error.png` });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
    await page.close();
  });
});

describe('the dev server under its policy', () => {
  it('serves the dev policy as a header and runs the app (HMR preamble included) without violations', async () => {
    const dev = await createServer({
      server: { port: 0, host: '127.0.0.1', strictPort: false },
      logLevel: 'silent',
    });
    try {
      await dev.listen();
      const url = dev.resolvedUrls?.local[0];
      if (!url) throw new Error('vite did not report a URL');
      const page = (await (await browser.newContext()).newPage()) as Watched;
      page.errors = [];
      page.cspViolations = [];
      page.on('pageerror', (e) => page.errors.push(e.message));
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) page.cspViolations.push(m.text());
      });
      const response = await page.goto(url);
      expect(response?.headers()['content-security-policy']).toContain("connect-src 'self'");
      await page
        .getByRole('button', { name: /^Sergey Lavrov/ })
        .first()
        .waitFor({ timeout: 30_000 });
      expect(page.cspViolations).toEqual([]);
      expect(page.errors).toEqual([]);
      await page.close();
    } finally {
      await dev.close();
    }
  });
});
