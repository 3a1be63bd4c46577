import { describe, expect, it } from 'vitest';
import { worldPoint } from '../../src/graph/coordinates.ts';
import { distanceToCurve, edgeCurve, type EdgeCurve } from '../../src/graph/edge-geometry.ts';
import {
  buildEdgeHitIndex,
  buildNodeHitIndex,
  edgeHitIndexSteps,
  findEdgeAt,
  findEdgeByScan,
  findNodeAt,
  lazyNodeHitIndex,
  type HitCircle,
} from '../../src/graph/hit-test.ts';
import { seededRandom } from '../../src/lib/seeded-random.ts';

const circles: HitCircle<string>[] = [
  { id: 'big', x: 0, y: 0, r: 20 },
  { id: 'small', x: 15, y: 0, r: 3 },
  { id: 'far', x: 100, y: 100, r: 5 },
];

describe('findNodeAt', () => {
  const index = buildNodeHitIndex(circles);

  it('finds the disc under the point, and nothing in empty space', () => {
    expect(findNodeAt(index, worldPoint(-10, 5))?.id).toBe('big');
    expect(findNodeAt(index, worldPoint(101, 99))?.id).toBe('far');
    expect(findNodeAt(index, worldPoint(60, 60))).toBeNull();
  });

  it('lets a small node on top of a big one stay reachable', () => {
    expect(findNodeAt(index, worldPoint(15, 0))?.id).toBe('small');
  });

  it('adds slack around small targets', () => {
    expect(findNodeAt(index, worldPoint(107, 100))).toBeNull();
    expect(findNodeAt(index, worldPoint(107, 100), 3)?.id).toBe('far');
  });

  it('uses the drawn radius when the view scales radii', () => {
    expect(findNodeAt(index, worldPoint(108, 100), 0, (r) => r * 2)?.id).toBe('far');
  });

  it('agrees with a linear scan on random discs', () => {
    const random = seededRandom(5);
    const many: HitCircle<number>[] = Array.from({ length: 500 }, (_, i) => ({
      id: i,
      x: random() * 1000,
      y: random() * 1000,
      r: 2 + random() * 10,
    }));
    const idx = buildNodeHitIndex(many);
    for (let i = 0; i < 300; i++) {
      const p = worldPoint(random() * 1000, random() * 1000);
      let best: HitCircle<number> | null = null;
      let bestScore = Infinity;
      for (const c of many) {
        const d = Math.hypot(p.x - c.x, p.y - c.y);
        const score = d / c.r;
        if (d <= c.r && score <= bestScore) {
          best = c;
          bestScore = score;
        }
      }
      expect(findNodeAt(idx, p)?.id ?? null).toBe(best?.id ?? null);
    }
  });
});

describe('lazyNodeHitIndex', () => {
  it('answers as the eager index does, reading its circles only when first asked', () => {
    const read: string[] = [];
    // The circles' coordinates report when read: building a quadtree reads every one.
    const watched = circles.map((c) => ({
      id: c.id,
      r: c.r,
      get x() {
        read.push(c.id);
        return c.x;
      },
      get y() {
        return c.y;
      },
    }));
    const lazy = lazyNodeHitIndex(watched);
    expect(read).toEqual([]);
    const eager = buildNodeHitIndex(circles);
    for (const [x, y] of [
      [-10, 5],
      [101, 99],
      [60, 60],
      [15, 0],
    ] as const) {
      expect(findNodeAt(lazy, worldPoint(x, y))?.id ?? null).toBe(
        findNodeAt(eager, worldPoint(x, y))?.id ?? null,
      );
    }
    expect(lazy.maxRadius).toBe(eager.maxRadius);
    expect(read.length).toBeGreaterThan(0);
  });
});

