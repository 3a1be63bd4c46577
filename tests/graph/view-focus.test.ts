import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/corpus/schema.ts';
import type { EdgeId } from '../../src/corpus/edge-id.ts';
import { buildActorGraph } from '../../src/graph/build-actor-graph.ts';
import { IDENTITY_TRANSFORM } from '../../src/graph/coordinates.ts';
import { buildGraphScene } from '../../src/graph/graph-scene.ts';
import { layoutGraph } from '../../src/graph/layout-graph.ts';
import { neighbourhoodOf } from '../../src/graph/neighbourhood.ts';
import { actorsWithButtons, frameFocus, type PointedAt } from '../../src/graph/view-focus.ts';
import { NEWS_ACTORS, NEWS_QUOTES } from '../fixtures/graph/news-network.ts';

const graph = buildActorGraph(NEWS_ACTORS, NEWS_QUOTES, { includeIsolated: true });
const scene = buildGraphScene(graph, graph, layoutGraph(graph).positions);
const nothing: PointedAt = {
  hoveredActor: null,
  hoveredEdge: null,
  dragging: null,
  selectedActorId: null,
  selectedEdgeId: null,
};
const nato = 'nato' as ActorId;
const lavrov = 'sergey-lavrov' as ActorId;
const edge = 'sergey-lavrov->nato' as EdgeId;

describe('frameFocus', () => {
  it('focuses nothing when nothing is pointed at', () => {
    expect(frameFocus(scene, nothing)).toEqual({ focus: null, focusKind: 'selection' });
  });

  it('lets hover win over the selection, except while dragging', () => {
    const at = { ...nothing, hoveredActor: nato, selectedActorId: lavrov };
    expect(frameFocus(scene, at)).toEqual({
      focus: neighbourhoodOf(scene.adjacency, nato),
      focusKind: 'hover',
    });
    expect(frameFocus(scene, { ...at, dragging: nato })).toEqual({
      focus: neighbourhoodOf(scene.adjacency, lavrov),
      focusKind: 'selection',
    });
  });

  it('focuses an edge and its two ends; ignores ids the scene lacks', () => {
    const { focus } = frameFocus(scene, { ...nothing, selectedEdgeId: edge });
    expect([...(focus?.nodes ?? [])].sort()).toEqual([nato, lavrov].sort());
    expect([...(focus?.edges ?? [])]).toEqual([edge]);
    const gone = { ...nothing, selectedActorId: 'nobody' as ActorId };
    expect(frameFocus(scene, gone).focus).toBeNull();
  });
});

describe('actorsWithButtons', () => {
  it('takes the most prominent first, bounded, and always the selected actor', () => {
    const unmeasured = { transform: IDENTITY_TRANSFORM, width: 0, height: 0 };
    const all = actorsWithButtons(scene, unmeasured, null, 1000);
    expect(all.map((n) => n.id)).toEqual(scene.prominent.map((n) => n.id));
    const last = scene.prominent.at(-1)?.id ?? null;
    const two = actorsWithButtons(scene, unmeasured, last, 2);
    expect(two.map((n) => n.id)).toEqual([...scene.prominent.slice(0, 2).map((n) => n.id), last]);
  });

  it('leaves out actors outside the view', () => {
    // A 1 × 1 pixel view far from every node.
    const far = { transform: { k: 1, x: 1e6, y: 1e6 }, width: 1, height: 1 };
    expect(actorsWithButtons(scene, far, null, 1000)).toEqual([]);
    expect(actorsWithButtons(scene, far, nato, 1000).map((n) => n.id)).toEqual([nato]);
  });
});
