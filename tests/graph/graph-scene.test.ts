import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/corpus/schema.ts';
import { edgeIdOf } from '../../src/corpus/edge-id.ts';
import { buildActorGraph } from '../../src/graph/build-actor-graph.ts';
import { completePositions } from '../../src/graph/complete-positions.ts';
import { worldPoint } from '../../src/graph/coordinates.ts';
import {
  buildGraphScene,
  graphSceneSteps,
  moveSceneNode,
  reindexNodes,
} from '../../src/graph/graph-scene.ts';
import { findNodeAt } from '../../src/graph/hit-test.ts';
import { layoutGraph } from '../../src/graph/layout-graph.ts';
import { buildAdjacency } from '../../src/graph/neighbourhood.ts';
import { NEWS_ACTORS, NEWS_QUOTES } from '../fixtures/graph/news-network.ts';
import { syntheticCorpus } from '../fixtures/graph/synthetic-corpus.ts';

/** Narrows away null/undefined, failing the test loudly instead of using `!`. */
function defined<T>(value: T | null | undefined): T {
  if (value == null) throw new Error('expected a value');
  return value;
}

const full = buildActorGraph(NEWS_ACTORS, NEWS_QUOTES, { includeIsolated: true });
const { positions } = layoutGraph(full);

describe('buildGraphScene', () => {
  it('places a filtered graph at the full graph’s positions (filters never move nodes)', () => {
    const filtered = buildActorGraph(
      NEWS_ACTORS,
      NEWS_QUOTES.filter((q) => q.articleId === 'a2'),
    );
    const whole = buildGraphScene(full, full, positions);
    const part = buildGraphScene(filtered, full, positions);
    expect(part.nodes.length).toBe(filtered.nodes.length);
    for (const n of part.nodes) {
      const same = whole.nodeById.get(n.id);
      expect([n.x, n.y]).toEqual([same?.x, same?.y]);
      // Sizes follow the filtered counts on the full graph's scale, so they only shrink.
      expect(n.r).toBeLessThanOrEqual(same?.r ?? 0);
    }
  });

  it('orders nodes most prominent first for labels and last for drawing', () => {
    const scene = buildGraphScene(full, full, positions);
    expect(scene.prominent[0]?.id).toBe('sergey-lavrov');
    expect(scene.nodes.at(-1)?.id).toBe('sergey-lavrov');
  });

  it('bends only edges whose reverse exists, and lists the heaviest edges first', () => {
    const scene = buildGraphScene(full, full, positions);
    expect(scene.edgeById.get('sergey-lavrov->jens-stoltenberg' as never)?.bend).toBeGreaterThan(0);
    expect(scene.edgeById.get('vladimir-putin->afghanistan' as never)?.bend).toBe(0);
    const counts = Array.from(scene.heaviestEdges, (i) => defined(scene.edges[i]).quoteCount);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it('drops nodes without a position and their edges', () => {
    const rest = { ...positions };
    delete rest['sergey-lavrov'];
    const scene = buildGraphScene(full, full, rest);
    expect(scene.nodeById.has('sergey-lavrov' as ActorId)).toBe(false);
    expect(
      scene.edges.some((e) => e.source.id === 'sergey-lavrov' || e.target.id === 'sergey-lavrov'),
    ).toBe(false);
  });

  it('moves a node in its own copy only, updating its edges and (after reindex) hit testing', () => {
    const before = JSON.stringify(positions);
    const scene = buildGraphScene(full, full, positions);
    const id = 'vladimir-putin' as ActorId;
    moveSceneNode(scene, id, 5000, 5000);
    reindexNodes(scene);
    expect(JSON.stringify(positions)).toBe(before);
    expect(findNodeAt(scene.nodeIndex, worldPoint(5000, 5000))?.id).toBe(id);
    const edge = scene.edgeById.get('vladimir-putin->nato' as never);
    expect(edge?.curve?.x0).toBeCloseTo(5000, 0);
  });
});

describe('completePositions', () => {
  it('returns the same object when nothing is missing', () => {
    expect(completePositions(positions, full.nodes)).toBe(positions);
  });

  it('places missing nodes deterministically outside the known ones, never stacked', () => {
    const some = { a: [0, 0] as [number, number], b: [10, 0] as [number, number] };
    const nodes = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id: id as ActorId }));
    const done = completePositions(some, nodes);
    expect(done).toEqual(completePositions(some, nodes));
    expect(some).toEqual({ a: [0, 0], b: [10, 0] });
    const added = ['c', 'd', 'e'].map((id) => defined(done[id]));
    expect(new Set(added.map((p) => p.join())).size).toBe(3);
    for (const [x, y] of added) expect(Math.hypot(x, y)).toBeGreaterThan(10);
  });
});

// Covers the sliced build GraphView uses at scale: same scene as the one-go build, in many steps.
describe('graphSceneSteps', () => {
  const { actors, quotes } = syntheticCorpus(2000, 12_000, 3);
  const big = buildActorGraph(actors, quotes, { includeIsolated: true });
  const at = Object.fromEntries(
    big.nodes.map((n, i): [string, [number, number]] => [
      n.id,
      [(i % 50) * 30, Math.floor(i / 50) * 30],
    ]),
  );

  it('yields between steps and builds the same scene as buildGraphScene', () => {
    const steps = graphSceneSteps(big, big, at);
    let yields = 0;
    let step = steps.next();
    while (!step.done) {
      yields += 1;
      step = steps.next();
    }
    expect(yields).toBeGreaterThan(3);
    const sliced = step.value;
    const whole = buildGraphScene(big, big, at);
    expect(sliced.nodes.map((n) => [n.id, n.x, n.y, n.r])).toEqual(
      whole.nodes.map((n) => [n.id, n.x, n.y, n.r]),
    );
    expect(sliced.edges.map((e) => [e.id, e.bend, e.widthClass])).toEqual(
      whole.edges.map((e) => [e.id, e.bend, e.widthClass]),
    );
    expect([...sliced.heaviestEdges]).toEqual([...whole.heaviestEdges]);
    expect(sliced.adjacency).toEqual(buildAdjacency(big));
  });

  it('orders edges heaviest first, ties by position, and bends exactly the two-way pairs', () => {
    const scene = buildGraphScene(big, big, at);
    const order = [...scene.heaviestEdges];
    expect(new Set(order).size).toBe(scene.edges.length);
    for (let i = 1; i < order.length; i++) {
      const a = defined(scene.edges[defined(order[i - 1])]);
      const b = defined(scene.edges[defined(order[i])]);
      expect(
        a.quoteCount > b.quoteCount ||
          (a.quoteCount === b.quoteCount && defined(order[i - 1]) < defined(order[i])),
      ).toBe(true);
    }
    const ids = new Set(scene.edges.map((e) => e.id));
    let twins = 0;
    for (const e of scene.edges) {
      const twin = ids.has(edgeIdOf(e.target.id, e.source.id));
      if (twin) twins += 1;
      expect(e.bend !== 0).toBe(twin);
    }
    expect(twins).toBeGreaterThan(0);
  });
});
