import { describe, expect, it } from 'vitest';
import { buildActorGraph, type ActorGraph } from '../../src/graph/build-actor-graph.ts';
import { defaultIterations, layoutGraph } from '../../src/graph/layout-graph.ts';
import { seededRandom } from '../../src/lib/seeded-random.ts';
import { maxNodeWeight, nodeRadiusScale, nodeWeight } from '../../src/graph/node-style.ts';
import { NEWS_ACTORS, NEWS_QUOTES } from '../fixtures/graph/news-network.ts';
import { syntheticCorpus } from '../fixtures/graph/synthetic-corpus.ts';

/** Narrows away null/undefined, failing the test loudly instead of using `!`. */
function defined<T>(value: T | null | undefined): T {
  if (value == null) throw new Error('expected a value');
  return value;
}

const graph = buildActorGraph(NEWS_ACTORS, NEWS_QUOTES, { includeIsolated: true });

describe('seededRandom', () => {
  it('repeats its sequence for a seed, differs across seeds, stays in [0, 1)', () => {
    const a = Array.from({ length: 5 }, seededRandom(42));
    const b = Array.from({ length: 5 }, seededRandom(42));
    const c = Array.from({ length: 5 }, seededRandom(43));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const r = seededRandom(1);
    for (let i = 0; i < 1000; i++) {
      const x = r();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('layoutGraph', () => {
  it('runs collision only on the last collideTicks ticks when asked', () => {
    const late = JSON.stringify(layoutGraph(graph, { iterations: 100, collideTicks: 30 }));
    expect(late).not.toBe(JSON.stringify(layoutGraph(graph, { iterations: 100 })));
    expect(late).toBe(JSON.stringify(layoutGraph(graph, { iterations: 100, collideTicks: 30 })));
  });

  it('is exactly deterministic: same graph and options, identical text', () => {
    const a = JSON.stringify(layoutGraph(graph));
    const b = JSON.stringify(layoutGraph(structuredClone(graph)));
    expect(a).toBe(b);
    expect(JSON.stringify(layoutGraph(graph, { seed: 9 }))).toBe(
      JSON.stringify(layoutGraph(graph, { seed: 9 })),
    );
  });

  it('gives a finite position, rounded to 0.1, for every node and nothing else', () => {
    const { positions } = layoutGraph(graph);
    expect(Object.keys(positions)).toEqual(graph.nodes.map((n) => n.id));
    for (const [x, y] of Object.values(positions)) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(Math.round(x * 10) / 10).toBe(x);
      expect(Math.round(y * 10) / 10).toBe(y);
      expect(Object.is(x, -0) || Object.is(y, -0)).toBe(false);
    }
  });

  it('does not mutate the graph (d3-force works on copies)', () => {
    const before = JSON.stringify(graph);
    layoutGraph(graph);
    expect(JSON.stringify(graph)).toBe(before);
  });

  it.each([
    ['every tick', undefined],
    ['only the last 30 of 100 ticks (the browser ingest)', 30],
  ])('separates nodes with collision on %s: no two discs overlap', (_, collideTicks) => {
    const options = collideTicks === undefined ? {} : { iterations: 100, collideTicks };
    const { positions } = layoutGraph(graph, options);
    const radius = nodeRadiusScale(maxNodeWeight(graph.nodes));
    const nodes = graph.nodes.map((n) => ({
      p: positions[n.id] as [number, number],
      r: radius(nodeWeight(n)),
    }));
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = defined(nodes[i]);
        const b = defined(nodes[j]);
        const d = Math.hypot(a.p[0] - b.p[0], a.p[1] - b.p[1]);
        expect(d).toBeGreaterThan(a.r + b.r);
      }
    }
  });

  it('puts hubs nearer the centre than the periphery', () => {
    const { positions } = layoutGraph(graph);
    const dist = (id: string) => Math.hypot(...(positions[id] as [number, number]));
    const byWeight = [...graph.nodes].sort((a, b) => nodeWeight(b) - nodeWeight(a));
    const hubs = byWeight.slice(0, 4).map((n) => dist(n.id));
    const leaves = byWeight.slice(-4).map((n) => dist(n.id));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(hubs)).toBeLessThan(mean(leaves));
  });

  it('is centred on the origin', () => {
    const values = Object.values(layoutGraph(graph).positions);
    const cx = values.reduce((s, p) => s + p[0], 0) / values.length;
    const cy = values.reduce((s, p) => s + p[1], 0) / values.length;
    expect(Math.abs(cx)).toBeLessThan(1);
    expect(Math.abs(cy)).toBeLessThan(1);
  });

  it('handles empty, single-node and edgeless graphs', () => {
    expect(layoutGraph({ nodes: [], edges: [] })).toEqual({ positions: {} });
    const one: ActorGraph = { nodes: graph.nodes.slice(0, 1), edges: [] };
    expect(layoutGraph(one).positions).toEqual({ [defined(graph.nodes[0]).id]: [0, 0] });
    const loose: ActorGraph = { nodes: graph.nodes.slice(0, 5), edges: [] };
    const ps = Object.values(layoutGraph(loose).positions);
    expect(new Set(ps.map((p) => p.join())).size).toBe(5);
  });

  it('ignores edges to nodes it does not know', () => {
    const partial: ActorGraph = { nodes: graph.nodes.slice(0, 3), edges: graph.edges };
    expect(Object.keys(layoutGraph(partial).positions)).toHaveLength(3);
  });

  it('uses fewer iterations as graphs grow', () => {
    expect(defaultIterations(50, 100)).toBeGreaterThan(defaultIterations(10_000, 100_000));
  });

  it('lays out a 2,000-actor graph deterministically with separated nodes', () => {
    const { actors, quotes } = syntheticCorpus(2_000, 10_000, 3);
    const big = buildActorGraph(actors, quotes, { includeIsolated: true });
    const a = layoutGraph(big, { iterations: 40 });
    const b = layoutGraph(big, { iterations: 40 });
    expect(a).toEqual(b);
    const values = Object.values(a.positions);
    expect(values).toHaveLength(2_000);
    expect(new Set(values.map((p) => p.join())).size).toBe(2_000);
    expect(values.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
  });
});
