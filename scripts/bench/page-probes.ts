/**
 * Code that runs INSIDE the benchmarked page. Kept as plain JavaScript source text: tsx compiles
 * functions with esbuild's keepNames helpers, which do not exist in the page, so serialising a
 * TypeScript function into `page.evaluate` would break. Every probe installs itself on
 * `window.__bench` and only measures; none changes what the app does.
 *
 * Paint time: after the DOM condition holds we wait for the next animation frame and then a
 * MessageChannel task, which runs after that frame has been produced (a double rAF would add a
 * whole extra frame to every figure).
 */

/** Installed with `page.addInitScript` before navigation: long tasks from the very start. */
export const INIT_SCRIPT = `
(() => {
  const bench = (window.__bench = { longTasks: [], frames: null, recording: false });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ startTime: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { bench.longTaskError = String(e); }
  bench.afterPaint = () => new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
  });
  bench.startFrames = () => {
    bench.frames = [];
    bench.recording = true;
    const loop = (t) => { if (!bench.recording) return; bench.frames.push(t); requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
  };
  bench.stopFrames = () => { bench.recording = false; return bench.frames || []; };
})();
`;

/** Evaluates to the start times of the named marks/measures (ms since navigation start) or null. */
export const READ_MARKS = `
(() => {
  const out = {};
  for (const e of performance.getEntries()) {
    if (e.entryType === 'mark' || e.entryType === 'measure') {
      if (!(e.name in out)) out[e.name] = { startTime: e.startTime, duration: e.duration, type: e.entryType };
    }
  }
  return out;
})()
`;

/** Evaluates to resource timings of fetched JSON and scripts (what the load spent on the network). */
export const READ_RESOURCES = `
(() => performance.getEntriesByType('resource')
  .filter((e) => /\\.(json|js)(\\?|$)/.test(e.name))
  .map((e) => ({ name: e.name, startTime: e.startTime, responseEnd: e.responseEnd, transferSize: e.transferSize, decodedBodySize: e.decodedBodySize })))()
`;

/**
 * Source of an async function (el, args) that clicks `el` and resolves when a heading naming the
 * actor and one of its quotes are in the DOM and painted: { domMs, paintMs } from the click.
 */
export const CLICK_AND_WAIT = `
async (el, args) => {
  const { name, snippets, timeoutMs } = args;
  const bench = window.__bench;
  const headings = () => document.querySelectorAll('h1,h2,h3,h4,h5,h6,[role="heading"]');
  // The actor's own quote list with a painted card: a semantic, O(1) check. Matching quote
  // snippets against the panel's text on every mutation cost the main thread more than the
  // click itself on a hub with thousands of quotes.
  const listSelector = '[aria-label="' + CSS.escape('Quotes by ' + name) + '"] li, [aria-label="' + CSS.escape('Quotes about ' + name) + '"] li';
  const ready = () => {
    for (const h of headings()) {
      if (!(h.textContent || '').includes(name)) continue;
      const box = h.closest('section,aside,article,[role="region"],[role="dialog"],[role="complementary"],main') || document.body;
      const item = box.querySelector(listSelector);
      if (item && (item.textContent || '').trim().length > 0) return true;
      if (snippets.length && snippets.some((s) => (box.textContent || '').includes(s))) return true;
    }
    return false;
  };
  return await new Promise((resolve) => {
    let settled = false;
    const finish = (value) => { if (settled) return; settled = true; observer.disconnect(); clearTimeout(timer); resolve(value); };
    const done = () => {
      const domMs = performance.now() - t0;
      bench.afterPaint().then((t) => finish({ domMs, paintMs: t - t0 }));
    };
    const observer = new MutationObserver(() => { if (!settled && ready()) { observer.disconnect(); done(); } });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => finish({ error: 'no heading "' + name + '" with one of its quotes after ' + timeoutMs + ' ms' }), timeoutMs);
    const t0 = performance.now();
    el.click();
    if (ready()) { observer.disconnect(); done(); }
  });
}
`;

/**
 * Installs a keystroke→render recorder: every keydown on the page is timestamped (event.timeStamp,
 * the time the input arrived) and every DOM mutation batch outside the search box is timestamped
 * together with the paint that follows it.
 */
export const INSTALL_KEY_RECORDER = `
(() => {
  const bench = window.__bench;
  const rec = (bench.keys = { downs: [], batches: [] });
  document.addEventListener('keydown', (e) => rec.downs.push(e.timeStamp), { capture: true });
  const observer = new MutationObserver((records) => {
    const active = document.activeElement;
    if (records.every((r) => active && (r.target === active || active.contains(r.target)))) return;
    const batch = { at: performance.now(), paintedAt: null };
    rec.batches.push(batch);
    bench.afterPaint().then((t) => { batch.paintedAt = t; });
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  rec.stop = () => observer.disconnect();
})()
`;

/** Evaluates to { now, lastDown, lastBatch } so the runner can wait for a quiet page. */
export const KEY_RECORDER_STATE = `
(() => {
  const rec = window.__bench.keys;
  const last = rec.batches[rec.batches.length - 1];
  return { now: performance.now(), lastDown: rec.downs[rec.downs.length - 1] ?? null, lastBatch: last ? last.at : null, pending: rec.batches.some((b) => b.paintedAt === null) };
})()
`;

/** Evaluates to the recorded keystrokes and mutation batches, and stops the recorder. */
export const READ_KEY_RECORDER = `
(() => { const rec = window.__bench.keys; rec.stop(); return { downs: rec.downs, batches: rec.batches }; })()
`;

/**
 * Installed with `page.evaluate` before files are picked: records (time, files done, text) each
 * time a progress bar's `aria-valuetext` changes, on `window.__bench.progress`. Tells whether
 * progress stays live through a long ingest (the gaps between updates, the layout and writing
 * after the last file included), not only that it ends.
 */
export const PROGRESS_PROBE = `
(() => {
  const samples = (window.__bench.progress = []);
  let last = null;
  const read = () => {
    const bar = document.querySelector('[role=progressbar]');
    const text = bar ? bar.getAttribute('aria-valuetext') : null;
    if (text !== null && text !== last) {
      last = text;
      samples.push({ t: performance.now(), done: Number(bar.getAttribute('aria-valuenow')), text });
    }
  };
  new MutationObserver(read).observe(document.body, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuetext'],
  });
})()
`;
