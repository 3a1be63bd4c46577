import { describe, expect, it } from 'vitest';
import { completePositions } from '../../src/graph/complete-positions.ts';
import type { ActorId } from '../../src/corpus/schema.ts';

const nodes = ['a', 'b', 'c', 'd'].map((id) => ({ id: id as ActorId }));

describe('completePositions with positions that cannot be drawn', () => {
  it('replaces huge or non-finite coordinates as if they were missing, keeps the others', () => {
    const given = {
      a: [10, -20] as [number, number],
      b: [1e308, -1e308] as [number, number],
      c: [Number.NaN, 0] as [number, number],
      d: [Infinity, 5] as [number, number],
    };
    const result = completePositions(given, nodes);
    expect(result.a).toEqual([10, -20]);
    for (const id of ['b', 'c', 'd']) {
      const p = result[id];
      expect(p?.every((v) => Number.isFinite(v) && Math.abs(v) < 1000)).toBe(true);
    }
    expect(given.b).toEqual([1e308, -1e308]);
  });
});
