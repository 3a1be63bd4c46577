import { CorpusIndexBuilder, indexCorpus } from '../corpus/corpus-index.ts';
import { CorpusError } from '../corpus/corpus-error.ts';
import type { SearchHits } from '../corpus/search-index.ts';
import type { SlimCorpus } from '../corpus/slim-corpus.ts';
import type { ActorGraph } from '../graph/build-actor-graph.ts';
import {
  decodeGraphSummary,
  fillQuoteIds,
  summaryGraphs,
  type GraphSummary,
  type SummaryGraphs,
} from '../graph/graph-summary.ts';
import {
  CorpusAssembler,
  type Assembled,
  type CorpusPreview,
  type PageMessage,
  type WorkerMessage,
} from './corpus-protocol.ts';
import type { ExportRequest } from './export-data.ts';
import {
  abortError,
  type CorpusSource,
  type LoadCorpusOptions,
  type LoadedCorpus,
} from './loaded-corpus.ts';
import { markCorpusLoaded, markQuotesLoaded } from './marks.ts';

// The page's side of the corpus worker (corpus-worker.ts): starts it, assembles what it sends
// into a LoadedCorpus, and serves article bodies, search and exports through it, noticing
// when it dies.

/** Waits this long at most for the first picture before a previewed corpus's quotes come in. */
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

/** A worker with requests pending that says nothing (not even to a ping) for this long is dead. */
export const WORKER_SILENCE_MS = 6000;
const PING_EVERY_MS = 1000;
/**
 * The silence allowed while an export is being made: a graph file of a 200,000-article archive
 * (half a million links) is one long computation the worker cannot interrupt to answer a ping.
 * A worker that crashes meanwhile is still noticed at once (its error event).
 */
export const EXPORT_SILENCE_MS = 180_000;
const NO_HITS: SearchHits = { actors: [], quotes: [], quotesComplete: true };

function newCorpusWorker(): Worker {
  return new Worker(new URL('./corpus-worker.ts', import.meta.url), { type: 'module' });
}

/** A worker started ahead of the next load (see {@link warmCorpusWorker}); never sent to. */
let spare: Worker | null = null;

/**
 * Starts the next load's corpus worker now, so its script is fetched and evaluated while
 * something else runs (an ingest in the page, whose corpus it will open). Idempotent; a spare
 * that fails to start is dropped, and the next load starts its own.
 */
export function warmCorpusWorker(): void {
  if (spare || typeof Worker === 'undefined') return;
  const worker = newCorpusWorker();
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    if (spare === worker) spare = null;
  };
  spare = worker;
}

/**
 * Starts a corpus worker with `first` (a load or an open) and wires its answers; `fallback`
 * does the same work on this thread when the worker cannot start.
 */
export function startWorker(
  first: PageMessage,
  fallback: () => Promise<LoadedCorpus>,
  options: LoadCorpusOptions,
): Promise<LoadedCorpus> {
  const { signal, onProgress } = options;
  const silenceMs = options.workerSilenceMs ?? WORKER_SILENCE_MS;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise<LoadedCorpus>((resolve, reject) => {
    const worker = spare ?? newCorpusWorker();
    spare = null;
    const assembler = new CorpusAssembler();
    const builder = new CorpusIndexBuilder();
    /** A web corpus after its preview: how to settle `rest`. */
    let rest: { resolve: (loaded: LoadedCorpus) => void; reject: (error: unknown) => void } | null =
      null;
    let viewGraph: ActorGraph | null = null;
    let previewLayout: SlimCorpus['layout'] | null = null;
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
    /** Exports asked for and not answered: while one is made the worker may be busy a while. */
    let exporting = 0;
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
        } else if (now - lastSign > (exporting > 0 ? EXPORT_SILENCE_MS : silenceMs)) {
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
      exportFile: (exportRequest) => {
        exporting += 1;
        return request({ type: 'export', request: exportRequest })
          .finally(() => {
            exporting -= 1;
          })
          .then((m) => {
            if (m.type !== 'export') throw new Error('corpus worker: answered with no file');
            if (!m.result) throw new Error(m.error ?? 'The file could not be made.');
            return m.result;
          });
      },
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
      // The first picture's layout is this file's layout: keep that object, so the view sees
      // the same positions and keeps its scene instead of building and drawing it again.
      if (previewLayout && corpus.layout) corpus.layout = previewLayout;
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
      if (p.layout) corpus.layout = previewLayout = p.layout;
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
