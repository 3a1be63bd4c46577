import type { ActorId } from '../corpus/schema.ts';
import type { EdgeId } from '../corpus/edge-id.ts';
import { circleInBounds, visibleWorldBounds, type ViewTransform } from './coordinates.ts';
import type { GraphScene, SceneNode } from './graph-scene.ts';
import { neighbourhoodOf, type Neighbourhood } from './neighbourhood.ts';

/** What the pointer and the URL point at, as the view sees it. */
export interface PointedAt {
  hoveredActor: ActorId | null;
  hoveredEdge: EdgeId | null;
  /** A node being dragged shows no hover neighbourhood (it would flicker along). */
  dragging: ActorId | null;
  selectedActorId: ActorId | null;
  selectedEdgeId: EdgeId | null;
  /** Emphasised when nothing is hovered or selected (a path between two actors). */
  highlight?: Neighbourhood | null;
}

/** The emphasised part of a frame, and whether hover or the selection put it there. */
export interface FrameFocus {
  focus: Neighbourhood | null;
  focusKind: 'hover' | 'selection';
}

function edgeFocus(scene: GraphScene, id: EdgeId): Neighbourhood | null {
  const e = scene.edgeById.get(id);
  return e ? { nodes: new Set([e.source.id, e.target.id]), edges: new Set([e.id]) } : null;
}

/**
 * The focus of a frame: hover wins over the selection (a hovered actor's neighbourhood, else a
 * hovered edge and its ends); without hover, the selected actor's neighbourhood or the selected
 * edge. Ids missing from the scene (filtered out) focus nothing. Pure.
 */
export function frameFocus(scene: GraphScene, at: PointedAt): FrameFocus {
  let focus: Neighbourhood | null = null;
  if (at.hoveredActor && !at.dragging) focus = neighbourhoodOf(scene.adjacency, at.hoveredActor);
  else if (at.hoveredEdge) focus = edgeFocus(scene, at.hoveredEdge);
  if (focus) return { focus, focusKind: 'hover' };
  if (at.selectedActorId && scene.nodeById.has(at.selectedActorId)) {
    focus = neighbourhoodOf(scene.adjacency, at.selectedActorId);
  } else if (at.selectedEdgeId) focus = edgeFocus(scene, at.selectedEdgeId);
  else if (at.highlight) focus = at.highlight;
  return { focus, focusKind: 'selection' };
}

/** The view as the page sees it: transform and size in CSS pixels (0 before it is measured). */
export interface Viewport {
  transform: ViewTransform;
  width: number;
  height: number;
}

/**
 * The actors that get a button over the drawing: the most prominent of those in view (all of
 * them while the view is unmeasured), at most `max`, plus the selected actor wherever it is.
 * Pure; returns a new array in prominence order.
 */
export function actorsWithButtons(
  scene: GraphScene,
  viewport: Viewport,
  selectedActorId: ActorId | null,
  max: number,
): SceneNode[] {
  const list: SceneNode[] = [];
  const known = viewport.width > 0 && viewport.height > 0;
  const bounds = known
    ? visibleWorldBounds(viewport.transform, viewport.width, viewport.height)
    : null;
  for (const n of scene.prominent) {
    if (list.length >= max) break;
    if (bounds && !circleInBounds(n.x, n.y, n.r, bounds)) continue;
    list.push(n);
  }
  const selected = selectedActorId ? scene.nodeById.get(selectedActorId) : undefined;
  if (selected && !list.includes(selected)) list.push(selected);
  return list;
}
