import type { ActorId } from '../../corpus/schema.ts';
import type { EdgeId } from '../../graph/build-actor-graph.ts';
import { visibleWorldBounds, type ViewTransform } from '../../graph/coordinates.ts';
import type { GraphScene, SceneEdge, SceneNode } from '../../graph/graph-scene.ts';
import { placeLabels, type LabelCandidate } from '../../graph/label-placement.ts';
import type { Neighbourhood } from '../../graph/neighbourhood.ts';
import { edgeCurve } from '../../graph/edge-geometry.ts';
import { EDGE_WIDTH_CLASSES, nodeScreenRadius } from '../../graph/node-style.ts';

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
}

export interface DrawStats {
  edgesDrawn: number;
  labels: number;
  ms: number;
}

/** While moving, at most this many edges (the heaviest) are drawn. */
export const MOVING_EDGE_LIMIT = 3000;

const INK = '#0f172a';
const EDGE_COLOR = '71, 85, 105';
const HIGHLIGHT = '#1e293b';
const ACCENT = '#A3206F';
const HALO = 'rgba(255, 255, 255, 0.92)';
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

/**
 * Appends an edge (curve + optional arrowhead) to the current path(s), in screen space.
 * Returns false when the edge is off screen.
 */
function traceEdge(
  line: Path2D | CanvasRenderingContext2D,
  arrows: Path2D | CanvasRenderingContext2D | null,
  edge: SceneEdge,
  t: ViewTransform,
  width: number,
  view: { minX: number; minY: number; maxX: number; maxY: number },
): boolean {
  const world = edge.curve;
  if (!world) return false;
  const minX = Math.min(world.x0, world.x1, world.cx);
  const maxX = Math.max(world.x0, world.x1, world.cx);
  const minY = Math.min(world.y0, world.y1, world.cy);
  const maxY = Math.max(world.y0, world.y1, world.cy);
  if (maxX < view.minX || minX > view.maxX || maxY < view.minY || minY > view.maxY) return false;
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
  if (!c) return false;
  const { x0, y0, x1, y1, cx, cy } = c;
  const chord = Math.hypot(x1 - x0, y1 - y0);
  const len = arrowLength(width);
  const withArrow = arrows !== null && chord > len * 2.5;
  // End the line inside the arrowhead so a thick stroke never pokes out of its tip.
  const ex = withArrow ? x1 - c.ux * len * 0.6 : x1;
  const ey = withArrow ? y1 - c.uy * len * 0.6 : y1;
  line.moveTo(x0, y0);
  if (edge.bend === 0) line.lineTo(ex, ey);
  else line.quadraticCurveTo(cx, cy, ex, ey);
  if (withArrow && arrows) {
    const half = len * 0.42 + width * 0.3;
    const bx = x1 - c.ux * len;
    const by = y1 - c.uy * len;
    arrows.moveTo(x1, y1);
    arrows.lineTo(bx - c.uy * half, by + c.ux * half);
    arrows.lineTo(bx + c.uy * half, by - c.ux * half);
    arrows.closePath();
  }
  return true;
}

