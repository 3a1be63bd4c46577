import { CorpusIndexBuilder, indexCorpus, type CorpusIndex } from '../corpus/corpus-index.ts';
import type { ActorGraph } from '../graph/build-actor-graph.ts';
import {
  CorpusAssembler,
  fullActorGraph,
  type Assembled,
  type CorpusPreview,
  type PageMessage,
  type WorkerMessage,
} from './corpus-protocol.ts';
import { CorpusError } from '../corpus/corpus-error.ts';
import { corpusOriginAllowed } from './corpus-origins.ts';
import type { LoadProgress } from './fetch-corpus.ts';
import { markCorpusLoaded, markQuotesLoaded } from './marks.ts';
import type { ArticleId } from '../corpus/schema.ts';
import type { CorpusSearchIndex, SearchHits } from '../corpus/search-index.ts';
import { slimCorpus, type SlimCorpus } from '../corpus/slim-corpus.ts';
import type { ExportRequest, ExportResult } from './export-data.ts';
import type { GraphPicture } from '../graph/picture-model.ts';
import {
  decodeGraphSummary,
  fillQuoteIds,
  summaryGraphs,
  type GraphSummary,
  type SummaryGraphs,
} from '../graph/graph-summary.ts';

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
   * Present while a web corpus is only a picture: actors, layout and the graphs are here, but
   * `corpus.quotes` and `corpus.articles` are still empty. Resolves with the complete corpus
   * (same source, same graph objects); rejects with the CorpusError of a file that failed.
   */
  rest?: Promise<LoadedCorpus>;
}

/** Waits this long at most for the first picture before a web corpus's quotes are taken in. */
const REST_AFTER_MS = 2000;

/**
 * Resolves once the graph has drawn its first picture (its `graph:ready` mark), or after
 * REST_AFTER_MS (the list view draws no graph), so the quotes arrive after the picture, not
 * while it is being built.
 */
function afterFirstPicture(): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | null = null;
    const done = () => {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    };
    const timer = setTimeout(done, REST_AFTER_MS);
    try {
      // The mark src/features/graph/engine/graph-canvas.ts records after its first frame.
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('graph:ready').length > 0) done();
      });
      observer.observe({ type: 'mark' });
    } catch {
      // No observer for marks: the timer decides.
    }
  });
}

export interface LoadCorpusOptions {
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
  /** How long an unanswered request may wait for a sign of life from the worker (ms). */
  workerSilenceMs?: number;
}

/** A worker with requests pending that says nothing (not even to a ping) for this long is dead. */
export const WORKER_SILENCE_MS = 6000;
const PING_EVERY_MS = 1000;
const NO_HITS: SearchHits = { actors: [], quotes: [], quotesComplete: true };

/**
 * Loads, validates and indexes the corpus at `url`. In a browser the download, JSON.parse and
 * validation run in a worker (src/loader/corpus-worker.ts), which keeps the article bodies and
 * the search index; elsewhere (jsdom, no Worker) the same happens on this thread with the same
 * result shape. Failures are the same CorpusErrors either way. Marks `corpus:loaded`.
 */
export function loadCorpus(url: string, options: LoadCorpusOptions = {}): Promise<LoadedCorpus> {
  if (typeof Worker === 'undefined' || typeof document === 'undefined') {
    return loadOnThisThread(url, options);
  }
  const refused = refusedOrigin(url);
  if (refused) return Promise.reject(refused);
  // The worker enforces the same rules (its own CSP header, and a check of redirects).
  return loadInWorker(url, new URL(url, document.baseURI).href, options);
}

/**
 * Opens a corpus the page already holds as JSON text (the user's workspace), exactly like a
 * downloaded one: parsed and validated in the corpus worker, which then serves bodies, search
 * and exports. `label` names it in messages. Marks `corpus:loaded`.
 */
export function loadCorpusText(
  text: string,
  label: string,
  options: LoadCorpusOptions = {},
): Promise<LoadedCorpus> {
  if (typeof Worker === 'undefined' || typeof document === 'undefined') {
    return openOnThisThread(text, options);
  }
  return startWorker({ type: 'open', label, text }, () => openOnThisThread(text, options), options);
}

/**
 * Whether the page's connect-src allows `href` (see corpus-origins.ts). Pure.
 */
export function pageMayFetch(href: URL, pageOrigin: string): boolean {
  return corpusOriginAllowed(href, pageOrigin);
}

