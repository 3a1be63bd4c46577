/**
 * Browser measurements of the built app and of the textbook d3 baseline, one fresh browser
 * context per run. Every wait is bounded; a part of the app that is missing gives a null figure
 * with a reason instead of an exception.
 */
import type { Browser, BrowserContext, CDPSession, Locator, Page } from 'playwright-core';
import {
  CLICK_AND_WAIT,
  INIT_SCRIPT,
  INSTALL_KEY_RECORDER,
  KEY_RECORDER_STATE,
  READ_KEY_RECORDER,
  READ_MARKS,
  READ_RESOURCES,
} from './page-probes.ts';
import {
  blockingTime,
  intervals,
  keystrokeLatencies,
  median,
  percentile,
  round,
  type TaskEntry,
} from './stats.ts';

export interface ActorProbe {
  name: string;
  /** Opening characters of some of the actor's quotes, to recognise its quote list. */
  snippets: string[];
}

export interface AppRunOptions {
  url: string;
  /** Longest wait for corpus:loaded / graph:ready. */
  readyTimeoutMs: number;
  /** Actors to click, most quoted first; [0] is the one timed on a fresh page. */
  actors: ActorProbe[];
  searchQuery: string;
  /** Select/pan/zoom cycles before the second heap reading. */
  cycles: number;
  panZoomMs: number;
  /** Record a CPU profile of the load (adds overhead: only for a dedicated profiling run). */
  profile?: boolean;
}

export type Figures = Record<string, number | null>;

export interface RunResult {
  figures: Figures;
  /** figure → why it is null. */
  reasons: Record<string, string>;
  marks: Record<string, { startTime: number; duration: number; type: string }>;
  resources: {
    name: string;
    startTime: number;
    responseEnd: number;
    transferSize: number;
    decodedBodySize: number;
  }[];
  errors: string[];
  cpuProfile?: unknown;
}

const VIEWPORT = { width: 1280, height: 800 };

/** Progress lines on stderr, so a slow phase of a long run can be seen while it happens. */
function phase(text: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}]     · ${text}\n`);
}

/** page.evaluate with a deadline: a main thread blocked for minutes must not hang the bench. */
async function evaluateWithin(page: Page, expression: string, ms = 30_000): Promise<unknown> {
  return withTimeout(page.evaluate(expression), ms, 'page evaluation (main thread busy?)');
}

function message(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Start time (ms since navigation start) of the first entry with this name, waiting up to
 * `timeoutMs`. Polls with page.evaluate (CDP, not subject to the page's CSP) rather than
 * page.waitForFunction, whose in-page polling needs eval, which the app's CSP forbids.
 */
async function waitForMark(page: Page, name: string, timeoutMs: number): Promise<number | null> {
  const expression = `(() => { const e = performance.getEntriesByName(${JSON.stringify(name)})[0]; return e ? e.startTime : null; })()`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value: unknown = await evaluateWithin(page, expression, 10_000).catch(() => null);
    if (typeof value === 'number') return value;
    if (Date.now() >= deadline) return null;
    await page.waitForTimeout(50);
  }
}

/** Used JS heap in MB after a forced full garbage collection. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize / (1024 * 1024);
}

/** Wheel-zooms and drags over `surface` for about `durationMs` while the page records frames. */
async function panAndZoom(
  page: Page,
  surface: Locator,
  durationMs: number,
): Promise<number[] | null> {
  const box = await surface.boundingBox({ timeout: 2000 }).catch(() => null);
  if (!box || box.width < 20 || box.height < 20) return null;
  await evaluateWithin(page, 'window.__bench.startFrames()');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const start = Date.now();
  let step = 0;
  while (Date.now() - start < durationMs) {
    // Alternate: zoom in/out with the wheel at the centre, then drag from a point near a corner
    // (more likely empty space than a node, so it pans rather than drags a node).
    await page.mouse.move(cx, cy);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, step % 2 === 0 ? -120 : 120);
    const x0 = box.x + box.width * 0.12;
    const y0 = box.y + box.height * 0.12;
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    await page.mouse.move(x0 + 160, y0 + 90, { steps: 12 });
    await page.mouse.move(x0, y0, { steps: 12 });
    await page.mouse.up();
    step++;
  }
  const frames: unknown = await evaluateWithin(page, 'window.__bench.stopFrames()');
  return Array.isArray(frames) ? frames.filter((f): f is number => typeof f === 'number') : null;
}

async function firstVisible(candidates: Locator[]): Promise<Locator | null> {
  for (const c of candidates) {
    const n = await c.count().catch(() => 0);
    if (n > 0) return c.first();
  }
  return null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function actorButton(page: Page, name: string): Locator {
  return page.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}\\b`) });
}

