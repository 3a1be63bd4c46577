import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/corpus/schema.ts';
import { buildActorGraph } from '../../src/graph/build-actor-graph.ts';
import { completePositions } from '../../src/graph/complete-positions.ts';
import { worldPoint } from '../../src/graph/coordinates.ts';
import { buildGraphScene, moveSceneNode, reindexNodes } from '../../src/graph/graph-scene.ts';
import { findNodeAt } from '../../src/graph/hit-test.ts';
import { layoutGraph } from '../../src/graph/layout-graph.ts';
import { NEWS_ACTORS, NEWS_QUOTES } from '../fixtures/graph/news-network.ts';

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
