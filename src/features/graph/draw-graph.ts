import type { ActorId } from '../../corpus/schema.ts';
import type { EdgeId } from '../../corpus/edge-id.ts';
import { visibleWorldBounds, type ViewTransform } from '../../graph/coordinates.ts';
import type { GraphScene, SceneEdge, SceneNode } from '../../graph/graph-scene.ts';
import {
  LabelPlacer,
  type LabelCandidate,
  type LabelSegment,
  type PlacedLabel,
} from '../../graph/label-placement.ts';
import type { Neighbourhood } from '../../graph/neighbourhood.ts';
import { clipSegment, edgeCurve, type Rect } from '../../graph/edge-geometry.ts';
import {
  DOUBTFUL_NODE_STYLE,
  EDGE_WIDTH_CLASSES,
  nodeScreenRadius,
} from '../../graph/node-style.ts';
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
  /** Bumped when nodes of the scene move (dragging): labels are placed afresh. */
  sceneVersion?: number;
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
/** Screen pixels between a node's rim and its label: room for the selection ring and its halo. */
const LABEL_RIM_GAP = 6;

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
  const style = n.doubtful ? 'italic ' : '';
  return `${style}${weight} ${size}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
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
  const doubtful = new Path2D();
  let anyDoubtful = false;
  for (const n of nodes) {
    if (!nodeInView(n, t, width, height)) continue;
    if (n.doubtful) {
      const x = n.x * k + t.x;
      const y = n.y * k + t.y;
      const r = screenRadius(n, k);
      doubtful.moveTo(x + r, y);
      doubtful.arc(x, y, r, 0, Math.PI * 2);
      anyDoubtful = true;
      continue;
    }
    const color = n.fill ?? palette.kinds[n.node.kind];
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
  if (anyDoubtful) {
    // Doubtful actors (the unknown speaker) are hollow and dashed: not a person, a gap.
    ctx.fillStyle = palette.doubtful.fill;
    ctx.fill(doubtful);
    ctx.setLineDash(DOUBTFUL_NODE_STYLE.dash);
    ctx.strokeStyle = palette.doubtful.stroke;
    ctx.lineWidth = 1.5;
    ctx.stroke(doubtful);
    ctx.setLineDash([]);
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

  // ---- labels. The base set depends only on the view, never on hover or selection, so no
  // label moves when something is selected; the selection and hover then add their own
  // (neighbourhood) labels in the space left, and every label keeps off every node.
  const base = baseLabels(s);
  const must: SceneNode[] = [];
  const pushMust = (id: ActorId | null | undefined) => {
    const n = id ? scene.nodeById.get(id) : undefined;
    if (n && !must.includes(n) && inView(n)) must.push(n);
  };
  pushMust(s.selectedActorId);
  pushMust(selectedEdge?.source.id);
  pushMust(selectedEdge?.target.id);
  pushMust(s.hoveredActorId);
  const emphasisedIds = new Set(must.map((n) => n.id));
  const labelled = new Set(base.placed.map((l) => l.id));
  const extraCandidates: SceneNode[] = must.filter((n) => !labelled.has(n.id));
  if (focusNodes) {
    for (const n of scene.prominent) {
      if (!focusNodes.has(n.id) || labelled.has(n.id) || emphasisedIds.has(n.id)) continue;
      if (!inView(n) || (base.crowded && screenRadius(n, k) < 2.5)) continue;
      extraCandidates.push(n);
      if (extraCandidates.length >= 400) break;
    }
  }
  let shownBase = base.placed;
  let extra: PlacedLabel<ActorId>[] = [];
  if (extraCandidates.length > 0) {
    // The space the base labels left, indexed once per view: only the extras are placed here.
    extra = base.space.fork().place(
      extraCandidates.map((n) => labelCandidate(s, n, emphasisedIds.has(n.id))),
      { maxLabels: 400, maxAttempts: 600 },
    );
    // The selected actor is always named: when the base labels leave it no room, it takes a
    // place clear of nodes and the lesser base labels there give way (they disappear; none
    // moves). The most prominent names never give way.
    const placedIds = new Set(extra.map((l) => l.id));
    for (const n of must) {
      if (labelled.has(n.id) || placedIds.has(n.id)) continue;
      const room = base.empty.fork();
      room.reserve([...extra, ...shownBase.slice(0, PROTECTED_LABELS)].map(paddedBox));
      const [own] = room.place([labelCandidate(s, n, true)], { wideFirst: 1 });
      // No room at all: the ring marks it and the panel names it.
      if (!own) continue;
      const ownBox = paddedBox(own);
      shownBase = shownBase.filter((l) => !boxesOverlap(paddedBox(l), ownBox));
      extra.push(own);
    }
  }

  // Outside the hovered or selected neighbourhood the names stay where they are, quieter: a
  // keyboard user moving focus with the arrows still sees where they can go.
  const inFocus = (id: ActorId) => !focusNodes || focusNodes.has(id) || emphasisedIds.has(id);
  const quietLabels = shownBase.filter((l) => !inFocus(l.id));
  const focusLabels = [...shownBase.filter((l) => inFocus(l.id)), ...extra];
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.lineJoin = 'round';
  const extraIds = new Set(extra.map((l) => l.id));
  const paint = (label: PlacedLabel<ActorId>, quiet: boolean, plate: boolean) => {
    const n = scene.nodeById.get(label.id);
    if (!n) return;
    if (plate) {
      // The focused names sit on a plate, so no edge of the neighbourhood runs through them.
      ctx.fillStyle = palette.plate;
      ctx.fillRect(label.left - 2, label.top - 1, label.width + 4, label.height + 2);
    }
    // In the font its box was measured with: a wider one would run over its neighbours.
    ctx.font = labelFont(n, extraIds.has(n.id) && emphasisedIds.has(n.id));
    const y = label.top + label.height / 2;
    ctx.strokeStyle = palette.halo;
    ctx.lineWidth = 3.5;
    ctx.strokeText(n.node.name, label.left, y);
    ctx.fillStyle = n.doubtful
      ? palette.doubtful.label
      : quiet
        ? palette.quietInk
        : emphasisedIds.has(n.id) && label.id !== s.selectedActorId
          ? HIGHLIGHT
          : INK;
    ctx.fillText(n.node.name, label.left, y);
  };
  for (const label of quietLabels) paint(label, true, base.crossed.has(label.id));
  for (const label of focusLabels) {
    paint(label, false, focus !== null || base.crossed.has(label.id));
  }
  return { labels: quietLabels.length + focusLabels.length };
}

/** This many of the most prominent base labels are kept when a selected name needs room. */
const PROTECTED_LABELS = 3;

function paddedBox(l: PlacedLabel<unknown>) {
  return {
    left: l.left - 3,
    top: l.top - 1.5,
    right: l.left + l.width + 3,
    bottom: l.top + l.height + 1.5,
  };
}

function boxesOverlap(
  a: { left: number; top: number; right: number; bottom: number },
  b: { left: number; top: number; right: number; bottom: number },
): boolean {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

function labelCandidate(s: DrawState, n: SceneNode, emphasised: boolean): LabelCandidate<ActorId> {
  const { k, x, y } = s.transform;
  return {
    id: n.id,
    x: n.x * k + x,
    y: n.y * k + y,
    r: screenRadius(n, k),
    width: s.measure(labelFont(n, emphasised), n.node.name),
    height: LABEL_HEIGHT,
  };
}

interface BaseLabels {
  placed: PlacedLabel<ActorId>[];
  crowded: boolean;
  /** Labels an edge runs through (where no side was free of them): drawn on a plate. */
  crossed: Set<ActorId>;
  /** The view's label space with the base labels taken (fork it before placing more). */
  space: LabelPlacer<ActorId>;
  /** The same space with nothing taken but the reserved areas. */
  empty: LabelPlacer<ActorId>;
}

/** Base label sets by what they were placed for (the view); the overlay redraws reuse them. */
const baseLabelCache = new WeakMap<GraphScene, { key: string; labels: BaseLabels }>();

/**
 * The labels of the view with nothing focused, most prominent first, with the node discs they
 * keep off and the edges they avoid crossing. Depends only on the scene and the view.
 */
function baseLabels(s: DrawState): BaseLabels {
  const { scene, transform: t, width, height } = s;
  const reserved = s.reserved ?? [];
  const key = [
    t.k,
    t.x,
    t.y,
    width,
    height,
    s.moving,
    s.sceneVersion ?? 0,
    ...reserved.flatMap((r) => [r.left, r.top, r.right, r.bottom]),
  ].join(',');
  const cached = baseLabelCache.get(scene);
  if (cached && cached.key === key) return cached.labels;
  const k = t.k;
  const inView = (n: SceneNode) => nodeInView(n, t, width, height);
  const crowded = scene.nodes.length > 150;
  const obstacles: { x: number; y: number; r: number }[] = [];
  for (const n of scene.prominent) {
    if (obstacles.length >= 6000) break;
    if (!inView(n)) continue;
    obstacles.push({ x: n.x * k + t.x, y: n.y * k + t.y, r: screenRadius(n, k) });
  }
  const segments: LabelSegment[] = [];
  if (!s.moving) {
    const view = visibleWorldBounds(t, width, height);
    for (let i = 0; i < scene.edges.length && segments.length < 3000; i++) {
      const edge = scene.edges[scene.heaviestEdges[i] as number] as SceneEdge;
      const c = edge.curve;
      if (!c) continue;
      if (
        Math.max(c.x0, c.x1, c.cx) < view.minX ||
        Math.min(c.x0, c.x1, c.cx) > view.maxX ||
        Math.max(c.y0, c.y1, c.cy) < view.minY ||
        Math.min(c.y0, c.y1, c.cy) > view.maxY
      ) {
        continue;
      }
      // A bent edge as a few chords of its curve.
      const chords = edge.bend === 0 ? 1 : 4;
      let px = c.x0 * k + t.x;
      let py = c.y0 * k + t.y;
      for (let j = 1; j <= chords; j++) {
        const u = j / chords;
        const a = (1 - u) * (1 - u);
        const b = 2 * (1 - u) * u;
        const e = u * u;
        const qx = (a * c.x0 + b * c.cx + e * c.x1) * k + t.x;
        const qy = (a * c.y0 + b * c.cy + e * c.y1) * k + t.y;
        segments.push({ x0: px, y0: py, x1: qx, y1: qy });
        px = qx;
        py = qy;
      }
    }
  }
  function* candidates(): Generator<LabelCandidate<ActorId>> {
    for (const n of scene.prominent) {
      if (!inView(n)) continue;
      // Dots too small to point at get no label when there are many of them.
      if (crowded && screenRadius(n, k) < 2.5) continue;
      yield labelCandidate(s, n, false);
    }
  }
  const empty = LabelPlacer.create<ActorId>({
    width,
    height,
    rimGap: LABEL_RIM_GAP,
    obstacles,
    segments,
    reserved,
  });
  const space = empty.fork();
  const placed = space.place(candidates(), {
    // The most quoted names search wider rather than go unnamed in a crowd.
    wideFirst: 3,
    maxLabels: Math.max(12, Math.floor((width * height) / (s.moving ? 16000 : 11000))),
    maxAttempts: s.moving ? 400 : 1500,
  });
  const labels = { placed, crowded, crossed: new Set(space.crossed.keys()), space, empty };
  baseLabelCache.set(scene, { key, labels });
  return labels;
}
