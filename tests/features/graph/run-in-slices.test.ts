import { describe, expect, it, vi } from 'vitest';
import {
  doWhenIdle,
  runInSlices,
  runWhenIdle,
  SLICE_MS,
} from '../../../src/features/graph/run-in-slices.ts';

/** Steps that each take ~`ms` of busy time; records the task (macrotask turn) each ran in. */
function* busySteps(count: number, ms: number, log: number[], turn: { n: number }) {
  for (let i = 0; i < count; i++) {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      // busy: stands for a slice of scene building
    }
    log.push(turn.n);
    yield;
  }
  return 'done';
}

// Covers the scheduler that spreads the scene build: never synchronous, bounded slices, cancel.
describe('runInSlices', () => {
  it('runs steps in later tasks, in slices of about sliceMs, then delivers the result', async () => {
    const log: number[] = [];
    const turn = { n: 0 };
    const ticker = setInterval(() => (turn.n += 1), 0);
    const result = await new Promise<string>((resolve) => {
      runInSlices(busySteps(12, 4, log, turn), resolve, 10);
      expect(log).toHaveLength(0);
    });
    clearInterval(ticker);
    expect(result).toBe('done');
    expect(log).toHaveLength(12);
    // 12 steps of 4 ms in 10 ms slices: several slices, none running all the steps.
    const perTurn = new Map<number, number>();
    for (const t of log) perTurn.set(t, (perTurn.get(t) ?? 0) + 1);
    expect(perTurn.size).toBeGreaterThan(2);
    expect(Math.max(...perTurn.values())).toBeLessThanOrEqual(4);
  });

  it('never delivers once cancelled', async () => {
    const log: number[] = [];
    let delivered = false;
    const job = runInSlices(busySteps(50, 2, log, { n: 0 }), () => (delivered = true), 5);
    await new Promise((r) => setTimeout(r, 20));
    job.cancel();
    const ran = log.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(delivered).toBe(false);
    expect(log.length).toBe(ran);
    expect(ran).toBeLessThan(50);
  });
});

// Covers the idle warm-up of memoised indexes: later, once, and not at all when cancelled.
describe('doWhenIdle', () => {
  it('runs the work once, after the current task', async () => {
    let runs = 0;
    doWhenIdle(() => (runs += 1));
    expect(runs).toBe(0);
    await new Promise((r) => setTimeout(r, 50));
    expect(runs).toBe(1);
  });

  it('never runs cancelled work', async () => {
    let runs = 0;
    doWhenIdle(() => (runs += 1)).cancel();
    await new Promise((r) => setTimeout(r, 50));
    expect(runs).toBe(0);
  });
});

// Covers background builds in idle time: a long idle period still ends each slice at SLICE_MS.
describe('runWhenIdle', () => {
  it('stops a slice after SLICE_MS even when the idle period has time left', async () => {
    const periods: number[] = [];
    const log: number[] = [];
    const turn = { n: 0 };
    vi.stubGlobal('requestIdleCallback', (run: (deadline: IdleDeadline) => void) =>
      setTimeout(() => {
        periods.push(0);
        turn.n = periods.length;
        // Always 50 ms left: the longest idle period a browser gives.
        run({ didTimeout: false, timeRemaining: () => 50 });
      }, 0),
    );
    vi.stubGlobal('cancelIdleCallback', (handle: number) => clearTimeout(handle));
    const result = await new Promise<string>((resolve) => {
      runWhenIdle(busySteps(8, SLICE_MS / 2 + 1, log, turn), resolve);
    }).finally(() => vi.unstubAllGlobals());
    expect(result).toBe('done');
    // Steps just over half a slice each: two per idle period at most, not all eight in one.
    const perPeriod = new Map<number, number>();
    for (const t of log) perPeriod.set(t, (perPeriod.get(t) ?? 0) + 1);
    expect(log).toHaveLength(8);
    expect(Math.max(...perPeriod.values())).toBe(2);
  });
});
