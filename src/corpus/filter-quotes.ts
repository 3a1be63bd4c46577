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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True for a complete, real calendar date `YYYY-MM-DD` with a year from 1000 on. A date input
 * reports "0002-10-01" as valid once the first digit of the year is typed: such a value is
 * still being typed, never a date anyone means to filter by. Pure.
 */
export function isCompleteDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

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