/** Clicks the actor's button inside the page and times heading + quote painted. */
export async function timeActorClick(
  page: Page,
  actor: ActorProbe,
  timeoutMs: number,
): Promise<{ ms: number | null; reason?: string }> {
  const button = actorButton(page, actor.name);
  const count = await button.count().catch(() => 0);
  if (count === 0)
    return { ms: null, reason: `no button whose accessible name begins with "${actor.name}"` };
  const handle = await button.first().elementHandle({ timeout: 2000 });
  if (!handle) return { ms: null, reason: 'actor button vanished' };
  // A Function built from source text, so Playwright serialises plain JavaScript (see page-probes.ts).
  const probe = new Function('el', 'args', `return (${CLICK_AND_WAIT})(el, args);`) as (
    el: Element,
    args: { name: string; snippets: string[]; timeoutMs: number },
  ) => Promise<unknown>;
  const result: unknown = await withTimeout(
    handle.evaluate(probe, { name: actor.name, snippets: actor.snippets, timeoutMs }),
    timeoutMs + 5000,
    'actor click',
  );
  await handle.dispose();
  if (
    result &&
    typeof result === 'object' &&
    'paintMs' in result &&
    typeof result.paintMs === 'number'
  ) {
    return { ms: result.paintMs };
  }
  const reason =
    result && typeof result === 'object' && 'error' in result
      ? String(result.error)
      : 'click probe failed';
  return { ms: null, reason };
}

/** Types `query` one key at a time and returns per-keystroke keydown → results painted (ms). */
async function timeSearch(
  page: Page,
  query: string,
): Promise<{ latencies: (number | null)[] | null; reason?: string }> {
  const box = await firstVisible([
    page.getByRole('searchbox', { name: /search/i }),
    page.getByRole('combobox', { name: /search/i }),
    page.getByRole('textbox', { name: /search/i }),
  ]);
  if (!box) return { latencies: null, reason: 'no searchbox/combobox named /search/i' };
  // Generous: after a heavy click the main thread may still be busy for seconds.
  await box.click({ timeout: 30_000 });
  await box.fill('', { timeout: 30_000 });
  await page.waitForTimeout(300);
  await evaluateWithin(page, INSTALL_KEY_RECORDER);
  for (const ch of query) {
    phase(`key "${ch}"`);
    await page.keyboard.type(ch);
    // Wait for the page to go quiet: 400 ms without DOM updates (debounce included), at most 5 s.
    const start = Date.now();
    for (;;) {
      await page.waitForTimeout(50);
      const state = (await evaluateWithin(page, KEY_RECORDER_STATE)) as {
        now: number;
        lastDown: number | null;
        lastBatch: number | null;
        pending: boolean;
      };
      const lastActivity = Math.max(state.lastDown ?? 0, state.lastBatch ?? 0);
      if (!state.pending && state.now - lastActivity > 400) break;
      if (Date.now() - start > 5000) break;
    }
  }
  const rec = (await evaluateWithin(page, READ_KEY_RECORDER)) as {
    downs: number[];
    batches: { at: number; paintedAt: number | null }[];
  };
  const latencies = keystrokeLatencies(rec.downs, rec.batches);
  if (latencies.every((l) => l === null))
    return { latencies: null, reason: 'no DOM update after any keystroke' };
  await box.fill('', { timeout: 3000 }).catch(() => undefined);
  return { latencies };
}

