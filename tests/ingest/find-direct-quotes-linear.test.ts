// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/ingest/find-direct-quotes.ts';
import { referenceQuoteSpans } from '../fixtures/ingest/reference-quote-spans.ts';

/** Paragraph start offsets as cleanArticle computes them (paragraphs joined by a blank line). */
function startsOf(paragraphs: readonly string[]): number[] {
  const starts: number[] = [];
  let o = 0;
  for (const p of paragraphs) {
    starts.push(o);
    o += p.length + 2;
  }
  return starts;
}

// Every mark the finder knows, plus the letters and punctuation its flank rules look at.
const ALPHABET = [...'"\'“”„‟‘’‚‛«»‹› sa.,x-'];
const paragraph = fc
  .array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 24 })
  .map((cs) => cs.join(''));

describe('findQuoteSpans (linear) against the quadratic reference', () => {
  it('finds exactly the spans the quadratic pairing found', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const starts = startsOf(paragraphs);
        expect(findQuoteSpans(paragraphs, starts)).toEqual(referenceQuoteSpans(paragraphs, starts));
      }),
      { numRuns: 5000, seed: 9 },
    );
  });

  it('pairs a paragraph of 200,000 marks (the old pairing took minutes)', () => {
    const p = '"a" ‘b’ «c» '.repeat(20_000);
    const spans = findQuoteSpans([p], [0]);
    expect(spans).toHaveLength(60_000);
    expect(spans[59_999]).toMatchObject({ family: 'angle', closed: true });
  });
});
