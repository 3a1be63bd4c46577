import { seededRandom } from '../../lib/seeded-random.ts';

/**
 * Averaged ranking perceptron (Collins 2002) over string features: each training instance is
 * a list of candidates (feature lists) with the index of the right one. Pure and
 * deterministic: the instance order of each epoch comes from a seeded PRNG, ties go to the
 * later candidate as in the decoder (./clause-end-model.ts).
 */

export interface RankingInstance {
  candidates: readonly (readonly string[])[];
  gold: number;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Drop features whose averaged weight is smaller than this in absolute value. */
  minWeight: number;
  /** Drop features seen in fewer training instances than this. */
  minCount: number;
}

function argmax(w: ReadonlyMap<string, number>, cands: RankingInstance['candidates']): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let i = 0; i < cands.length; i += 1) {
    let s = 0;
    for (const f of cands[i] ?? []) s += w.get(f) ?? 0;
    if (s >= bestScore) {
      bestScore = s;
      best = i;
    }
  }
  return best;
}

/**
 * Trains on `data` and returns the averaged, pruned weights sorted by feature name. Does not
 * mutate `data`.
 */
export function trainRankingPerceptron(
  data: readonly RankingInstance[],
  options: TrainOptions,
): [string, number][] {
  const w = new Map<string, number>();
  // Lazy averaging: `acc` holds the sum of weights over steps up to `stamp`.
  const acc = new Map<string, number>();
  const stamp = new Map<string, number>();
  const count = new Map<string, number>();
  for (const inst of data) {
    const seen = new Set<string>();
    for (const c of inst.candidates) for (const f of c) seen.add(f);
    for (const f of seen) count.set(f, (count.get(f) ?? 0) + 1);
  }
  let step = 0;
  const bump = (f: string, delta: number): void => {
    const cur = w.get(f) ?? 0;
    acc.set(f, (acc.get(f) ?? 0) + cur * (step - (stamp.get(f) ?? 0)));
    stamp.set(f, step);
    w.set(f, cur + delta);
  };
  const random = seededRandom(options.seed);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = t;
    }
    for (const idx of order) {
      step += 1;
      const inst = data[idx];
      if (!inst) continue;
      const pred = argmax(w, inst.candidates);
      if (pred === inst.gold) continue;
      for (const f of inst.candidates[inst.gold] ?? []) bump(f, 1);
      for (const f of inst.candidates[pred] ?? []) bump(f, -1);
    }
  }
  const out: [string, number][] = [];
  for (const [f, cur] of w) {
    const total = (acc.get(f) ?? 0) + cur * (step - (stamp.get(f) ?? 0));
    const avg = step > 0 ? total / step : 0;
    if (Math.abs(avg) < options.minWeight || (count.get(f) ?? 0) < options.minCount) continue;
    out.push([f, avg]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
