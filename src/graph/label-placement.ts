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
  /** Extra distances (px) beyond the rim gap tried in turn, nearest first. Default [0, 7]. */
  rings?: readonly number[];
  /**
   * The first this many candidates (the most prominent names) search wider before giving up:
   * rings further out and, beside and above/below the node, places shifted off its axis.
   * Default 0.
   */
  wideFirst?: number;
  /** Gap between a node's rim and its label, when it should differ from `gap` (room for a ring). */
  rimGap?: number;
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
  /**
   * Line segments (screen px, typically the edges in view) labels should not lie across: of the
   * places a label may go, the one crossed by the fewest segments is taken (the first such in
   * side order). Soft: a label crossed by a segment is still better than no label.
   */
  segments?: Iterable<LabelSegment>;
}

/** A straight piece of an edge on screen. */
export interface LabelSegment {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** True when the segment crosses the inside of the box (Liang–Barsky clipping). Pure. */
export function segmentCrossesBox(
  s: LabelSegment,
  b: { left: number; top: number; right: number; bottom: number },
): boolean {
  const dx = s.x1 - s.x0;
  const dy = s.y1 - s.y0;
  let t0 = 0;
  let t1 = 1;
  const edges: Array<[number, number]> = [
    [-dx, s.x0 - b.left],
    [dx, b.right - s.x0],
    [-dy, s.y0 - b.top],
    [dy, b.bottom - s.y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 >= t1) return false;
  }
  return true;
}

interface Circle {
  x: number;
  y: number;
  r: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const CELL = 64;

/** Where labels may go: the view, the discs and edges to avoid, and what is taken already. */
export type LabelSpaceOptions = Pick<
  PlaceLabelsOptions,
  'width' | 'height' | 'gap' | 'rimGap' | 'obstacles' | 'segments' | 'reserved'
>;

/** How one run of placement goes: limits and how hard to look. */
export type PlaceRunOptions = Pick<
  PlaceLabelsOptions,
  'maxLabels' | 'maxAttempts' | 'unobstructedFirst' | 'wideFirst' | 'rings'
>;

interface SharedSpace {
  width: number;
  height: number;
  gap: number;
  rimGap: number;
  cols: number;
  obstacles: Map<number, Circle[]>;
  segments: Map<number, LabelSegment[]>;
  anySegment: boolean;
}

function cellsOf(cols: number, b: Box, visit: (key: number) => boolean): boolean {
  const c0 = Math.floor(b.left / CELL);
  const c1 = Math.floor(b.right / CELL);
  const r0 = Math.floor(b.top / CELL);
  const r1 = Math.floor(b.bottom / CELL);
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) if (visit((r + 1) * cols + (c + 1)) === true) return true;
  }
  return false;
}

function fileUnder<T>(target: Map<number, T[]>, key: number, item: T): void {
  const list = target.get(key);
  if (list) list.push(item);
  else target.set(key, [item]);
}

/**
 * A label space built once (obstacle discs and edge segments indexed on a uniform grid) in
 * which several runs of greedy placement can follow one another: labels placed by a run are
 * kept clear by the later ones, and `fork` copies what is taken so far, so a base set placed
 * once per view can be extended per hover or selection without redoing the indexing.
 * MUTATES itself in `place` and `reserve` (its occupancy); never its inputs.
 */
export class LabelPlacer<Id> {
  private readonly shared: SharedSpace;
  private readonly taken: Map<number, Box[]>;
  /** Segments crossing each label placed in this space (only labels crossed by some). */
  readonly crossed: Map<Id, number>;

  private constructor(shared: SharedSpace, taken: Map<number, Box[]>, crossed: Map<Id, number>) {
    this.shared = shared;
    this.taken = taken;
    this.crossed = crossed;
  }