/**
 * The timeline's figures, measured in the page. Draw: showing the collapsed timeline (binning
 * every statement, rendering and laying out its SVG), from the click to the forced layout; a
 * click is a discrete event, so React commits inside it. Brush: one keyboard brush step (filter,
 * graph rebuild, canvas redraw) until the graph's canvas has drawn the new range (its first
 * draw after the key, seen on its data-draw-ms attribute), median of five, the slider focused
 * first as a keyboard user's is. A step that draws nothing within 10 s is reported as a reason
 * rather than timed to some unrelated frame.
 */
export const TIME_TIMELINE = `(async () => {
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const region = document.querySelector('section[aria-label="Timeline"]');
  if (!region) return { reason: 'no Timeline region' };
  const canvas = document.querySelector('canvas');
  const button = (label) => [...region.querySelectorAll('button')].find((b) => b.textContent === label);
  const hide = button('Hide timeline');
  if (hide) { hide.click(); await frames(); }
  const show = button('Show timeline');
  if (!show) return { reason: 'no Show timeline button' };
  let t = performance.now();
  show.click();
  region.getBoundingClientRect();
  const drawMs = performance.now() - t;
  await frames();
  const slider = region.querySelector('[role="slider"][aria-label="Range end"]');
  if (!slider) return { drawMs, reason: 'no Range end slider' };
  if (!canvas) return { drawMs, reason: 'no graph canvas' };
  const key = (k) => slider.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  // A keyboard user focuses the slider before stepping it (the app starts its range index
  // then); the first step's wait for a settled frame gives that time to finish.
  slider.focus();
  const nextDraw = () => new Promise((resolve) => {
    const timer = setTimeout(() => { observer.disconnect(); resolve(null); }, 10000);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(canvas, { attributes: true, attributeFilter: ['data-draw-ms'] });
  });
  // A quick frame is followed by the full-quality one (drawn over later tasks): a step timed
  // while that is still pending would take the previous view's full frame for its redraw.
  const settled = () => new Promise((resolve) => {
    let last = performance.now();
    const observer = new MutationObserver(() => { last = performance.now(); });
    observer.observe(canvas, { attributes: true, attributeFilter: ['data-draw-ms'] });
    const started = performance.now();
    const check = () => {
      const now = performance.now();
      const full = canvas.dataset.drawQuality !== 'quick';
      if ((full && now - last > 150) || now - started > 5000) { observer.disconnect(); resolve(null); }
      else setTimeout(check, 25);
    };
    check();
  });
  const brush = [];
  for (let i = 0; i < 5; i++) {
    await settled();
    const drawn = nextDraw();
    t = performance.now();
    key('PageDown');
    const at = await drawn;
    if (at === null) return { drawMs, reason: 'no graph redraw within 10 s of a brush step' };
    brush.push(at - t);
    const back = nextDraw();
    key('Escape');
    await back;
    await frames();
  }
  brush.sort((a, b) => a - b);
  return { drawMs, brushMs: brush[2] };
})()`;
/** The Export menu's items, and the figure each one's time goes to. */
const EXPORTS: readonly (readonly [item: string, figure: string])[] = [
  ['Quotes as CSV', 'exportCsvMs'],
  ['Quotes as JSON', 'exportJsonMs'],
  ['Graph as GEXF', 'exportGexfMs'],
  ['Graph as GraphML', 'exportGraphmlMs'],
  ['View as SVG', 'exportSvgMs'],
  ['View as PNG', 'exportPngMs'],
];

/**
 * Clicks each export of the header's Export menu and times click → download (page clock), and
 * the longest main-thread task while it ran: an export that freezes the page shows there.
 */
