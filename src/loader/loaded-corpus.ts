import type { CorpusError } from '../corpus/corpus-error.ts';
import type { CorpusIndex } from '../corpus/corpus-index.ts';
import type { ArticleId } from '../corpus/schema.ts';
import type { SearchHits } from '../corpus/search-index.ts';
import type { SlimCorpus } from '../corpus/slim-corpus.ts';
import type { ActorGraph } from '../graph/build-actor-graph.ts';
import type { ExportRequest, ExportResult } from './export-data.ts';
import type { LoadProgress } from './read-body.ts';

// What a corpus load gives the app, whichever thread did the work (load-on-page.ts,
// corpus-worker-client.ts).

/** What the explorer reads beyond the corpus itself: article bodies and search, on demand. */
export interface CorpusSource {
  /** The body of an article, or null when the corpus has no such article. */
  articleText(id: ArticleId): Promise<string | null>;
  /** The body at once when it is already on this thread (main-thread loads), else undefined. */
  peekArticleText(id: ArticleId): string | null | undefined;
  /** Starts building the search index if it is built lazily; harmless to call often. */
  prepareSearch(): void;
  /** Actors and quotes matching `query`, as positions in the corpus arrays. */
  search(query: string): Promise<SearchHits>;
  /**
   * Makes an export file (quotes, graph, SVG picture) of what the explorer shows: in the
   * corpus worker when there is one, so a large corpus never stalls the page. Rejects with the
   * reason when the file cannot be made.
   */
  exportFile?(request: ExportRequest): Promise<ExportResult>;
  /**
   * Calls `listener` once if the source stops working (its worker crashed, was killed or stopped
   * answering); from then on every request rejects with that CorpusError (kind `worker`).
   * Returns the unsubscribe function.
   */
  onLost?(listener: (error: CorpusError) => void): () => void;
  /** Releases what the source holds (its worker); requests reject afterwards. */
  dispose?(): void;
}

/** A loaded corpus: the records (without article bodies), their lookup tables, and the source. */
export interface LoadedCorpus {
  corpus: SlimCorpus;
  index: CorpusIndex;
  /** Every actor (isolated ones included); edges' quotes newest first. */
  fullGraph: ActorGraph;
  /**
   * The graph the unfiltered view draws (distinct statements), when the corpus came with it
   * (a web corpus's graph summary); absent or null: the explorer builds it from the quotes.
   */
  viewGraph?: ActorGraph | null;
  source: CorpusSource;
  /**
   * Present while a corpus is only a picture (a web corpus, or a single file of at least
   * PREVIEW_MIN_QUOTES quotes): actors, layout and the graphs are here, but
   * `corpus.quotes` and `corpus.articles` are still empty. Resolves with the complete corpus
   * (same source, same graph objects); rejects with the CorpusError of a file that failed.
   */
  rest?: Promise<LoadedCorpus>;
}

export interface LoadCorpusOptions {
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
  /** How long an unanswered request may wait for a sign of life from the worker (ms). */
  workerSilenceMs?: number;
}

/** The error a load rejects with once `signal` aborted it. */
export function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The load was aborted.', 'AbortError');
}
