import type { SlimArticle } from './slim-corpus.ts';
import type { ArticleId, Quote, QuoteKind } from './schema.ts';

/** What the user narrowed the corpus to. `null` means "no constraint". Dates are ISO YYYY-MM-DD. */
export interface QuoteFilters {
  from: string | null;
  to: string | null;
  outlet: string | null;
  kind: QuoteKind | null;
  /**
   * Keep quotes of undated articles when a date range is set. Off by default: nothing says an
   * undated article falls inside the range, so the range means what it says; the filter bar
   * says how many quotes that leaves out and offers to include them. No effect without a date.
   */
  includeUndated: boolean;
}

export const NO_FILTERS: QuoteFilters = {
  from: null,
  to: null,
  outlet: null,
  kind: null,
  includeUndated: false,
};

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
 * A quote whose article has no outlet is excluded as soon as an outlet is set; one whose
 * article has no date is excluded by a date range unless `includeUndated`.
 * Pure; never mutates. Returns the input array itself when no filter is set, so callers
 * can memoise on identity.
 */
export function filterQuotes(
  quotes: readonly Quote[],
  articlesById: ReadonlyMap<ArticleId, SlimArticle>,
  filters: QuoteFilters,
): readonly Quote[] {
  if (!isFiltering(filters)) return quotes;
  const { from, to, outlet, kind, includeUndated } = filters;
  return quotes.filter((quote) => {
    if (kind !== null && quote.kind !== kind) return false;
    if (from === null && to === null && outlet === null) return true;
    const article = articlesById.get(quote.articleId);
    if (!article) return false;
    if (outlet !== null && article.outlet !== outlet) return false;
    if (from !== null || to !== null) {
      if (article.date === null) return includeUndated;
      if (from !== null && article.date < from) return false;
      if (to !== null && article.date > to) return false;
    }
    return true;
  });
}

/** True when a date range is set (the only constraint undated articles are subject to). */
export function hasDateRange(filters: Pick<QuoteFilters, 'from' | 'to'>): boolean {
  return filters.from !== null || filters.to !== null;
}

/**
 * Quotes of undated articles that satisfy the outlet and kind constraints: what a date range
 * leaves out (or, with `includeUndated`, lets in). Pure; O(quotes).
 */
export function countUndated(
  quotes: readonly Quote[],
  articlesById: ReadonlyMap<ArticleId, SlimArticle>,
  filters: Pick<QuoteFilters, 'outlet' | 'kind'>,
): number {
  let count = 0;
  for (const quote of quotes) {
    if (filters.kind !== null && quote.kind !== filters.kind) continue;
    const article = articlesById.get(quote.articleId);
    if (!article || article.date !== null) continue;
    if (filters.outlet !== null && article.outlet !== filters.outlet) continue;
    count += 1;
  }
  return count;
}

/** What a set of quotes covers: its articles, their date span and outlets. */
export interface QuoteCoverage {
  articles: number;
  /** Earliest and latest dated article, or null when none is dated. */
  dateRange: { min: string; max: string } | null;
  outlets: number;
  /** Articles with no date. */
  undatedArticles: number;
}

/** The articles, dates and outlets that `quotes` come from. Pure; O(quotes). */
export function quoteCoverage(
  quotes: readonly Quote[],
  articlesById: ReadonlyMap<ArticleId, SlimArticle>,
): QuoteCoverage {
  const articles = new Set<ArticleId>();
  const outlets = new Set<string>();
  let min: string | null = null;
  let max: string | null = null;
  let undatedArticles = 0;
  for (const quote of quotes) {
    if (articles.has(quote.articleId)) continue;
    articles.add(quote.articleId);
    const article = articlesById.get(quote.articleId);
    if (!article) continue;
    if (article.outlet !== null) outlets.add(article.outlet);
    if (article.date === null) undatedArticles += 1;
    else {
      if (min === null || article.date < min) min = article.date;
      if (max === null || article.date > max) max = article.date;
    }
  }
  return {
    articles: articles.size,
    dateRange: min !== null && max !== null ? { min, max } : null,
    outlets: outlets.size,
    undatedArticles,
  };
}
