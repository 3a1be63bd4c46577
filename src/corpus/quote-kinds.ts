import type { QuoteKind } from './schema.ts';

/**
 * The quote kinds of the schema's QuoteKindSchema, as a plain list: the page reads them
 * (filters, URL) without loading zod. tests/corpus/quote-kinds.test.ts keeps the two equal.
 */
export const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'mixed'];

/** The kind named by `value`, or null. Pure. */
export function parseQuoteKind(value: string | null): QuoteKind | null {
  return QUOTE_KINDS.find((k) => k === value) ?? null;
}