  /** A space with `options`' obstacles and segments indexed and its reserved rectangles taken. */
  static create<Id>(options: LabelSpaceOptions): LabelPlacer<Id> {
    const { width, height } = options;
    const gap = options.gap ?? 3;
    const cols = Math.ceil(width / CELL) + 2;
    const obstacles = new Map<number, Circle[]>();
    for (const o of options.obstacles ?? []) {
      const b = { left: o.x - o.r, top: o.y - o.r, right: o.x + o.r, bottom: o.y + o.r };
      const circle = { x: o.x, y: o.y, r: o.r };
      cellsOf(cols, b, (key) => {
        fileUnder(obstacles, key, circle);
        return false;
      });
    }
    const segments = new Map<number, LabelSegment[]>();
    let anySegment = false;
    for (const seg of options.segments ?? []) {
      // A segment is filed under every cell along it: step through it a half cell at a time.
      const length = Math.hypot(seg.x1 - seg.x0, seg.y1 - seg.y0);
      const steps = Math.max(1, Math.ceil(length / (CELL / 2)));
      const keys = new Set<number>();
      for (let i = 0; i <= steps; i++) {
        const x = seg.x0 + ((seg.x1 - seg.x0) * i) / steps;
        const y = seg.y0 + ((seg.y1 - seg.y0) * i) / steps;
        if (x < -CELL || y < -CELL || x > width + CELL || y > height + CELL) continue;
        cellsOf(cols, { left: x, top: y, right: x, bottom: y }, (key) => {
          keys.add(key);
          return false;
        });
      }
      for (const key of keys) fileUnder(segments, key, seg);
      anySegment = true;
    }
    const shared: SharedSpace = {
      width,
      height,
      gap,
      rimGap: options.rimGap ?? gap,
      cols,
      obstacles,
      segments,
      anySegment,
    };
    const placer = new LabelPlacer<Id>(shared, new Map(), new Map());
    placer.reserve(options.reserved ?? []);
    return placer;
  }

  /** A copy of this space with the same labels taken; placing in one leaves the other alone. */
  fork(): LabelPlacer<Id> {
    const taken = new Map<number, Box[]>();
    for (const [key, list] of this.taken) taken.set(key, [...list]);
    return new LabelPlacer<Id>(this.shared, taken, new Map(this.crossed));
  }

