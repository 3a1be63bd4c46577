import { CorpusIndexBuilder, indexCorpus, type CorpusIndex } from '../corpus/corpus-index.ts';
import type { ActorGraph } from '../graph/build-actor-graph.ts';
import {
  CorpusAssembler,
  fullActorGraph,
  type Assembled,
  type PageMessage,
  type WorkerMessage,
} from './corpus-protocol.ts';
import { CorpusError } from '../corpus/corpus-error.ts';
import { corpusOriginAllowed } from './corpus-origins.ts';
import type { LoadProgress } from './fetch-corpus.ts';
import { markCorpusLoaded } from './marks.ts';
import type { ArticleId, Corpus } from '../corpus/schema.ts';
import type { CorpusSearchIndex, SearchHits } from '../corpus/search-index.ts';
import { slimCorpus, type SlimCorpus } from '../corpus/slim-corpus.ts';
import type { ExportRequest, ExportResult } from './export-data.ts';
import type { GraphPicture } from '../graph/picture-model.ts';

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
  source: CorpusSource;
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
  const { fetchCorpus } = await import('./fetch-corpus.ts');
  const pageOrigin = globalThis.location?.origin ?? '';
  const full = await fetchCorpus(url, {
    ...options,
    allowed: (href) => pageMayFetch(href, pageOrigin),
  });
  return onThisThread(full);
}

async function openOnThisThread(text: string, options: LoadCorpusOptions): Promise<LoadedCorpus> {
  if (options.signal?.aborted) throw abortError(options.signal);
  const { parseCorpusJson } = await import('../corpus/parse-corpus.ts');
  const full = parseCorpusJson(text);
  markCorpusLoaded();
  return onThisThread(full);
}

function onThisThread(full: Corpus): LoadedCorpus {
  const texts = new Map(full.articles.map((a) => [a.id, a.text]));
  const corpus = slimCorpus(full);
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
      articleText: (id) => Promise.resolve(texts.get(id) ?? null),
      peekArticleText: (id) => texts.get(id) ?? null,
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

    const finish = ({ corpus, tables, fullGraph }: Assembled) => {
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      markCorpusLoaded();
      const source: CorpusSource = {
        articleText: (id) =>
          request({ type: 'text', articleId: id }).then((m) => (m.type === 'text' ? m.text : null)),
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
      };
      const index = builder.finish(corpus, tables);
      resolve({ corpus, index, fullGraph, source });
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
      if (settled) return;
      if (message.type === 'progress') {
        onProgress?.({ loaded: message.loaded, total: message.total });
        return;
      }
      try {
        const done = assembler.accept(message);
        if (message.type === 'head') {
          builder.expectStatements(message.head.statements, message.head.quoteCount);
        }
        if (message.type === 'quotes') builder.addQuotes(message.quotes);
        if (done) finish(done);
      } catch (error) {
        fail(error);
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
