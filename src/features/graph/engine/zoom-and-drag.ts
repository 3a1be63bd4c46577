import { drag, type D3DragEvent } from 'd3-drag';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { ScreenPoint, ViewTransform } from '../../../graph/coordinates.ts';
import { screenPoint } from '../../../graph/coordinates.ts';

/** What is being dragged: a node id and its position on screen when the gesture began. */
export interface DragSubject {
  id: string;
  x: number;
  y: number;
}

/** What the gestures report to (the engine). */
export interface ZoomDragHandlers {
  /** The transform changed (gesture, wheel, button or programmatic). */
  onTransform: (t: ViewTransform, byUser: boolean) => void;
  /** A gesture or animation started (true) or everything came to rest (false). */
  onMovingChange: (moving: boolean) => void;
  /** The node under a screen point, or null: nodes are dragged, anything else pans. */
  dragSubjectAt: (p: ScreenPoint) => DragSubject | null;
  onDragStart: (subject: DragSubject) => void;
  onDrag: (subject: DragSubject, p: ScreenPoint) => void;
  onDragEnd: (subject: DragSubject, moved: boolean) => void;
}

/** Imperative zoom controls for buttons and fitting; `dispose` detaches everything. */
export interface ZoomController {
  /** Jumps (or animates over ~250 ms, unless the user prefers reduced motion) to `t`. */
  setTransform: (t: ViewTransform, animate: boolean) => void;
  /** Allowed scale range. */
  setScaleExtent: (min: number, max: number) => void;
  /** The current scale range. */
  scaleExtent: () => [number, number];
  /** Detaches both behaviours and stops any animation. */
  dispose: () => void;
}

const ANIMATION_MS = 250;

/**
 * Attaches d3-drag (node dragging) and d3-zoom (wheel/drag/pinch zoom and pan) to `element`,
 * in that order so a drag that starts on a node stops the event before zoom sees it. Effects:
 * listeners on `element` (and d3's on its window while a gesture runs) until `dispose`.
 */
export function attachZoomAndDrag(
  element: HTMLElement,
  handlers: ZoomDragHandlers,
): ZoomController {
  const selection = select<HTMLElement, unknown>(element);
  let gestures = 0;
  let animation = 0;
  let animating = false;
  const setMoving = () => handlers.onMovingChange(gestures > 0 || animating);

  // d3's default filters, plus: events must come from a window (jsdom's synthetic mouse events
  // have no view, which d3 needs to track the gesture).
  const fromWindow = (event: { view?: unknown; sourceEvent?: { view?: unknown } }) =>
    (event.view ?? event.sourceEvent?.view) != null;
  const zoomBehavior: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    .filter(
      (event: MouseEvent & { type: string }) =>
        (!event.ctrlKey || event.type === 'wheel') && !event.button && fromWindow(event),
    )
    .scaleExtent([0.02, 8])
    .clickDistance(4)
    .on('start', () => {
      gestures += 1;
      setMoving();
    })
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      const { k, x, y } = event.transform;
      handlers.onTransform({ k, x, y }, event.sourceEvent != null);
    })
    .on('end', () => {
      gestures = Math.max(0, gestures - 1);
      setMoving();
    });

  const dragBehavior = drag<HTMLElement, unknown, DragSubject | null>()
    .filter((event: MouseEvent) => !event.ctrlKey && !event.button && fromWindow(event))
    .container(element)
    .clickDistance(4)
    .subject((event: D3DragEvent<HTMLElement, unknown, DragSubject | null>) =>
      handlers.dragSubjectAt(screenPoint(event.x, event.y)),
    )
    .on('start', (event: D3DragEvent<HTMLElement, unknown, DragSubject>) => {
      moved = false;
      handlers.onDragStart(event.subject);
    })
    .on('drag', (event: D3DragEvent<HTMLElement, unknown, DragSubject>) => {
      moved = true;
      handlers.onDrag(event.subject, screenPoint(event.x, event.y));
    })
    .on('end', (event: D3DragEvent<HTMLElement, unknown, DragSubject>) => {
      handlers.onDragEnd(event.subject, moved);
    });
  let moved = false;

  selection.call(dragBehavior).call(zoomBehavior).on('dblclick.zoom', null);

  const stopAnimation = () => {
    if (animation) cancelAnimationFrame(animation);
    animation = 0;
    if (animating) {
      animating = false;
      setMoving();
    }
  };
  // Wheel or drag takes over from a running animation.
  zoomBehavior.on('start.cancel', (event: D3ZoomEvent<HTMLElement, unknown>) => {
    if (event.sourceEvent) stopAnimation();
  });

  const apply = (t: ViewTransform) =>
    selection.call(zoomBehavior.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));

  return {
    setTransform(target, animate) {
      stopAnimation();
      const reduce =
        typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
      if (!animate || reduce || typeof requestAnimationFrame !== 'function') {
        apply(target);
        return;
      }
      const { k: k0, x: x0, y: y0 } = zoomTransform(element);
      const from = { k: k0, x: x0, y: y0 };
      const start = performance.now();
      animating = true;
      setMoving();
      const step = (now: number) => {
        const u = Math.min(1, (now - start) / ANIMATION_MS);
        const e = 1 - (1 - u) ** 3;
        // Interpolate the scale geometrically so zooming feels even.
        const k = from.k * (target.k / from.k) ** e;
        apply({ k, x: from.x + (target.x - from.x) * e, y: from.y + (target.y - from.y) * e });
        if (u < 1) animation = requestAnimationFrame(step);
        else {
          animation = 0;
          animating = false;
          setMoving();
        }
      };
      animation = requestAnimationFrame(step);
    },
    setScaleExtent(min, max) {
      zoomBehavior.scaleExtent([min, max]);
    },
    scaleExtent() {
      return zoomBehavior.scaleExtent();
    },
    dispose() {
      stopAnimation();
      selection.on('.zoom', null).on('.drag', null);
    },
  };
}
