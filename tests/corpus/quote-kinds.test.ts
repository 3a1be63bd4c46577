import { describe, expect, it } from 'vitest';
import { parseQuoteKind, QUOTE_KINDS } from '../../src/corpus/quote-kinds.ts';
import { QuoteKindSchema } from '../../src/corpus/schema.ts';

describe('QUOTE_KINDS', () => {
  it('lists exactly the kinds of the schema, in its order', () => {
    expect(QUOTE_KINDS).toEqual(QuoteKindSchema.options);
  });

  it('parses a kind like the schema does, anything else to null', () => {
    for (const value of ['direct', 'indirect', 'mixed', 'Direct', '', 'x', null]) {
      const schema = QuoteKindSchema.safeParse(value);
      expect(parseQuoteKind(value)).toBe(schema.success ? schema.data : null);
    }
  });
});
