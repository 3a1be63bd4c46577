import { describe, expect, it } from 'vitest';
import { isWs } from '../../src/ingest/char-class.ts';

describe('isWs', () => {
  it('agrees with the regex class \\s on every UTF-16 code unit', () => {
    const disagreements: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (isWs(c) !== /\s/.test(String.fromCharCode(c))) disagreements.push(c);
    }
    expect(disagreements).toEqual([]);
  });
});
