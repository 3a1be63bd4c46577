import type { Actor, ActorId, Article, ArticleId, Corpus, Quote, QuoteId } from './schema.ts';

/** Lookup tables over a validated corpus, built once per load. */
export interface CorpusIndex {
  readonly corpus: Corpus;
  readonly actorsById: ReadonlyMap<ActorId, Actor>;
  readonly articlesById: ReadonlyMap<ArticleId, Article>;
  readonly quotesById: ReadonlyMap<QuoteId, Quote>;
  /** Every quote of each article, in reading order (by start offset). */
  readonly quotesByArticle: ReadonlyMap<ArticleId, readonly Quote[]>;
  /** Distinct non-null outlets, sorted case-insensitively. */
  readonly outlets: readonly string[];
  /** Earliest and latest article dates, or null when no article is dated. */
  readonly dateRange: { min: string; max: string } | null;
}

/** Builds the lookup tables. Pure: the corpus is not mutated, nothing is copied but arrays of refs. */
export function indexCorpus(corpus: Corpus): CorpusIndex {
  const actorsById = new Map(corpus.actors.map((a) => [a.id, a]));
  const articlesById = new Map(corpus.articles.map((a) => [a.id, a]));
  const quotesById = new Map(corpus.quotes.map((q) => [q.id, q]));
  const quotesByArticle = new Map<ArticleId, Quote[]>();
  for (const quote of corpus.quotes) {
    const list = quotesByArticle.get(quote.articleId);
    if (list) list.push(quote);
    else quotesByArticle.set(quote.articleId, [quote]);
  }
  for (const list of quotesByArticle.values())
    list.sort((a, b) => a.start - b.start || a.end - b.end);
  const outlets = [
    ...new Set(corpus.articles.flatMap((a) => (a.outlet === null ? [] : [a.outlet]))),
  ].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
  let min: string | null = null;
  let max: string | null = null;
  for (const article of corpus.articles) {
    if (article.date === null) continue;
    if (min === null || article.date < min) min = article.date;
    if (max === null || article.date > max) max = article.date;
  }
  return {
    corpus,
    actorsById,
    articlesById,
    quotesById,
    quotesByArticle,
    outlets,
    dateRange: min !== null && max !== null ? { min, max } : null,
  };
}

/** Quotes grouped by who said them and by whom they mention, preserving input order. */
export interface QuotesByActor {
  readonly bySpeaker: ReadonlyMap<ActorId, readonly Quote[]>;
  readonly byMention: ReadonlyMap<ActorId, readonly Quote[]>;
}

/** Groups quotes by speaker and by mentioned actor (a quote mentioning an actor twice counts once). Pure. */
export function groupQuotesByActor(quotes: readonly Quote[]): QuotesByActor {
  const bySpeaker = new Map<ActorId, Quote[]>();
  const byMention = new Map<ActorId, Quote[]>();
  const push = (map: Map<ActorId, Quote[]>, id: ActorId, quote: Quote) => {
    const list = map.get(id);
    if (list) list.push(quote);
    else map.set(id, [quote]);
  };
  for (const quote of quotes) {
    push(bySpeaker, quote.speakerId, quote);
    for (const id of new Set(quote.mentions)) push(byMention, id, quote);
  }
  return { bySpeaker, byMention };
}

/**
 * Orders quotes newest first: by article date descending (undated last), then by article id
 * and reading position so the order is total and stable. Pure; returns a new array.
 * Keys are computed once per quote (not per comparison): a hub actor has 100,000 quotes.
 */
export function sortNewestFirst(
  quotes: readonly Quote[],
  articlesById: ReadonlyMap<ArticleId, Article>,
): Quote[] {
  const keyed = quotes.map((quote) => ({
    quote,
    date: articlesById.get(quote.articleId)?.date ?? '',
  }));
  keyed.sort((x, y) => {
    if (x.date !== y.date) return x.date < y.date ? 1 : -1;
    const a = x.quote;
    const b = y.quote;
    if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
    return a.start - b.start;
  });
  return keyed.map((k) => k.quote);
}
