import { quadtree, type Quadtree } from 'd3-quadtree';
import type { WorldPoint } from './coordinates.ts';
import { distanceToCurve, type EdgeCurve } from './edge-geometry.ts';

/** A node as hit testing sees it: centre and radius in world units. */
export interface HitCircle<Id> {
  readonly id: Id;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** Spatial index of node circles for pointer hit testing (no linear scans per pointer move). */
export interface NodeHitIndex<Id> {
  readonly tree: Quadtree<HitCircle<Id>>;
  readonly maxRadius: number;
}

/** Builds the index. Later circles are "on top" (drawn later) and win ties. Pure. */
export function buildNodeHitIndex<Id>(circles: readonly HitCircle<Id>[]): NodeHitIndex<Id> {
  let maxRadius = 0;
  const order = new Map<HitCircle<Id>, number>();
  circles.forEach((c, i) => {
    maxRadius = Math.max(maxRadius, c.r);
    order.set(c, i);
  });
  const tree = quadtree<HitCircle<Id>>()
    .x((c) => c.x)
    .y((c) => c.y)
    .addAll(circles.filter((c) => Number.isFinite(c.x) && Number.isFinite(c.y)));
  return { tree, maxRadius };
}

/**
 * The node under `p`: among circles whose radius + `slack` (world units, for small targets)
 * contains p — radii mapped through `radiusOf` (monotonic) when the view draws nodes at a
 * zoom-dependent size — the one p is relatively deepest in (distance / radius; ties go to the
 * later circle), so a small node drawn over a big one stays reachable. Null when none. Pure; O(log n + candidates).
 */
export function findNodeAt<Id>(
  index: NodeHitIndex<Id>,
  p: WorldPoint,
  slack = 0,
  radiusOf: (r: number) => number = (r) => r,
): HitCircle<Id> | null {
  const reach = radiusOf(index.maxRadius) + slack;
  let best: HitCircle<Id> | null = null;
  let bestScore = Infinity;
  index.tree.visit((quad, x0, y0, x1, y1) => {
    if (!quad.length) {
      let leaf: typeof quad | undefined = quad;
      while (leaf && !leaf.length) {
        const c = leaf.data;
        const d = Math.hypot(p.x - c.x, p.y - c.y);
        const r = radiusOf(c.r);
        // Depth relative to size: the centre of a small disc beats the edge of a big one.
        const score = d / Math.max(r, 1e-9);
        if (d <= r + slack && score <= bestScore) {
          best = c;
          bestScore = score;
        }
        leaf = leaf.next;
      }
    }
    return x0 > p.x + reach || x1 < p.x - reach || y0 > p.y + reach || y1 < p.y - reach;
  });
  return best;
}

/** A sample point on an edge curve, indexing the edge in the quadtree. */
interface EdgeSample {
  readonly x: number;
  readonly y: number;
  readonly edge: number;
}

/** Spatial index of edge curves, built from points sampled along them. */
export interface EdgeHitIndex<Id> {
  readonly tree: Quadtree<EdgeSample>;
  readonly ids: readonly Id[];
  readonly curves: readonly EdgeCurve[];
  /** Distance between consecutive samples along a curve, world units. */
  readonly spacing: number;
}

/** At most this many samples in total, so huge graphs keep a bounded index. */
const MAX_EDGE_SAMPLES = 150_000;

/**
 * Indexes edges by sample points every `spacing` world units along each curve; any point of a
 * curve is then within spacing/2 (plus the chord sag) of a sample. The spacing grows when the
 * total length would exceed MAX_EDGE_SAMPLES. Pure.
 */
export function buildEdgeHitIndex<Id>(
  edges: readonly { readonly id: Id; readonly curve: EdgeCurve }[],
  spacing = 10,
): EdgeHitIndex<Id> {
  let total = 0;
  for (const { curve } of edges) total += chordLength(curve);
  const step = Math.max(spacing, total / MAX_EDGE_SAMPLES);
  const samples: EdgeSample[] = [];
  edges.forEach(({ curve }, i) => {
    const count = Math.max(1, Math.ceil(chordLength(curve) / step));
    for (let s = 0; s <= count; s++) {
      const t = s / count;
      const a = (1 - t) * (1 - t);
      const b = 2 * (1 - t) * t;
      const d = t * t;
      samples.push({
        x: a * curve.x0 + b * curve.cx + d * curve.x1,
        y: a * curve.y0 + b * curve.cy + d * curve.y1,
        edge: i,
      });
    }
  });
  const tree = quadtree<EdgeSample>()
    .x((s) => s.x)
    .y((s) => s.y)
    .addAll(samples);
  return {
    tree,
    ids: edges.map((e) => e.id),
    curves: edges.map((e) => e.curve),
    spacing: step,
  };
}

function chordLength(c: EdgeCurve): number {
  return Math.hypot(c.cx - c.x0, c.cy - c.y0) + Math.hypot(c.x1 - c.cx, c.y1 - c.cy);
}

/**
 * The edge whose curve passes within `tolerance` world units of `p` (the nearest one), or null.
 * Pure; visits only quadtree cells near p.
 */
export function findEdgeAt<Id>(
  index: EdgeHitIndex<Id>,
  p: WorldPoint,
  tolerance: number,
): Id | null {
  const reach = tolerance + index.spacing;
  const tested = new Set<number>();
  let best = -1;
  let bestDistance = Infinity;
  index.tree.visit((quad, x0, y0, x1, y1) => {
    if (!quad.length) {
      let leaf: typeof quad | undefined = quad;
      while (leaf && !leaf.length) {
        const e = leaf.data.edge;
        if (!tested.has(e)) {
          tested.add(e);
          const d = distanceToCurve(index.curves[e] as EdgeCurve, p.x, p.y);
          if (d <= tolerance && d < bestDistance) {
            best = e;
            bestDistance = d;
          }
        }
        leaf = leaf.next;
      }
    }
    return x0 > p.x + reach || x1 < p.x - reach || y0 > p.y + reach || y1 < p.y - reach;
  });
  return best < 0 ? null : (index.ids[best] as Id);
}