async function timeExports(page: Page, result: RunResult): Promise<void> {
  const menu = page.getByRole('button', { name: /Export/ });
  if ((await menu.count().catch(() => 0)) === 0) {
    for (const [, figure] of EXPORTS) setFigure(result, figure, null, 'no Export menu button');
    setFigure(result, 'exportLongestTaskMs', null, 'no Export menu button');
    return;
  }
  const from = (await evaluateWithin(page, 'performance.now()')) as number;
  for (const [item, figure] of EXPORTS) {
    phase(`export ${item}`);
    try {
      await menu.click({ timeout: 30_000 });
      const start = (await evaluateWithin(page, 'performance.now()')) as number;
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        page.getByRole('menuitem', { name: item }).click({ timeout: 30_000 }),
      ]);
      const end = (await evaluateWithin(page, 'performance.now()')) as number;
      setFigure(result, figure, end - start);
      await download.delete().catch(() => undefined);
    } catch (error) {
      setFigure(result, figure, null, message(error));
    }
  }
  const to = (await evaluateWithin(page, 'performance.now()')) as number;
  const tasks = (await evaluateWithin(page, 'window.__bench.longTasks')) as TaskEntry[];
  setFigure(result, 'exportLongestTaskMs', blockingTime(tasks, from, to).longestTaskMs);
}

async function newPage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.addInitScript(INIT_SCRIPT);
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

async function loadAndWait(
  page: Page,
  url: string,
  readyTimeoutMs: number,
  result: RunResult,
  waitQuotes = true,
): Promise<{
  corpusLoaded: number | null;
  graphReady: number | null;
  quotesLoaded: number | null;
}> {
  const deadline = Date.now() + readyTimeoutMs;
  try {
    await page.goto(url, { waitUntil: 'load', timeout: readyTimeoutMs });
  } catch (error) {
    result.errors.push(`navigation: ${message(error)}`);
  }
  const corpusLoaded = await waitForMark(
    page,
    'corpus:loaded',
    Math.max(1000, deadline - Date.now()),
  );
  const graphReady = await waitForMark(page, 'graph:ready', Math.max(1000, deadline - Date.now()));
  // A web corpus draws before its quotes are in: what comes after is measured once they are.
  const quotesLoaded = waitQuotes
    ? await waitForMark(page, 'corpus:quotes', Math.max(1000, deadline - Date.now()))
    : null;
  return { corpusLoaded, graphReady, quotesLoaded };
}

function setFigure(result: RunResult, key: string, value: number | null, reason?: string): void {
  result.figures[key] = value === null ? null : round(value, 1);
  if (value === null) result.reasons[key] = reason ?? 'not measured';
}

/** One cycle: click the actor (timed), zoom in and out, pan and pan back. */
async function selectPanZoomCycle(
  page: Page,
  canvas: Locator,
  hasCanvas: boolean,
  actor: ActorProbe,
): Promise<{ ms: number | null; reason?: string }> {
  const tryClick = () =>
    timeActorClick(page, actor, 5000).catch((e: unknown) => ({ ms: null, reason: message(e) }));
  let click = await tryClick();
  if (click.ms === null && click.reason?.startsWith('no button')) {
    // Out of view after a node drag or uneven zoom: recentre as a user would, then retry.
    await page
      .getByRole('button', { name: 'Fit to view' })
      .click({ timeout: 5000 })
      .catch(() => undefined);
    await page.waitForTimeout(300);
    click = await tryClick();
  }
  const box = hasCanvas ? await canvas.boundingBox({ timeout: 2000 }).catch(() => null) : null;
  if (box) {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -240);
    await page.mouse.wheel(0, 240);
    await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.1);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.2, { steps: 5 });
    await page.mouse.up();
    // Pan back: the page only gives buttons to actors in view, so a view that drifted further
    // each cycle would leave the next actor to click without one.
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.1, { steps: 5 });
    await page.mouse.up();
  }
  return click;
}

