import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  placeLabels,
  segmentCrossesBox,
  type LabelCandidate,
  type PlacedLabel,
} from '../../src/graph/label-placement.ts';

/** Narrows away null/undefined, failing the test loudly instead of using `!`. */
function defined<T>(value: T | null | undefined): T {
  if (value == null) throw new Error('expected a value');
  return value;
}

const overlaps = (a: PlacedLabel<unknown>, b: PlacedLabel<unknown>) =>
  a.left < b.left + b.width &&
  a.left + a.width > b.left &&
  a.top < b.top + b.height &&
  a.top + a.height > b.top;

const cand = (id: string, x: number, y: number, width = 60): LabelCandidate<string> => ({
  id,
  x,
  y,
  r: 5,
  width,
  height: 14,
});

describe('placeLabels', () => {
  it('always labels the first candidate, to the right of its node when there is room', () => {
    const placed = placeLabels([cand('top', 100, 100)], { width: 400, height: 300 });
    expect(placed).toEqual([
      { id: 'top', left: 108, top: 93, width: 60, height: 14, side: 'right' },
    ]);
  });

  it('moves a label to another side, or drops it, rather than overlap', () => {
    const placed = placeLabels(
      [cand('a', 100, 100), cand('b', 100, 104), cand('c', 102, 102), cand('d', 101, 101)],
      { width: 400, height: 300 },
    );
    // b cannot go right (a is there), so it goes left; c and d have to take diagonals.
    expect(placed.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(placed.slice(0, 2).map((p) => p.side)).toEqual(['right', 'left']);
    expect(placed.slice(2).every((p) => p.side.includes('-'))).toBe(true);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        expect(overlaps(defined(placed[i]), defined(placed[j]))).toBe(false);
      }
    }
    const spaced = placeLabels([cand('a', 100, 100), cand('b', 100, 140)], {
      width: 400,
      height: 300,
    });
    expect(spaced.map((p) => p.side)).toEqual(['right', 'right']);
  });

  it('keeps labels inside the view', () => {
    const placed = placeLabels([cand('edge', 395, 150)], { width: 400, height: 300 });
    expect(placed[0]?.side).toBe('left');
  });

  it('respects obstacles, except for the first unobstructed candidates', () => {
    const obstacles = [{ x: 140, y: 100, r: 20 }];
    const blocked = placeLabels([cand('a', 100, 100)], { width: 400, height: 300, obstacles });
    expect(blocked[0]?.side).toBe('left');
    const free = placeLabels([cand('a', 100, 100)], {
      width: 400,
      height: 300,
      obstacles,
      unobstructedFirst: 1,
    });
    expect(free[0]?.side).toBe('right');
  });

  it('stops at maxLabels', () => {
    const many = Array.from({ length: 50 }, (_, i) =>
      cand(`n${i}`, 40 + (i % 5) * 150, 20 + Math.floor(i / 5) * 40),
    );
    expect(placeLabels(many, { width: 800, height: 500, maxLabels: 7 })).toHaveLength(7);
  });

  it('never places overlapping labels (property)', () => {
    const candArb = fc.record({
      x: fc.integer({ min: 0, max: 600 }),
      y: fc.integer({ min: 0, max: 400 }),
      w: fc.integer({ min: 10, max: 120 }),
    });
    fc.assert(
      fc.property(fc.array(candArb, { maxLength: 80 }), (raw) => {
        const placed = placeLabels(
          raw.map((c, i) => cand(`n${i}`, c.x, c.y, c.w)),
          { width: 600, height: 400, maxLabels: 1000 },
        );
        for (let i = 0; i < placed.length; i++) {
          const a = defined(placed[i]);
          expect(a.left).toBeGreaterThanOrEqual(0);
          expect(a.top + a.height).toBeLessThanOrEqual(400);
          for (let j = i + 1; j < placed.length; j++)
            expect(overlaps(a, defined(placed[j]))).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('placeLabels diagonals', () => {
  it('falls back to a diagonal when all four sides are taken, clear of its own node', () => {
    const node = { x: 200, y: 150, r: 8 };
    // Obstacles right, left, above and below the node, as other nodes would be.
    const obstacles = [
      node,
      { x: 226, y: 150, r: 5 },
      { x: 174, y: 150, r: 5 },
      { x: 200, y: 132, r: 4 },
      { x: 200, y: 168, r: 4 },
    ];
    const placed = placeLabels([{ id: 'n', ...node, width: 30, height: 14 }], {
      width: 400,
      height: 300,
      obstacles,
    });
    expect(placed[0]?.side).toBe('below-right');
    expect(placed[0]?.left).toBeGreaterThanOrEqual(node.x + node.r);
  });
});

describe('placeLabels reserved areas', () => {
  it('never puts a label over a reserved rectangle, even the first one', () => {
    const reserved = [{ left: 100, top: 80, right: 200, bottom: 120 }];
    const placed = placeLabels([cand('a', 95, 100)], { width: 400, height: 300, reserved });
    expect(placed[0]?.side).toBe('left');
    const boxed = placeLabels([cand('a', 150, 100)], {
      width: 400,
      height: 300,
      reserved: [{ left: 0, top: 0, right: 400, bottom: 300 }],
    });
    expect(boxed).toEqual([]);
  });
});

describe('placeLabels keeps off nodes and edges', () => {
  const circleArb = fc.record({
    x: fc.integer({ min: 0, max: 600 }),
    y: fc.integer({ min: 0, max: 400 }),
    r: fc.integer({ min: 2, max: 26 }),
    w: fc.integer({ min: 20, max: 140 }),
  });
  const rectHitsCircle = (l: PlacedLabel<unknown>, c: { x: number; y: number; r: number }) => {
    const nx = Math.max(l.left, Math.min(c.x, l.left + l.width));
    const ny = Math.max(l.top, Math.min(c.y, l.top + l.height));
    return Math.hypot(nx - c.x, ny - c.y) < c.r;
  };

  it('never lets a label rectangle intersect any node circle (property)', () => {
    fc.assert(
      fc.property(fc.array(circleArb, { maxLength: 60 }), (nodes) => {
        const placed = placeLabels(
          nodes.map((n, i) => ({ id: i, x: n.x, y: n.y, r: n.r, width: n.w, height: 14 })),
          { width: 600, height: 400, obstacles: nodes, maxLabels: 1000 },
        );
        for (const label of placed) {
          for (const node of nodes) expect(rectHitsCircle(label, node)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never moves a placed label when more candidates follow (property)', () => {
    fc.assert(
      fc.property(
        fc.array(circleArb, { minLength: 1, maxLength: 40 }),
        fc.array(circleArb, { maxLength: 20 }),
        (first, more) => {
          const all = [...first, ...more];
          const options = { width: 600, height: 400, obstacles: all, maxLabels: 1000 };
          const asCandidates = (list: typeof all, from = 0) =>
            list.map((n, i) => ({ id: from + i, x: n.x, y: n.y, r: n.r, width: n.w, height: 14 }));
          const alone = placeLabels(asCandidates(first), options);
          const extended = placeLabels(
            [...asCandidates(first), ...asCandidates(more, first.length)],
            options,
          );
          expect(extended.slice(0, alone.length)).toEqual(alone);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('takes the side no edge runs through, when there is one', () => {
    // An edge leaves the node to the right, through where the label would go first.
    const edge = { x0: 100, y0: 100, x1: 300, y1: 100 };
    const plain = placeLabels([cand('a', 100, 100)], { width: 400, height: 300 });
    expect(plain[0]?.side).toBe('right');
    const avoided = placeLabels([cand('a', 100, 100)], {
      width: 400,
      height: 300,
      segments: [edge],
    });
    expect(avoided[0]?.side).toBe('left');
    // With an edge through every side it still names the node, on the least crossed side.
    const star = ['right', 'left', 'below', 'above'].map((_, i) => {
      const a = (i * Math.PI) / 2;
      return { x0: 100, y0: 100, x1: 100 + Math.cos(a) * 200, y1: 100 + Math.sin(a) * 200 };
    });
    const crowded = placeLabels([cand('a', 100, 100)], {
      width: 400,
      height: 300,
      segments: [...star, edge],
    });
    expect(crowded).toHaveLength(1);
    expect(crowded[0]?.side).not.toBe('right');
  });

  it('leaves a wider gap at the rim when asked (rimGap), not between labels', () => {
    const placed = placeLabels([cand('a', 100, 100)], { width: 400, height: 300, rimGap: 6 });
    expect(placed[0]).toMatchObject({ side: 'right', left: 111 });
  });
});

describe('segmentCrossesBox', () => {
  const box = { left: 10, top: 10, right: 20, bottom: 20 };
  it('tells segments through a box from those beside or short of it', () => {
    expect(segmentCrossesBox({ x0: 0, y0: 15, x1: 30, y1: 15 }, box)).toBe(true);
    expect(segmentCrossesBox({ x0: 0, y0: 0, x1: 30, y1: 30 }, box)).toBe(true);
    expect(segmentCrossesBox({ x0: 15, y0: 15, x1: 15, y1: 16 }, box)).toBe(true);
    expect(segmentCrossesBox({ x0: 0, y0: 25, x1: 30, y1: 25 }, box)).toBe(false);
    expect(segmentCrossesBox({ x0: 0, y0: 15, x1: 9, y1: 15 }, box)).toBe(false);
    expect(segmentCrossesBox({ x0: 0, y0: 30, x1: 30, y1: 40 }, box)).toBe(false);
  });
});

describe('placeLabels wide search for the first names', () => {
  it('finds the top name a place further out when every near place covers a node', () => {
    const node = { x: 200, y: 150, r: 10 };
    // A tight ring of small nodes around the top node blocks all eight near places.
    const ring = Array.from({ length: 16 }, (_, i) => {
      const a = (i / 16) * Math.PI * 2;
      return { x: 200 + Math.cos(a) * 24, y: 150 + Math.sin(a) * 24, r: 3 };
    });
    const obstacles = [node, ...ring];
    const top = { id: 'top', ...node, width: 40, height: 14 };
    expect(placeLabels([top], { width: 400, height: 300, obstacles })).toEqual([]);
    const [wide] = placeLabels([top], { width: 400, height: 300, obstacles, wideFirst: 1 });
    expect(wide).toBeDefined();
    const box = wide as PlacedLabel<string>;
    for (const o of obstacles) {
      const nx = Math.max(box.left, Math.min(o.x, box.left + box.width));
      const ny = Math.max(box.top, Math.min(o.y, box.top + box.height));
      expect(Math.hypot(nx - o.x, ny - o.y)).toBeGreaterThanOrEqual(o.r);
    }
  });
});
