import { quadtree, type Quadtree } from 'd3-quadtree';
import KDBush from 'kdbush';
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
  for (const c of circles) maxRadius = Math.max(maxRadius, c.r);
  const tree = quadtree<HitCircle<Id>>()
    .x((c) => c.x)
    .y((c) => c.y)
    .addAll(circles.filter((c) => Number.isFinite(c.x) && Number.isFinite(c.y)));
  return { tree, maxRadius };
}

/**
 * `buildNodeHitIndex(circles)`, built when first read instead of now. A cut or a rescaled
 * scene is made in the render of a focus change or a brush step, where a quadtree of 10,000
 * actors cost 10-25 ms of the time to the new picture, and no hit test needs it before the
 * pointer moves (the engine builds it in idle time after the frame). It is built from the
 * circles as they are at the first read; moves after that need a new index, as with the eager
 * one (moveSceneNode + reindexNodes).
 */
export function lazyNodeHitIndex<Id>(circles: readonly HitCircle<Id>[]): NodeHitIndex<Id> {
  let built: NodeHitIndex<Id> | null = null;
  const index = () => (built ??= buildNodeHitIndex(circles));
  return {
    get tree() {
      return index().tree;
    },
    get maxRadius() {
      return index().maxRadius;
    },
  };
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

/**
 * Spatial index of edge curves, built from points sampled along them. The samples live in typed
 * arrays (static k-d trees): at 75,000 links they are ~150,000 points, which as objects in a
 * quadtree cost about 17 MB of the page's heap and as numbers in arrays about 2 MB. They are
 * split into trees of at most SAMPLES_PER_TREE points, each built in a step of its own: one
 * tree of 150,000 points takes 50-70 ms to sort, a long task even in idle time.
 */
export interface EdgeHitIndex<Id> {
  /** Tree `t` holds samples `t * SAMPLES_PER_TREE` onwards, in sample order. */
  readonly trees: readonly KDBush[];
  /** The edge (index into `ids` and `curves`) each sample belongs to, by sample id. */
  readonly sampleEdge: Uint32Array;
  readonly ids: readonly Id[];
  readonly curves: readonly EdgeCurve[];
  /** Distance between consecutive samples along a curve, world units. */
  readonly spacing: number;
}

/** At most this many samples in total, so huge graphs keep a bounded index. */
const MAX_EDGE_SAMPLES = 150_000;
/** Samples per k-d tree: one tree is sorted in a few milliseconds. */
export const SAMPLES_PER_TREE = 16_384;

/**
 * Indexes edges by sample points every `spacing` world units along each curve; any point of a
 * curve is then within spacing/2 (plus the chord sag) of a sample. The spacing grows when the
 * total length would exceed MAX_EDGE_SAMPLES. Pure.
 */
export function buildEdgeHitIndex<Id>(
  edges: readonly { readonly id: Id; readonly curve: EdgeCurve }[],
  spacing = 10,
): EdgeHitIndex<Id> {
  const steps = edgeHitIndexSteps(edges, spacing);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Edges sampled between two yields of `edgeHitIndexSteps`. */
const EDGES_PER_STEP = 5000;

/**
 * `buildEdgeHitIndex` in small steps (each a few milliseconds at 75,000 edges: sampling in
 * batches of edges, then one k-d tree per step), so the index can be built in idle time without
 * one long task; returns the same index. Pure.
 */
export function* edgeHitIndexSteps<Id>(
  edges: readonly { readonly id: Id; readonly curve: EdgeCurve }[],
  spacing = 10,
): Generator<void, EdgeHitIndex<Id>, void> {
  let total = 0;
  for (const { curve } of edges) total += chordLength(curve);
  const step = Math.max(spacing, total / MAX_EDGE_SAMPLES);
  yield;
  // Samples per edge first: the arrays are sized once and never grown.
  const counts = new Uint32Array(edges.length);
  let samples = 0;
  for (let i = 0; i < edges.length; i++) {
    const count = Math.max(
      1,
      Math.ceil(chordLength((edges[i] as (typeof edges)[number]).curve) / step),
    );
    counts[i] = count;
    samples += count + 1;
  }
  yield;
  const xs = new Float32Array(samples);
  const ys = new Float32Array(samples);
  const sampleEdge = new Uint32Array(samples);
  let added = 0;
  for (let i = 0; i < edges.length; i++) {
    if (i % EDGES_PER_STEP === EDGES_PER_STEP - 1) yield;
    const curve = (edges[i] as (typeof edges)[number]).curve;
    const count = counts[i] as number;
    for (let s = 0; s <= count; s++) {
      const t = s / count;
      const a = (1 - t) * (1 - t);
      const b = 2 * (1 - t) * t;
      const d = t * t;
      const x = a * curve.x0 + b * curve.cx + d * curve.x1;
      const y = a * curve.y0 + b * curve.cy + d * curve.y1;
      // A sample that is not finite still takes its slot (a tree wants exactly as many points
      // as it was sized for), far away where no pointer reaches it.
      const finite = Number.isFinite(x) && Number.isFinite(y);
      xs[added] = finite ? x : FAR;
      ys[added] = finite ? y : FAR;
      sampleEdge[added] = i;
      added += 1;
    }
  }
  const trees: KDBush[] = [];
  for (let from = 0; from < samples; from += SAMPLES_PER_TREE) {
    yield;
    const to = Math.min(samples, from + SAMPLES_PER_TREE);
    // Float32 coordinates: hit tolerances are whole world units, far above their rounding.
    const tree = new KDBush(to - from, 64, Float32Array);
    for (let k = from; k < to; k++) tree.add(xs[k] as number, ys[k] as number);
    trees.push(tree.finish());
  }
  return {
    trees,
    sampleEdge,
    ids: edges.map((e) => e.id),
    curves: edges.map((e) => e.curve),
    spacing: step,
  };
}

/** Where samples that cannot be placed go: out of any view's reach. */
const FAR = 3e38;

/**
 * Like `findEdgeAt` without an index: the nearest edge whose curve passes within `tolerance`
 * world units of `p` (the first such edge on ties), by one scan with a bounding-box test per
 * edge. For the moments before the index exists. Pure; O(edges).
 */
export function findEdgeByScan<Id>(
  edges: readonly { readonly id: Id; readonly curve: EdgeCurve | null }[],
  p: WorldPoint,
  tolerance: number,
): Id | null {
  let best: Id | null = null;
  let bestDistance = Infinity;
  for (const { id, curve: c } of edges) {
    if (!c) continue;
    if (
      p.x < Math.min(c.x0, c.cx, c.x1) - tolerance ||
      p.x > Math.max(c.x0, c.cx, c.x1) + tolerance ||
      p.y < Math.min(c.y0, c.cy, c.y1) - tolerance ||
      p.y > Math.max(c.y0, c.cy, c.y1) + tolerance
    ) {
      continue;
    }
    const d = distanceToCurve(c, p.x, p.y);
    if (d <= tolerance && d < bestDistance) {
      best = id;
      bestDistance = d;
    }
  }
  return best;
}

function chordLength(c: EdgeCurve): number {
  return Math.hypot(c.cx - c.x0, c.cy - c.y0) + Math.hypot(c.x1 - c.cx, c.y1 - c.cy);
}

/**
 * The edge whose curve passes within `tolerance` world units of `p` (the nearest one), or null.
 * Pure; visits only the samples near p.
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
  // Called on pointer moves: each tree's hits are read in place, no array of them all is built.
  index.trees.forEach((tree, t) => {
    for (const k of tree.range(p.x - reach, p.y - reach, p.x + reach, p.y + reach)) {
      const e = index.sampleEdge[k + t * SAMPLES_PER_TREE] as number;
      if (tested.has(e)) continue;
      tested.add(e);
      const d = distanceToCurve(index.curves[e] as EdgeCurve, p.x, p.y);
      // Ties go to the earlier edge, as in `findEdgeByScan`, whatever order the trees return.
      if (d <= tolerance && (d < bestDistance || (d === bestDistance && e < best))) {
        best = e;
        bestDistance = d;
      }
    }
  });
  return best < 0 ? null : (index.ids[best] as Id);
}
