/**
 * How long N dropped `.txt` articles (the benchmark generator's) take to become a graph in the
 * browser, and the longest main-thread task meanwhile. Drives the built app (`dist/`) in
 * Chromium through the page's file input, like a user picking files.
 *
 *   npm run build && npx tsx scripts/bench/measure-own-articles.ts [--articles 1000] [--dist dist]
 *
 * Prints one JSON line: articles, seconds from the pick to the drawn graph (`graph:ready` of
 * the workspace), the long tasks over 100 ms, how live the progress bar stayed (updates, the
 * longest gap between two), and Chromium's private resident memory (all its processes) before
 * the pick and at its peak, to show that 10,000 files keep memory bounded. With OWN_PROFILE=1
 * it also prints (stderr) the page's marks since the pick (own:start, own:ingested with the
 * worker's phases, own:saved, corpus:loaded, graph:ready), every long task as start+duration
 * in ms, and every progress text with its time. The first long task is Chromium's own handling
 * of the picked files, before the page hears of them.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, startPreview } from '../lib/browser.ts';
import { descendantsPrivateMiB } from '../lib/process-memory.ts';
import { writeSyntheticCorpus } from './generate-articles.ts';
import { INIT_SCRIPT, PROGRESS_PROBE } from './page-probes.ts';

export interface OwnArticlesFigures {
  articles: number;
  toGraphSeconds: number;
  longestTaskMs: number;
  longTasksOver100ms: number;
  /** Progress-bar updates seen, and the longest wait between two of them while running. */
  progressUpdates: number;
  longestProgressGapMs: number;
  /** Chromium's private resident memory (all its processes), before the pick and at its peak. */
  browserMiBBefore: number;
  browserMiBPeak: number;
  /** The page's JS heap once the graph is drawn (main thread only; the workers are apart). */
  pageHeapMiBAfter: number | null;
}

/** Generates `count` articles, picks them in the page, waits for the workspace's graph. */
export async function measureOwnArticles(
  count: number,
  distDir = 'dist',
): Promise<OwnArticlesFigures> {
  const dir = await mkdtemp(path.join(tmpdir(), 'qg-own-'));
  const { server, url } = await startPreview(distDir);
  const browser = await launchChromium();
  // Stopped in `finally` too, so a timed-out run does not leave the sampler polling.
  let sampling = false;
  try {
    await writeSyntheticCorpus({
      articles: count,
      actors: Math.max(50, Math.round(count / 2)),
      seed: 1,
      outDir: path.join(dir, 'articles'),
      actorsFile: path.join(dir, 'actors.json'),
    });
    // Paths, not buffers: Chromium then reads the files itself, as when a user picks them
    // (buffers would be rebuilt as Files by script in the page, a cost no user has).
    const files = (await readdir(path.join(dir, 'articles')))
      .sort()
      .map((name) => path.join(dir, 'articles', name));
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    await page.addInitScript(INIT_SCRIPT);
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0);
    await page.getByRole('button', { name: 'Add your articles' }).click();
    await page.evaluate(PROGRESS_PROBE);
    const browserMiBBefore = await descendantsPrivateMiB();
    let browserMiBPeak = browserMiBBefore;
    sampling = true;
    const sampler = (async () => {
      while (sampling) {
        browserMiBPeak = Math.max(browserMiBPeak, await descendantsPrivateMiB());
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    })();
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
      { timeout: 600_000, polling: 50 },
    );
    const toGraphSeconds = (Date.now() - started) / 1000;
    sampling = false;
    await sampler;
    const progress = await page.evaluate(
      () =>
        (window as unknown as { __bench: { progress: { t: number; text: string }[] } }).__bench
          .progress,
    );
    const gaps = progress.slice(1).map((p, i) => p.t - (progress[i]?.t ?? p.t));
    const pageHeapMiBAfter = await page.evaluate(() => {
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      return memory ? memory.usedJSHeapSize / 2 ** 20 : null;
    });
    if (process.env.OWN_PROFILE) {
      const detail = await page.evaluate(
        (t) => ({
          marks: performance
            .getEntriesByType('mark')
            .filter((e) => e.startTime > t)
            .map(
              (e) =>
                `${e.name}@${Math.round(e.startTime - t)}${(e as PerformanceMark).detail ? JSON.stringify((e as PerformanceMark).detail) : ''}`,
            ),
          tasks: (
            window as unknown as {
              __bench: { longTasks: { startTime: number; duration: number }[] };
            }
          ).__bench.longTasks
            .filter((e) => e.startTime > t)
            .map((e) => `${Math.round(e.startTime - t)}+${Math.round(e.duration)}`),
        }),
        since,
      );
      const texts = progress.map((p) => `${Math.round(p.t - since)} ${p.text}`);
      process.stderr.write(`${JSON.stringify({ ...detail, progress: texts })}\n`);
    }
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
      progressUpdates: progress.length,
      longestProgressGapMs: Math.round(Math.max(0, ...gaps)),
      browserMiBBefore: Math.round(browserMiBBefore),
      browserMiBPeak: Math.round(browserMiBPeak),
      pageHeapMiBAfter: pageHeapMiBAfter === null ? null : Math.round(pageHeapMiBAfter * 10) / 10,
    };
  } finally {
    sampling = false;
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      // Another build to compare with (before/after a change).
      dist: { type: 'string', default: 'dist' },
    },
  });
  const figures = await measureOwnArticles(Number(values.articles), values.dist);
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
