import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundsOfCircles,
  fitTransform,
  screenPoint,
  toScreen,
  toWorld,
  transformBringingIntoView,
  visibleWorldBounds,
  worldPoint,
  zoomAround,
} from '../../src/graph/coordinates.ts';

describe('world ↔ screen', () => {
  it('toWorld inverts toScreen', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        (k, x, y, px, py) => {
          const t = { k, x, y };
          const back = toWorld(t, toScreen(t, worldPoint(px, py)));
          expect(back.x).toBeCloseTo(px, 6);
          expect(back.y).toBeCloseTo(py, 6);
        },
      ),
    );
  });
});

describe('fitTransform', () => {
  const bounds = { minX: -100, minY: -50, maxX: 300, maxY: 150 };

  it('centres the bounds and keeps them inside the padded view', () => {
    const t = fitTransform(bounds, 800, 600, { padding: 20, maxScale: 10 });
    const a = toScreen(t, worldPoint(bounds.minX, bounds.minY));
    const b = toScreen(t, worldPoint(bounds.maxX, bounds.maxY));
    expect((a.x + b.x) / 2).toBeCloseTo(400);
    expect((a.y + b.y) / 2).toBeCloseTo(300);
    expect(a.x).toBeGreaterThanOrEqual(20 - 1e-9);
    expect(b.x).toBeLessThanOrEqual(780 + 1e-9);
    expect(a.y).toBeGreaterThanOrEqual(20 - 1e-9);
    expect(b.y).toBeLessThanOrEqual(580 + 1e-9);
    // The limiting axis is filled: width 400 → 760 px.
    expect(t.k).toBeCloseTo(760 / 400);
  });

  it('never zooms past maxScale, even for a single point', () => {
    expect(fitTransform(bounds, 8000, 6000, { maxScale: 2 }).k).toBe(2);
    const point = fitTransform({ minX: 5, minY: 5, maxX: 5, maxY: 5 }, 100, 100, { maxScale: 3 });
    expect(point.k).toBe(3);
    expect(toScreen(point, worldPoint(5, 5))).toEqual(screenPoint(50, 50));
  });

  it('stays finite for an empty view', () => {
    const t = fitTransform(bounds, 0, 0);
    expect([t.k, t.x, t.y].every(Number.isFinite)).toBe(true);
    expect(t.k).toBeGreaterThan(0);
  });
});

describe('bounds helpers', () => {
  it('boundsOfCircles covers every disc and skips non-finite points', () => {
    expect(boundsOfCircles([])).toBeNull();
    expect(
      boundsOfCircles([
        { x: 0, y: 0, r: 5 },
        { x: 10, y: -20, r: 1 },
        { x: Number.NaN, y: 0, r: 100 },
      ]),
    ).toEqual({ minX: -5, minY: -21, maxX: 11, maxY: 5 });
  });

  it('visibleWorldBounds is the view rectangle mapped back to the world', () => {
    expect(visibleWorldBounds({ k: 2, x: 100, y: 50 }, 200, 100)).toEqual({
      minX: -50,
      minY: -25,
      maxX: 50,
      maxY: 25,
    });
  });

  it('zoomAround keeps the anchor fixed and clamps the scale', () => {
    const t = { k: 1, x: 10, y: 20 };
    const anchor = screenPoint(300, 200);
    const z = zoomAround(t, 2, anchor, 0.1, 8);
    expect(z.k).toBe(2);
    const w = toWorld(t, anchor);
    expect(toScreen(z, w).x).toBeCloseTo(300);
    expect(toScreen(z, w).y).toBeCloseTo(200);
    expect(zoomAround(t, 100, anchor, 0.1, 8).k).toBe(8);
  });
});

describe('transformBringingIntoView', () => {
  const t = { k: 2, x: 0, y: 0 };
  it('leaves a circle wholly in view where it is', () => {
    expect(transformBringingIntoView(t, 400, 300, { x: 50, y: 50, r: 5 })).toBeNull();
  });

  it('centres a circle that is partly or wholly out of view, at the same scale', () => {
    // World x 198 + r 5 reaches past the right edge at 400 / 2 = 200 world units.
    expect(transformBringingIntoView(t, 400, 300, { x: 198, y: 50, r: 5 })).toEqual({
      k: 2,
      x: 200 - 396,
      y: 150 - 100,
    });
    expect(transformBringingIntoView(t, 400, 300, { x: -500, y: 900, r: 1 })).toEqual({
      k: 2,
      x: 200 + 1000,
      y: 150 - 1800,
    });
  });
});
