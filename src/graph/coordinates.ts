/**
 * Two coordinate spaces, kept apart by the type system:
 * - world: layout units (the positions in `Layout`), independent of zoom and pan;
 * - screen: CSS pixels relative to the graph view's top-left corner.
 * A `ViewTransform` maps world to screen: screen = world · k + (x, y), as d3-zoom's transform does.
 */

/** A point in layout (world) units. */
export type WorldPoint = { readonly x: number; readonly y: number } & { readonly __space: 'world' };
/** A point in CSS pixels relative to the view's top-left corner. */
export type ScreenPoint = { readonly x: number; readonly y: number } & {
  readonly __space: 'screen';
};

/** Uniform scale `k` then translation (`x`, `y`), like d3-zoom's ZoomTransform. */
export interface ViewTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/** An axis-aligned rectangle in world units (min ≤ max on both axes). */
export interface WorldBounds {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

export const IDENTITY_TRANSFORM: ViewTransform = { k: 1, x: 0, y: 0 };

export function worldPoint(x: number, y: number): WorldPoint {
  return { x, y } as WorldPoint;
}

export function screenPoint(x: number, y: number): ScreenPoint {
  return { x, y } as ScreenPoint;
}

/** World → screen. Pure. */
export function toScreen(t: ViewTransform, p: WorldPoint): ScreenPoint {
  return screenPoint(p.x * t.k + t.x, p.y * t.k + t.y);
}

/** Screen → world; the inverse of `toScreen`. Pure. */
export function toWorld(t: ViewTransform, p: ScreenPoint): WorldPoint {
  return worldPoint((p.x - t.x) / t.k, (p.y - t.y) / t.k);
}

/**
 * Bounds of circles (centre + radius) in world units, or null when there are none.
 * Non-finite positions are skipped. Pure.
 */
export function boundsOfCircles(
  circles: Iterable<{ readonly x: number; readonly y: number; readonly r: number }>,
): WorldBounds | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const c of circles) {
    if (!Number.isFinite(c.x) || !Number.isFinite(c.y)) continue;
    minX = Math.min(minX, c.x - c.r);
    minY = Math.min(minY, c.y - c.r);
    maxX = Math.max(maxX, c.x + c.r);
    maxY = Math.max(maxY, c.y + c.r);
  }
  return minX <= maxX ? { minX, minY, maxX, maxY } : null;
}

export interface FitOptions {
  /** Screen pixels kept free on every side. Default 32 (less on tiny views). */
  padding?: number;
  /** Never zoom in further than this, so a two-node graph is not blown up. Default 2. */
  maxScale?: number;
}

/**
 * The transform that shows `bounds` whole and centred in a `width` × `height` view.
 * Invariants: k > 0 and finite; the bounds' centre maps to the view's centre; with a non-empty
 * view, the bounds lie inside the padded view. Degenerate bounds (a single point) get `maxScale`.
 * Pure.
 */
export function fitTransform(
  bounds: WorldBounds,
  width: number,
  height: number,
  options: FitOptions = {},
): ViewTransform {
  const maxScale = options.maxScale ?? 2;
  const padding = Math.min(options.padding ?? 32, Math.max(0, Math.min(width, height) / 4));
  const availW = Math.max(1, width - 2 * padding);
  const availH = Math.max(1, height - 2 * padding);
  const bw = bounds.maxX - bounds.minX;
  const bh = bounds.maxY - bounds.minY;
  const fit = Math.min(bw > 0 ? availW / bw : Infinity, bh > 0 ? availH / bh : Infinity);
  const k = Math.min(maxScale, Number.isFinite(fit) && fit > 0 ? fit : maxScale);
  const cx = (bounds.minX + bounds.maxX) / 2;
  const cy = (bounds.minY + bounds.maxY) / 2;
  return { k, x: width / 2 - cx * k, y: height / 2 - cy * k };
}

/** The world rectangle visible through `t` in a `width` × `height` view. Pure. */
export function visibleWorldBounds(t: ViewTransform, width: number, height: number): WorldBounds {
  const a = toWorld(t, screenPoint(0, 0));
  const b = toWorld(t, screenPoint(width, height));
  return { minX: a.x, minY: a.y, maxX: b.x, maxY: b.y };
}

/** Whether a circle intersects the bounds (touching counts). Pure. */
export function circleInBounds(x: number, y: number, r: number, b: WorldBounds): boolean {
  return x + r >= b.minX && x - r <= b.maxX && y + r >= b.minY && y - r <= b.maxY;
}

/**
 * The transform that centres the circle (x, y, r) at the same scale when it is not wholly in
 * the view of `t` (width × height CSS pixels); null when it is in view. Pure.
 */
export function transformBringingIntoView(
  t: ViewTransform,
  width: number,
  height: number,
  circle: { x: number; y: number; r: number },
): ViewTransform | null {
  const { x, y, r } = circle;
  if (circleInBounds(x, y, -r, visibleWorldBounds(t, width, height))) return null;
  return { k: t.k, x: width / 2 - x * t.k, y: height / 2 - y * t.k };
}

/**
 * The transform zoomed by `factor` around the screen point `anchor` (which stays put),
 * with k clamped to [minScale, maxScale]. Pure.
 */
export function zoomAround(
  t: ViewTransform,
  factor: number,
  anchor: ScreenPoint,
  minScale: number,
  maxScale: number,
): ViewTransform {
  const k = Math.min(maxScale, Math.max(minScale, t.k * factor));
  const w = toWorld(t, anchor);
  return { k, x: anchor.x - w.x * k, y: anchor.y - w.y * k };
}