/** The CorpusError for a corpus address this site may not load from, or null when it may. */
function refusedOrigin(url: string): CorpusError | null {
  const base = typeof document === 'undefined' ? globalThis.location?.href : document.baseURI;
  let href: URL;
  try {
    href = new URL(url, base);
  } catch {
    return new CorpusError('origin', `"${url}" is not a web address.`);
  }
  if (pageMayFetch(href, new URL(base ?? href.href).origin)) return null;
  return new CorpusError(
    'origin',
    `Refused ${url}: this site loads corpora only from its own address and the hosts it was built to allow, not from ${href.origin}.`,
  );
}

async function loadOnThisThread(url: string, options: LoadCorpusOptions): Promise<LoadedCorpus> {
  const refused = refusedOrigin(url);
  if (refused) throw refused;
  // The one-thread path brings the validator (zod) with it, on demand: the page's first
  // script stays without it.
  const [{ fetchCorpusText }, { parseJsonText, validateCorpus }, web] = await Promise.all([
    import('./fetch-corpus.ts'),
    import('../corpus/parse-corpus.ts'),
    import('./web-corpus-loader.ts'),
  ]);
  const pageOrigin = globalThis.location?.origin ?? '';
  const allowed = (href: URL) => pageMayFetch(href, pageOrigin);
  const value = parseJsonText(await fetchCorpusText(url, { ...options, allowed }));
  const texts = new Map<string, string>();
  let corpus: SlimCorpus;
  let articleText: CorpusSource['articleText'];
  let lazyTexts = false;
  const { looksLikeWebManifest } = await import('../corpus/web-corpus.ts');
  if (looksLikeWebManifest(value)) {
    const href = new URL(url, globalThis.location?.href).href;
    const { signal, onProgress } = options;
    const loaded = await web.loadWebCorpus(value, href, {
      allowed,
      ...(signal ? { signal } : {}),
      ...(onProgress ? { onProgress } : {}),
    });
    corpus = loaded.corpus;
    lazyTexts = true;
    articleText = async (id) => {
      const text = await loaded.articleText(id);
      if (text !== null) texts.set(id, text);
      return text;
    };
  } else {
    const full = validateCorpus(value);
    for (const a of full.articles) texts.set(a.id, a.text);
    corpus = slimCorpus(full);
    articleText = (id) => Promise.resolve(texts.get(id) ?? null);
  }
  markCorpusLoaded();
  markQuotesLoaded();
  return onThisThread(corpus, texts, articleText, lazyTexts);
}

async function openOnThisThread(text: string, options: LoadCorpusOptions): Promise<LoadedCorpus> {
  if (options.signal?.aborted) throw abortError(options.signal);
  const { parseCorpusJson } = await import('../corpus/parse-corpus.ts');
  const full = parseCorpusJson(text);
  markCorpusLoaded();
  markQuotesLoaded();
  const texts = new Map(full.articles.map((a) => [a.id, a.text]));
  const articleText = (id: ArticleId) => Promise.resolve(texts.get(id) ?? null);
  return onThisThread(slimCorpus(full), texts, articleText, false);
}

/** The loaded corpus of this thread: `texts` holds the bodies here (all, or those fetched). */
function onThisThread(
  corpus: SlimCorpus,
  texts: Map<string, string>,
  articleText: CorpusSource['articleText'],
  lazyTexts: boolean,
): LoadedCorpus {
  let search: Promise<CorpusSearchIndex> | null = null;
  const prepareSearch = () => {
    // The index code (and minisearch) load on demand: nothing of search is on the critical path.
    search ??= import('../corpus/search-index.ts').then(({ buildSearchIndexAsync }) =>
      buildSearchIndexAsync(corpus),
    );
    return search;
  };
  return {
    corpus,
    index: indexCorpus(corpus),
    fullGraph: fullActorGraph(corpus),
    source: {
      articleText,
      // A web corpus's body is not here until fetched (undefined: ask articleText).
      peekArticleText: (id) => texts.get(id) ?? (lazyTexts ? undefined : null),
      prepareSearch: () => void prepareSearch(),
      search: (query) => prepareSearch().then((index) => index.searchPositions(query)),
      // The writers load on demand, as in the worker: none of them is on the critical path.
      exportFile: (request) =>
        import('./export-data.ts').then(({ buildExport }) =>
          buildExport(corpus, request, { rasterise: rasteriseOnPage }),
        ),
      // Nothing here can die on its own: everything lives on this thread.
      onLost: () => () => {},
      dispose: () => texts.clear(),
    },
  };
}

