import type { ActorId } from '../../corpus/schema.ts';
import type { EdgeId } from '../../graph/build-actor-graph.ts';
import { visibleWorldBounds, type ViewTransform } from '../../graph/coordinates.ts';
import type { GraphScene, SceneEdge, SceneNode } from '../../graph/graph-scene.ts';
import { placeLabels, type LabelCandidate } from '../../graph/label-placement.ts';
import type { Neighbourhood } from '../../graph/neighbourhood.ts';
import { clipSegment, edgeCurve, type Rect } from '../../graph/edge-geometry.ts';
import { EDGE_WIDTH_CLASSES, nodeScreenRadius } from '../../graph/node-style.ts';
import { GRAPH_PALETTES, type GraphPalette } from '../../theme/palette.ts';

/** Everything one frame depends on. */
export interface DrawState {
  scene: GraphScene;
  transform: ViewTransform;
  /** View size in CSS pixels. */
  width: number;
  height: number;
  dpr: number;
  /** Zoom, pan, drag or animation in progress: draw a cheaper frame. */
  moving: boolean;
  /** Hovered or selected neighbourhood: everything else is dimmed (less so for a selection). */
  focus: Neighbourhood | null;
  focusKind: 'hover' | 'selection';
  selectedActorId: ActorId | null;
  selectedEdgeId: EdgeId | null;
  hoveredActorId: ActorId | null;
  /** Cached text width for a font. */
  measure: (font: string, text: string) => number;
  /** Screen rectangles covered by controls, where no label may go. */
  reserved?: readonly { left: number; top: number; right: number; bottom: number }[];
  /** The colours of the scheme in effect (light when not given). */
  palette?: GraphPalette;
}

/** On-screen edge length (px, per megapixel of view) drawn per frame, at rest and while moving. */
export const EDGE_PIXELS = 1_200_000;
export const MOVING_EDGE_PIXELS = 400_000;
/** Graphs with more edges than this draw no arrowheads while moving. */
export const MOVING_EDGE_LIMIT = 3000;

// Colours come from the palette of the scheme in effect (src/theme/palette.ts).
const LIGHT = GRAPH_PALETTES.light;
/** Screen pixels between a node's rim and the end of an edge or arrow tip. */
const RIM_GAP = 1.5;
const LABEL_HEIGHT = 14;

function edgeAlpha(count: number): number {
  if (count <= 300) return 0.6;
  if (count <= 3000) return 0.4;
  if (count <= 20000) return 0.22;
  return 0.12;
}

function edgeThinning(count: number): number {
  if (count <= 3000) return 1;
  if (count <= 20000) return 0.75;
  return 0.5;
}

function screenRadius(n: SceneNode, k: number): number {
  return nodeScreenRadius(n.r, k);
}

function arrowLength(width: number): number {
  return Math.min(12, 5 + 1.8 * width);
}

/** Chords used for a bent edge that reaches far outside the view (so it can be clipped). */
const CLIP_CHORDS = 8;

/**
 * Appends an edge (curve + optional arrowhead) to the given path(s), in screen space, clipped to
 * `clip` (the view plus a margin). Returns the on-screen length traced (0 when off screen), which
 * is what rasterising it costs.
 */