  /** Takes these rectangles: no later label may overlap them. */
  reserve(
    rects: Iterable<{
      readonly left: number;
      readonly top: number;
      readonly right: number;
      readonly bottom: number;
    }>,
  ): void {
    for (const r of rects)
      this.occupy({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  }

  private occupy(b: Box): void {
    cellsOf(this.shared.cols, b, (key) => {
      fileUnder(this.taken, key, b);
      return false;
    });
  }

  private isTaken(b: Box): boolean {
    return cellsOf(this.shared.cols, b, (key) =>
      (this.taken.get(key) ?? []).some(
        (o) => b.left < o.right && b.right > o.left && b.top < o.bottom && b.bottom > o.top,
      ),
    );
  }

  // A label may sit in the corner of a disc's bounding square, never over the disc itself.
  private coversDisc(b: Box): boolean {
    return cellsOf(this.shared.cols, b, (key) =>
      (this.shared.obstacles.get(key) ?? []).some((o) => {
        const nx = Math.max(b.left, Math.min(o.x, b.right));
        const ny = Math.max(b.top, Math.min(o.y, b.bottom));
        return (nx - o.x) * (nx - o.x) + (ny - o.y) * (ny - o.y) < o.r * o.r;
      }),
    );
  }

  private crossings(b: Box): number {
    if (!this.shared.anySegment) return 0;
    const seen = new Set<LabelSegment>();
    cellsOf(this.shared.cols, b, (key) => {
      for (const seg of this.shared.segments.get(key) ?? []) {
        if (!seen.has(seg) && segmentCrossesBox(seg, b)) seen.add(seg);
      }
      return false;
    });
    return seen.size;
  }

  /**
   * Places `candidates` in priority order (see `placeLabels` for the rules) and takes their
   * boxes (and their nodes' squares) in this space. Returns the labels placed by this run.
   */
  place(
    candidates: Iterable<LabelCandidate<Id>>,
    options: PlaceRunOptions = {},
  ): PlacedLabel<Id>[] {
    const { width, height, gap, rimGap } = this.shared;
    const maxLabels = options.maxLabels ?? Math.max(8, Math.floor((width * height) / 9000));
    const maxAttempts = options.maxAttempts ?? 1500;
    const unobstructed = options.unobstructedFirst ?? 0;
    const placed: PlacedLabel<Id>[] = [];
    let attempts = 0;
    for (const c of candidates) {
      if (placed.length >= maxLabels || attempts >= maxAttempts) break;
      attempts += 1;
      const w = c.width;
      const h = c.height;
      let best: { box: Box; label: PlacedLabel<Id>; crossed: number } | null = null;
      const wide = attempts <= (options.wideFirst ?? 0);
      for (const extra of wide ? WIDE_RINGS : (options.rings ?? RINGS)) {
        // Diagonal boxes start at the corner of the node's bounding square.
        const g = rimGap + extra;
        const d = c.r + g;
        const sides: Array<[PlacedLabel<Id>['side'], number, number]> = [
          ['right', c.x + c.r + g, c.y - h / 2],
          ['left', c.x - c.r - g - w, c.y - h / 2],
          ['below', c.x - w / 2, c.y + c.r + g],
          ['above', c.x - w / 2, c.y - c.r - g - h],
          ['below-right', c.x + d, c.y + d],
          ['above-right', c.x + d, c.y - d - h],
          ['below-left', c.x - d - w, c.y + d],
          ['above-left', c.x - d - w, c.y - d - h],
        ];
        if (wide) {
          // Beside the node but level with its top or bottom; above or below but off-centre.
          const lift = c.r * 0.7;
          sides.push(
            ['above-right', c.x + c.r + g, c.y - lift - h],
            ['below-right', c.x + c.r + g, c.y + lift],
            ['above-left', c.x - c.r - g - w, c.y - lift - h],
            ['below-left', c.x - c.r - g - w, c.y + lift],
            ['above-right', c.x - c.r * 0.5, c.y - c.r - g - h],
            ['above-left', c.x + c.r * 0.5 - w, c.y - c.r - g - h],
            ['below-right', c.x - c.r * 0.5, c.y + c.r + g],
            ['below-left', c.x + c.r * 0.5 - w, c.y + c.r + g],
          );
        }
        for (const [side, left, top] of sides) {
          if (left < 0 || top < 0 || left + w > width || top + h > height) continue;
          // Padded so that neighbouring labels keep a small gap.
          const box = {
            left: left - gap,
            top: top - gap / 2,
            right: left + w + gap,
            bottom: top + h + gap / 2,
          };
          if (this.isTaken(box) || (attempts > unobstructed && this.coversDisc(box))) continue;
          const crossed = this.crossings({ left, top, right: left + w, bottom: top + h });
          if (best && crossed >= best.crossed) continue;
          best = { box, label: { id: c.id, left, top, width: w, height: h, side }, crossed };
          if (crossed === 0) break;
        }
        if (best) break;
      }
      if (!best) continue;
      this.occupy(best.box);
      this.occupy({ left: c.x - c.r, top: c.y - c.r, right: c.x + c.r, bottom: c.y + c.r });
      if (best.crossed > 0) this.crossed.set(c.id, best.crossed);
      placed.push(best.label);
    }
    return placed;
  }
}

/**
 * Greedy label placement: candidates are taken in the given (priority) order; each tries the
 * right, left, below and above of its node, then the four diagonals, then the same eight a
 * little further out (the first `wideFirst` candidates search wider still), and takes a box
 * that stays in view and overlaps no obstacle disc (so no label ever covers part of a node), no
 * reserved rectangle and no label or labelled node placed before it. Among the boxes of the
 * nearest ring that qualify, the one crossed by the fewest `segments` wins (ties: side order).
 * Invariants: no two returned boxes overlap; none overlaps a reserved rectangle; from the
 * `unobstructedFirst`-th candidate on, none overlaps an obstacle's disc. The result for a
 * candidate depends only on the candidates before it, so appending candidates never moves the
 * labels already placed. Pure (a one-run `LabelPlacer`); uniform grids make each test O(1).
 */
export function placeLabels<Id>(
  candidates: Iterable<LabelCandidate<Id>>,
  options: PlaceLabelsOptions,
): PlacedLabel<Id>[] {
  return LabelPlacer.create<Id>(options).place(candidates, options);
}

/** Extra distance (px) from the node of each ring of places tried, nearest first. */
const RINGS = [0, 7] as const;
/** The rings of a wide search (see `wideFirst`). */
const WIDE_RINGS = [0, 7, 14, 22] as const;
