import type { SlimArticle } from './slim-corpus.ts';
import type { ArticleId, Quote, QuoteId, Statement } from './schema.ts';

/**
 * Folded statements (corpus `statements[]`, see docs/extractor.md): lookups and counts. A quote
 * in no statement is a statement of its own, so a corpus without `statements` needs nothing.
 */

/** A quote's statement and its place among the statement's reports (0 = first seen). */
export interface StatementRef {
  statement: Statement;
  rank: number;
}

/** Quote id → the statement it reports, for quotes of folded statements only. Pure. */
export function indexStatements(
  statements: readonly Statement[] | undefined,
): ReadonlyMap<QuoteId, StatementRef> {
  const byQuote = new Map<QuoteId, StatementRef>();
  for (const statement of statements ?? []) {
    statement.quoteIds.forEach((id, rank) => byQuote.set(id, { statement, rank }));
  }
  return byQuote;
}

/**
 * One quote per statement: of each folded statement's reports among `quotes`, the one first
 * seen (earliest in `quoteIds`); every other quote is kept. Input order is kept. Returns the
 * input array itself when nothing is folded, so callers can memoise on identity. Pure; O(quotes),
 * and remembered per (quotes, statementsByQuote) pair: the unfiltered corpus is asked for by the
 * graph, the timeline and exports alike, and the same arrays give the same answer.
 */
export function distinctStatements(
  quotes: readonly Quote[],
  statementsByQuote: ReadonlyMap<QuoteId, StatementRef>,
): readonly Quote[] {
  if (statementsByQuote.size === 0) return quotes;
  let byQuotes = distinctCache.get(statementsByQuote);
  if (!byQuotes) {
    byQuotes = new WeakMap();
    distinctCache.set(statementsByQuote, byQuotes);
  }
  const cached = byQuotes.get(quotes);
  if (cached) return cached;
  const result = keepFirstReports(quotes, statementsByQuote);
  byQuotes.set(quotes, result);
  return result;
}

const distinctCache = new WeakMap<
  ReadonlyMap<QuoteId, StatementRef>,
  WeakMap<readonly Quote[], readonly Quote[]>
>();

function keepFirstReports(
  quotes: readonly Quote[],
  statementsByQuote: ReadonlyMap<QuoteId, StatementRef>,
): readonly Quote[] {
  // Rank of each kept report within its statement; a lower rank replaces a kept one.
  const kept = new Map<Statement, { rank: number; at: number }>();
  const keep = new Array<boolean>(quotes.length).fill(true);
  quotes.forEach((quote, at) => {
    const ref = statementsByQuote.get(quote.id);
    if (!ref) return;
    const { statement, rank } = ref;
    const current = kept.get(statement);
    if (!current) kept.set(statement, { rank, at });
    else if (rank < current.rank) {
      keep[current.at] = false;
      kept.set(statement, { rank, at });
    } else keep[at] = false;
  });
  if (kept.size === 0) return quotes;
  return quotes.filter((_, at) => keep[at]);
}

/** One report of a statement, as the quote card lists it. */
export interface StatementReport {
  quoteId: QuoteId;
  articleId: ArticleId;
  outlet: string | null;
  date: string | null;
  title: string;
}

/** What the quote card says of a statement's spread. */
export interface StatementSpread {
  /** Distinct outlets; articles without an outlet count as none. */
  outletCount: number;
  reports: StatementReport[];
  firstDate: string | null;
  /** Outlet of the first report, or null when it has none. */
  firstOutlet: string | null;
}

/** The reports of `statement`, first seen first, with their articles' metadata. Pure. */
export function statementSpread(
  statement: Statement,
  quotesById: ReadonlyMap<QuoteId, Quote>,
  articlesById: ReadonlyMap<ArticleId, SlimArticle>,
): StatementSpread {
  const reports: StatementReport[] = [];
  for (const quoteId of statement.quoteIds) {
    const quote = quotesById.get(quoteId);
    const article = quote ? articlesById.get(quote.articleId) : undefined;
    if (!quote || !article) continue;
    reports.push({
      quoteId,
      articleId: article.id,
      outlet: article.outlet,
      date: article.date,
      title: article.title || article.file,
    });
  }
  return {
    outletCount: statement.outlets.length,
    reports,
    firstDate: statement.firstDate,
    firstOutlet: reports[0]?.outlet ?? null,
  };
}
