// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { HASHES, minHash, SignatureMemo } from '../../src/ingest/min-hash.ts';

describe('SignatureMemo', () => {
  it('gives every set its own MinHash signature, whether memoised, repeated or past the limit', () => {
    const memo = new SignatureMemo();
    const sets = Array.from({ length: 5000 }, (_, i) => Uint32Array.from([i, i + 7, i * 13 + 1]));
    for (const round of [0, 1]) {
      for (const set of round === 0 ? sets : [...sets].reverse()) {
        const sig = memo.signatureOf(set);
        expect(sig).toHaveLength(HASHES);
        expect([...sig]).toEqual([...minHash(set)]);
      }
    }
  });

  it('tells apart different sets with equal hashes of their values', () => {
    const memo = new SignatureMemo();
    const a = Uint32Array.from([1, 2, 3]);
    const b = Uint32Array.from([1, 2, 4]);
    expect([...memo.signatureOf(a)]).toEqual([...minHash(a)]);
    expect([...memo.signatureOf(b)]).toEqual([...minHash(b)]);
    expect([...memo.signatureOf(Uint32Array.from([1, 2, 3]))]).toEqual([...minHash(a)]);
  });
});
