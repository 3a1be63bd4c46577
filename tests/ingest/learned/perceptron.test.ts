import { describe, expect, it } from 'vitest';
import {
  trainRankingPerceptron,
  type RankingInstance,
} from '../../../src/ingest/learned/perceptron.ts';

/** Toy ranking: the right candidate is always the one with feature "good"; "noise" is random. */
function toy(n: number): RankingInstance[] {
  const out: RankingInstance[] = [];
  for (let i = 0; i < n; i += 1) {
    const gold = i % 3;
    const candidates = [0, 1, 2].map((k) => [
      'bias',
      k === gold ? 'good' : 'bad',
      `noise${(i * 7 + k) % 5}`,
    ]);
    out.push({ candidates, gold });
  }
  return out;
}

const OPTIONS = { epochs: 3, seed: 7, minWeight: 0, minCount: 1 };

describe('averaged ranking perceptron', () => {
  it('learns which feature marks the right candidate', () => {
    const w = new Map(trainRankingPerceptron(toy(30), OPTIONS));
    expect(w.get('good') ?? 0).toBeGreaterThan(0);
    expect(w.get('bad') ?? 0).toBeLessThan(0);
    // A feature on every candidate never separates them.
    expect(w.get('bias') ?? 0).toBe(0);
  });

  it('is deterministic, sorted, and prunes small or rare features', () => {
    const a = trainRankingPerceptron(toy(30), OPTIONS);
    expect(trainRankingPerceptron(toy(30), OPTIONS)).toEqual(a);
    expect(a.map(([f]) => f)).toEqual([...a.map(([f]) => f)].sort());
    const pruned = trainRankingPerceptron(toy(30), { ...OPTIONS, minWeight: 0.5 });
    expect(pruned.length).toBeLessThan(a.length);
    expect(pruned.every(([, v]) => Math.abs(v) >= 0.5)).toBe(true);
    const rare = trainRankingPerceptron(
      [...toy(30), { candidates: [['once', 'bad'], ['good']], gold: 1 }],
      {
        ...OPTIONS,
        minCount: 2,
      },
    );
    expect(rare.some(([f]) => f === 'once')).toBe(false);
  });
});