/** One full run against the app: load, long tasks, heap, pan/zoom, click, search, cycles. */
export async function measureAppRun(browser: Browser, options: AppRunOptions): Promise<RunResult> {
  const result: RunResult = { figures: {}, reasons: {}, marks: {}, resources: [], errors: [] };
  const { context, page, cdp } = await newPage(browser);
  page.on('pageerror', (e) => result.errors.push(`pageerror: ${message(e)}`));
  try {
    if (options.profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    const { corpusLoaded, graphReady, quotesLoaded } = await loadAndWait(
      page,
      options.url,
      options.readyTimeoutMs,
      result,
    );
    setFigure(result, 'navigationToQuotesMs', quotesLoaded, 'no corpus:quotes mark');
    setFigure(
      result,
      'navigationToCorpusLoadedMs',
      corpusLoaded,
      `no corpus:loaded mark within ${options.readyTimeoutMs} ms`,
    );
    setFigure(
      result,
      'navigationToGraphReadyMs',
      graphReady,
      `no graph:ready mark within ${options.readyTimeoutMs} ms`,
    );
    // Let work scheduled right after the first draw (labels, idle callbacks) show up as tasks.
    await page.waitForTimeout(1000);
    if (options.profile) {
      const { profile } = await cdp.send('Profiler.stop');
      result.cpuProfile = profile;
    }
    result.marks = (await evaluateWithin(page, READ_MARKS)) as RunResult['marks'];
    result.resources = (await evaluateWithin(page, READ_RESOURCES)) as RunResult['resources'];
    const tasks = (await evaluateWithin(page, 'window.__bench.longTasks')) as TaskEntry[];
    // The load ends a second after the later of the picture and the quotes: the tasks that
    // take a web corpus's quotes in count as load.
    const loadEnd =
      Math.max(graphReady ?? corpusLoaded ?? options.readyTimeoutMs, quotesLoaded ?? 0) + 1000;
    const blocking = blockingTime(tasks, 0, loadEnd);
    // Without graph:ready the load never finished: a quiet main thread would be no achievement.
    const noLoad =
      graphReady === null ? 'no graph:ready mark, so there is no load to measure' : undefined;
    setFigure(result, 'longestTaskMs', noLoad ? null : blocking.longestTaskMs, noLoad);
    setFigure(result, 'totalBlockingMs', noLoad ? null : blocking.totalBlockingMs, noLoad);
    setFigure(result, 'longTasks', noLoad ? null : blocking.longTasks, noLoad);
    const corpusResource = result.resources.find((r) => /\.json(\?|$)/.test(r.name));
    setFigure(
      result,
      'corpusFetchMs',
      corpusResource ? corpusResource.responseEnd - corpusResource.startTime : null,
      'no JSON resource timing',
    );

    phase('heap after load');
    setFigure(result, 'heapAfterLoadMB', noLoad ? null : await heapAfterGc(cdp), noLoad);

    const canvas = page.locator('canvas').first();
    const hasCanvas = (await canvas.count()) > 0;
    phase('pan/zoom');
    const frames = hasCanvas ? await panAndZoom(page, canvas, options.panZoomMs) : null;
    if (frames && frames.length > 2) {
      const gaps = intervals(frames);
      setFigure(result, 'frameIntervalMedianMs', median(gaps));
      setFigure(result, 'frameIntervalP95Ms', percentile(gaps, 95));
      setFigure(result, 'framesRecorded', frames.length);
    } else {
      const why = hasCanvas
        ? 'canvas has no usable size or no frames recorded'
        : 'no <canvas> in the page';
      setFigure(result, 'frameIntervalMedianMs', null, why);
      setFigure(result, 'frameIntervalP95Ms', null, why);
    }

    phase('click → quotes');
    const top = options.actors[0];
    if (top) {
      const click = await timeActorClick(page, top, 10_000).catch((e: unknown) => ({
        ms: null,
        reason: message(e),
      }));
      setFigure(result, 'clickToQuotesMs', click.ms, click.reason);
    } else {
      setFigure(result, 'clickToQuotesMs', null, 'no actor to click');
    }

    phase('search');
    const search = await timeSearch(page, options.searchQuery).catch((e: unknown) => ({
      latencies: null,
      reason: message(e),
    }));
    if (search.latencies) {
      setFigure(result, 'searchKeystrokeMedianMs', median(search.latencies));
      setFigure(result, 'searchKeystrokeP95Ms', percentile(search.latencies, 95));
      setFigure(result, 'searchKeystrokeMaxMs', percentile(search.latencies, 100));
    } else {
      for (const k of ['searchKeystrokeMedianMs', 'searchKeystrokeP95Ms', 'searchKeystrokeMaxMs']) {
        setFigure(result, k, null, search.reason);
      }
    }

    phase('timeline');
    const timeline = (await evaluateWithin(page, TIME_TIMELINE).catch((e: unknown) => ({
      reason: message(e),
    }))) as { drawMs?: number; brushMs?: number; reason?: string };
    setFigure(result, 'timelineDrawMs', timeline.drawMs ?? null, timeline.reason);
    setFigure(result, 'timelineBrushToGraphMs', timeline.brushMs ?? null, timeline.reason);

    // 20 select/pan/zoom cycles: leaks in selection, panels or the zoom handler show as growth.
    // The reference is taken after one warm round over the same actors, so what is built once
    // per actor on first use (its panel's lookups, timeline rows) is not counted as growth: a
    // 63-cycle run plateaus at the 20-cycle figure, so that part is a cache, not a leak.
    const cycleActors = Array.from(
      { length: options.cycles },
      (_, i) => options.actors[(i + 1) % Math.max(1, options.actors.length)],
    ).filter((a): a is ActorProbe => a !== undefined);
    const warmRound = [...new Map(cycleActors.map((a) => [a.name, a])).values()];
    phase(`warm round over ${warmRound.length} actors`);
    for (const actor of warmRound) await selectPanZoomCycle(page, canvas, hasCanvas, actor);
    phase(`${options.cycles} select/pan/zoom cycles`);
    const heapBeforeCycles = noLoad ? null : await heapAfterGc(cdp);
    setFigure(result, 'heapBeforeCyclesMB', heapBeforeCycles, noLoad);
    const warmClicks: number[] = [];
    const cycleErrors: string[] = [];
    for (const actor of cycleActors) {
      const click = await selectPanZoomCycle(page, canvas, hasCanvas, actor);
      if (click.ms !== null) warmClicks.push(click.ms);
      else if (click.reason) cycleErrors.push(click.reason);
    }
    if (cycleErrors.length > 0)
      result.errors.push(`cycles: ${cycleErrors.length} clicks failed, e.g. ${cycleErrors[0]}`);
    setFigure(
      result,
      'clickToQuotesWarmMedianMs',
      median(warmClicks),
      cycleErrors[0] ?? 'no cycles',
    );
    await page.waitForTimeout(500);
    const heapAfterCycles = await heapAfterGc(cdp);
    setFigure(result, 'heapAfterCyclesMB', heapAfterCycles);
    setFigure(
      result,
      'heapGrowthPercent',
      heapBeforeCycles ? ((heapAfterCycles - heapBeforeCycles) / heapBeforeCycles) * 100 : null,
      'no heap reading before the cycles',
    );

    // Last, so the files made do not count in the heap figures above.
    await timeExports(page, result);
  } catch (error) {
    result.errors.push(message(error));
  } finally {
    await context.close().catch(() => undefined);
  }
  return result;
}

export interface BaselineRunOptions {
  url: string;
  readyTimeoutMs: number;
  panZoomMs: number;
}

/** One run against the d3 gallery-style SVG page: simulation end, long tasks, pan/zoom, heap. */
export async function measureBaselineRun(
  browser: Browser,
  options: BaselineRunOptions,
): Promise<RunResult> {
  const result: RunResult = { figures: {}, reasons: {}, marks: {}, resources: [], errors: [] };
  const { context, page, cdp } = await newPage(browser);
  page.on('pageerror', (e) => result.errors.push(`pageerror: ${message(e)}`));
  try {
    const { corpusLoaded, graphReady } = await loadAndWait(
      page,
      options.url,
      options.readyTimeoutMs,
      result,
      false,
    );
    setFigure(result, 'navigationToCorpusLoadedMs', corpusLoaded, 'no corpus:loaded mark');
    setFigure(
      result,
      'navigationToGraphReadyMs',
      graphReady,
      `simulation did not end within ${options.readyTimeoutMs} ms`,
    );
    result.marks = (await evaluateWithin(page, READ_MARKS)) as RunResult['marks'];
    const firstDraw = result.marks['graph:first-draw']?.startTime ?? null;
    setFigure(result, 'navigationToFirstDrawMs', firstDraw, 'no graph:first-draw mark');
    const ticks: unknown = await evaluateWithin(
      page,
      'window.__baseline ? window.__baseline.ticks : null',
    );
    setFigure(result, 'ticks', typeof ticks === 'number' ? ticks : null, 'no tick counter');
    if (graphReady === null) {
      // Still simulating at the deadline: the time so far is a lower bound of "ready".
      const elapsed: unknown = await evaluateWithin(page, 'performance.now()');
      setFigure(
        result,
        'graphReadyLowerBoundMs',
        typeof elapsed === 'number' ? elapsed : null,
        'no clock',
      );
    }
    const tasks = (await evaluateWithin(page, 'window.__bench.longTasks')) as TaskEntry[];
    const loadEnd = graphReady ?? options.readyTimeoutMs;
    const blocking = blockingTime(tasks, 0, loadEnd);
    setFigure(result, 'longestTaskMs', blocking.longestTaskMs);
    setFigure(result, 'totalBlockingMs', blocking.totalBlockingMs);
    setFigure(result, 'longTasks', blocking.longTasks);
    // Stop a still-running simulation so the pan/zoom figures measure pan/zoom, as after "ready".
    await evaluateWithin(page, 'window.__baseline && window.__baseline.stop()');
    setFigure(result, 'heapAfterLoadMB', await heapAfterGc(cdp));
    const frames = await panAndZoom(page, page.locator('svg').first(), options.panZoomMs);
    if (frames && frames.length > 2) {
      const gaps = intervals(frames);
      setFigure(result, 'frameIntervalMedianMs', median(gaps));
      setFigure(result, 'frameIntervalP95Ms', percentile(gaps, 95));
      setFigure(result, 'framesRecorded', frames.length);
    } else {
      setFigure(result, 'frameIntervalMedianMs', null, 'no frames recorded');
      setFigure(result, 'frameIntervalP95Ms', null, 'no frames recorded');
    }
  } catch (error) {
    result.errors.push(message(error));
  } finally {
    await context.close().catch(() => undefined);
  }
  return result;
}

/** Median of each figure over runs; a figure null in every run keeps the first reason given. */
export function summariseRuns(runs: readonly RunResult[]): {
  figures: Figures;
  reasons: Record<string, string>;
} {
  const keys = new Set(runs.flatMap((r) => Object.keys(r.figures)));
  const figures: Figures = {};
  const reasons: Record<string, string> = {};
  for (const key of keys) {
    const value = median(runs.map((r) => r.figures[key]));
    figures[key] = round(value, 1);
    if (value === null) {
      const why = runs.map((r) => r.reasons[key]).find((x) => x !== undefined);
      reasons[key] = why ?? 'not measured';
    }
  }
  return { figures, reasons };
}
