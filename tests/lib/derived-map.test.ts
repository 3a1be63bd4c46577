import { describe, expect, it } from 'vitest';
import { DerivedMap } from '../../src/lib/derived-map.ts';

// A map of squares of 1..4: `one` counts its calls, so the tests see what is computed when.
function squares() {
  const asked: number[] = [];
  let built = 0;
  const all = () => {
    built += 1;
    return new Map([1, 2, 3, 4].map((n) => [n, n * n]));
  };
  const map = new DerivedMap((n: number) => {
    asked.push(n);
    return n >= 1 && n <= 4 ? n * n : undefined;
  }, all);
  return { map, asked, builds: () => built };
}

describe('DerivedMap', () => {
  it('answers get and has per key, once per key, without building the whole map', () => {
    const { map, asked, builds } = squares();
    expect(map.get(3)).toBe(9);
    expect(map.get(3)).toBe(9);
    expect(map.has(7)).toBe(false);
    expect(map.get(7)).toBeUndefined();
    expect(asked).toEqual([3, 7]);
    expect(builds()).toBe(0);
  });

  it('reads like the whole map when iterated or sized, building it once', () => {
    const { map, builds } = squares();
    expect(map.size).toBe(4);
    expect([...map]).toEqual([
      [1, 1],
      [2, 4],
      [3, 9],
      [4, 16],
    ]);
    expect([...map.keys()]).toEqual([1, 2, 3, 4]);
    expect([...map.values()]).toEqual([1, 4, 9, 16]);
    const seen: string[] = [];
    map.forEach((v, k, m) => seen.push(`${k}:${v}:${m === map}`));
    expect(seen).toEqual(['1:1:true', '2:4:true', '3:9:true', '4:16:true']);
    expect(map.get(2)).toBe(4);
    expect(builds()).toBe(1);
  });
});
