/**
 * Explore (issue #12) figures on the benchmark corpus: the pure steps timed in Node (thinning,
 * focus, path, structure) and the redraws and long tasks measured in headless Chromium when
 * the user changes the threshold, the kinds and the focus, and asks for communities.
 */
import type { Browser, Page } from 'playwright-core';
import type { ActorId } from '../../src/corpus/schema.ts';
import type { ActorGraph } from '../../src/graph/build-actor-graph.ts';
import { focusSubgraph, NO_THINNING, thinGraph } from '../../src/graph/explore-subgraph.ts';
import { computeGraphStructure } from '../../src/graph/graph-structure.ts';
import { seededRandom } from '../../src/lib/seeded-random.ts';
import { buildPathIndex, shortestPath } from '../../src/graph/shortest-path.ts';
import { INIT_SCRIPT } from './page-probes.ts';
import { median, percentile, round } from './stats.ts';

export type ExploreFigures = Record<string, number | null>;

function time<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

/** How many random actor pairs the path figure is measured on. */
const PATH_PAIRS = 200;

/**
 * Times the pure explore steps on `graph` (the full graph of the benchmark corpus). The path
 * figure is per query on a prebuilt index (built once per thinned graph in the app), over
 * seeded random pairs: median, p95 and max.
 */
export function measureExploreLogic(graph: ActorGraph): ExploreFigures {
  const hub = [...graph.nodes].sort(
    (a, b) => b.quotedCount + b.mentionedCount - (a.quotedCount + a.mentionedCount),
  )[0];
  const thin = time(() => thinGraph(graph, { ...NO_THINNING, minQuotes: 2 }));
  const kinds = time(() => thinGraph(graph, { ...NO_THINNING, kinds: new Set(['person']) }));
  const focus = hub
    ? time(() => focusSubgraph(graph, { id: hub.id, depth: 2, direction: 'both' }))
    : null;
  const index = time(() => buildPathIndex(graph));
  const random = seededRandom(12);
  const pick = () => graph.nodes[Math.floor(random() * graph.nodes.length)]?.id as ActorId;
  const queries: number[] = [];
  let found = 0;
  for (let i = 0; i < PATH_PAIRS && graph.nodes.length > 1; i++) {
    const q = time(() => shortestPath(index.value, pick(), pick()));
    queries.push(q.ms);
    if (q.value) found += 1;
  }
  const structure = time(() => computeGraphStructure(graph));
  return {
    thinMinQuotes2Ms: round(thin.ms, 1),
    thinMinQuotes2Actors: thin.value.nodes.length,
    kindPersonMs: round(kinds.ms, 1),
    focusHubDepth2Ms: focus ? round(focus.ms, 1) : null,
    focusHubDepth2Actors: focus ? focus.value.nodes.length : null,
    pathIndexBuildMs: round(index.ms, 1),
    pathQueryMedianMs: round(median(queries), 2),
    pathQueryP95Ms: round(percentile(queries, 95), 2),
    pathQueryMaxMs: round(queries.length ? Math.max(...queries) : null, 2),
    pathPairsConnected: found,
    pathPairs: queries.length,
    structureMs: round(structure.ms, 0),
    communities: structure.value.communities.length,
  };
}

/** The node count in the canvas's summary ("Network of N actors …"). */
async function shownActors(page: Page): Promise<number> {
  const label = (await page.locator('canvas').getAttribute('aria-label')) ?? '';
  return Number(/Network of ([\d,]+) actor/.exec(label)?.[1]?.replace(/,/g, '') ?? NaN);
}

/**
 * Milliseconds from the user's input (the timestamp of the first pointer, key, input or change
 * event `act` causes, as a browser's interaction timing would take it; the harness's own
 * actionability checks before it are not the app's) until a frame has been painted that draws
 * the graph the action asked for (the canvas's data-draw-nodes equals the summary's actor
 * count): `ms` for the first such frame, `fullMs` for the first at full quality (a new large
 * scene is first drawn in the cheap frame, its heaviest links only).
 */
async function redrawAfter(page: Page, act: () => Promise<void>, timeoutMs = 20_000) {
  const before = await shownActors(page);
  await page.evaluate(`(() => {
    const b = window.__bench;
    b.draws = [];
    b.inputAt = null;
    const canvas = document.querySelector('canvas');
    b.drawObserver?.disconnect();
    b.drawObserver = new MutationObserver(() =>
      b.draws.push({
        at: performance.now(),
        nodes: Number(canvas.dataset.drawNodes),
        full: canvas.dataset.drawQuality !== 'quick',
      }));
    b.drawObserver.observe(canvas, {
      attributes: true,
      attributeFilter: ['data-draw-nodes', 'data-draw-quality'],
    });
    for (const type of ['pointerdown', 'keydown', 'input', 'change']) {
      document.addEventListener(type, (e) => { b.inputAt ??= e.timeStamp; },
        { capture: true, once: true });
    }
    b.t0 = performance.now();
  })()`);
  await act();
  const deadline = Date.now() + timeoutMs;
  let target = before;
  while (Date.now() < deadline) {
    target = await shownActors(page);
    if (target !== before) break;
    await page.waitForTimeout(5);
  }
  const times = (await page.evaluate(`(async () => {
    const b = window.__bench;
    const end = performance.now() + ${timeoutMs};
    const from = b.inputAt ?? b.t0;
    while (performance.now() < end) {
      const first = b.draws.find((d) => d.nodes === ${target});
      const full = b.draws.find((d) => d.nodes === ${target} && d.full);
      // Drawing happens in an animation frame: the paint follows at once.
      if (first && full) return { ms: first.at - from, fullMs: full.at - from };
      await new Promise((r) => setTimeout(r, 5));
    }
    return { ms: null, fullMs: null };
  })()`)) as { ms: number | null; fullMs: number | null };
  return { ...times, actors: target, changed: target !== before };
}

