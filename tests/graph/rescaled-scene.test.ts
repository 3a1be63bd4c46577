// A date range's scene taken from the unranged one must be what a fresh build gives: on the
// synthetic corpus (hubs, mutual mentions, an unknown speaker), for ranges that cut links,
// their reverses (bent twins straighten) and whole actors, and after a drag in the parent.
import { describe, expect, it } from 'vitest';
import type { ActorId, Quote } from '../../src/corpus/schema.ts';
import { buildActorGraph } from '../../src/graph/build-actor-graph.ts';
import { buildGraphScene, moveSceneNode, type GraphScene } from '../../src/graph/graph-scene.ts';
import { layoutGraph } from '../../src/graph/layout-graph.ts';
import { rescaledScene } from '../../src/graph/rescaled-scene.ts';
import type { SceneSource } from '../../src/graph/sub-scene.ts';
import { syntheticCorpus } from '../fixtures/graph/synthetic-corpus.ts';
import { plain } from './plain-scene.ts';

const { actors, quotes, articleDates } = syntheticCorpus(400, 3000, 5);
const full = buildActorGraph(actors, quotes, { includeIsolated: true });
const graph = buildActorGraph(actors, quotes);
const { positions } = layoutGraph(full);
const source: SceneSource = { graph, fullGraph: full, positions, appearance: null };

function ranged(from: string, to: string) {
  const inRange = (q: Quote) => {
    const date = articleDates.get(q.articleId) as string;
    return date >= from && date <= to;
  };
  return buildActorGraph(actors, quotes.filter(inRange));
}

const ranges: [string, string][] = [
  ['2024-01-01', '2024-12-31'],
  ['2024-03-01', '2024-09-30'],
  ['2024-06-01', '2024-06-30'],
  ['2024-12-20', '2024-12-31'],
];

describe('rescaledScene', () => {
  it.each(ranges)('gives the scene a fresh build gives (%s to %s)', (from, to) => {
    const parent = buildGraphScene(graph, full, positions);
    const cut = ranged(from, to);
    const derived = rescaledScene(parent, source, cut);
    expect(derived).not.toBeNull();
    expect(plain(derived as GraphScene)).toEqual(plain(buildGraphScene(cut, full, positions)));
  });

  it('straightens twins whose reverse the range cuts, and answers lookups per id', () => {
    const parent = buildGraphScene(graph, full, positions);
    const cut = ranged('2024-06-01', '2024-06-30');
    const derived = rescaledScene(parent, source, cut) as GraphScene;
    const fresh = buildGraphScene(cut, full, positions);
    const straightened = derived.edges.filter(
      (e) => e.bend === 0 && parent.edgeById.get(e.id)?.bend,
    );
    expect(straightened.length).toBeGreaterThan(0);
    for (const { id } of parent.edges) {
      expect(derived.edgeById.get(id)?.quoteCount).toBe(fresh.edgeById.get(id)?.quoteCount);
    }
    for (const { id } of full.nodes) {
      expect(derived.adjacency.edgesOf.get(id)).toEqual(fresh.adjacency.edgesOf.get(id));
    }
  });

  it('bends from the layout, not from a node dragged in the parent', () => {
    const parent = buildGraphScene(graph, full, positions);
    const hub = parent.prominent[0]?.id as ActorId;
    moveSceneNode(parent, hub, 5000, 5000);
    const cut = ranged('2024-03-01', '2024-09-30');
    const derived = rescaledScene(parent, source, cut) as GraphScene;
    expect(plain(derived)).toEqual(plain(buildGraphScene(cut, full, positions)));
  });

  it('declines a graph with actors or links the parent does not draw', () => {
    const narrow = ranged('2024-06-01', '2024-06-30');
    const parent = buildGraphScene(narrow, full, positions);
    const own: SceneSource = { ...source, graph: narrow };
    expect(rescaledScene(parent, own, graph)).toBeNull();
  });
});
