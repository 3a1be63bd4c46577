import MiniSearch, { type SearchOptions } from 'minisearch';
import { foldText, searchKey, searchKeyVariants } from './fold-text.ts';
import type { Actor, Article, Quote } from './schema.ts';

/**
 * English function words appear in most quotes; indexing them would make every query that
 * contains one score most of the corpus while telling the user nothing.
 */
const STOP_WORDS = new Set(
  'a an and are as at be by for from has have he her his i in is it its of on or our she that the their they this to was we were will with you'.split(
    ' ',
  ),
);

function isIndexed(term: string): boolean {
  const folded = foldText(term);
  return folded.length > 0 && !STOP_WORDS.has(folded);
}

/** A quote word, and any typed word: one key (see searchKey). */
function processTerm(term: string): string | null {
  return isIndexed(term) ? searchKey(term) : null;
}

/** A word of an actor's name or alias: every spelling variant it may be typed in. */
function processNameTerm(term: string): string[] | null {
  return isIndexed(term) ? searchKeyVariants(term) : null;
}

interface ActorDoc {
  id: number;
  name: string;
  aliases: string;
}
interface QuoteDoc {
  id: number;
  text: string;
}

export interface ActorHit {
  actor: Actor;
  /** The alias that matched when it is not the canonical name ("Лавров"), else null. */
  alias: string | null;
}
export interface SearchResults {
  actors: ActorHit[];
  /** Best matches of the newest shards first (see CorpusSearchIndex). */
  quotes: Quote[];
  /** False when the search stopped early (limit reached or time budget spent): more quotes may match. */
  quotesComplete: boolean;
}
/** Search results as positions in `corpus.actors` / `corpus.quotes` (see searchPositions). */
export interface SearchHits {
  actors: { position: number; alias: string | null }[];
  quotes: number[];
  quotesComplete: boolean;
}
export interface SearchLimits {
  actors: number;
  quotes: number;
  /** Milliseconds the quote search may spend before returning what it has. */
  budgetMs: number;
}

const DEFAULT_LIMITS: SearchLimits = { actors: 6, quotes: 8, budgetMs: 25 };

/** Quotes per shard: small enough that scoring a word present in every quote of a shard stays ~1 ms. */
export const QUOTE_SHARD_SIZE = 4000;

/**
 * Prefix search on the last (still being typed) term only, and only once it has two letters:
 * a one-letter prefix matches most of the vocabulary. Fuzzy matching (one edit) only for
 * words of four letters or more, never for numbers, for the same reason.
 */
const EXACT_OPTIONS: SearchOptions = {
  combineWith: 'AND',
  prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 2,
};
const FUZZY_OPTIONS: SearchOptions = {
  ...EXACT_OPTIONS,
  fuzzy: (term) => (term.length >= 4 && !/\d/.test(term) ? 1 : 0),
};

/**
 * Full-text index over actors (name + aliases) and quotes (their words).
 *
 * Why shards: MiniSearch scores every document that matches, so a common word ("the",
 * "Russia") in a 100,000-quote corpus would cost hundreds of milliseconds per keystroke.
 * Quotes are therefore split, newest first, into shards of QUOTE_SHARD_SIZE; a search walks
 * the shards in order and stops once it has `limits.quotes` hits or has spent
 * `limits.budgetMs`. Results are relevance-ranked within a shard and newest-first across
 * shards, which suits type-ahead. Read-only once built.
 */
export class CorpusSearchIndex {
  readonly #actors: readonly Actor[];
  readonly #quotes: readonly Quote[];
  readonly #actorIndex: MiniSearch<ActorDoc>;
  readonly #quoteShards: readonly MiniSearch<QuoteDoc>[];

  constructor(
    corpus: { actors: readonly Actor[]; quotes: readonly Quote[] },
    actorIndex: MiniSearch<ActorDoc>,
    quoteShards: readonly MiniSearch<QuoteDoc>[],
  ) {
    this.#actors = corpus.actors;
    this.#quotes = corpus.quotes;
    this.#actorIndex = actorIndex;
    this.#quoteShards = quoteShards;
  }

  /** Best matches first; empty results for a blank query. Never mutates the index. */
  search(query: string, limits: SearchLimits = DEFAULT_LIMITS): SearchResults {
    const hits = this.searchPositions(query, limits);
    return {
      actors: hits.actors.flatMap((hit) => {
        const actor = this.#actors[hit.position];
        return actor ? [{ actor, alias: hit.alias }] : [];
      }),
      quotes: hits.quotes.flatMap((position) => {
        const quote = this.#quotes[position];
        return quote ? [quote] : [];
      }),
      quotesComplete: hits.quotesComplete,
    };
  }