function labelFont(n: SceneNode, emphasised: boolean): string {
  const size = n.r >= 16 ? 13.5 : n.r >= 9 ? 12.5 : 12;
  const weight = emphasised || n.r >= 16 ? 650 : 500;
  return `${weight} ${size}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
}

/**
 * Draws one frame of the graph on `ctx` (the canvas backing store is `dpr` × the CSS size).
 * Effects: paints the canvas; nothing else. Order: edges, nodes, emphasised edges and nodes,
 * rings, labels. Culls what is off screen and batches edges into one path per width class.
 */
export function drawGraph(ctx: CanvasRenderingContext2D, s: DrawState): DrawStats {
  const started = performance.now();
  const { scene, transform: t, width, height, focus } = s;
  ctx.setTransform(s.dpr, 0, 0, s.dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const view = visibleWorldBounds(t, width, height);
  const k = t.k;

  // ---- edges, batched per width class
  const edgeCount = scene.edges.length;
  const limit = s.moving && edgeCount > MOVING_EDGE_LIMIT ? MOVING_EDGE_LIMIT : edgeCount;
  const thin = edgeThinning(edgeCount) * Math.min(1.4, Math.max(0.6, Math.sqrt(k)));
  const hoverFocus = focus !== null && s.focusKind === 'hover';
  const alpha = focus
    ? hoverFocus
      ? 0.06
      : Math.min(0.12, edgeAlpha(edgeCount))
    : edgeAlpha(edgeCount);
  const dimAlpha = hoverFocus ? 0.2 : 0.4;
  const wantArrows = !s.moving || edgeCount <= MOVING_EDGE_LIMIT;
  const emphasised = new Set<EdgeId>();
  if (focus) for (const id of focus.edges) emphasised.add(id);
  if (s.selectedActorId) {
    for (const id of scene.adjacency.edgesOf.get(s.selectedActorId) ?? []) emphasised.add(id);
  }
  if (s.selectedEdgeId) emphasised.add(s.selectedEdgeId);

  const classes = EDGE_WIDTH_CLASSES.map(() => ({ line: new Path2D(), arrows: new Path2D() }));
  let edgesDrawn = 0;
  for (let i = 0; i < limit; i++) {
    const edge = scene.edges[
      limit === edgeCount ? i : (scene.heaviestEdges[i] as number)
    ] as SceneEdge;
    if (emphasised.has(edge.id)) continue;
    const cls = classes[edge.widthClass] as { line: Path2D; arrows: Path2D };
    const w = (EDGE_WIDTH_CLASSES[edge.widthClass] ?? 1) * thin;
    // Arrowheads only where they can be seen: near enough, or few edges.
    const arrows =
      wantArrows && (edgeCount <= 5000 || screenRadius(edge.target, k) >= 4) ? cls.arrows : null;
    if (traceEdge(cls.line, arrows, edge, t, w, view)) edgesDrawn += 1;
  }
  ctx.lineCap = 'round';
  classes.forEach((cls, c) => {
    const w = (EDGE_WIDTH_CLASSES[c] ?? 1) * thin;
    ctx.strokeStyle = `rgba(${EDGE_COLOR}, ${alpha})`;
    ctx.lineWidth = w;
    ctx.stroke(cls.line);
    ctx.fillStyle = `rgba(${EDGE_COLOR}, ${Math.min(1, alpha + 0.15)})`;
    ctx.fill(cls.arrows);
  });

  // ---- nodes, one path per colour; dimmed ones first when something is focused
  const inView = (n: SceneNode) => {
    const r = screenRadius(n, k);
    const x = n.x * k + t.x;
    const y = n.y * k + t.y;
    return x + r >= 0 && x - r <= width && y + r >= 0 && y - r <= height;
  };
  const drawNodes = (nodes: Iterable<SceneNode>, dim: boolean) => {
    const byColor = new Map<string, Path2D>();
    let strokeable = false;
    for (const n of nodes) {
      if (!inView(n)) continue;
      let path = byColor.get(n.color);
      if (!path) {
        path = new Path2D();
        byColor.set(n.color, path);
      }
      const x = n.x * k + t.x;
      const y = n.y * k + t.y;
      const r = screenRadius(n, k);
      if (r > 3) strokeable = true;
      path.moveTo(x + r, y);
      path.arc(x, y, r, 0, Math.PI * 2);
    }
    ctx.globalAlpha = dim ? dimAlpha : 1;
    for (const [color, path] of byColor) {
      ctx.fillStyle = color;
      ctx.fill(path);
      if (strokeable) {
        ctx.strokeStyle = '#ffffff';
        ctx.lineWidth = 1;
        ctx.stroke(path);
      }
    }
    ctx.globalAlpha = 1;
  };
  const focusNodes = focus?.nodes;
  if (focusNodes) {
    drawNodes(
      scene.nodes.filter((n) => !focusNodes.has(n.id)),
      true,
    );
  } else {
    drawNodes(scene.nodes, false);
  }

  // ---- emphasised edges (hover neighbourhood, selection) on top, each drawn individually;
  // a hub's hundreds of edges are drawn lighter so they do not merge into a dark blot.
  const emphasisAlpha = Math.max(0.35, Math.min(0.9, 12 / Math.sqrt(emphasised.size + 1) / 2));
  for (const id of emphasised) {
    const edge = scene.edgeById.get(id);
    if (!edge) continue;
    const selected = id === s.selectedEdgeId;
    const w = Math.max(1.5, (EDGE_WIDTH_CLASSES[edge.widthClass] ?? 1) * (selected ? 1.6 : 1.1));
    ctx.beginPath();
    const arrows = new Path2D();
    if (!traceEdge(ctx, arrows, edge, t, w, view)) continue;
    ctx.strokeStyle = selected ? ACCENT : HIGHLIGHT;
    ctx.globalAlpha = selected ? 1 : emphasisAlpha;
    ctx.lineWidth = w;
    ctx.stroke();
    ctx.fillStyle = selected ? ACCENT : HIGHLIGHT;
    ctx.fill(arrows);
    ctx.globalAlpha = 1;
    edgesDrawn += 1;
  }
  if (focusNodes) {
    drawNodes(
      scene.nodes.filter((n) => focusNodes.has(n.id)),
      false,
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
    ctx.strokeStyle = '#ffffff';
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
    for (const n of scene.prominent) {
      if (seen.has(n.id) || !inView(n)) continue;
      if (focusNodes && !focusNodes.has(n.id)) continue;
      // Dots too small to point at get no label when there are many of them.
      if (crowded && screenRadius(n, k) < 2.5) continue;
      yield candidate(n);
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
    // The most prominent few are named even over crowded dots.
    unobstructedFirst: must.length + 3,
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
    ctx.strokeStyle = HALO;
    ctx.lineWidth = 3.5;
    ctx.strokeText(n.node.name, label.left, y);
    ctx.fillStyle = emphasisedIds.has(n.id) && label.id !== s.selectedActorId ? HIGHLIGHT : INK;
    ctx.fillText(n.node.name, label.left, y);
  }

  return { edgesDrawn, labels: placed.length, ms: performance.now() - started };
}
