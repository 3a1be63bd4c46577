import {
  baseLayerSteps,
  drawBaseLayer,
  drawOverlay,
  sameBaseKey,
  type BaseLayerKey,
  type BaseStats,
} from '../draw-graph.ts';
import type { DrawState } from '../draw-state.ts';
import { runInSlices, type SlicedJob } from '../run-in-slices.ts';

/** The view a frame is drawn for: the frame-wide part of a DrawState, palette and version set. */
export type FrameView = Pick<
  DrawState,
  'scene' | 'transform' | 'width' | 'height' | 'dpr' | 'moving'
> &
  Required<Pick<DrawState, 'palette' | 'sceneVersion'>>;

/** What the overlay marks: focus, selection, hover and the room kept free of labels. */
export type FrameMarks = Omit<DrawState, keyof FrameView | 'measure'>;

/** Scenes with more edges than this get their full-quality base layer over several tasks. */
export const PROGRESSIVE_MIN_EDGES = 3000;
/** Work per task while a base layer is drawn over several (its raster included). */
const PROGRESSIVE_SLICE_MS = 16;

/** What a painted frame showed: the base asked for, or the quick one while it is drawn. */
export type PaintedBase = 'asked' | 'quick-stand-in';

/**
 * Paints frames onto a canvas: the base layer (every edge and node) is drawn into an offscreen
 * canvas and reused while the view and positions stay the same, so hover and selection only
 * repaint the overlay over a copy of it. Caches label widths per font and text.
 *
 * A large scene's full-quality base, asked for with `onBaseReady`, is drawn into a second
 * canvas over several tasks (in batches, each flushed so that its raster happens in its own
 * task) while frames keep compositing the quick base of the same view; when it is done it
 * replaces that and `onBaseReady` asks for the frame that shows it. In software raster (no
 * GPU) the full base of 10,000 actors and 70,000 links was one task of 80-120 ms.
 */
export class FramePainter {
  #base: HTMLCanvasElement | null = null;
  #baseKey: BaseLayerKey | null = null;
  #next: HTMLCanvasElement | null = null;
  #job: { key: BaseLayerKey; run: SlicedJob } | null = null;
  // Drawing the base onto one pixel of this forces its recorded batches to rasterise now.
  #flushTarget: CanvasRenderingContext2D | null = null;
  readonly #widths = new Map<string, number>();
  /** Edges the last base layer drew, and left out for its pixel budget. */
  edgesDrawn = 0;
  edgesSkipped = 0;

  /**
   * Paints `view` with `marks` onto `canvas` (resizing its backing store). With `onBaseReady`,
   * a large scene's full-quality base that is not drawn yet is started in the background
   * (see the class), the quick base of the same view standing in: the result says which was
   * shown. Effects: paints; may schedule tasks until the base is drawn or another is asked for.
   */
  paint(
    canvas: HTMLCanvasElement,
    ctx: CanvasRenderingContext2D,
    view: FrameView,
    marks: FrameMarks,
    onBaseReady?: () => void,
  ): PaintedBase {
    const bw = Math.round(view.width * view.dpr);
    const bh = Math.round(view.height * view.dpr);
    if (canvas.width !== bw || canvas.height !== bh) {
      canvas.width = bw;
      canvas.height = bh;
    }
    const key = keyOf(view);
    this.#base ??= canvas.ownerDocument.createElement('canvas');
    const baseCtx = this.#base.getContext('2d');
    let shown: PaintedBase = 'asked';
    if (baseCtx && !sameBaseKey(this.#baseKey, key)) {
      const standIn = this.#baseKey && sameBaseKey({ ...this.#baseKey, moving: key.moving }, key);
      if (
        onBaseReady &&
        !view.moving &&
        standIn &&
        view.scene.edges.length > PROGRESSIVE_MIN_EDGES
      ) {
        if (!this.#job || !sameBaseKey(this.#job.key, key))
          this.#startBase(canvas, view, key, onBaseReady);
        shown = 'quick-stand-in';
      } else {
        this.#cancelJob();
        fitCanvas(this.#base, bw, bh);
        this.#record(drawBaseLayer(baseCtx, view), key);
      }
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, bw, bh);
    if (baseCtx) ctx.drawImage(this.#base, 0, 0);
    drawOverlay(ctx, { ...view, ...marks, measure: this.#measure(ctx) });
    return shown;
  }

  /** Stops a base layer being drawn in the background. Effects: cancels its tasks. */
  dispose(): void {
    this.#cancelJob();
  }

  #startBase(
    canvas: HTMLCanvasElement,
    view: FrameView,
    key: BaseLayerKey,
    onBaseReady: () => void,
  ): void {
    this.#cancelJob();
    const doc = canvas.ownerDocument;
    const next = (this.#next ??= doc.createElement('canvas'));
    const nextCtx = next.getContext('2d');
    if (!nextCtx) return;
    fitCanvas(next, canvas.width, canvas.height);
    if (!this.#flushTarget) {
      const pixel = doc.createElement('canvas');
      pixel.width = 1;
      pixel.height = 1;
      this.#flushTarget = pixel.getContext('2d');
    }
    const flushTarget = this.#flushTarget;
    function* flushed(): Generator<void, BaseStats, void> {
      const steps = baseLayerSteps(nextCtx as CanvasRenderingContext2D, view);
      for (;;) {
        const step = steps.next();
        flushTarget?.drawImage(next, 0, 0, 1, 1, 0, 0, 1, 1);
        if (step.done) return step.value;
        yield;
      }
    }
    const run = runInSlices(
      flushed(),
      (stats) => {
        this.#job = null;
        // The finished base becomes the shown one; the old canvas is drawn into next time.
        [this.#base, this.#next] = [next, this.#base];
        this.#record(stats, key);
        onBaseReady();
      },
      PROGRESSIVE_SLICE_MS,
    );
    this.#job = { key, run };
  }

  #cancelJob(): void {
    this.#job?.run.cancel();
    this.#job = null;
  }

  #record(stats: BaseStats, key: BaseLayerKey): void {
    this.#baseKey = key;
    this.edgesSkipped = stats.edgesSkipped;
    this.edgesDrawn = stats.edgesDrawn;
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
    shown: PaintedBase = 'asked',
  ): void {
    const quick = view.moving || shown === 'quick-stand-in';
    canvas.dataset.drawMs = ms.toFixed(1);
    canvas.dataset.drawNodes = String(view.scene.nodes.length);
    canvas.dataset.drawQuality = quick ? 'quick' : 'full';
    if (!note) return;
    note.hidden = this.edgesSkipped === 0 || quick;
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

function keyOf(view: FrameView): BaseLayerKey {
  const { transform, ...rest } = view;
  return { ...rest, k: transform.k, x: transform.x, y: transform.y };
}

function fitCanvas(canvas: HTMLCanvasElement, width: number, height: number): void {
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
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
