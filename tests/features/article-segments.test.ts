import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { articleSegments } from '../../src/features/article-reader/article-segments.ts';

describe('articleSegments', () => {
  it('marks the span inside its paragraph', () => {
    const text = 'First line.\nHe said "hello there" loudly.\nLast.';
    const start = text.indexOf('hello');
    const paragraphs = articleSegments(text, start, start + 'hello there'.length);
    expect(paragraphs).toEqual([
      [{ text: 'First line.', highlight: false }],
      [
        { text: 'He said "', highlight: false },
        { text: 'hello there', highlight: true },
        { text: '" loudly.', highlight: false },
      ],
      [{ text: 'Last.', highlight: false }],
    ]);
  });

  it('keeps every character and highlights exactly the span (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', 'é') }),
        fc.nat(),
        fc.nat(),
        (text, x, y) => {
          const a = text.length === 0 ? 0 : x % (text.length + 1);
          const b = text.length === 0 ? 0 : y % (text.length + 1);
          const [start, end] = a <= b ? [a, b] : [b, a];
          const paragraphs = articleSegments(text, start, end);
          const all = paragraphs.flat();
          expect(all.map((s) => s.text).join('')).toBe(text.replaceAll('\n', ''));
          expect(
            all
              .filter((s) => s.highlight)
              .map((s) => s.text)
              .join(''),
          ).toBe(text.slice(start, end).replaceAll('\n', ''));
        },
      ),
    );
  });
});
