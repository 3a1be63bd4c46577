/**
 * Edge shapes in world units: a quadratic curve from the source's rim to the target's rim.
 * Edges with a reverse twin (A→B and B→A) bend, each to its own left, so both stay visible;
 * the others are straight (control point at the midpoint).
 */
export interface EdgeCurve {
  /** Start, on the source's rim. */
  readonly x0: number;
  readonly y0: number;
  /** Quadratic control point. */
  readonly cx: number;
  readonly cy: number;
  /** End, on the target's rim (where the arrow tip goes). */
  readonly x1: number;
  readonly y1: number;
  /** Unit direction of travel at the end (for the arrowhead). */
  readonly ux: number;
  readonly uy: number;
}

/** How far (as a fraction of the centre distance) a twin edge bends away from the straight line. */
export const TWIN_BEND = 0.12;

/**
 * The curve of an edge between circles (sx, sy, rs) and (tx, ty, rt), `gap` world units off
 * both rims, bending by `bend` × distance to the left of travel. Returns null when the circles
 * overlap so much that no visible edge is left. Pure.
 */
export function edgeCurve(
  sx: number,
  sy: number,
  rs: number,
  tx: number,
  ty: number,
  rt: number,
  bend: number,
  gap = 0,
): EdgeCurve | null {
  const dx = tx - sx;
  const dy = ty - sy;
  const dist = Math.hypot(dx, dy);
  if (!(dist > rs + rt + 2 * gap)) return null;
  // Left normal of (dx, dy) in screen orientation (y down).
  const cx = (sx + tx) / 2 + (dy / dist) * bend * dist;
  const cy = (sy + ty) / 2 - (dx / dist) * bend * dist;
  const sdx = cx - sx;
  const sdy = cy - sy;
  const sl = Math.hypot(sdx, sdy);
  const edx = tx - cx;
  const edy = ty - cy;
  const el = Math.hypot(edx, edy);
  const ux = edx / el;
  const uy = edy / el;
  return {
    x0: sx + (sdx / sl) * (rs + gap),
    y0: sy + (sdy / sl) * (rs + gap),
    cx,
    cy,
    x1: tx - ux * (rt + gap),
    y1: ty - uy * (rt + gap),
    ux,
    uy,
  };
}

/** The point of the curve at parameter t ∈ [0, 1]. Pure. */
export function pointOnCurve(c: EdgeCurve, t: number): { x: number; y: number } {
  const a = (1 - t) * (1 - t);
  const b = 2 * (1 - t) * t;
  const d = t * t;
  return { x: a * c.x0 + b * c.cx + d * c.x1, y: a * c.y0 + b * c.cy + d * c.y1 };
}

/** Distance from (px, py) to the segment (ax, ay)–(bx, by). Pure. */
export function distanceToSegment(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Segments used to approximate a curve for hit testing. */
export const CURVE_SEGMENTS = 6;

/** Distance from (px, py) to the curve, approximated by CURVE_SEGMENTS chords. Pure. */
export function distanceToCurve(c: EdgeCurve, px: number, py: number): number {
  const straight = c.cx === (c.x0 + c.x1) / 2 && c.cy === (c.y0 + c.y1) / 2;
  if (straight) return distanceToSegment(px, py, c.x0, c.y0, c.x1, c.y1);
  let best = Infinity;
  let prev = { x: c.x0, y: c.y0 };
  for (let i = 1; i <= CURVE_SEGMENTS; i++) {
    const next = pointOnCurve(c, i / CURVE_SEGMENTS);
    best = Math.min(best, distanceToSegment(px, py, prev.x, prev.y, next.x, next.y));
    prev = next;
  }
  return best;
}

/** An axis-aligned rectangle (any coordinate space). */
export interface Rect {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/**
 * Whether curve `c` lies wholly outside `rect`, judged by the box of its end and control
 * points (which contains the whole quadratic curve). Conservative: false may still be outside.
 * Pure.
 */
export function curveOutside(
  c: Pick<EdgeCurve, 'x0' | 'y0' | 'cx' | 'cy' | 'x1' | 'y1'>,
  rect: Rect,
): boolean {
  return (
    Math.max(c.x0, c.x1, c.cx) < rect.minX ||
    Math.min(c.x0, c.x1, c.cx) > rect.maxX ||
    Math.max(c.y0, c.y1, c.cy) < rect.minY ||
    Math.min(c.y0, c.y1, c.cy) > rect.maxY
  );
}

/**
 * The part of segment (x0, y0)–(x1, y1) inside `rect` (Liang–Barsky), or null when none is.
 * Drawing only this part keeps the canvas rasteriser from walking kilometres of off-screen
 * stroke when zoomed in. Pure.
 */
export function clipSegment(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  rect: Rect,
): [number, number, number, number] | null {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  const edges: Array<[number, number]> = [
    [-dx, x0 - rect.minX],
    [dx, rect.maxX - x0],
    [-dy, y0 - rect.minY],
    [dy, rect.maxY - y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t1) return null;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return null;
      if (r < t1) t1 = r;
    }
  }
  return [x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy];
}
