import { describe, expect, it } from 'vitest';
import {
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