describe('findEdgeAt', () => {
  const straight = edgeCurve(0, 0, 0, 200, 0, 0, 0) as EdgeCurve;
  const bent = edgeCurve(0, 100, 0, 200, 100, 0, 0.2) as EdgeCurve;
  const index = buildEdgeHitIndex([
    { id: 'straight', curve: straight },
    { id: 'bent', curve: bent },
  ]);

  it('finds an edge near its segment, not just near its ends', () => {
    expect(findEdgeAt(index, worldPoint(100, 3), 4)).toBe('straight');
    expect(findEdgeAt(index, worldPoint(100, 10), 4)).toBeNull();
  });

  it('follows curves', () => {
    // The bent edge goes left of travel (y down → upwards on screen): its middle is at y = 80.
    expect(findEdgeAt(index, worldPoint(100, 80), 3)).toBe('bent');
    expect(findEdgeAt(index, worldPoint(100, 100), 3)).toBeNull();
  });

  it('agrees with a linear scan on random edges', () => {
    const random = seededRandom(11);
    const edges = Array.from({ length: 300 }, (_, i) => ({
      id: i,
      curve: edgeCurve(
        random() * 1000,
        random() * 1000,
        0,
        random() * 1000,
        random() * 1000,
        0,
        random() < 0.5 ? 0 : 0.12,
      ) as EdgeCurve,
    }));
    const idx = buildEdgeHitIndex(edges);
    for (let i = 0; i < 200; i++) {
      const p = worldPoint(random() * 1000, random() * 1000);
      let best: number | null = null;
      let bestD = Infinity;
      for (const e of edges) {
        const d = distanceToCurve(e.curve, p.x, p.y);
        if (d <= 5 && d < bestD) {
          best = e.id;
          bestD = d;
        }
      }
      expect(findEdgeAt(idx, p, 5)).toBe(best);
    }
  });
});

// Covers the pieces that keep a big graph's first click fast: the index built in slices (for idle
// time) and the scan used before it exists.
describe('edgeHitIndexSteps and findEdgeByScan', () => {
  const random = seededRandom(5);
  const edges = Array.from({ length: 6000 }, (_, i) => ({
    id: i,
    curve: edgeCurve(
      random() * 4000,
      random() * 4000,
      0,
      random() * 4000,
      random() * 4000,
      0,
      random() < 0.5 ? 0 : 0.12,
    ) as EdgeCurve,
  }));

  it('yields between slices and returns an index that answers like the one-go build', () => {
    const steps = edgeHitIndexSteps(edges);
    let yields = 0;
    let step = steps.next();
    while (!step.done) {
      yields += 1;
      step = steps.next();
    }
    expect(yields).toBeGreaterThan(1);
    const sliced = step.value;
    const whole = buildEdgeHitIndex(edges);
    // Several trees, each sorted in a step of its own, answer as one would.
    expect(whole.trees.length).toBeGreaterThan(1);
    expect(sliced.trees.map((t) => t.numItems)).toEqual(whole.trees.map((t) => t.numItems));
    expect([...sliced.sampleEdge]).toEqual([...whole.sampleEdge]);
    expect(sliced.spacing).toBe(whole.spacing);
    for (let i = 0; i < 300; i++) {
      const p = worldPoint(random() * 4000, random() * 4000);
      expect(findEdgeAt(sliced, p, 6)).toBe(findEdgeAt(whole, p, 6));
    }
  });

  it('finds the nearest edge within tolerance without an index, as the index does', () => {
    const idx = buildEdgeHitIndex(edges);
    let found = 0;
    for (let i = 0; i < 300; i++) {
      const p = worldPoint(random() * 4000, random() * 4000);
      const scanned = findEdgeByScan(edges, p, 6);
      if (scanned !== null) found += 1;
      expect(scanned).toBe(findEdgeAt(idx, p, 6));
    }
    expect(found).toBeGreaterThan(0);
    expect(findEdgeByScan([{ id: 'none', curve: null }], worldPoint(0, 0), 6)).toBeNull();
  });
});
