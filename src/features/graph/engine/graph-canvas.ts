import type { ActorId } from '../../../corpus/schema.ts';
import type { EdgeId } from '../../../corpus/edge-id.ts';
import {
  fitTransform,
  IDENTITY_TRANSFORM,
  screenPoint,
  toWorld,
  transformBringingIntoView,
  zoomAround,
  type ScreenPoint,
  type ViewTransform,
} from '../../../graph/coordinates.ts';
import { reindexNodes, type GraphScene, type SceneNode } from '../../../graph/graph-scene.ts';
import type { Viewport } from '../../../graph/view-focus.ts';
import type { Neighbourhood } from '../../../graph/neighbourhood.ts';
import { GRAPH_PALETTES, type GraphPalette } from '../../../theme/palette.ts';
import {
  browserHost,
  canvasContext,
  observeResize,
  type GraphCanvasCallbacks,
  type GraphCanvasElements,
  type GraphCanvasHost,
} from './canvas-host.ts';
import { MOVING_EDGE_LIMIT } from '../draw-edges.ts';
import { DragMemory } from './drag-memory.ts';
import { FocusMemo } from './focus-memo.ts';
import { HitTester } from './hit-tester.ts';
import { FramePainter, reservedBoxes, type FrameMarks, type FrameView } from './frame-painter.ts';
import { listenPointer } from './pointer-input.ts';
import { hideTooltip, showTooltip } from './tooltip.ts';
import type { DragSubject, ZoomController } from './zoom-and-drag.ts';

/**
 * The graph drawing outside React: owns the view state (transform, size, hover, drag), the draw
 * loop (one animation frame at a time, a cached base layer under a per-frame overlay), hit
 * testing, the zoom/drag gestures and the pointer listeners on the container. Never mutates a
 * scene it was given except through node drags, which it keeps and re-applies to later scenes
 * of the same positions. `dispose` removes every listener and pending frame; a disposed engine
 * ignores everything (React may mount twice in development and dispose the first one).
 */
export class GraphCanvas {
  readonly #el: GraphCanvasElements;
  readonly #on: GraphCanvasCallbacks;
  readonly #host: GraphCanvasHost;
  readonly #zoom: ZoomController;
  readonly #cleanups: (() => void)[] = [];

  #scene: GraphScene | null = null;
  readonly #drags = new DragMemory();
  #transform: ViewTransform = IDENTITY_TRANSFORM;
  #width = 0;
  /** Where the zoom controls sit (labels keep out); measured once per resize, null: stale. */
  #reserved: FrameMarks['reserved'] | null = null;
  /** The next frame is the cheap one (the heaviest links, no arrows); the full one follows. */
  #quickNext = false;
  #height = 0;
  #palette: GraphPalette = GRAPH_PALETTES.light;
  #moving = false;
  readonly #focus = new FocusMemo();
  #dragging: ActorId | null = null;
  #hoveredActor: ActorId | null = null;
  #hoveredEdge: EdgeId | null = null;
  #selectedActorId: ActorId | null = null;
  #selectedEdgeId: EdgeId | null = null;
  #highlight: Neighbourhood | null = null;
  #userMoved = false;
  #fitted = false;
  #ready = false;
  #disposed = false;
  readonly #hits = new HitTester();
  #sceneVersion = 0;
  #frame = 0;
  readonly #painter = new FramePainter();

