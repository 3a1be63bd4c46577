import { drawBaseLayer, drawOverlay, sameBaseKey, type BaseLayerKey } from '../draw-graph.ts';
import type { DrawState } from '../draw-state.ts';

/** The view a frame is drawn for: the frame-wide part of a DrawState, palette and version set. */
export type FrameView = Pick<
  DrawState,
  'scene' | 'transform' | 'width' | 'height' | 'dpr' | 'moving'
> &
  Required<Pick<DrawState, 'palette' | 'sceneVersion'>>;

/** What the overlay marks: focus, selection, hover and the room kept free of labels. */
export type FrameMarks = Omit<DrawState, keyof FrameView | 'measure'>;

/**
 * Paints frames onto a canvas: the base layer (every edge and node) is drawn into an offscreen
 * canvas and reused while the view and positions stay the same, so hover and selection only
 * repaint the overlay over a copy of it. Caches label widths per font and text.
 */
export class FramePainter {
  #base: HTMLCanvasElement | null = null;
  #baseKey: BaseLayerKey | null = null;
  readonly #widths = new Map<string, number>();
  /** Edges the last base layer drew, and left out for its pixel budget. */
  edgesDrawn = 0;
  edgesSkipped = 0;

  /** Paints `view` with `marks` onto `canvas` (resizing its backing store). Effects: paints. */
  paint(
    canvas: HTMLCanvasElement,
    ctx: CanvasRenderingContext2D,
    view: FrameView,
    marks: FrameMarks,
  ): void {
    const bw = Math.round(view.width * view.dpr);
    const bh = Math.round(view.height * view.dpr);
    if (canvas.width !== bw || canvas.height !== bh) {
      canvas.width = bw;
      canvas.height = bh;
    }
    const { transform, ...rest } = view;
    const key: BaseLayerKey = { ...rest, k: transform.k, x: transform.x, y: transform.y };
    this.#base ??= canvas.ownerDocument.createElement('canvas');
    const baseCtx = this.#base.getContext('2d');
    if (baseCtx && !sameBaseKey(this.#baseKey, key)) {
      if (this.#base.width !== bw || this.#base.height !== bh) {
        this.#base.width = bw;
        this.#base.height = bh;
      }
      const stats = drawBaseLayer(baseCtx, view);
      this.#baseKey = key;
      this.edgesSkipped = stats.edgesSkipped;
      this.edgesDrawn = stats.edgesDrawn;
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, bw, bh);
    if (baseCtx) ctx.drawImage(this.#base, 0, 0);
    drawOverlay(ctx, { ...view, ...marks, measure: this.#measure(ctx) });
  }

  /**
   * Says what the last frame drew: on the canvas's data attributes (read by benchmarks and
   * visual checks; cheap to keep) and in the note under the graph when links were left out.
   * Effects: writes `canvas.dataset` and `note`.
   */
  report(
    canvas: HTMLCanvasElement,
    note: HTMLElement | null | undefined,
    view: FrameView,
    ms: number,
  ): void {
    canvas.dataset.drawMs = ms.toFixed(1);
    canvas.dataset.drawNodes = String(view.scene.nodes.length);
    canvas.dataset.drawQuality = view.moving ? 'quick' : 'full';
    if (!note) return;
    note.hidden = this.edgesSkipped === 0 || view.moving;
    note.textContent = `Drawing the ${this.edgesDrawn.toLocaleString('en')} heaviest links in view; zoom in to see lighter ones.`;
  }

  /**
   * Draws `view` with `marks` straight onto `ctx` (no cache), at the pixel ratio `view.dpr`:
   * for exports to a context of the caller's. Effects: paints `ctx`.
   */
  renderTo(ctx: CanvasRenderingContext2D, view: FrameView, marks: FrameMarks): void {
    drawBaseLayer(ctx, view);
    drawOverlay(ctx, { ...view, ...marks, measure: this.#measure(ctx) });
  }

  #measure(ctx: CanvasRenderingContext2D): DrawState['measure'] {
    return (font, text) => {
      const cacheKey = `${font}|${text}`;
      let w = this.#widths.get(cacheKey);
      if (w === undefined) {
        ctx.font = font;
        w = ctx.measureText(text).width;
        this.#widths.set(cacheKey, w);
      }
      return w;
    };
  }
}

/** Where the zoom controls sit over the drawing (padded), so labels keep out of it. */
export function reservedBoxes(controls: HTMLElement | null | undefined): FrameMarks['reserved'] {
  if (!controls) return [];
  const pad = 4;
  return [
    {
      left: controls.offsetLeft - pad,
      top: controls.offsetTop - pad,
      right: controls.offsetLeft + controls.offsetWidth + pad,
      bottom: controls.offsetTop + controls.offsetHeight + pad,
    },
  ];
}
