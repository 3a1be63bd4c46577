import { describe, expect, it } from 'vitest';
import {
  blockingTime,
  evaluateTargets,
  intervals,
  keystrokeLatencies,
  median,
  parseTimeVerbose,
  percentile,
  timesBetter,
} from '../../../scripts/bench/stats.ts';
import { summariseCpuProfile } from '../../../scripts/bench/cpu-profile.ts';

describe('median and percentile', () => {
  it('ignore missing values and do not reorder the input', () => {
    const values = [5, null, 1, 3, undefined, Number.NaN];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, null, 1, 3, undefined, Number.NaN]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null])).toBeNull();
  });

  it('use nearest rank, so a percentile is always a measured value', () => {
    const frames = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(frames, 95)).toBe(95);
    expect(percentile(frames, 100)).toBe(100);
    expect(percentile([16, 17, 250], 95)).toBe(250);
    expect(percentile([], 50)).toBeNull();
  });
});

describe('intervals and blockingTime', () => {
  it('turns frame timestamps into gaps', () => {
    expect(intervals([0, 16, 33, 100])).toEqual([16, 17, 67]);
    expect(intervals([5])).toEqual([]);
  });

  it('sums the part of each long task beyond 50 ms inside the window', () => {
    const tasks = [
      { startTime: 10, duration: 60 },
      { startTime: 200, duration: 300 },
      { startTime: 5000, duration: 900 },
    ];
    expect(blockingTime(tasks, 0, 1000)).toEqual({
      totalBlockingMs: 260,
      longestTaskMs: 300,
      longTasks: 2,
    });
  });
});

describe('keystrokeLatencies', () => {
  it('times each key to the paint after the last DOM update before the next key', () => {
    const downs = [100, 400, 900];
    const batches = [
      { at: 120, paintedAt: 130 },
      { at: 160, paintedAt: 175 }, // a second, later update for the first key: it counts
      { at: 950, paintedAt: 990 },
    ];
    expect(keystrokeLatencies(downs, batches)).toEqual([75, null, 90]);
  });
});

describe('evaluateTargets', () => {
  it('passes, fails, or leaves a verdict empty when the figure is missing', () => {
    const verdicts = evaluateTargets({
      ingest: { articlesPerSecond: 2500 },
      app: { navigationToGraphReadyMs: 3100, longestTaskMs: null },
    });
    const byFigure = new Map(verdicts.map((v) => [v.figure, v]));
    expect(byFigure.get('ingest.articlesPerSecond')?.pass).toBe(true);
    expect(byFigure.get('app.navigationToGraphReadyMs')?.pass).toBe(false);
    expect(byFigure.get('app.longestTaskMs')).toMatchObject({ value: null, pass: null });
    expect(byFigure.get('app.navigationToGraphReadyMs')?.target).toBe('≤ 2500 ms');
  });
});

describe('timesBetter', () => {
  it('divides the baseline by the app, or says nothing', () => {
    expect(timesBetter(20, 170)).toBe(8.5);
    expect(timesBetter(null, 170)).toBeNull();
    expect(timesBetter(0, 170)).toBeNull();
  });
});

describe('parseTimeVerbose', () => {
  it('reads peak RSS and CPU seconds from GNU time -v', () => {
    const text = [
      '\tUser time (seconds): 12.34',
      '\tSystem time (seconds): 0.56',
      '\tMaximum resident set size (kbytes): 524288',
    ].join('\n');
    expect(parseTimeVerbose(text)).toEqual({ maxRssMB: 512, userS: 12.34, systemS: 0.56 });
    expect(parseTimeVerbose('')).toEqual({ maxRssMB: null, userS: null, systemS: null });
  });
});

describe('summariseCpuProfile', () => {
  it('charges each sample the delta that follows it, per function and per script', () => {
    const frame = (functionName: string, url: string) => ({
      functionName,
      url,
      lineNumber: 0,
      columnNumber: 0,
    });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', '') },
        { id: 2, callFrame: frame('parse', 'http://x/assets/index.js') },
        { id: 3, callFrame: frame('layout', 'http://x/assets/index.js') },
      ],
      samples: [2, 2, 3, 1],
      timeDeltas: [0, 1000, 1000, 3000],
    };
    const summary = summariseCpuProfile(profile);
    expect(summary.totalMs).toBe(5);
    expect(summary.byFunction[0]).toEqual({ name: 'layout (index.js:1)', selfMs: 3 });
    expect(summary.byFunction[1]).toEqual({ name: 'parse (index.js:1)', selfMs: 2 });
    expect(summary.byScript[0]).toEqual({ name: 'index.js', selfMs: 5 });
    expect(summariseCpuProfile('nonsense').byFunction).toEqual([]);
  });
});