/** Paints a picture on a page canvas (no worker to do it) and encodes it as PNG. */
async function rasteriseOnPage(picture: GraphPicture, scale: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(picture.width * scale);
  canvas.height = Math.round(picture.height * scale);
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = canvas.getContext('2d');
  } catch {
    // jsdom: "not implemented".
  }
  if (!ctx) throw new Error('this browser cannot draw pictures here');
  const { paintPicture } = await import('../graph/picture-paint.ts');
  paintPicture(ctx, picture, scale);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the picture is too large'))),
      'image/png',
    ),
  );
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The load was aborted.', 'AbortError');
}

function loadInWorker(
  url: string,
  href: string,
  options: LoadCorpusOptions,
): Promise<LoadedCorpus> {
  return startWorker({ type: 'load', url, href }, () => loadOnThisThread(url, options), options);
}

/**
 * Starts a corpus worker with `first` (a load or an open) and wires its answers; `fallback`
 * does the same work on this thread when the worker cannot start.
 */
function startWorker(
  first: PageMessage,
  fallback: () => Promise<LoadedCorpus>,
  options: LoadCorpusOptions,
): Promise<LoadedCorpus> {
  const { signal, onProgress } = options;
  const silenceMs = options.workerSilenceMs ?? WORKER_SILENCE_MS;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise<LoadedCorpus>((resolve, reject) => {
    const worker = new Worker(new URL('./corpus-worker.ts', import.meta.url), { type: 'module' });
    const assembler = new CorpusAssembler();
    const builder = new CorpusIndexBuilder();
    /** A web corpus after its preview: how to settle `rest`. */
    let rest: { resolve: (loaded: LoadedCorpus) => void; reject: (error: unknown) => void } | null =
      null;
    let viewGraph: ActorGraph | null = null;
    /** A preview's graphs, whose quote ids are filled in from the quotes when they come. */
    let pendingIds: { graphs: SummaryGraphs; summary: GraphSummary } | null = null;
    type Pending = { answer: (message: WorkerMessage) => void; fail: (error: unknown) => void };
    const pending = new Map<number, Pending>();
    const lostListeners = new Set<(error: CorpusError) => void>();
    let lost: CorpusError | null = null;
    let nextRequest = 1;
    let heard = false;
    let settled = false;
    let lastSign = 0;
    let watchdog: ReturnType<typeof setInterval> | undefined;
    const send = (message: PageMessage) => worker.postMessage(message);

    // After the load, the worker serves article bodies and search. If it dies (a crash, the
    // browser killing it for memory, self.close), nothing says so by itself: a request would
    // wait for good. So: errors end it, and while requests wait it is pinged; silence ends it.
    const die = (reason: string) => {
      if (lost) return;
      lost = new CorpusError('worker', reason);
      clearInterval(watchdog);
      worker.terminate();
      for (const request of pending.values()) request.fail(lost);
      pending.clear();
      for (const listener of lostListeners) listener(lost);
      lostListeners.clear();
      rest?.reject(lost);
      rest = null;
    };
    const watch = () => {
      if (watchdog !== undefined || lost) return;
      const every = Math.min(PING_EVERY_MS, silenceMs / 3);
      lastSign = performance.now();
      let lastTick = lastSign;
      watchdog = setInterval(() => {
        const now = performance.now();
        // A background tab runs timers late: silence measured across a late tick proves nothing.
        if (now - lastTick > 2 * every) lastSign = now;
        lastTick = now;
        if (pending.size === 0) {
          clearInterval(watchdog);
          watchdog = undefined;
        } else if (now - lastSign > silenceMs) {
          die('The corpus worker stopped answering.');
        } else send({ type: 'ping' });
      }, every);
    };
    const request = (
      message:
        | { type: 'text'; articleId: string }
        | { type: 'search'; query: string }
        | { type: 'export'; request: ExportRequest },
    ) =>
      new Promise<WorkerMessage>((answer, failRequest) => {
        if (lost) {
          failRequest(lost);
          return;
        }
        const requestId = nextRequest++;
        pending.set(requestId, { answer, fail: failRequest });
        send({ ...message, requestId } as PageMessage);
        watch();
      });
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      reject(error);
    };
    const onAbort = () => fail(signal ? abortError(signal) : new Error('aborted'));
    signal?.addEventListener('abort', onAbort, { once: true });

    let source: CorpusSource | null = null;
    const makeSource = (): CorpusSource => ({
      articleText: (id) =>
        request({ type: 'text', articleId: id }).then((m) => {
          if (m.type !== 'text') return null;
          if (m.error !== undefined) throw new CorpusError('schema', m.error);
          return m.text;
        }),
      peekArticleText: () => undefined,
      prepareSearch: () => {},
      // Once the worker is lost, search finds nothing rather than rejecting: the page says
      // why (onLost), and callers need not handle a failure per keystroke.
      search: (query) =>
        request({ type: 'search', query }).then(
          (m) => (m.type === 'search' ? m.hits : NO_HITS),
          (error: unknown) => {
            if (error instanceof CorpusError && error.kind === 'worker') return NO_HITS;
            throw error;
          },
        ),
      exportFile: (exportRequest) =>
        request({ type: 'export', request: exportRequest }).then((m) => {
          if (m.type !== 'export') throw new Error('corpus worker: answered with no file');
          if (!m.result) throw new Error(m.error ?? 'The file could not be made.');
          return m.result;
        }),
      onLost: (listener) => {
        if (lost) {
          listener(lost);
          return () => {};
        }
        lostListeners.add(listener);
        return () => lostListeners.delete(listener);
      },
      dispose: () => {
        lostListeners.clear();
        die('The corpus was closed.');
      },
    });

    const finish = ({ corpus, tables, fullGraph }: Assembled) => {
      if (pendingIds) {
        fillQuoteIds(pendingIds.graphs, pendingIds.summary, corpus.quotes);
        pendingIds = null;
      }
      const index = builder.finish(corpus, tables);
      source ??= makeSource();
      const loaded: LoadedCorpus = { corpus, index, fullGraph, viewGraph, source };
      markQuotesLoaded();
      if (rest) {
        rest.resolve(loaded);
        rest = null;
        return;
      }
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      markCorpusLoaded();
      resolve(loaded);
    };

    // A web corpus's first picture: resolve with it now; the rest follows as `rest`.
    const preview = (p: CorpusPreview) => {
      const summary = decodeGraphSummary(p.summary, {
        actors: p.actors.length,
        quotes: p.quoteCount,
      });
      const graphs = summaryGraphs(summary, p.actors);
      // The links' quote ids are written in when the quotes arrive (finish, below).
      pendingIds = { graphs, summary };
      viewGraph = graphs.viewGraph;
      assembler.presetGraph(graphs.fullGraph);
      const corpus: SlimCorpus = {
        version: p.version,
        articles: [],
        actors: p.actors,
        quotes: [],
        rejected: [],
      };
      if (p.layout) corpus.layout = p.layout;
      const later = new Promise<LoadedCorpus>((resolveRest, rejectRest) => {
        rest = { resolve: resolveRest, reject: rejectRest };
      });
      // Nothing may count as unhandled before the app awaits it.
      later.catch(() => {});
      source = makeSource();
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      markCorpusLoaded();
      resolve({
        corpus,
        index: indexCorpus(corpus),
        fullGraph: graphs.fullGraph,
        viewGraph,
        source,
        rest: later,
      });
      void afterFirstPicture().then(() => {
        if (!lost) send({ type: 'rest' });
      });
    };

    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      heard = true;
      lastSign = performance.now();
      const message = event.data;
      if (message.type === 'pong') return;
      if (message.type === 'text' || message.type === 'search' || message.type === 'export') {
        const request = pending.get(message.requestId);
        pending.delete(message.requestId);
        request?.answer(message);
        return;
      }
      if (settled && !rest) return;
      if (message.type === 'progress') {
        if (!settled) onProgress?.({ loaded: message.loaded, total: message.total });
        return;
      }
      try {
        if (message.type === 'preview') {
          preview(message.preview);
          return;
        }
        const done = assembler.accept(message);
        if (message.type === 'head') {
          builder.expectStatements(message.head.statements, message.head.quoteCount);
        }
        if (message.type === 'quotes') builder.addQuotes(message.quotes);
        if (done) finish(done);
      } catch (error) {
        if (rest) {
          // The picture is withdrawn (the app shows the error); the worker has nothing to serve.
          rest.reject(error);
          rest = null;
          worker.terminate();
        } else fail(error);
      }
    };
    worker.onmessageerror = () => {
      if (settled) die('The corpus worker sent a message the page could not read.');
      else
        fail(
          new CorpusError('worker', 'The corpus worker sent a message the page could not read.'),
        );
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const reason = `The corpus worker stopped: ${event.message || 'it crashed'}.`;
      if (settled) {
        die(reason);
        return;
      }
      // The worker could not start (an old browser, a stricter policy): load here instead.
      if (!heard) {
        settled = true;
        worker.terminate();
        signal?.removeEventListener('abort', onAbort);
        fallback().then(resolve, reject);
      } else fail(new CorpusError('worker', reason));
    };
    send(first);
  });
}
