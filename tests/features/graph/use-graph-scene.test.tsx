import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildActorGraph, type ActorGraph } from '../../../src/graph/build-actor-graph.ts';
import { NO_THINNING, thinGraph } from '../../../src/graph/explore-subgraph.ts';
import { buildGraphScene } from '../../../src/graph/graph-scene.ts';
import { layoutGraph } from '../../../src/graph/layout-graph.ts';
import {
  SYNC_SCENE_MAX_ITEMS,
  useGraphScene,
} from '../../../src/features/graph/use-graph-scene.ts';
import { syntheticCorpus } from '../../fixtures/graph/synthetic-corpus.ts';

// Large enough (nodes + links over SYNC_SCENE_MAX_ITEMS) that a scene is built in slices,
// and its people-only cut is large too: the two paths this hook chooses between.
const { actors, quotes } = syntheticCorpus(4000, 40_000, 4);
const full = buildActorGraph(actors, quotes, { includeIsolated: true });
const graph = buildActorGraph(actors, quotes);
const { positions } = layoutGraph(full, { iterations: 5 });
const people = thinGraph(graph, { ...NO_THINNING, kinds: new Set(['person']) });

const ids = (scene: ReturnType<typeof buildGraphScene> | null) =>
  scene ? [scene.nodes.map((n) => n.id), scene.edges.map((e) => [e.id, e.bend])] : null;

describe('useGraphScene', () => {
  it('cuts a thinned graph out of the built scene in the same render', async () => {
    expect(people.nodes.length + people.edges.length).toBeGreaterThan(SYNC_SCENE_MAX_ITEMS);
    const { result, rerender } = renderHook(
      ({ shown }: { shown: ActorGraph }) => useGraphScene(shown, full, positions, null, graph),
      { initialProps: { shown: graph } },
    );
    // The whole graph is built in slices: no scene in the first render.
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current).not.toBeNull());
    rerender({ shown: people });
    // No slices for the cut: it is there at once, and it is what a fresh build would give.
    expect(ids(result.current)).toEqual(ids(buildGraphScene(people, full, positions)));
  });

  it('builds a cut in slices when its base has not been built', async () => {
    const { result } = renderHook(() => useGraphScene(people, full, positions, null, graph));
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current).not.toBeNull());
    expect(ids(result.current)).toEqual(ids(buildGraphScene(people, full, positions)));
  });
});
