import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findJsonErrorPosition } from '../../src/corpus/json-error-position.ts';

describe('findJsonErrorPosition', () => {
  it.each([
    ['{"a": [}', 7],
    ['{"a": 1,}', 8],
    ['[1, 2', 5],
    ['{"a": tru}', 9],
    ['{"a": "x\u0001"}', 8],
    ['[1] x', 4],
    ['', 0],
    ['{"a": -}', 6],
  ])('%j fails at %i', (text, position) => {
    expect(findJsonErrorPosition(text)).toBe(position);
  });

  it('accepts whatever JSON.parse accepts (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(findJsonErrorPosition(JSON.stringify(value, null, 1))).toBeNull();
      }),
    );
  });

  it('flags a text that JSON.parse rejects (property: truncation)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, cut) => {
        const text = JSON.stringify(value);
        const truncated = text.slice(0, cut % text.length);
        let valid = true;
        try {
          JSON.parse(truncated);
        } catch {
          valid = false;
        }
        expect(findJsonErrorPosition(truncated) === null).toBe(valid);
      }),
    );
  });
});
