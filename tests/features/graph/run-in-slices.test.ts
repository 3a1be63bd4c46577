import { describe, expect, it } from 'vitest';
import { doWhenIdle, runInSlices } from '../../../src/features/graph/run-in-slices.ts';

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
