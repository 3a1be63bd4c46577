import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/corpus/schema.ts';
import { buildActorGraph, type ActorGraph } from '../../src/graph/build-actor-graph.ts';
import { focusSubgraph, NO_THINNING, thinGraph } from '../../src/graph/explore-subgraph.ts';
import { buildGraphScene, moveSceneNode, type GraphScene } from '../../src/graph/graph-scene.ts';
import { worldPoint } from '../../src/graph/coordinates.ts';
import { findNodeAt } from '../../src/graph/hit-test.ts';
import { layoutGraph } from '../../src/graph/layout-graph.ts';
import { subScene, type SceneSource } from '../../src/graph/sub-scene.ts';
import { syntheticCorpus } from '../fixtures/graph/synthetic-corpus.ts';
import { plain } from './plain-scene.ts';

// 400 actors, 3,000 quotes: hubs, mutual mentions (bent twin links), self-mentions and an
// unknown speaker, enough for every thinning and focus below to cut something different.
const { actors, quotes } = syntheticCorpus(400, 3000, 5);
const full = buildActorGraph(actors, quotes, { includeIsolated: true });
const graph = buildActorGraph(actors, quotes);
const { positions } = layoutGraph(full);
const source: SceneSource = { graph, fullGraph: full, positions, appearance: null };
const parent = buildGraphScene(graph, full, positions);

const hub = [...graph.nodes].sort((a, b) => b.quotedCount - a.quotedCount)[0]?.id as ActorId;
const cuts: [string, ActorGraph][] = [
  ['min quotes 2', thinGraph(graph, { ...NO_THINNING, minQuotes: 2 })],
  ['min quotes 4', thinGraph(graph, { ...NO_THINNING, minQuotes: 4 })],
  ['people only', thinGraph(graph, { ...NO_THINNING, kinds: new Set(['person']) })],
  ['unknown hidden', thinGraph(graph, { ...NO_THINNING, hideUnknown: true })],
  ['hub, depth 1', focusSubgraph(graph, { id: hub, depth: 1, direction: 'both' })],
  ['hub, depth 2 out', focusSubgraph(graph, { id: hub, depth: 2, direction: 'out' })],
  [
    'thinned, then focused',
    focusSubgraph(thinGraph(graph, { ...NO_THINNING, minQuotes: 2 }), {
      id: hub,
      depth: 2,
      direction: 'in',
    }),
  ],
];

describe('subScene', () => {
  it.each(cuts)('cuts out exactly the scene a fresh build gives (%s)', (_, cut) => {
    const derived = subScene(parent, source, cut);
    expect(derived).not.toBeNull();
    expect(plain(derived as GraphScene)).toEqual(plain(buildGraphScene(cut, full, positions)));
  });

  it.each(cuts)('answers lookups one id at a time as a fresh build does (%s)', (_, cut) => {
    // Asked id by id before anything iterates them: the lazy path, not the built map.
    const derived = subScene(parent, source, cut) as GraphScene;
    const fresh = buildGraphScene(cut, full, positions);
    for (const { id } of full.nodes) {
      expect(derived.adjacency.edgesOf.get(id)).toEqual(fresh.adjacency.edgesOf.get(id));
      expect(derived.adjacency.neighboursOf.get(id)).toEqual(fresh.adjacency.neighboursOf.get(id));
    }
    for (const { id } of parent.edges) {
      const ends = (e: GraphScene['edges'][number] | undefined) =>
        e && { ends: [e.source.id, e.target.id], bend: e.bend, curve: e.curve };
      expect(ends(derived.edgeById.get(id))).toEqual(ends(fresh.edgeById.get(id)));
      expect(derived.edgeById.has(id)).toBe(fresh.edgeById.has(id));
    }
    expect(derived.edgeById.size).toBe(fresh.edgeById.size);
  });

  it('straightens a link whose reverse is cut away, and hit-tests the cut nodes only', () => {
    const cut = focusSubgraph(graph, { id: hub, depth: 1, direction: 'out' });
    const derived = subScene(parent, source, cut) as GraphScene;
    const bent = parent.edges.filter((e) => e.bend !== 0 && e.source.id === hub);
    expect(bent.length).toBeGreaterThan(0);
    for (const e of bent) expect(derived.edgeById.get(e.id)?.bend).toBe(0);
    const gone = parent.nodes.find((n) => !derived.nodeById.has(n.id)) as GraphScene['nodes'][0];
    expect(findNodeAt(derived.nodeIndex, worldPoint(gone.x, gone.y))?.id ?? null).not.toBe(gone.id);
    expect(findNodeAt(parent.nodeIndex, worldPoint(gone.x, gone.y))?.id).toBe(gone.id);
  });

  it('is the parent itself for the parent’s graph', () => {
    expect(subScene(parent, source, graph)).toBe(parent);
  });

  it('declines a graph rebuilt from other quotes (other node objects)', () => {
    const rebuilt = buildActorGraph(actors, quotes.slice(0, 1500));
    expect(subScene(parent, source, rebuilt)).toBeNull();
  });

  it('declines when the cut changes the radius scale', () => {
    // Scale from the graph alone (a full graph with smaller counts): cutting the hub changes it.
    const small = buildActorGraph(actors, quotes.slice(0, 10), { includeIsolated: true });
    const own: SceneSource = { graph, fullGraph: small, positions, appearance: null };
    const ownParent = buildGraphScene(graph, small, positions);
    const withoutHub = { ...graph, nodes: graph.nodes.filter((n) => n.id !== hub) };
    expect(subScene(ownParent, own, withoutHub)).toBeNull();
  });

  it('shares nodes with the parent, so a drag moves both, and leaves its inputs alone', () => {
    const before = JSON.stringify(plain(parent));
    const cut = thinGraph(graph, { ...NO_THINNING, minQuotes: 2 });
    const derived = subScene(parent, source, cut) as GraphScene;
    expect(JSON.stringify(plain(parent))).toBe(before);
    const id = derived.nodes[0]?.id as ActorId;
    moveSceneNode(derived, id, 123, 456);
    expect(parent.nodeById.get(id)).toMatchObject({ x: 123, y: 456 });
  });
});
