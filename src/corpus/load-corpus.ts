import { CorpusIndexBuilder, indexCorpus, type CorpusIndex } from './corpus-index.ts';
import type { ActorGraph } from '../graph/build-actor-graph.ts';
import {
  CorpusAssembler,
  fullActorGraph,
  type Assembled,
  type PageMessage,
  type WorkerMessage,
} from './corpus-protocol.ts';
import type { LoadProgress } from './fetch-corpus.ts';
import { markCorpusLoaded } from './marks.ts';
import type { ArticleId } from './schema.ts';
import type { CorpusSearchIndex, SearchHits } from './search-index.ts';
import { slimCorpus, type SlimCorpus } from './slim-corpus.ts';

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
}

/** A loaded corpus: the records (without article bodies), their lookup tables, and the source. */
export interface LoadedCorpus {
  corpus: SlimCorpus;
  index: CorpusIndex;
  /** Every actor (isolated ones included); edges' quotes newest first. */
  fullGraph: ActorGraph;
  source: CorpusSource;
}

export interface LoadCorpusOptions {
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
}

/**
 * Loads, validates and indexes the corpus at `url`. In a browser the download, JSON.parse and
 * validation run in a worker (src/corpus/corpus-worker.ts), which keeps the article bodies and
 * the search index; elsewhere (jsdom, no Worker) the same happens on this thread with the same
 * result shape. Failures are the same CorpusErrors either way. Marks `corpus:loaded`.
 */
export function loadCorpus(url: string, options: LoadCorpusOptions = {}): Promise<LoadedCorpus> {
  if (typeof Worker === 'undefined' || typeof document === 'undefined') {
    return loadOnThisThread(url, options);
  }
  const href = new URL(url, document.baseURI);
  // The page's CSP (a <meta>, which does not reach workers) limits where a corpus may come
  // from; any other address is fetched here so the browser enforces the policy as before.
  if (!pageMayFetch(href, window.location.origin)) return loadOnThisThread(url, options);
  return loadInWorker(url, href.href, options);
}

/**
 * Whether the page's connect-src ('self' https: http://localhost:* http://127.0.0.1:*) allows
 * `href`. Pure.
 */
export function pageMayFetch(href: URL, pageOrigin: string): boolean {
  if (href.origin === pageOrigin || href.protocol === 'https:') return true;
  return href.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(href.hostname);
}

async function loadOnThisThread(url: string, options: LoadCorpusOptions): Promise<LoadedCorpus> {
  // The one-thread path brings the validator (zod) with it, on demand: the page's first
  // script stays without it.
  const { fetchCorpus } = await import('./fetch-corpus.ts');
  const full = await fetchCorpus(url, options);
  const texts = new Map(full.articles.map((a) => [a.id, a.text]));
  const corpus = slimCorpus(full);
  let search: Promise<CorpusSearchIndex> | null = null;
  const prepareSearch = () => {
    // The index code (and minisearch) load on demand: nothing of search is on the critical path.
    search ??= import('./search-index.ts').then(({ buildSearchIndexAsync }) =>
      buildSearchIndexAsync(corpus),
    );
    return search;
  };
  return {
    corpus,
    index: indexCorpus(corpus),
    fullGraph: fullActorGraph(corpus),
    source: {
      articleText: (id) => Promise.resolve(texts.get(id) ?? null),
      peekArticleText: (id) => texts.get(id) ?? null,
      prepareSearch: () => void prepareSearch(),
      search: (query) => prepareSearch().then((index) => index.searchPositions(query)),
    },
  };
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The load was aborted.', 'AbortError');
}

function loadInWorker(
  url: string,
  href: string,
  options: LoadCorpusOptions,
): Promise<LoadedCorpus> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise<LoadedCorpus>((resolve, reject) => {
    const worker = new Worker(new URL('./corpus-worker.ts', import.meta.url), { type: 'module' });
    const assembler = new CorpusAssembler();
    const builder = new CorpusIndexBuilder();
    const pending = new Map<number, (message: WorkerMessage) => void>();
    let nextRequest = 1;
    let heard = false;
    let settled = false;
    const send = (message: PageMessage) => worker.postMessage(message);
    const request = (
      message: { type: 'text'; articleId: string } | { type: 'search'; query: string },
    ) =>
      new Promise<WorkerMessage>((answer) => {
        const requestId = nextRequest++;
        pending.set(requestId, answer);
        send({ ...message, requestId } as PageMessage);
      });
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      reject(error);
    };
    const onAbort = () => fail(signal ? abortError(signal) : new Error('aborted'));
    signal?.addEventListener('abort', onAbort, { once: true });

    const finish = ({ corpus, tables, fullGraph }: Assembled) => {
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      markCorpusLoaded();
      const source: CorpusSource = {
        articleText: (id) =>
          request({ type: 'text', articleId: id }).then((m) => (m.type === 'text' ? m.text : null)),
        peekArticleText: () => undefined,
        prepareSearch: () => {},
        search: (query) =>
          request({ type: 'search', query }).then((m) =>
            m.type === 'search' ? m.hits : { actors: [], quotes: [], quotesComplete: true },
          ),
      };
      const index = builder.finish(corpus, tables);
      resolve({ corpus, index, fullGraph, source });
    };

    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      heard = true;
      const message = event.data;
      if (message.type === 'text' || message.type === 'search') {
        const answer = pending.get(message.requestId);
        pending.delete(message.requestId);
        answer?.(message);
        return;
      }
      if (settled) return;
      if (message.type === 'progress') {
        onProgress?.({ loaded: message.loaded, total: message.total });
        return;
      }
      try {
        const done = assembler.accept(message);
        if (message.type === 'quotes') builder.addQuotes(message.quotes);
        if (done) finish(done);
      } catch (error) {
        fail(error);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (settled) return;
      // The worker could not start (an old browser, a stricter policy): load here instead.
      if (!heard) {
        settled = true;
        worker.terminate();
        signal?.removeEventListener('abort', onAbort);
        loadOnThisThread(url, options).then(resolve, reject);
      } else fail(new Error(`The corpus worker failed: ${event.message}`));
    };
    send({ type: 'load', url, href });
  });
}
