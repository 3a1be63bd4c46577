import type { GraphNode } from './build-actor-graph.ts';

/**
 * Orders nodes most prominent first: most quoted, then most mentioned, then by name and id
 * (a total order, so the result never depends on input order). Used for labels, button order
 * and drawing order. Returns a new array; the input is not mutated.
 */
export function byProminence<T extends GraphNode>(nodes: readonly T[]): T[] {
  return [...nodes].sort(
    (a, b) =>
      b.quotedCount - a.quotedCount ||
      b.mentionedCount - a.mentionedCount ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** A node that would like a label, in screen pixels. */
export interface LabelCandidate<Id> {
  readonly id: Id;
  /** Node centre and radius on screen. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** Text box size on screen. */
  readonly width: number;
  readonly height: number;
}

/** Where a label was put: its text box (top-left + size) and which side of the node. */
export interface PlacedLabel<Id> {
  readonly id: Id;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly side:
    | 'right'
    | 'left'
    | 'below'
    | 'above'
    | 'below-right'
    | 'above-right'
    | 'below-left'
    | 'above-left';
}

export interface PlaceLabelsOptions {
  /** Screen size; labels must lie fully inside. */
  width: number;
  height: number;
  /** Stop after this many labels. Default: one per 9,000 px² of view, at least 8. */
  maxLabels?: number;
  /** Stop after trying this many candidates (bounds the work at 10,000 nodes). Default 1,500. */
  maxAttempts?: number;
  /** Gap between a node's rim and its label, and kept free around each label. Default 3. */
  gap?: number;
  /** Circles (screen px) labels must not cover, typically the visible nodes. */
  obstacles?: Iterable<{ readonly x: number; readonly y: number; readonly r: number }>;
  /** Rectangles (screen px) no label may overlap at all, e.g. where controls sit over the view. */
  reserved?: Iterable<{
    readonly left: number;
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
  }>;
  /** The first this many candidates ignore `obstacles` (they still avoid each other). Default 0. */
  unobstructedFirst?: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const CELL = 64;

/**
 * Greedy label placement: candidates are taken in the given (priority) order; each tries the
 * right, left, below and above of its node, then the four diagonals, and takes the first box that stays in view and
 * overlaps no obstacle (node discs, as bounding boxes) and no label or labelled node placed
 * before it. The first candidate that fits in view is
 * labelled unless an obstacle blocks every side, so the most prominent visible actor has its
 * name shown.
 * Invariant: no two returned boxes overlap. Pure; uses a uniform grid so each test is O(1).
 */
export function placeLabels<Id>(
  candidates: Iterable<LabelCandidate<Id>>,
  options: PlaceLabelsOptions,
): PlacedLabel<Id>[] {
  const { width, height } = options;
  const gap = options.gap ?? 3;
  const maxLabels = options.maxLabels ?? Math.max(8, Math.floor((width * height) / 9000));
  const maxAttempts = options.maxAttempts ?? 1500;
  const grid = new Map<number, Box[]>();
  const obstacleGrid = new Map<number, Box[]>();
  const cols = Math.ceil(width / CELL) + 2;
  const cellsOf = (b: Box, visit: (key: number) => boolean): boolean => {
    const c0 = Math.floor(b.left / CELL);
    const c1 = Math.floor(b.right / CELL);
    const r0 = Math.floor(b.top / CELL);
    const r1 = Math.floor(b.bottom / CELL);
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) if (visit((r + 1) * cols + (c + 1)) === true) return true;
    }
    return false;
  };
  const hits = (target: Map<number, Box[]>, b: Box) =>
    cellsOf(b, (key) =>
      (target.get(key) ?? []).some(
        (o) => b.left < o.right && b.right > o.left && b.top < o.bottom && b.bottom > o.top,
      ),
    );
  const insert = (target: Map<number, Box[]>, b: Box) => {
    cellsOf(b, (key) => {
      const list = target.get(key);
      if (list) list.push(b);
      else target.set(key, [b]);
      return false;
    });
  };
  const occupy = (b: Box) => insert(grid, b);
  const unobstructed = options.unobstructedFirst ?? 0;

  for (const o of options.obstacles ?? []) {
    insert(obstacleGrid, { left: o.x - o.r, top: o.y - o.r, right: o.x + o.r, bottom: o.y + o.r });
  }
  for (const r of options.reserved ?? []) occupy({ ...r });
  const placed: PlacedLabel<Id>[] = [];
  let attempts = 0;
  for (const c of candidates) {
    if (placed.length >= maxLabels || attempts >= maxAttempts) break;
    attempts += 1;
    const w = c.width;
    const h = c.height;
    // Diagonal boxes start at the corner of the node's bounding square (which is an obstacle).
    const d = c.r + gap;
    const sides: Array<[PlacedLabel<Id>['side'], number, number]> = [
      ['right', c.x + c.r + gap, c.y - h / 2],
      ['left', c.x - c.r - gap - w, c.y - h / 2],
      ['below', c.x - w / 2, c.y + c.r + gap],
      ['above', c.x - w / 2, c.y - c.r - gap - h],
      ['below-right', c.x + d, c.y + d],
      ['above-right', c.x + d, c.y - d - h],
      ['below-left', c.x - d - w, c.y + d],
      ['above-left', c.x - d - w, c.y - d - h],
    ];
    for (const [side, left, top] of sides) {
      if (left < 0 || top < 0 || left + w > width || top + h > height) continue;
      // Padded so that neighbouring labels keep a small gap.
      const box = {
        left: left - gap,
        top: top - gap / 2,
        right: left + w + gap,
        bottom: top + h + gap / 2,
      };
      if (hits(grid, box) || (attempts > unobstructed && hits(obstacleGrid, box))) continue;
      occupy(box);
      occupy({ left: c.x - c.r, top: c.y - c.r, right: c.x + c.r, bottom: c.y + c.r });
      placed.push({ id: c.id, left, top, width: w, height: h, side });
      break;
    }
  }
  return placed;
}
