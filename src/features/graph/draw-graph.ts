import type { ActorId } from '../../corpus/schema.ts';
import type { EdgeId } from '../../corpus/edge-id.ts';
import { visibleWorldBounds } from '../../graph/coordinates.ts';
import type { GraphScene, SceneEdge, SceneNode } from '../../graph/graph-scene.ts';
import { type Rect } from '../../graph/edge-geometry.ts';
import { EDGE_WIDTH_CLASSES } from '../../graph/node-style.ts';
import type { GraphPalette } from '../../theme/palette.ts';
import {
  EDGE_PIXELS,
  edgeAlpha,
  edgeThinning,
  MOVING_EDGE_LIMIT,
  MOVING_EDGE_PIXELS,
  traceEdge,
} from './draw-edges.ts';
import { drawLabels } from './draw-labels.ts';
import { fillNodes, nodeInView, screenRadius } from './draw-nodes.ts';
import { LIGHT, type DrawState } from './draw-state.ts';

// The frame: a cached base layer (edges, nodes) and an overlay (focus, rings, labels) over it.

/** What the cached base layer was drawn for; any difference means it must be redrawn. */
export interface BaseLayerKey {
  scene: GraphScene;
  /** Bumped when nodes of the same scene move (dragging). */
  sceneVersion: number;
  k: number;
  x: number;
  y: number;
  width: number;
  height: number;
  dpr: number;
  moving: boolean;
  /** The colour scheme's palette (light when not given). */
  palette?: GraphPalette;
}

export function sameBaseKey(a: BaseLayerKey | null, b: BaseLayerKey): boolean {
  return (
    a !== null &&
    a.scene === b.scene &&
    a.sceneVersion === b.sceneVersion &&
    a.k === b.k &&
    a.x === b.x &&
    a.y === b.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.dpr === b.dpr &&
    a.moving === b.moving &&
    (a.palette ?? LIGHT) === (b.palette ?? LIGHT)
  );
}

export interface BaseStats {
  edgesDrawn: number;
  /** Edges left out by the pixel budget (0 when every visible edge was drawn). */
  edgesSkipped: number;
  ms: number;
}

/** Traced on-screen length of edges stroked together: one batch, one task's raster at most. */
export const EDGE_BATCH_PIXELS = 300_000;
/** Nodes filled together, in drawing order. */
export const NODE_BATCH = 2500;

type BaseLayerView = Pick<
  DrawState,
  'scene' | 'transform' | 'width' | 'height' | 'dpr' | 'moving' | 'palette'
>;

/**
 * Draws the base layer: every edge (heaviest first, until the pixel budget is spent), then every
 * node, with no highlighting. It depends only on the scene and the view, so the caller can cache
 * it and redraw only the overlay on hover or selection. Effects: paints `ctx`.
 */