  constructor(
    elements: GraphCanvasElements,
    callbacks: GraphCanvasCallbacks,
    host: Partial<GraphCanvasHost> = {},
  ) {
    this.#el = elements;
    this.#on = callbacks;
    this.#host = { ...browserHost(), ...host };
    const container = elements.container;
    this.#zoom = this.#host.gestures(container, {
      onTransform: (t, byUser) => {
        this.#transform = t;
        if (byUser) this.#userMoved = true;
        hideTooltip(this.#el.tooltip);
        this.requestDraw();
      },
      onMovingChange: (moving) => {
        if (this.#moving === moving) return;
        this.#moving = moving;
        this.requestDraw();
        if (!moving) this.#publish();
      },
      dragSubjectAt: (p) => {
        const n = this.nodeAt(p);
        if (!n) return null;
        const t = this.#transform;
        return { id: n.id, x: n.x * t.k + t.x, y: n.y * t.k + t.y };
      },
      onDragStart: (subject: DragSubject) => {
        this.#dragging = subject.id as ActorId;
        this.#moving = true;
      },
      onDrag: (subject, p) => this.#dragTo(subject.id as ActorId, p),
      onDragEnd: (_subject, moved) => {
        this.#dragging = null;
        this.#moving = false;
        if (moved && this.#scene) {
          reindexNodes(this.#scene);
          // Buttons follow the moved node (a new viewport object re-renders them).
          this.#publish();
        }
        this.requestDraw();
      },
    });
    this.#cleanups.push(() => this.#zoom.dispose());
    listenPointer(
      {
        container,
        scene: () => this.#scene,
        busy: () => this.#dragging !== null || this.#moving,
        nodeAt: (p) => this.nodeAt(p),
        edgeAt: (p) => this.edgeAt(p),
        edgesIndexed: () => this.#hits.indexed,
        hover: (actor, edge) => {
          if (actor === this.#hoveredActor && edge === this.#hoveredEdge) return;
          this.#hoveredActor = actor;
          this.#hoveredEdge = edge;
          this.requestDraw();
        },
        showTooltip: (text, p) => showTooltip(this.#el.tooltip, text, p, this.#width, this.#height),
        hideTooltip: () => hideTooltip(this.#el.tooltip),
        selectActor: (id) => this.#on.onSelectActor(id),
        selectEdge: (id) => this.#on.onSelectEdge(id),
      },
      (target, type, listener) => this.#listen(target, type, listener),
    );
  }

  #listen(target: EventTarget, type: string, listener: (event: Event) => void): void {
    target.addEventListener(type, listener);
    this.#cleanups.push(() => target.removeEventListener(type, listener));
  }

  /** The current view (transform and CSS size). */
  viewport(): Viewport {
    return { transform: this.#transform, width: this.#width, height: this.#height };
  }

  /** Whether the first real frame has been drawn (`graph:ready` is marked then). */
  get ready(): boolean {
    return this.#ready;
  }

  /**
   * Shows `scene` (null: nothing yet). `positions` identifies the layout it was built on: while
   * it stays the same, dragged nodes keep their place across scenes (filters); a new layout
   * drops them. Fits the view to the first scene once the size is known.
   */
  setScene(scene: GraphScene | null, positions: unknown): void {
    if (this.#disposed) return;
    this.#drags.apply(scene, positions);
    if (this.#scene !== scene) {
      this.#hits.drop();
      // A new large scene (a filter, a focus) first shows in the cheap frame, as at load.
      this.#quickNext = scene !== null && scene.edges.length > MOVING_EDGE_LIMIT;
    }
    this.#scene = scene;
    if (this.#hoveredActor && !scene?.nodeById.has(this.#hoveredActor)) this.#hoveredActor = null;
    if (this.#hoveredEdge && !scene?.edgeById.has(this.#hoveredEdge)) this.#hoveredEdge = null;
    if (scene && !this.#fitted && this.#width > 0) {
      this.#fitted = true;
      this.fit(false);
    }
    this.requestDraw();
  }

  /** Emphasises a set of actors and links while nothing is hovered or selected (a path). */
  setHighlight(highlight: Neighbourhood | null): void {
    if (this.#disposed || this.#highlight === highlight) return;
    this.#highlight = highlight;
    this.requestDraw();
  }

  /** Follows the selection (from the URL) and brings an off-screen selected actor into view. */
  setSelection(actorId: ActorId | null, edgeId: EdgeId | null): void {
    if (this.#disposed) return;
    this.#selectedActorId = actorId;
    this.#selectedEdgeId = edgeId;
    hideTooltip(this.#el.tooltip);
    this.requestDraw();
    const n = actorId ? this.#scene?.nodeById.get(actorId) : undefined;
    if (!n || this.#width <= 0 || !this.#fitted) return;
    const moved = transformBringingIntoView(this.#transform, this.#width, this.#height, n);
    if (moved) this.#zoom.setTransform(moved, true);
  }

  /** Draws in the colours of `palette` from the next frame on. */
  setPalette(palette: GraphPalette): void {
    if (this.#disposed || palette === this.#palette) return;
    this.#palette = palette;
    this.requestDraw();
  }

  /** Hovers an actor as the pointer would (keyboard focus on its button); null clears it. */
  setHoveredActor(id: ActorId | null): void {
    if (this.#disposed || this.#hoveredActor === id) return;
    this.#hoveredActor = id;
    this.requestDraw();
  }

  /** The hovered actor, if any. */
  hoveredActor(): ActorId | null {
    return this.#hoveredActor;
  }

  /** Takes the view's size in CSS pixels; fits the scene while the user has not moved it. */
  setSize(width: number, height: number): void {
    if (this.#disposed || (width === this.#width && height === this.#height)) return;
    this.#width = width;
    this.#height = height;
    // A new size redraws everything: the cheap frame first, as for a new scene.
    if (this.#scene && this.#scene.edges.length > MOVING_EDGE_LIMIT) this.#quickNext = true;
    if (this.#scene && (!this.#fitted || !this.#userMoved) && width > 0) {
      this.#fitted = true;
      this.fit(false);
    }
    this.#publish();
    this.requestDraw();
  }

  /** Measures the container now and whenever it resizes (until disposed). */
  observeSize(): void {
    const measure = (rect: DOMRectReadOnly) => {
      this.#reserved = null;
      this.setSize(rect.width, rect.height);
    };
    this.#cleanups.push(observeResize(this.#el.container, this.#el.controls, measure));
  }

  /** The node under a screen point (with a few pixels of slack), or null. */
  nodeAt(p: ScreenPoint): SceneNode | null {
    return this.#hits.nodeAt(this.#scene, this.#transform, p);
  }

  /** The edge under a screen point, or null (a linear scan until the edge index is built). */
  edgeAt(p: ScreenPoint): EdgeId | null {
    return this.#hits.edgeAt(this.#scene, this.#transform, p);
  }

  /** Fits the scene into the view (padding clears the zoom controls in the top-right corner). */
  fit(animate: boolean): void {
    const bounds = this.#scene?.bounds;
    if (this.#disposed || !bounds || this.#width <= 0 || this.#height <= 0) return;
    const t = fitTransform(bounds, this.#width, this.#height, { padding: 48, maxScale: 2.5 });
    this.#zoom.setScaleExtent(Math.min(t.k / 8, 0.5), Math.max(8, t.k * 8));
    this.#zoom.setTransform(t, animate);
  }

  /** Zooms by `factor` around the centre of the view, within the allowed scale range. */
  zoomBy(factor: number): void {
    if (this.#disposed) return;
    const [min, max] = this.#zoom.scaleExtent();
    const centre = screenPoint(this.#width / 2, this.#height / 2);
    this.#zoom.setTransform(zoomAround(this.#transform, factor, centre, min, max), true);
  }

  /** Moves the view to `t` (animated unless the user prefers reduced motion). */
  setTransform(t: ViewTransform, animate = false): void {
    if (!this.#disposed) this.#zoom.setTransform(t, animate);
  }

  /** Asks for a frame; several requests before it is drawn make one frame. */
  requestDraw(): void {
    if (this.#frame || this.#disposed) return;
    // A host without animation frames draws synchronously and returns 0.
    this.#frame = -1;
    const handle = this.#host.requestFrame(() => this.#drawFrame());
    if (this.#frame === -1) this.#frame = handle;
  }

  /**
   * Renders the current view (as drawn at rest, with the current focus) onto `ctx` at
   * `pixelRatio` device pixels per CSS pixel, e.g. for a PNG export. Effects: paints `ctx`.
   */
  renderTo(ctx: CanvasRenderingContext2D, pixelRatio: number): void {
    const view = this.#frameView(pixelRatio, false);
    if (view) this.#painter.renderTo(ctx, view, this.#marks());
  }

  /** Stops drawing and removes every listener, observer, frame and background job. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    if (this.#frame > 0) this.#host.cancelFrame(this.#frame);
    this.#frame = 0;
    this.#hits.drop();
    this.#painter.dispose();
    for (const cleanup of this.#cleanups.splice(0)) cleanup();
  }

  #publish(): void {
    this.#on.onViewportChange(this.viewport());
  }

  #dragTo(id: ActorId, p: ScreenPoint): void {
    if (!this.#scene) return;
    const w = toWorld(this.#transform, p);
    this.#drags.move(this.#scene, id, w.x, w.y);
    this.#sceneVersion += 1;
    this.#hits.drop();
    hideTooltip(this.#el.tooltip);
    this.requestDraw();
  }

  #frameView(dpr: number, moving: boolean): FrameView | null {
    const scene = this.#scene;
    if (!scene || this.#width <= 0 || this.#height <= 0) return null;
    return {
      scene,
      transform: this.#transform,
      width: this.#width,
      height: this.#height,
      dpr,
      moving,
      palette: this.#palette,
      sceneVersion: this.#sceneVersion,
    };
  }

  #marks(): FrameMarks {
    const at = {
      hoveredActor: this.#hoveredActor,
      hoveredEdge: this.#hoveredEdge,
      dragging: this.#dragging,
      selectedActorId: this.#selectedActorId,
      selectedEdgeId: this.#selectedEdgeId,
      highlight: this.#highlight,
    };
    const focus = this.#focus.focus(this.#scene as GraphScene, at);
    return {
      ...focus,
      selectedActorId: at.selectedActorId,
      selectedEdgeId: at.selectedEdgeId,
      hoveredActorId: at.hoveredActor,
      // Read once per resize: reading offsets in every frame forced a layout of the whole page
      // after each change of the actor buttons (16 ms at 10,000 actors).
      reserved: (this.#reserved ??= reservedBoxes(this.#el.controls)),
    };
  }

  #markReady(): void {
    this.#ready = true;
    performance.mark('graph:ready');
  }

  #drawFrame(): void {
    this.#frame = 0;
    if (this.#disposed) return;
    const s = this.#scene;
    const layer = this.#el.layer;
    const { k, x, y } = this.#transform;
    if (layer) {
      layer.style.transform = `translate(${x}px, ${y}px) scale(${k})`;
      layer.style.setProperty('--qg-k', String(k));
    }
    if (!s) return;
    const canvas = this.#el.canvas;
    const ctx = canvasContext(canvas);
    // No canvas support (jsdom): nothing more will be drawn, so the view is as ready as it gets.
    if (!ctx && !this.#ready) this.#markReady();
    const started = performance.now();
    // The first frame of a scene is the cheap one drawn while moving (nodes + the heaviest
    // edges, no arrows): at 75,000 links the full frame is one long task; it follows in the
    // next frame. So the new view shows at once after a load, a filter or a focus.
    const firstFrame = (!this.#ready || this.#quickNext) && s.nodes.length > 0;
    const view = this.#frameView(this.#host.pixelRatio(), this.#moving || firstFrame);
    if (!ctx || !view) return;
    this.#quickNext = false;
    const shown = this.#painter.paint(canvas, ctx, view, this.#marks(), () => this.requestDraw());
    this.#painter.report(canvas, this.#el.note, view, performance.now() - started, shown);
    // An empty graph (filters that keep nothing) is drawn as soon as its frame is: ready too.
    if (!this.#ready) this.#markReady();
    if (firstFrame && !this.#moving) this.requestDraw();
    else if (!this.#moving) this.#hits.prepare(s);
  }
}