  /**
   * As `search`, but answers with positions in `corpus.actors` and `corpus.quotes`: what a
   * worker holding the index sends to a page holding the same arrays.
   */
  searchPositions(query: string, limits: SearchLimits = DEFAULT_LIMITS): SearchHits {
    if (foldText(query).trim().length === 0) {
      return { actors: [], quotes: [], quotesComplete: true };
    }
    const actorHits = this.#actorIndex.search(query, FUZZY_OPTIONS).slice(0, limits.actors);
    const quotes: number[] = [];
    const seen = new Set<number>();
    let complete = true;
    const started = now();
    // Exact and prefix matches first, across all shards; typo-tolerant ones only fill the rest.
    for (const options of [EXACT_OPTIONS, FUZZY_OPTIONS]) {
      for (const shard of this.#quoteShards) {
        if (quotes.length >= limits.quotes || now() - started > limits.budgetMs) {
          complete = false;
          break;
        }
        for (const hit of shard.search(query, options)) {
          const id = hit.id as number;
          if (seen.has(id)) continue;
          if (quotes.length >= limits.quotes) {
            complete = false;
            break;
          }
          if (id < this.#quotes.length) {
            seen.add(id);
            quotes.push(id);
          }
        }
      }
      if (!complete) break;
    }
    return {
      actors: actorHits.flatMap((hit) => {
        const position = hit.id as number;
        const actor = this.#actors[position];
        return actor ? [{ position, alias: matchedAlias(actor, query) }] : [];
      }),
      quotes,
      quotesComplete: complete,
    };
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

function matchedAlias(actor: Actor, query: string): string | null {
  // The spelling as typed first ("Лавров" shows the alias Лавров), then through the search keys
  // ("Лавров" matches the name Sergey Lavrov when no alias is spelled in Cyrillic).
  const plain = (text: string) => foldText(text).split(/[^\p{L}\p{N}]+/u);
  const keyed = (text: string) => plain(text).flatMap(searchKeyVariants);
  for (const [words, terms] of [
    [plain, query.split(/\s+/).map(foldText).filter(Boolean)],
    [keyed, query.split(/\s+/).map(searchKey).filter(Boolean)],
  ] as const) {
    const matches = (text: string) => {
      const list = words(text);
      return terms.every((t) => list.some((w) => w.startsWith(t)));
    };
    if (matches(actor.name)) return null;
    const alias = actor.aliases.find(matches);
    if (alias !== undefined) return alias;
  }
  return null;
}

function newActorIndex(actors: readonly Actor[]): MiniSearch<ActorDoc> {
  const index = new MiniSearch<ActorDoc>({
    fields: ['name', 'aliases'],
    processTerm: processNameTerm,
    searchOptions: { boost: { name: 2 }, processTerm },
  });
  index.addAll(actors.map((a, id) => ({ id, name: a.name, aliases: a.aliases.join(' \n ') })));
  return index;
}

/** Quote documents (id = position in corpus.quotes), newest article first, split into shards. */
function shardPlan(corpus: IndexableCorpus): QuoteDoc[][] {
  const dates = new Map(corpus.articles.map((a) => [a.id as string, a.date ?? '']));
  const docs = corpus.quotes.map((q, id) => ({
    id,
    text: q.text,
    date: dates.get(q.articleId) ?? '',
  }));
  docs.sort((a, b) => (a.date === b.date ? a.id - b.id : a.date < b.date ? 1 : -1));
  const shards: QuoteDoc[][] = [];
  for (let i = 0; i < docs.length; i += QUOTE_SHARD_SIZE) {
    shards.push(docs.slice(i, i + QUOTE_SHARD_SIZE).map(({ id, text }) => ({ id, text })));
  }
  return shards;
}

function newQuoteShard(): MiniSearch<QuoteDoc> {
  return new MiniSearch<QuoteDoc>({ fields: ['text'], processTerm });
}

/** What the index reads: actors, quotes, and article dates (bodies are not needed). */
interface IndexableCorpus {
  actors: readonly Actor[];
  quotes: readonly Quote[];
  articles: readonly Pick<Article, 'id' | 'date'>[];
}

/** Builds the whole index synchronously (small corpora, tests). */
export function buildSearchIndex(corpus: IndexableCorpus): CorpusSearchIndex {
  const shards = shardPlan(corpus).map((docs) => {
    const shard = newQuoteShard();
    shard.addAll(docs);
    return shard;
  });
  return new CorpusSearchIndex(corpus, newActorIndex(corpus.actors), shards);
}

/**
 * Builds the index one shard at a time, yielding to the event loop between shards so a
 * large corpus never freezes the page while the user starts typing.
 */
export async function buildSearchIndexAsync(corpus: IndexableCorpus): Promise<CorpusSearchIndex> {
  const actorIndex = newActorIndex(corpus.actors);
  const shards: MiniSearch<QuoteDoc>[] = [];
  for (const docs of shardPlan(corpus)) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const shard = newQuoteShard();
    shard.addAll(docs);
    shards.push(shard);
  }
  return new CorpusSearchIndex(corpus, actorIndex, shards);
}