export function drawBaseLayer(ctx: CanvasRenderingContext2D, s: BaseLayerView): BaseStats {
  const steps = baseLayerSteps(ctx, s);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `drawBaseLayer` in steps: edges are stroked in batches of EDGE_BATCH_PIXELS of traced length
 * and nodes filled NODE_BATCH at a time, and the generator yields after each batch, once the
 * batch is painted. Run to the end without pausing, it paints exactly what `drawBaseLayer`
 * does (that is how it is run), so a caller may spread the drawing of one frame over several
 * tasks, flushing the canvas at each yield so that each task rasterises its own batch.
 * Effects: paints `ctx`.
 */
export function* baseLayerSteps(
  ctx: CanvasRenderingContext2D,
  s: BaseLayerView,
): Generator<void, BaseStats, void> {
  const started = performance.now();
  const { scene, transform: t, width, height } = s;
  const palette = s.palette ?? LIGHT;
  ctx.setTransform(s.dpr, 0, 0, s.dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const view = visibleWorldBounds(t, width, height);
  const k = t.k;
  const edgeCount = scene.edges.length;
  const thin = edgeThinning(edgeCount) * Math.min(1.4, Math.max(0.6, Math.sqrt(k)));
  const alpha = edgeAlpha(edgeCount);
  const wantArrows = !s.moving || edgeCount <= MOVING_EDGE_LIMIT;
  const clip: Rect = { minX: -20, minY: -20, maxX: width + 20, maxY: height + 20 };
  // Rasterising strokes costs per pixel: past this much on-screen length the remaining (lighter)
  // edges are left out; they would only thicken the haze. Heaviest edges are traced first.
  const budget =
    (s.moving ? MOVING_EDGE_PIXELS : EDGE_PIXELS) * Math.max(1, (width * height) / 1e6);
  const newBatch = () =>
    EDGE_WIDTH_CLASSES.map(() => ({ line: new Path2D(), arrows: new Path2D() }));
  const strokeBatch = (classes: ReturnType<typeof newBatch>) => {
    ctx.lineCap = 'round';
    classes.forEach((cls, c) => {
      ctx.strokeStyle = `rgba(${palette.edgeRgb}, ${alpha})`;
      ctx.lineWidth = (EDGE_WIDTH_CLASSES[c] ?? 1) * thin;
      ctx.stroke(cls.line);
      ctx.fillStyle = `rgba(${palette.edgeRgb}, ${Math.min(1, alpha + 0.15)})`;
      ctx.fill(cls.arrows);
    });
  };
  let classes = newBatch();
  let pixels = 0;
  let batchPixels = 0;
  let edgesDrawn = 0;
  let edgesSkipped = 0;
  for (let i = 0; i < edgeCount; i++) {
    if (pixels > budget) {
      edgesSkipped = edgeCount - i;
      break;
    }
    const edge = scene.edges[scene.heaviestEdges[i] as number] as SceneEdge;
    const cls = classes[edge.widthClass] as { line: Path2D; arrows: Path2D };
    const w = (EDGE_WIDTH_CLASSES[edge.widthClass] ?? 1) * thin;
    // Arrowheads only where they can be seen: near enough, or few edges.
    const arrows =
      wantArrows && (edgeCount <= 5000 || screenRadius(edge.target, k) >= 4) ? cls.arrows : null;
    const traced = traceEdge(cls.line, arrows, edge, t, w, view, clip);
    if (traced > 0) {
      pixels += traced * Math.max(1, w);
      batchPixels += traced * Math.max(1, w);
      edgesDrawn += 1;
    }
    if (batchPixels >= EDGE_BATCH_PIXELS) {
      strokeBatch(classes);
      yield;
      classes = newBatch();
      batchPixels = 0;
    }
  }
  strokeBatch(classes);
  yield;
  for (let from = 0; from < scene.nodes.length; from += NODE_BATCH) {
    const batch = scene.nodes.slice(from, from + NODE_BATCH);
    fillNodes(ctx, batch, t, width, height, palette, s.moving);
    yield;
  }
  return { edgesDrawn, edgesSkipped, ms: performance.now() - started };
}

/**
 * Draws everything that changes without the view moving, over an already painted base layer:
 * a veil (the background colour) fading the base when something is focused, the emphasised
 * edges (hover neighbourhood, selected actor's edges, selected edge) and focused nodes at full
 * strength, rings, and the labels. Effects: paints `ctx` (expects its transform set to `dpr`).
 */
export function drawOverlay(ctx: CanvasRenderingContext2D, s: DrawState): { labels: number } {
  const { scene, transform: t, width, height, focus } = s;
  const palette = s.palette ?? LIGHT;
  const INK = palette.ink;
  const HIGHLIGHT = palette.highlight;
  const ACCENT = palette.accent;
  ctx.setTransform(s.dpr, 0, 0, s.dpr, 0, 0);
  const view = visibleWorldBounds(t, width, height);
  const clip: Rect = { minX: -20, minY: -20, maxX: width + 20, maxY: height + 20 };
  const k = t.k;
  const hoverFocus = focus !== null && s.focusKind === 'hover';
  const focusNodes = focus?.nodes;
  const inView = (n: SceneNode) => nodeInView(n, t, width, height);

  const emphasised = new Set<EdgeId>();
  if (focus) for (const id of focus.edges) emphasised.add(id);
  if (s.selectedActorId) {
    for (const id of scene.adjacency.edgesOf.get(s.selectedActorId) ?? []) emphasised.add(id);
  }
  if (s.selectedEdgeId) emphasised.add(s.selectedEdgeId);

  if (focus) {
    ctx.fillStyle = hoverFocus ? palette.veilHover : palette.veilSelection;
    ctx.fillRect(0, 0, width, height);
  }

  // ---- emphasised edges, one path per width class; a hub's hundreds of edges are drawn
  // lighter so they do not merge into a dark blot. The selected edge goes on top in the accent.
  const emphasisAlpha = Math.max(0.35, Math.min(0.9, 6 / Math.sqrt(emphasised.size + 1)));
  const strong = EDGE_WIDTH_CLASSES.map(() => ({ line: new Path2D(), arrows: new Path2D() }));
  const strongWidth = (c: number) => Math.max(1.5, (EDGE_WIDTH_CLASSES[c] ?? 1) * 1.1);
  let selectedTrace: { line: Path2D; arrows: Path2D; w: number } | null = null;
  for (const id of emphasised) {
    const edge = scene.edgeById.get(id);
    if (!edge) continue;
    if (id === s.selectedEdgeId) {
      const w = Math.max(2, (EDGE_WIDTH_CLASSES[edge.widthClass] ?? 1) * 1.6);
      const trace = { line: new Path2D(), arrows: new Path2D(), w };
      if (traceEdge(trace.line, trace.arrows, edge, t, w, view, clip)) selectedTrace = trace;
      continue;
    }
    const cls = strong[edge.widthClass] as { line: Path2D; arrows: Path2D };
    traceEdge(cls.line, cls.arrows, edge, t, strongWidth(edge.widthClass), view, clip);
  }
  ctx.lineCap = 'round';
  ctx.globalAlpha = emphasisAlpha;
  ctx.strokeStyle = HIGHLIGHT;
  ctx.fillStyle = HIGHLIGHT;
  strong.forEach((cls, c) => {
    ctx.lineWidth = strongWidth(c);
    ctx.stroke(cls.line);
    ctx.fill(cls.arrows);
  });
  ctx.globalAlpha = 1;
  if (selectedTrace) {
    ctx.strokeStyle = ACCENT;
    ctx.fillStyle = ACCENT;
    ctx.lineWidth = selectedTrace.w;
    ctx.stroke(selectedTrace.line);
    ctx.fill(selectedTrace.arrows);
  }
  if (focusNodes) {
    fillNodes(
      ctx,
      [...focusNodes].flatMap((id) => scene.nodeById.get(id) ?? []),
      t,
      width,
      height,
      palette,
    );
  }

  // ---- rings: selected actor, hovered actor, endpoints of the selected edge
  const ring = (id: ActorId | null, color: string, lineWidth: number) => {
    const n = id ? scene.nodeById.get(id) : undefined;
    if (!n || !inView(n)) return;
    const x = n.x * k + t.x;
    const y = n.y * k + t.y;
    const r = screenRadius(n, k);
    ctx.beginPath();
    ctx.arc(x, y, r + 1.5 + lineWidth / 2, 0, Math.PI * 2);
    ctx.strokeStyle = palette.rim;
    ctx.lineWidth = lineWidth + 3;
    ctx.stroke();
    ctx.strokeStyle = color;
    ctx.lineWidth = lineWidth;
    ctx.stroke();
  };
  const selectedEdge = s.selectedEdgeId ? scene.edgeById.get(s.selectedEdgeId) : undefined;
  if (selectedEdge) {
    ring(selectedEdge.source.id, ACCENT, 2);
    ring(selectedEdge.target.id, ACCENT, 2);
  }
  if (s.hoveredActorId !== s.selectedActorId) ring(s.hoveredActorId, HIGHLIGHT, 1.5);
  ring(s.selectedActorId, INK, 3);

  return { labels: drawLabels(ctx, s, palette) };
}