function traceEdge(
  line: Path2D | CanvasRenderingContext2D,
  arrows: Path2D | CanvasRenderingContext2D | null,
  edge: SceneEdge,
  t: ViewTransform,
  width: number,
  view: Rect,
  clip: Rect,
): number {
  const world = edge.curve;
  if (!world) return 0;
  const minX = Math.min(world.x0, world.x1, world.cx);
  const maxX = Math.max(world.x0, world.x1, world.cx);
  const minY = Math.min(world.y0, world.y1, world.cy);
  const maxY = Math.max(world.y0, world.y1, world.cy);
  if (maxX < view.minX || minX > view.maxX || maxY < view.minY || minY > view.maxY) return 0;
  const k = t.k;
  const { source: s, target: d } = edge;
  // Trim at the rims in screen space: node radii do not scale linearly with zoom.
  const c = edgeCurve(
    s.x * k + t.x,
    s.y * k + t.y,
    screenRadius(s, k),
    d.x * k + t.x,
    d.y * k + t.y,
    screenRadius(d, k),
    edge.bend,
    RIM_GAP,
  );
  if (!c) return 0;
  const { x0, y0, x1, y1, cx, cy } = c;
  const chord = Math.hypot(x1 - x0, y1 - y0);
  const len = arrowLength(width);
  const tipVisible = x1 >= clip.minX && x1 <= clip.maxX && y1 >= clip.minY && y1 <= clip.maxY;
  const withArrow = arrows !== null && tipVisible && chord > len * 2.5;
  // End the line inside the arrowhead so a thick stroke never pokes out of its tip.
  const ex = withArrow ? x1 - c.ux * len * 0.6 : x1;
  const ey = withArrow ? y1 - c.uy * len * 0.6 : y1;
  const inside =
    Math.min(x0, ex, cx) >= clip.minX &&
    Math.max(x0, ex, cx) <= clip.maxX &&
    Math.min(y0, ey, cy) >= clip.minY &&
    Math.max(y0, ey, cy) <= clip.maxY;
  let traced = 0;
  if (inside) {
    line.moveTo(x0, y0);
    if (edge.bend === 0) line.lineTo(ex, ey);
    else line.quadraticCurveTo(cx, cy, ex, ey);
    traced = chord;
  } else {
    const chords = edge.bend === 0 ? 1 : CLIP_CHORDS;
    let px = x0;
    let py = y0;
    for (let i = 1; i <= chords; i++) {
      const u = i / chords;
      const a = (1 - u) * (1 - u);
      const b = 2 * (1 - u) * u;
      const e = u * u;
      const qx = a * x0 + b * cx + e * ex;
      const qy = a * y0 + b * cy + e * ey;
      const part = clipSegment(px, py, qx, qy, clip);
      if (part) {
        line.moveTo(part[0], part[1]);
        line.lineTo(part[2], part[3]);
        traced += Math.hypot(part[2] - part[0], part[3] - part[1]);
      }
      px = qx;
      py = qy;
    }
    if (traced === 0) return 0;
  }
  if (withArrow && arrows) {
    const half = len * 0.42 + width * 0.3;
    const bx = x1 - c.ux * len;
    const by = y1 - c.uy * len;
    arrows.moveTo(x1, y1);
    arrows.lineTo(bx - c.uy * half, by + c.ux * half);
    arrows.lineTo(bx + c.uy * half, by - c.ux * half);
    // Arrowheads are only filled, and fill closes every subpath itself: an explicit closePath
    // costs Chromium ~10 µs per call (50 ms for a hub's thousands of edges).
  }
  return Math.max(traced, 1);
}

