import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  edgeWidthClass,
  EDGE_WIDTH_CLASSES,
  EDGE_WIDTH_LABELS,
  KIND_COLORS,
  KIND_LABELS,
  MAX_NODE_RADIUS,
  MIN_NODE_RADIUS,
  MIN_SCREEN_RADIUS,
  nodeRadiusScale,
  nodeScreenRadius,
} from '../../src/graph/node-style.ts';

describe('nodeRadiusScale', () => {
  it('maps 0 to the minimum, the maximum weight to the maximum, by area (sqrt)', () => {
    const r = nodeRadiusScale(100);
    expect(r(0)).toBe(MIN_NODE_RADIUS);
    expect(r(100)).toBe(MAX_NODE_RADIUS);
    expect(r(1000)).toBe(MAX_NODE_RADIUS);
    // A quarter of the weight is half the extra radius.
    expect(r(25) - MIN_NODE_RADIUS).toBeCloseTo((MAX_NODE_RADIUS - MIN_NODE_RADIUS) / 2);
    for (let w = 0; w < 100; w++) expect(r(w + 1)).toBeGreaterThanOrEqual(r(w));
  });

  it('copes with an empty graph', () => {
    expect(nodeRadiusScale(0)(0)).toBe(MIN_NODE_RADIUS);
  });
});

describe('nodeScreenRadius', () => {
  it('is the world radius at zoom 1, grows slower than zoom, never vanishes', () => {
    expect(nodeScreenRadius(10, 1)).toBe(10);
    expect(nodeScreenRadius(10, 4)).toBeGreaterThan(10);
    expect(nodeScreenRadius(10, 4)).toBeLessThan(40);
    expect(nodeScreenRadius(4, 0.001)).toBe(MIN_SCREEN_RADIUS);
  });
});

describe('kind colours', () => {
  it('gives every kind a distinct colour with at least 3:1 contrast on white', () => {
    const colors = Object.values(KIND_COLORS);
    expect(new Set(colors).size).toBe(colors.length);
    for (const c of colors) expect(contrastRatio(c, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(KIND_LABELS.map(([k]) => k).sort()).toEqual(Object.keys(KIND_COLORS).sort());
  });

  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
});

describe('edge width classes', () => {
  it('buckets quote counts 1, 2–3, 4–9, 10+', () => {
    expect([1, 2, 3, 4, 9, 10, 500].map(edgeWidthClass)).toEqual([0, 1, 1, 2, 2, 3, 3]);
    expect(EDGE_WIDTH_LABELS).toHaveLength(EDGE_WIDTH_CLASSES.length);
  });
});
