import type { ActorId } from '../../../corpus/schema.ts';
import type { EdgeId } from '../../../corpus/edge-id.ts';
import { screenPoint, type ScreenPoint } from '../../../graph/coordinates.ts';
import type { GraphScene, SceneNode } from '../../../graph/graph-scene.ts';
import { edgeTooltip, nodeTooltip } from './tooltip.ts';

/** What the pointer handlers need from the engine: reads, and the few changes they make. */
export interface PointerTarget {
  container: HTMLElement;
  scene(): GraphScene | null;
  /** A drag or a zoom gesture is under way: hover waits. */
  busy(): boolean;
  nodeAt(p: ScreenPoint): SceneNode | null;
  edgeAt(p: ScreenPoint): EdgeId | null;
  /** Whether the edge index is built (hover never waits for it). */
  edgesIndexed(): boolean;
  /** Sets what is hovered; redraws only when it changed. */
  hover(actor: ActorId | null, edge: EdgeId | null): void;
  showTooltip(text: string, p: ScreenPoint): void;
  hideTooltip(): void;
  selectActor(id: ActorId): void;
  selectEdge(id: EdgeId): void;
}

/** Where a pointer event is in the container, in CSS pixels from its top-left corner. */
function pointOf(container: HTMLElement, event: { clientX: number; clientY: number }): ScreenPoint {
  const rect = container.getBoundingClientRect();
  return screenPoint(event.clientX - rect.left, event.clientY - rect.top);
}

function onPointerMove(t: PointerTarget, event: PointerEvent): void {
  const s = t.scene();
  if (event.pointerType === 'touch' || t.busy() || !s) return;
  const p = pointOf(t.container, event);
  const node = t.nodeAt(p);
  const edge = node || !t.edgesIndexed() ? null : t.edgeAt(p);
  t.container.style.cursor = node || edge ? 'pointer' : '';
  const e = edge ? s.edgeById.get(edge) : undefined;
  if (node) t.showTooltip(nodeTooltip(node), p);
  else if (e) t.showTooltip(edgeTooltip(e), p);
  else t.hideTooltip();
  t.hover(node?.id ?? null, edge);
}

function onClick(t: PointerTarget, event: MouseEvent): void {
  // The tooltip describes what the pointer rests on; once clicked, the panel says it.
  t.hideTooltip();
  const target = event.target as Element | null;
  // Buttons (actor buttons, controls, legend) handle their own clicks.
  if (target?.closest?.('button, .qg-graph__controls')) return;
  const p = pointOf(t.container, event);
  const node = t.nodeAt(p);
  if (node) {
    t.selectActor(node.id);
    return;
  }
  const edge = t.edgeAt(p);
  if (edge) t.selectEdge(edge);
}

/**
 * Hover (tooltip, cursor, hovered actor or link) and click selection on the graph's container.
 * Effects: adds three listeners through `listen`, which owns their removal.
 */
export function listenPointer(
  t: PointerTarget,
  listen: (target: EventTarget, type: string, listener: (event: Event) => void) => void,
): void {
  listen(t.container, 'pointermove', (e) => onPointerMove(t, e as PointerEvent));
  listen(t.container, 'pointerleave', () => {
    t.hideTooltip();
    t.hover(null, null);
  });
  listen(t.container, 'click', (e) => onClick(t, e as MouseEvent));
}
