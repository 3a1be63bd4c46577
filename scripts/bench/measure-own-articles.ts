/**
 * How long N dropped `.txt` articles (the benchmark generator's) take to become a graph in the
 * browser, and the longest main-thread task meanwhile. Drives the built app (`dist/`) in
 * Chromium through the page's file input, like a user picking files.
 *
 *   npm run build && npx tsx scripts/bench/measure-own-articles.ts [--articles 1000]
 *
 * Prints one JSON line: articles, seconds from the pick to the drawn graph (`graph:ready` of
 * the workspace), ingest seconds as the worker reports them, and the long tasks over 50 ms.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, startPreview } from '../lib/browser.ts';
import { writeSyntheticCorpus } from './generate-articles.ts';
import { INIT_SCRIPT } from './page-probes.ts';

export interface OwnArticlesFigures {
  articles: number;
  toGraphSeconds: number;
  longestTaskMs: number;
  longTasksOver100ms: number;
}

/** Generates `count` articles, picks them in the page, waits for the workspace's graph. */
export async function measureOwnArticles(count: number): Promise<OwnArticlesFigures> {
  const dir = await mkdtemp(path.join(tmpdir(), 'qg-own-'));
  const { server, url } = await startPreview('dist');
  const browser = await launchChromium();
  try {
    await writeSyntheticCorpus({
      articles: count,
      actors: Math.max(50, Math.round(count / 2)),
      seed: 1,
      outDir: path.join(dir, 'articles'),
      actorsFile: path.join(dir, 'actors.json'),
    });
    const names = (await readdir(path.join(dir, 'articles'))).sort();
    const files = await Promise.all(
      names.map(async (name) => ({
        name,
        mimeType: 'text/plain',
        buffer: await readFile(path.join(dir, 'articles', name)),
      })),
    );
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    await page.addInitScript(INIT_SCRIPT);
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0);
    await page.getByRole('button', { name: 'Add your articles' }).click();
    // Long tasks and graph:ready from here on only.
    const since = await page.evaluate(() => performance.now());
    const started = Date.now();
    await page
      .locator('input[type=file][multiple]:not([webkitdirectory])')
      .first()
      .setInputFiles(files);
    await page.waitForFunction(
      (t) => performance.getEntriesByName('graph:ready').some((e) => e.startTime > t),
      since,
      { timeout: 120_000, polling: 50 },
    );
    const toGraphSeconds = (Date.now() - started) / 1000;
    const tasks = await page.evaluate(
      (t) =>
        (
          window as unknown as { __bench: { longTasks: { startTime: number; duration: number }[] } }
        ).__bench.longTasks
          .filter((e) => e.startTime > t)
          .map((e) => e.duration),
      since,
    );
    return {
      articles: count,
      toGraphSeconds: Math.round(toGraphSeconds * 100) / 100,
      longestTaskMs: Math.round(Math.max(0, ...tasks)),
      longTasksOver100ms: tasks.filter((d) => d > 100).length,
    };
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' } } });
  const figures = await measureOwnArticles(Number(values.articles));
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
