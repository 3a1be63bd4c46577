/**
 * The timeline's figures (issue #13) on any built site and corpus, without the whole bench:
 * how many statements the timeline holds (as its header says them), the time to draw it, and a
 * brush step until the graph has redrawn. For the 100,000-statement check:
 *
 *   npm run bench -- --articles 34300 --skip-baseline --runs 1 --warmup 0 --out /tmp/b34
 *   npm run bench:timeline -- --site /tmp/b34/site --corpus bench-corpus.json --runs 3
 *
 * Prints one JSON line per run, then the medians.
 */
import { parseArgs } from 'node:util';
import { launchChromium, startPreview } from '../lib/browser.ts';
import { TIME_TIMELINE } from './measure-browser.ts';
import { INIT_SCRIPT } from './page-probes.ts';
import { median, round } from './stats.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    corpus: { type: 'string', default: 'corpus.json' },
    runs: { type: 'string', default: '3' },
  },
});

interface TimelineRun {
  statements: string;
  drawMs: number | null;
  brushMs: number | null;
  reason?: string;
}

const { server, url } = await startPreview(values.site);
const browser = await launchChromium();
const runs: TimelineRun[] = [];
try {
  for (let i = 0; i < Number(values.runs); i++) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    await page.addInitScript(INIT_SCRIPT);
    await page.goto(`${url}?corpus=${encodeURIComponent(values.corpus)}`);
    await page.waitForFunction(
      () => ['graph:ready', 'corpus:quotes'].every((m) => performance.getEntriesByName(m).length),
      null,
      { timeout: 300_000 },
    );
    await page.waitForTimeout(2000);
    const region = page.getByRole('region', { name: 'Timeline' });
    const header = ((await region.textContent()) ?? '').match(
      /([\d,]+) dated statements.*?Include ([\d,]+) undated statements/,
    );
    const result = (await page.evaluate(TIME_TIMELINE)) as Partial<TimelineRun>;
    const run: TimelineRun = {
      statements: header ? `${header[1]} dated + ${header[2]} undated` : 'not shown',
      drawMs: round(result.drawMs ?? null, 1),
      brushMs: round(result.brushMs ?? null, 1),
      ...(result.reason ? { reason: result.reason } : {}),
    };
    console.log(JSON.stringify(run));
    runs.push(run);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const of = (key: 'drawMs' | 'brushMs') =>
  round(median(runs.flatMap((r) => (r[key] === null ? [] : [r[key]]))), 1);
console.log(JSON.stringify({ median: { drawMs: of('drawMs'), brushMs: of('brushMs') } }));
