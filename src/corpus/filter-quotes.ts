import type { SlimArticle } from './slim-corpus.ts';
import type { ArticleId, Quote, QuoteKind } from './schema.ts';

/** What the user narrowed the corpus to. `null` means "no constraint". Dates are ISO YYYY-MM-DD. */
export interface QuoteFilters {
  from: string | null;
  to: string | null;
  outlet: string | null;
  kind: QuoteKind | null;
}

export const NO_FILTERS: QuoteFilters = { from: null, to: null, outlet: null, kind: null };

/** True when at least one constraint is set. */
export function isFiltering(filters: QuoteFilters): boolean {
  return (
    filters.from !== null || filters.to !== null || filters.outlet !== null || filters.kind !== null
  );
}

/**
 * Keeps the quotes that satisfy every constraint; the date range is inclusive on both ends
 * and compares the article's ISO date as a string (ISO dates sort lexically).
 * A quote whose article has no date (or no outlet) is excluded as soon as a date (or outlet)
 * constraint is set: we cannot claim it falls inside the range.
 * Pure; never mutates. Returns the input array itself when no filter is set, so callers
 * can memoise on identity.
 */
export function filterQuotes(
  quotes: readonly Quote[],
  articlesById: ReadonlyMap<ArticleId, SlimArticle>,
  filters: QuoteFilters,
): readonly Quote[] {
  if (!isFiltering(filters)) return quotes;
  const { from, to, outlet, kind } = filters;
  return quotes.filter((quote) => {
    if (kind !== null && quote.kind !== kind) return false;
    if (from === null && to === null && outlet === null) return true;
    const article = articlesById.get(quote.articleId);
    if (!article) return false;
    if (outlet !== null && article.outlet !== outlet) return false;
    if (from !== null || to !== null) {
      if (article.date === null) return false;
      if (from !== null && article.date < from) return false;
      if (to !== null && article.date > to) return false;
    }
    return true;
  });
}
