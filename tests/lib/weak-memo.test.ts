import { describe, expect, it } from 'vitest';
import { weakMemo } from '../../src/lib/weak-memo.ts';

describe('weakMemo', () => {
  it('computes once per key object and returns that value after', () => {
    let calls = 0;
    const size = weakMemo((list: number[]) => {
      calls += 1;
      return list.length;
    });
    const a = [1, 2, 3];
    expect(size(a)).toBe(3);
    expect(size(a)).toBe(3);
    expect(calls).toBe(1);
    // An equal but different object is another key.
    expect(size([1, 2, 3])).toBe(3);
    expect(calls).toBe(2);
  });

  it('remembers a falsy value rather than computing it again', () => {
    let calls = 0;
    const nothing = weakMemo((key: object) => {
      calls += 1;
      return Object.keys(key).length;
    });
    const key = {};
    nothing(key);
    nothing(key);
    expect(calls).toBe(1);
  });
});