function labelFont(n: SceneNode, emphasised: boolean): string {
  const size = n.r >= 16 ? 13.5 : n.r >= 9 ? 12.5 : 12;
  const weight = emphasised || n.r >= 16 ? 650 : 500;
  return `${weight} ${size}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
}

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

function nodeInView(n: SceneNode, t: ViewTransform, width: number, height: number): boolean {
  const r = screenRadius(n, t.k);
  const x = n.x * t.k + t.x;
  const y = n.y * t.k + t.y;
  return x + r >= 0 && x - r <= width && y + r >= 0 && y - r <= height;
}

/** Fills the nodes, one path per colour, with a rim (the background) where they are big enough. */
function fillNodes(
  ctx: CanvasRenderingContext2D,
  nodes: Iterable<SceneNode>,
  t: ViewTransform,
  width: number,
  height: number,
  palette: GraphPalette,
): void {
  const k = t.k;
  const byColor = new Map<string, Path2D>();
  let strokeable = false;
  for (const n of nodes) {
    if (!nodeInView(n, t, width, height)) continue;
    const color = palette.kinds[n.node.kind];
    let path = byColor.get(color);
    if (!path) {
      path = new Path2D();
      byColor.set(color, path);
    }
    const x = n.x * k + t.x;
    const y = n.y * k + t.y;
    const r = screenRadius(n, k);
    if (r > 3) strokeable = true;
    path.moveTo(x + r, y);
    path.arc(x, y, r, 0, Math.PI * 2);
  }
  for (const [color, path] of byColor) {
    ctx.fillStyle = color;
    ctx.fill(path);
    if (strokeable) {
      ctx.strokeStyle = palette.rim;
      ctx.lineWidth = 1;
      ctx.stroke(path);
    }
  }
}

export interface BaseStats {
  edgesDrawn: number;
  /** Edges left out by the pixel budget (0 when every visible edge was drawn). */
  edgesSkipped: number;
  ms: number;
}

/**
 * Draws the base layer: every edge (heaviest first, until the pixel budget is spent), then every
 * node, with no highlighting. It depends only on the scene and the view, so the caller can cache
 * it and redraw only the overlay on hover or selection. Effects: paints `ctx`.
 */
export function drawBaseLayer(
  ctx: CanvasRenderingContext2D,
  s: Pick<DrawState, 'scene' | 'transform' | 'width' | 'height' | 'dpr' | 'moving' | 'palette'>,
): BaseStats {
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
  const classes = EDGE_WIDTH_CLASSES.map(() => ({ line: new Path2D(), arrows: new Path2D() }));
  const clip: Rect = { minX: -20, minY: -20, maxX: width + 20, maxY: height + 20 };
  // Rasterising strokes costs per pixel: past this much on-screen length the remaining (lighter)
  // edges are left out; they would only thicken the haze. Heaviest edges are traced first.
  const budget =
    (s.moving ? MOVING_EDGE_PIXELS : EDGE_PIXELS) * Math.max(1, (width * height) / 1e6);
  let pixels = 0;
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
      edgesDrawn += 1;
    }
  }
  ctx.lineCap = 'round';
  classes.forEach((cls, c) => {
    ctx.strokeStyle = `rgba(${palette.edgeRgb}, ${alpha})`;
    ctx.lineWidth = (EDGE_WIDTH_CLASSES[c] ?? 1) * thin;
    ctx.stroke(cls.line);
    ctx.fillStyle = `rgba(${palette.edgeRgb}, ${Math.min(1, alpha + 0.15)})`;
    ctx.fill(cls.arrows);
  });
  fillNodes(ctx, scene.nodes, t, width, height, palette);
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

  // ---- labels: selection and hover first, then the most prominent visible actors
  const must: SceneNode[] = [];
  const pushMust = (id: ActorId | null | undefined) => {
    const n = id ? scene.nodeById.get(id) : undefined;
    if (n && !must.includes(n)) must.push(n);
  };
  pushMust(s.selectedActorId);
  pushMust(selectedEdge?.source.id);
  pushMust(selectedEdge?.target.id);
  pushMust(s.hoveredActorId);
  const emphasisedIds = new Set(must.map((n) => n.id));
  const fonts = new Map<ActorId, string>();
  const crowded = scene.nodes.length > 150;
  const quiet = new Set<ActorId>();
  function* candidates(): Generator<LabelCandidate<ActorId>> {
    const seen = new Set<ActorId>();
    const candidate = (n: SceneNode): LabelCandidate<ActorId> => {
      const font = labelFont(n, emphasisedIds.has(n.id));
      fonts.set(n.id, font);
      return {
        id: n.id,
        x: n.x * k + t.x,
        y: n.y * k + t.y,
        r: screenRadius(n, k),
        width: s.measure(font, n.node.name),
        height: LABEL_HEIGHT,
      };
    };
    for (const n of must) {
      seen.add(n.id);
      if (inView(n)) yield candidate(n);
    }
    const rest = (inFocus: boolean) => {
      const list: SceneNode[] = [];
      for (const n of scene.prominent) {
        if (seen.has(n.id) || !inView(n)) continue;
        if (focusNodes && focusNodes.has(n.id) !== inFocus) continue;
        // Dots too small to point at get no label when there are many of them.
        if (crowded && screenRadius(n, k) < 2.5) continue;
        list.push(n);
      }
      return list;
    };
    for (const n of rest(true)) yield candidate(n);
    // A selection keeps its context named (in a quieter colour); a hover shows only its own.
    if (focusNodes && !hoverFocus) {
      for (const n of rest(false)) {
        quiet.add(n.id);
        yield candidate(n);
      }
    }
  }
  function* obstacles() {
    let count = 0;
    for (const n of scene.prominent) {
      const r = screenRadius(n, k);
      if (r < 2.5 || count >= 4000) break;
      if (!inView(n) || (focusNodes && !focusNodes.has(n.id))) continue;
      count += 1;
      yield { x: n.x * k + t.x, y: n.y * k + t.y, r };
    }
  }
  const placed = placeLabels(candidates(), {
    width,
    height,
    obstacles: obstacles(),
    // The most quoted actor in view (the first few in a crowd) is named even if its label must
    // cross other nodes; everyone else's label avoids nodes.
    unobstructedFirst: must.length + (crowded ? 3 : 1),
    reserved: s.reserved,
    maxLabels: Math.max(12, Math.floor((width * height) / (s.moving ? 16000 : 11000))),
    maxAttempts: s.moving ? 400 : 1500,
  });
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.lineJoin = 'round';
  for (const label of placed) {
    const n = scene.nodeById.get(label.id);
    if (!n) continue;
    ctx.font = fonts.get(label.id) ?? labelFont(n, false);
    const y = label.top + label.height / 2;
    ctx.strokeStyle = palette.halo;
    ctx.lineWidth = 3.5;
    ctx.strokeText(n.node.name, label.left, y);
    ctx.fillStyle = quiet.has(n.id)
      ? palette.quietInk
      : emphasisedIds.has(n.id) && label.id !== s.selectedActorId
        ? HIGHLIGHT
        : INK;
    ctx.fillText(n.node.name, label.left, y);
  }
  return { labels: placed.length };
}
