import type { ActorId } from '../../../corpus/schema.ts';
import type { EdgeId } from '../../../corpus/edge-id.ts';
import type { Viewport } from '../../../graph/view-focus.ts';
import { attachZoomAndDrag } from './zoom-and-drag.ts';

/** The DOM the engine drives; only `container` and `canvas` are required. */
export interface GraphCanvasElements {
  /** Receives the gestures and pointer events; its size is the view's. */
  container: HTMLElement;
  canvas: HTMLCanvasElement;
  /** The button layer, moved and scaled with the view. */
  layer?: HTMLElement | null;
  tooltip?: HTMLElement | null;
  /** Says when the lighter links are left out. */
  note?: HTMLElement | null;
  /** The zoom controls, where no label may go. */
  controls?: HTMLElement | null;
}

/** What the engine tells its owner. */
export interface GraphCanvasCallbacks {
  onSelectActor: (id: ActorId) => void;
  onSelectEdge: (id: EdgeId) => void;
  /** The view came to rest at a new transform or size, or a dragged node moved its button. */
  onViewportChange: (viewport: Viewport) => void;
}

/** Host hooks, replaceable in tests. */
export interface GraphCanvasHost {
  requestFrame: (draw: () => void) => number;
  cancelFrame: (handle: number) => void;
  pixelRatio: () => number;
  /** Attaches zoom and drag gestures (d3) to the container. */
  gestures: typeof attachZoomAndDrag;
}

/** The browser's frames, pixel ratio and d3 gestures. */
export function browserHost(): GraphCanvasHost {
  const raf = typeof requestAnimationFrame === 'function';
  return {
    // Without animation frames (some test environments) a frame is drawn at once.
    requestFrame: (draw) => (raf ? requestAnimationFrame(draw) : (draw(), 0)),
    cancelFrame: (handle) => {
      if (raf) cancelAnimationFrame(handle);
    },
    pixelRatio: () => (typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1),
    gestures: attachZoomAndDrag,
  };
}

/** The canvas's 2D context, or null where there is none (jsdom). */
export function canvasContext(canvas: HTMLCanvasElement | null): CanvasRenderingContext2D | null {
  if (!canvas) return null;
  try {
    // jsdom has no canvas: getContext is "not implemented" and returns null.
    return canvas.getContext('2d');
  } catch {
    return null;
  }
}

/**
 * Calls `measure` with the container's box now and whenever the container or the controls
 * (whose box labels keep clear of) resize. Returns the cleanup; without ResizeObserver (jsdom)
 * it measures once.
 */
export function observeResize(
  container: HTMLElement,
  controls: HTMLElement | null | undefined,
  measure: (rect: DOMRectReadOnly) => void,
): () => void {
  const run = () => measure(container.getBoundingClientRect());
  run();
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  const observer = new ResizeObserver(run);
  observer.observe(container);
  if (controls) observer.observe(controls);
  return () => observer.disconnect();
}