/** Longest long task (ms) that started after `since` (page clock). */
async function longestTaskSince(page: Page, since: number): Promise<number> {
  const tasks = (await page.evaluate('window.__bench.longTasks')) as {
    startTime: number;
    duration: number;
  }[];
  return tasks.filter((t) => t.startTime >= since).reduce((m, t) => Math.max(m, t.duration), 0);
}

/**
 * Drives Explore in the app at `url` (already serving the benchmark corpus): threshold, kind
 * and focus changes, each timed to its repaint, then colour by community, with the longest
 * long task while the worker computes communities and PageRank.
 */
export async function measureExploreBrowser(
  browser: Browser,
  url: string,
  readyTimeoutMs: number,
): Promise<{ figures: ExploreFigures; reasons: Record<string, string> }> {
  const figures: ExploreFigures = {};
  const reasons: Record<string, string> = {};
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.addInitScript(INIT_SCRIPT);
  try {
    await page.goto(url);
    // A large corpus draws before its quotes are checked, then takes them in (a rebuild):
    // changes are timed on the loaded page, after both.
    await page.waitForFunction(
      () => ['graph:ready', 'corpus:quotes'].every((m) => performance.getEntriesByName(m).length),
      null,
      { timeout: readyTimeoutMs },
    );
    // Let the load's follow-up work (labels, edge index in idle time) settle first.
    await page.waitForTimeout(2000);
    await page.getByRole('button', { name: /^Explore/ }).click();

    // Elements are found before the clock starts: finding one by role walks the page's
    // accessibility tree, which is the test harness's cost, not the app's.
    const handle = async (locator: ReturnType<Page['getByRole']>) => {
      const h = await locator.elementHandle();
      if (!h) throw new Error('explore control not found');
      return h;
    };
    const min = await handle(page.getByRole('spinbutton', { name: 'Minimum quotes per link' }));
    const threshold = await redrawAfter(page, () => min.fill('3'));
    figures.thresholdRedrawMs = round(threshold.ms, 1);
    figures.thresholdFullMs = round(threshold.fullMs, 1);
    figures.thresholdActors = threshold.actors;
    const back = await redrawAfter(page, () => min.fill('1'));
    figures.thresholdBackRedrawMs = round(back.ms, 1);

    // A click, not uncheck(): the URL update commits in a transition, after uncheck's own check.
    const person = await handle(page.getByRole('checkbox', { name: 'Person' }));
    const kind = await redrawAfter(page, () => person.click());
    figures.kindRedrawMs = round(kind.ms, 1);
    figures.kindFullMs = round(kind.fullMs, 1);
    figures.kindActors = kind.actors;
    await redrawAfter(page, () => person.click());

    // Focus on the most prominent actor (the first actor button).
    await page
      .getByRole('group', { name: /^Actors/ })
      .getByRole('button')
      .first()
      .click();
    const focusButton = await handle(page.getByRole('button', { name: /^Focus on / }));
    const focus = await redrawAfter(page, () => focusButton.click());
    figures.focusRedrawMs = round(focus.ms, 1);
    figures.focusFullMs = round(focus.fullMs, 1);
    figures.focusActors = focus.actors;
    const depthSelect = await handle(page.getByRole('combobox', { name: 'Depth' }));
    const depth = await redrawAfter(page, async () => {
      await depthSelect.selectOption('2');
    });
    figures.focusDepth2RedrawMs = round(depth.ms, 1);
    figures.focusDepth2FullMs = round(depth.fullMs, 1);
    figures.focusDepth2Actors = depth.actors;
    await redrawAfter(page, () => page.getByRole('button', { name: 'Show everyone' }).click());

    // Found before the clock, and waited for by a plain selector: Playwright's role engine runs
    // on the page's main thread and walks every one of its ~10,000 actor buttons per poll, which
    // showed up as long tasks of its own (the harness's, not the app's).
    const colourBy = await handle(page.getByRole('combobox', { name: 'Colour by' }));
    const since = (await page.evaluate('performance.now()')) as number;
    await colourBy.selectOption('community');
    await page.waitForFunction(() => document.querySelector('ul[aria-label="Communities"]'), null, {
      timeout: 120_000,
    });
    const ready = (await page.evaluate('performance.now()')) as number;
    await page.waitForTimeout(500);
    figures.communitiesReadyMs = round(ready - since, 0);
    figures.communitiesLongestTaskMs = round(await longestTaskSince(page, since), 1);
  } catch (error) {
    reasons.explore = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  } finally {
    await context.close();
  }
  return { figures, reasons };
}
