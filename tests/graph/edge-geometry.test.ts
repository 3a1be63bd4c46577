import { describe, expect, it } from 'vitest';
import {
  clipSegment,
  curveOutside,
  distanceToCurve,
  distanceToSegment,
  edgeCurve,
  pointOnCurve,
} from '../../src/graph/edge-geometry.ts';

/** Narrows away null/undefined, failing the test loudly instead of using `!`. */
function defined<T>(value: T | null | undefined): T {
  if (value == null) throw new Error('expected a value');
  return value;
}

describe('edgeCurve', () => {
  it('starts and ends on the rims (plus gap) of straight edges, pointing at the target', () => {
    const c = edgeCurve(0, 0, 10, 100, 0, 20, 0, 2);
    expect(c).toMatchObject({ x0: 12, y0: 0, x1: 78, y1: 0, ux: 1, uy: 0 });
  });

  it('bends twins to opposite sides so both directions stay visible', () => {
    const ab = edgeCurve(0, 0, 5, 100, 0, 5, 0.12);
    const ba = edgeCurve(100, 0, 5, 0, 0, 5, 0.12);
    expect(Math.sign(pointOnCurve(defined(ab), 0.5).y)).toBe(
      -Math.sign(pointOnCurve(defined(ba), 0.5).y),
    );
    expect(Math.abs(pointOnCurve(defined(ab), 0.5).y)).toBeGreaterThan(3);
  });

  it('keeps the arrow end on the target rim for curves', () => {
    const c = defined(edgeCurve(0, 0, 5, 100, 50, 8, 0.12));
    expect(Math.hypot(c.x1 - 100, c.y1 - 50)).toBeCloseTo(8);
    expect(Math.hypot(c.ux, c.uy)).toBeCloseTo(1);
  });

  it('returns null when the discs overlap', () => {
    expect(edgeCurve(0, 0, 10, 15, 0, 10, 0)).toBeNull();
    expect(edgeCurve(0, 0, 0, 0, 0, 0, 0)).toBeNull();
  });
});

describe('distances', () => {
  it('measures to a segment, clamping at its ends', () => {
    expect(distanceToSegment(5, 3, 0, 0, 10, 0)).toBe(3);
    expect(distanceToSegment(-4, 3, 0, 0, 10, 0)).toBe(5);
    expect(distanceToSegment(1, 1, 0, 0, 0, 0)).toBeCloseTo(Math.SQRT2);
  });

  it('measures to a curve close to its true distance', () => {
    const c = defined(edgeCurve(0, 0, 0, 100, 0, 0, 0.2));
    const mid = pointOnCurve(c, 0.5);
    expect(distanceToCurve(c, mid.x, mid.y)).toBeLessThan(0.5);
    // The curve's middle is half the control offset (20) from the chord.
    expect(distanceToCurve(c, 50, 0)).toBeCloseTo(10, 0);
  });
});

describe('clipSegment', () => {
  const rect = { minX: 0, minY: 0, maxX: 100, maxY: 50 };

  it('keeps a segment inside, cuts one crossing the border, drops one outside', () => {
    expect(clipSegment(10, 10, 90, 40, rect)).toEqual([10, 10, 90, 40]);
    expect(clipSegment(-100, 25, 200, 25, rect)).toEqual([0, 25, 100, 25]);
    expect(clipSegment(-10, -10, -1, 60, rect)).toBeNull();
    expect(clipSegment(150, 0, 150, 50, rect)).toBeNull();
  });

  it('returns a part of the original line', () => {
    const part = clipSegment(-50, -25, 150, 75, rect);
    expect(part).not.toBeNull();
    const [x0, y0, x1, y1] = part ?? [0, 0, 0, 0];
    // Still on y = x / 2, and inside the rectangle.
    expect(y0).toBeCloseTo(x0 / 2);
    expect(y1).toBeCloseTo(x1 / 2);
    expect([x0, x1].every((x) => x >= 0 && x <= 100)).toBe(true);
    expect([y0, y1].every((y) => y >= 0 && y <= 50)).toBe(true);
  });
});

describe('curveOutside', () => {
  const rect = { minX: 0, minY: 0, maxX: 10, maxY: 10 };
  const curve = (x0: number, y0: number, cx: number, cy: number, x1: number, y1: number) => ({
    x0,
    y0,
    cx,
    cy,
    x1,
    y1,
  });

  it('keeps a curve crossing the rectangle, even with both ends outside', () => {
    expect(curveOutside(curve(-5, 5, 5, 5, 15, 5), rect)).toBe(false);
  });

  it('keeps a curve whose control point bends it into the rectangle', () => {
    expect(curveOutside(curve(-5, -1, 5, 8, 15, -1), rect)).toBe(false);
  });

  it('drops a curve wholly to one side', () => {
    expect(curveOutside(curve(11, 0, 12, 5, 13, 10), rect)).toBe(true);
    expect(curveOutside(curve(0, -3, 5, -2, 10, -1), rect)).toBe(true);
  });
});
