/**
 * CPU profiles of the built app at the moments the benchmark times: the load, the first actor
 * clicks, and an Explore focus. Prints the largest self times per moment (one JSON line each)
 * and writes the .cpuprofile files (open them in Chromium's DevTools, Performance panel).
 * Build without minifying to read function names:
 *
 *   npx vite build --outDir /tmp/site --minify false && cp corpus.json /tmp/site/bench-corpus.json
 *   npm run bench:profile -- --site /tmp/site --corpus bench-corpus.json --actors "A,B" --out /tmp/prof
 *
 * A diagnosis tool, not a measurement: sampling adds overhead, so timings here are not figures.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, startPreview } from '../lib/browser.ts';
import { summariseCpuProfile } from './cpu-profile.ts';
import { timeActorClick } from './measure-browser.ts';
import { INIT_SCRIPT } from './page-probes.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    corpus: { type: 'string', default: 'corpus.json' },
    actors: { type: 'string', default: '' },
    out: { type: 'string', default: 'profiles' },
    top: { type: 'string', default: '20' },
  },
});
const out = path.resolve(values.out);
const top = Number(values.top);

async function profiled<T>(cdp: CDPSession, label: string, act: () => Promise<T>): Promise<T> {
  await cdp.send('Profiler.start');
  const result = await act();
  const { profile } = await cdp.send('Profiler.stop');
  await writeFile(
    path.join(out, `${label.replace(/\W+/g, '_')}.cpuprofile`),
    JSON.stringify(profile),
  );
  const summary = summariseCpuProfile(profile, top);
  console.log(JSON.stringify({ label, result, ...summary }));
  return result;
}

async function longTasks(page: Page): Promise<number[]> {
  const tasks = (await page.evaluate('window.__bench.longTasks')) as { duration: number }[];
  return tasks.map((t) => Math.round(t.duration)).sort((a, b) => b - a);
}

await mkdir(out, { recursive: true });
const { server, url } = await startPreview(values.site);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(INIT_SCRIPT);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const base = url.endsWith('/') ? url : `${url}/`;
  await profiled(cdp, 'load', async () => {
    await page.goto(`${base}?corpus=${encodeURIComponent(values.corpus)}`);
    await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0, null, {
      timeout: 180_000,
    });
    return page.evaluate(() =>
      Object.fromEntries(
        performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]),
      ),
    );
  });
  console.log(
    JSON.stringify({ label: 'load long tasks', result: (await longTasks(page)).slice(0, 12) }),
  );
  // A large corpus draws before its quotes are checked: profile what follows on the loaded page.
  await page.waitForFunction(() => performance.getEntriesByName('corpus:quotes').length > 0, null, {
    timeout: 180_000,
  });
  await page.waitForTimeout(2000);
  for (const name of values.actors.split(',').filter(Boolean)) {
    await profiled(cdp, `click ${name}`, () =>
      timeActorClick(page, { name, snippets: [] }, 30_000),
    );
    await page.waitForTimeout(800);
  }
  await page.getByRole('button', { name: /^Explore/ }).click();
  // Each explore change is timed to the next painted frame: a profile of what one change costs.
  const settle = () =>
    page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const timedChange = async (label: string, act: () => Promise<unknown>, url: RegExp) => {
    await profiled(cdp, label, async () => {
      const t0 = Date.now();
      await act();
      await page.waitForURL(url, { timeout: 30_000 });
      await settle();
      return Date.now() - t0;
    });
    await page.waitForTimeout(800);
  };
  const person = await page.getByRole('checkbox', { name: 'Person' }).elementHandle();
  if (person) {
    await timedChange('kinds', () => person.click(), /kinds=/);
    await person.click();
    await page.waitForTimeout(800);
  }
  // "Focus on …" offers the selected actor: select the most prominent (the first button).
  await page
    .getByRole('group', { name: /^Actors/ })
    .getByRole('button')
    .first()
    .click();
  await page.waitForTimeout(800);
  const focus = page.getByRole('button', { name: /^Focus on / });
  if ((await focus.count()) > 0) {
    const handle = await focus.first().elementHandle();
    await timedChange('focus', async () => handle?.click(), /focus=/);
    const depth = await page.getByRole('combobox', { name: 'Depth' }).elementHandle();
    if (depth) await timedChange('depth 2', () => depth.selectOption('2'), /depth=2/);
    await page.getByRole('button', { name: 'Show everyone' }).click();
    await page.waitForTimeout(800);
  }
  // Colour by community: the worker's answer, then the recoloured scene.
  await profiled(cdp, 'communities', async () => {
    const t0 = Date.now();
    await page.getByRole('combobox', { name: 'Colour by' }).selectOption('community');
    await page.getByRole('list', { name: 'Communities' }).waitFor({ timeout: 120_000 });
    await page.waitForTimeout(500);
    return Date.now() - t0;
  });
} finally {
  await browser.close();
  await server.close();
}
