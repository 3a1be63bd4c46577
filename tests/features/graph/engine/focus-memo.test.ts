import { describe, expect, it } from 'vitest';
import { buildActorGraph } from '../../../../src/graph/build-actor-graph.ts';
import { buildGraphScene } from '../../../../src/graph/graph-scene.ts';
import { layoutGraph } from '../../../../src/graph/layout-graph.ts';
import { frameFocus, type PointedAt } from '../../../../src/graph/view-focus.ts';
import { FocusMemo } from '../../../../src/features/graph/engine/focus-memo.ts';
import { syntheticCorpus } from '../../../fixtures/graph/synthetic-corpus.ts';

// A small synthetic graph: enough actors for two different hover neighbourhoods.
const { actors, quotes } = syntheticCorpus(40, 200, 5);
const graph = buildActorGraph(actors, quotes);
const scene = buildGraphScene(graph, graph, layoutGraph(graph).positions);
const [first, second] = scene.nodes;
const at = (hoveredActor: PointedAt['hoveredActor']): PointedAt => ({
  hoveredActor,
  hoveredEdge: null,
  dragging: null,
  selectedActorId: null,
  selectedEdgeId: null,
  highlight: null,
});

describe('FocusMemo', () => {
  it('reuses the focus while the scene and the pointing stay the same', () => {
    const memo = new FocusMemo();
    const a = memo.focus(scene, at(first?.id ?? null));
    expect(memo.focus(scene, at(first?.id ?? null))).toBe(a);
    expect(a).toEqual(frameFocus(scene, at(first?.id ?? null)));
  });

  it('works the focus out again when a field of the pointing or the scene changes', () => {
    const memo = new FocusMemo();
    const a = memo.focus(scene, at(first?.id ?? null));
    const b = memo.focus(scene, at(second?.id ?? null));
    expect(b).not.toBe(a);
    expect(b).toEqual(frameFocus(scene, at(second?.id ?? null)));
    const rebuilt = buildGraphScene(graph, graph, layoutGraph(graph).positions);
    expect(memo.focus(rebuilt, at(second?.id ?? null))).not.toBe(b);
  });
});
