import type { ViewTransform } from '../../graph/coordinates.ts';
import type { SceneEdge } from '../../graph/graph-scene.ts';
import { clipSegment, edgeCurve, type Rect } from '../../graph/edge-geometry.ts';
import { screenRadius } from './draw-nodes.ts';

/** On-screen edge length (px, per megapixel of view) drawn per frame, at rest and while moving. */
export const EDGE_PIXELS = 1_200_000;
export const MOVING_EDGE_PIXELS = 400_000;
/** Graphs with more edges than this draw no arrowheads while moving. */
export const MOVING_EDGE_LIMIT = 3000;

/** Screen pixels between a node's rim and the end of an edge or arrow tip. */
const RIM_GAP = 1.5;

/** Base-layer edge opacity for a graph of `count` edges: many edges draw fainter. */
export function edgeAlpha(count: number): number {
  if (count <= 300) return 0.6;
  if (count <= 3000) return 0.4;
  if (count <= 20000) return 0.22;
  return 0.12;
}

/** Base-layer edge width factor for a graph of `count` edges: many edges draw thinner. */
export function edgeThinning(count: number): number {
  if (count <= 3000) return 1;
  if (count <= 20000) return 0.75;
  return 0.5;
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
export function traceEdge(
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
