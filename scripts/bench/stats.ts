/**
 * Pure arithmetic of the benchmark: summaries of repeated runs, frame intervals, blocking time,
 * the targets and the verdicts. No I/O, so it is unit-tested on its own.
 */

function finiteSorted(values: readonly (number | null | undefined)[]): number[] {
  return values
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
}

/** Median of the finite values (mean of the middle two for an even count), or null when there are none. */
export function median(values: readonly (number | null | undefined)[]): number | null {
  const sorted = finiteSorted(values);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Nearest-rank percentile (p in 0..100) of the finite values, or null when there are none.
 * Nearest-rank keeps the result one of the measured values (no invented in-between frame time).
 */
export function percentile(
  values: readonly (number | null | undefined)[],
  p: number,
): number | null {
  const sorted = finiteSorted(values);
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

/** Differences between consecutive timestamps (e.g. requestAnimationFrame times). */
export function intervals(timestamps: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < timestamps.length; i++) {
    out.push((timestamps[i] as number) - (timestamps[i - 1] as number));
  }
  return out;
}

export interface TaskEntry {
  startTime: number;
  duration: number;
}

/**
 * Total blocking time: for each long task that starts inside [from, to], the part beyond 50 ms
 * (the Lighthouse definition, over our own window instead of FCP→TTI). Also the longest task.
 */
export function blockingTime(
  tasks: readonly TaskEntry[],
  from: number,
  to: number,
): { totalBlockingMs: number; longestTaskMs: number; longTasks: number } {
  let total = 0;
  let longest = 0;
  let count = 0;
  for (const t of tasks) {
    if (t.startTime < from || t.startTime > to) continue;
    count++;
    total += Math.max(0, t.duration - 50);
    longest = Math.max(longest, t.duration);
  }
  return { totalBlockingMs: total, longestTaskMs: longest, longTasks: count };
}

/** Round to `digits` decimals, keeping null. */
export function round(value: number | null, digits = 1): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export type Comparison = 'atLeast' | 'atMost';

export interface Target {
  /** Key of the figure in the results. */
  figure: string;
  label: string;
  comparison: Comparison;
  limit: number;
  unit: string;
}

/** The targets the brief sets for the 20,000-article corpus. */
export const TARGETS: readonly Target[] = [
  {
    figure: 'ingest.articlesPerSecond',
    label: 'ingest throughput',
    comparison: 'atLeast',
    limit: 2000,
    unit: 'articles/s',
  },
  {
    figure: 'ingest.defaultJobsSpeedup',
    label: 'ingest speed-up, default --jobs (every core) over --jobs 1 (one core)',
    comparison: 'atLeast',
    limit: 1.8,
    unit: '×',
  },
  {
    figure: 'ingest.foldAddsPercent',
    label: 'statement folding added to ingest time',
    comparison: 'atMost',
    limit: 20,
    unit: '%',
  },
  {
    figure: 'app.navigationToGraphReadyMs',
    label: 'navigation → graph:ready',
    comparison: 'atMost',
    limit: 2500,
    unit: 'ms',
  },
  {
    figure: 'app.longestTaskMs',
    label: 'longest main-thread task during load',
    comparison: 'atMost',
    limit: 200,
    unit: 'ms',
  },
  {
    figure: 'app.frameIntervalMedianMs',
    label: 'frame interval median (pan/zoom)',
    comparison: 'atMost',
    limit: 33,
    unit: 'ms',
  },
  {
    figure: 'app.frameIntervalP95Ms',
    label: 'frame interval p95 (pan/zoom)',
    comparison: 'atMost',
    limit: 67,
    unit: 'ms',
  },
  {
    figure: 'app.clickToQuotesMs',
    label: 'click actor → quotes painted',
    comparison: 'atMost',
    limit: 100,
    unit: 'ms',
  },
  {
    figure: 'app.timelineDrawMs',
    label: 'timeline draw (all statements)',
    comparison: 'atMost',
    limit: 16.7,
    unit: 'ms',
  },
  {
    figure: 'app.timelineBrushToGraphMs',
    label: 'timeline brush step → graph redrawn',
    comparison: 'atMost',
    limit: 100,
    unit: 'ms',
  },
  {
    figure: 'app.searchKeystrokeP95Ms',
    label: 'search keystroke → results (p95)',
    comparison: 'atMost',
    limit: 50,
    unit: 'ms',
  },
  {
    figure: 'app.heapAfterLoadMB',
    label: 'JS heap after load',
    comparison: 'atMost',
    limit: 300,
    unit: 'MB',
  },
  {
    figure: 'app.heapGrowthPercent',
    label: 'heap growth after 20 cycles',
    comparison: 'atMost',
    limit: 10,
    unit: '%',
  },
  {
    figure: 'explore.browser.figures.thresholdRedrawMs',
    label: 'explore: minimum-quotes change to redraw',
    comparison: 'atMost',
    limit: 100,
    unit: 'ms',
  },
  {
    figure: 'explore.browser.figures.kindRedrawMs',
    label: 'explore: kind filter change to redraw',
    comparison: 'atMost',
    limit: 100,
    unit: 'ms',
  },
  {
    figure: 'explore.browser.figures.focusRedrawMs',
    label: 'explore: focus change to redraw',
    comparison: 'atMost',
    limit: 100,
    unit: 'ms',
  },
  {
    figure: 'explore.browser.figures.communitiesLongestTaskMs',
    label: 'explore: longest task while communities and PageRank compute',
    comparison: 'atMost',
    limit: 100,
    unit: 'ms',
  },
  {
    figure: 'explore.node.pathQueryMaxMs',
    label: 'explore: shortest path between two actors (slowest of 200)',
    comparison: 'atMost',
    limit: 50,
    unit: 'ms',
  },
  {
    figure: 'app.initialJsGzipKB',
    label: 'initial JavaScript (gzip)',
    comparison: 'atMost',
    limit: 250,
    unit: 'kB',
  },
];

/** Reads `a.b` from a nested object; undefined when any step is missing. */
export function readPath(root: unknown, dotted: string): unknown {
  let current: unknown = root;
  for (const key of dotted.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export interface Verdict {
  figure: string;
  label: string;
  target: string;
  value: number | null;
  /** null when the figure could not be measured. */
  pass: boolean | null;
}

/** One verdict per target: pass/fail, or null with no value when the figure is missing. */
export function evaluateTargets(results: unknown, targets: readonly Target[] = TARGETS): Verdict[] {
  return targets.map((t) => {
    const raw = readPath(results, t.figure);
    const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
    const pass =
      value === null ? null : t.comparison === 'atLeast' ? value >= t.limit : value <= t.limit;
    return {
      figure: t.figure,
      label: t.label,
      target: `${t.comparison === 'atLeast' ? '≥' : '≤'} ${t.limit} ${t.unit}`,
      value,
      pass,
    };
  });
}

/**
 * How many times better the app is than the baseline on a lower-is-better figure
 * (baseline / app), or null when either is missing or the app figure is zero.
 */
export function timesBetter(
  app: number | null | undefined,
  baseline: number | null | undefined,
): number | null {
  if (typeof app !== 'number' || typeof baseline !== 'number') return null;
  if (!Number.isFinite(app) || !Number.isFinite(baseline) || app <= 0) return null;
  return round(baseline / app, 2);
}

/** Peak resident set size in MB from the stderr of GNU `/usr/bin/time -v`, or null. */
export function parseTimeVerbose(stderr: string): {
  maxRssMB: number | null;
  userS: number | null;
  systemS: number | null;
} {
  const rss = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(stderr);
  const user = /User time \(seconds\):\s*([\d.]+)/.exec(stderr);
  const sys = /System time \(seconds\):\s*([\d.]+)/.exec(stderr);
  return {
    maxRssMB: rss?.[1] ? round(Number(rss[1]) / 1024, 1) : null,
    userS: user?.[1] ? Number(user[1]) : null,
    systemS: sys?.[1] ? Number(sys[1]) : null,
  };
}

/** Sum of gzip sizes → kB (1 kB = 1000 bytes, as bundlers report). */
export function toKB(bytes: number): number {
  return round(bytes / 1000, 1) ?? 0;
}

export interface MutationBatch {
  at: number;
  paintedAt: number | null;
}

/**
 * Keystroke → results painted, one value per keystroke: the paint after the LAST DOM update
 * that happened before the next keystroke (debounced or chunked results count until they are
 * complete). null for a keystroke after which nothing in the page changed.
 */
export function keystrokeLatencies(
  downs: readonly number[],
  batches: readonly MutationBatch[],
): (number | null)[] {
  return downs.map((down, i) => {
    const next = downs[i + 1] ?? Number.POSITIVE_INFINITY;
    let last: number | null = null;
    for (const b of batches) {
      if (b.at >= down && b.at < next && b.paintedAt !== null)
        last = Math.max(last ?? 0, b.paintedAt);
    }
    return last === null ? null : last - down;
  });
}
