import {
  actorPositions,
  actorQuoteRow,
  buildActorQuoteTables,
  type ActorQuoteRole,
  type ActorQuoteTables,
} from './actor-quotes.ts';
import type { SlimArticle, SlimCorpus } from './slim-corpus.ts';
import { indexStatements, type StatementRef } from './statements.ts';
import type { Actor, ActorId, ArticleId, Quote, QuoteId, Statement } from './schema.ts';

/** Lookup tables over a validated corpus, built once per load. */
export interface CorpusIndex {
  readonly corpus: SlimCorpus;
  readonly actorsById: ReadonlyMap<ActorId, Actor>;
  readonly articlesById: ReadonlyMap<ArticleId, SlimArticle>;
  readonly quotesById: ReadonlyMap<QuoteId, Quote>;
  /** Every quote of each article, in reading order (by start offset). */
  readonly quotesByArticle: ReadonlyMap<ArticleId, readonly Quote[]>;
  /** Distinct non-null outlets, sorted case-insensitively. */
  readonly outlets: readonly string[];
  /** Earliest and latest article dates, or null when no article is dated. */
  readonly dateRange: { min: string; max: string } | null;
  /** Each actor's quotes, said and about, newest first (rows follow `corpus.actors`). */
  readonly actorQuotes: ActorQuoteTables;
  /** Actor id → row of `actorQuotes`. */
  readonly actorRows: ReadonlyMap<ActorId, number>;
  /** Quote id → its folded statement (empty when the corpus has no `statements`). */
  readonly statementsByQuote: ReadonlyMap<QuoteId, StatementRef>;
}

/**
 * Builds the lookup tables. Pure: the corpus is not mutated, nothing is copied but arrays of
 * refs. `actorQuotes` may come precomputed (the loading worker builds it off the main thread);
 * it must have been built from this corpus.
 */
export function indexCorpus(corpus: SlimCorpus, actorQuotes?: ActorQuoteTables): CorpusIndex {
  const builder = new CorpusIndexBuilder();
  builder.addQuotes(corpus.quotes);
  return builder.finish(corpus, actorQuotes);
}

/**
 * Builds a CorpusIndex while the quotes are still arriving (in chunks from the loading worker),
 * so the per-quote tables cost a little per chunk instead of one long task at the end.
 * `addQuotes` must see every quote of the corpus later given to `finish`, in order, once.
 */
export class CorpusIndexBuilder {
  readonly #quotesById = new Map<QuoteId, Quote>();
  readonly #quotesByArticle = new Map<ArticleId, Quote[]>();
  // Statements announced before the quotes (the corpus head): indexed a share per quote chunk.
  #statements: readonly Statement[] | undefined;
  #statementsIndexed = 0;
  #quotesExpected = 0;
  #quotesSeen = 0;
  readonly #byQuote = new Map<QuoteId, StatementRef>();

  /**
   * Announces the corpus's `statements` (the same array `finish` will get) and how many quotes
   * will arrive, so the statement lookup is built a share per `addQuotes` instead of in one
   * task at `finish`.
   */
  expectStatements(statements: readonly Statement[] | undefined, quoteCount: number): void {
    this.#statements = statements;
    this.#quotesExpected = quoteCount;
  }

  #indexStatements(upTo: number): void {
    const statements = this.#statements ?? [];
    const end = Math.min(upTo, statements.length);
    for (let i = this.#statementsIndexed; i < end; i++) {
      const statement = statements[i] as Statement;
      statement.quoteIds.forEach((id, rank) => this.#byQuote.set(id, { statement, rank }));
    }
    this.#statementsIndexed = Math.max(this.#statementsIndexed, end);
  }

  addQuotes(quotes: readonly Quote[]): void {
    if (this.#statements && this.#quotesExpected > 0) {
      this.#quotesSeen += quotes.length;
      const share = Math.min(1, this.#quotesSeen / this.#quotesExpected);
      this.#indexStatements(Math.ceil(share * this.#statements.length));
    }
    const byId = this.#quotesById;
    const byArticle = this.#quotesByArticle;
    for (const quote of quotes) {
      byId.set(quote.id, quote);
      const list = byArticle.get(quote.articleId);
      if (list) list.push(quote);
      else byArticle.set(quote.articleId, [quote]);
    }
  }

  #finishStatements(): ReadonlyMap<QuoteId, StatementRef> {
    this.#indexStatements(Infinity);
    return this.#byQuote;
  }

  finish(corpus: SlimCorpus, actorQuotes?: ActorQuoteTables): CorpusIndex {
    for (const list of this.#quotesByArticle.values()) {
      if (list.length > 1) list.sort((a, b) => a.start - b.start || a.end - b.end);
    }
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
      actorsById: new Map(corpus.actors.map((a) => [a.id, a])),
      articlesById: new Map(corpus.articles.map((a) => [a.id, a])),
      quotesById: this.#quotesById,
      quotesByArticle: this.#quotesByArticle,
      outlets,
      dateRange: min !== null && max !== null ? { min, max } : null,
      actorQuotes:
        actorQuotes ?? buildActorQuoteTables(corpus.actors, corpus.quotes, articleDates(corpus)),
      actorRows: actorPositions(corpus.actors),
      statementsByQuote:
        this.#statements !== undefined && this.#statements === corpus.statements
          ? this.#finishStatements()
          : indexStatements(corpus.statements),
    };
  }
}

/** Article id → its date (null when undated). Pure. */
export function articleDates(corpus: Pick<SlimCorpus, 'articles'>): Map<ArticleId, string | null> {
  return new Map(corpus.articles.map((a) => [a.id, a.date]));
}

/**
 * The quotes `actorId` said (`said`) or is mentioned in (`about`), newest first, over the
 * whole corpus. O(result). Empty for an unknown actor. Pure; returns a new array.
 */
export function quotesOfActor(index: CorpusIndex, actorId: ActorId, role: ActorQuoteRole): Quote[] {
  const row = index.actorRows.get(actorId);
  if (row === undefined) return [];
  return actorQuoteRow(index.actorQuotes, index.corpus.quotes, row, role);
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
  articlesById: ReadonlyMap<ArticleId, Pick<SlimArticle, 'date'>>,
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
