/// <reference lib="webworker" />
import type { PageMessage, WorkerMessage } from './corpus-protocol.ts';
import { emitValidatedPieces, previewOfParsed, validateInPieces } from './corpus-pieces.ts';
import { fetchCorpusText } from './fetch-corpus.ts';
import { CorpusError } from '../corpus/corpus-error.ts';
import { corpusOriginAllowed } from './corpus-origins.ts';
import { parseJsonText } from '../corpus/parse-corpus.ts';
import { buildSearchIndexAsync, type CorpusSearchIndex } from '../corpus/search-index.ts';
import type { ArticleId, Corpus } from '../corpus/schema.ts';
import type { SlimCorpus } from '../corpus/slim-corpus.ts';
import { looksLikeWebManifest } from '../corpus/web-corpus.ts';
import { loadWebPreview } from './web-corpus-loader.ts';
import type { GraphPicture } from '../graph/picture-model.ts';
import { paintPicture } from '../graph/picture-paint.ts';
import { buildExport, estimateTextWidth, type ExportRequest } from './export-data.ts';

/**
 * Loads a corpus off the page's main thread: download (with progress), JSON.parse and schema
 * validation happen here, then the corpus goes to the page in pieces (see corpus-pieces.ts)
 * without article bodies. The bodies stay here and are sent one at a time on request, and the
 * search index is built and queried here, so neither costs the page memory or frames.
 */

const scope = self as unknown as DedicatedWorkerGlobalScope;
const PROGRESS_EVERY_MS = 100;
// Parallel byte ranges: enough to keep a compressing server's cores busy, few enough to be polite.
const DOWNLOAD_PARTS = 4;

/** Article bodies: in memory for a single-file corpus, fetched on demand for a web corpus. */
let textOf: ((id: ArticleId) => Promise<string | null>) | null = null;
let search: Promise<CorpusSearchIndex> | null = null;
/** Kept for exports: they run here, so a 20,000-article corpus never stalls the page. */
let loaded: SlimCorpus | null = null;

/** Resolves when the page asks for the rest of a web corpus (its `rest` message). */
let wantRest: () => void = () => {};
const restWanted = new Promise<void>((resolve) => {
  wantRest = resolve;
});

function post(message: WorkerMessage, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

async function load(url: string, href: string): Promise<void> {
  let last = 0;
  try {
    const text = await fetchCorpusText(href, {
      parts: DOWNLOAD_PARTS,
      label: url,
      // A worker is not covered by the page's <meta> policy: check redirects here too.
      allowed: (final) => corpusOriginAllowed(final, scope.location.origin),
      onProgress: ({ loaded, total }) => {
        const now = performance.now();
        if (now - last < PROGRESS_EVERY_MS && loaded !== total) return;
        last = now;
        post({ type: 'progress', loaded, total });
      },
    });
    const value = parseJsonText(text);
    const allowed = (final: URL) => corpusOriginAllowed(final, scope.location.origin);
    if (looksLikeWebManifest(value)) {
      // A web corpus: the picture first (head.json, graph.bin), then the other files, each
      // checked on arrival; bodies stay on the server.
      const preview = await loadWebPreview(value, href, {
        allowed,
        onProgress: ({ loaded, total }) => post({ type: 'progress', loaded, total }),
      });
      // A copy goes to the page: this side's summary is a view of the original bytes.
      const summary = preview.summaryBytes.slice(0);
      const { head, manifest } = preview;
      post(
        {
          type: 'preview',
          preview: {
            version: manifest.corpusVersion,
            actors: head.actors,
            quoteCount: manifest.counts.quotes,
            summary,
            ...(head.layout ? { layout: head.layout } : {}),
          },
        },
        [summary],
      );
      const web = await preview.complete();
      // The page takes the quotes once its picture is drawn (it says so), not while drawing.
      await restWanted;
      emitValidatedPieces(web.corpus, post, { sendGraph: false });
      const corpus = web.corpus;
      textOf = web.articleText;
      loaded = corpus;
      // Off the load's critical path: the page is already drawing while this runs.
      search = buildSearchIndexAsync(corpus);
    } else {
      await adopt(value);
    }
  } catch (error) {
    const kind = error instanceof CorpusError ? error.kind : 'network';
    const message = error instanceof Error ? error.message : String(error);
    post({ type: 'error', kind, message });
  }
}

/**
 * Validates a single-file corpus, sends it to the page in pieces, keeps what it serves later.
 * A large one sends its picture first (previewOfParsed), as a web corpus does, and is validated
 * while the page draws; its pieces follow once the page asks for them.
 */
async function adopt(value: unknown): Promise<void> {
  const early = previewOfParsed(value);
  let corpus: Corpus;
  if (early) {
    const { preview, head } = early;
    post({ type: 'preview', preview }, [preview.summary]);
    const held: [WorkerMessage, Transferable[]][] = [];
    // The page has the graph from the preview, and the head is checked already.
    corpus = validateInPieces(
      value,
      (message, transfer) => held.push([message, transfer]),
      undefined,
      {
        head,
        sendGraph: false,
      },
    );
    await restWanted;
    for (const [message, transfer] of held) post(message, transfer);
  } else {
    corpus = validateInPieces(value, post);
  }
  const texts = new Map<string, string>(corpus.articles.map((a) => [a.id, a.text]));
  textOf = (id) => Promise.resolve(texts.get(id) ?? null);
  loaded = corpus;
  // Off the load's critical path: the page is already drawing while this runs.
  search = buildSearchIndexAsync(corpus);
}

async function open(text: string): Promise<void> {
  try {
    await adopt(parseJsonText(text));
  } catch (error) {
    const kind = error instanceof CorpusError ? error.kind : 'json';
    const message = error instanceof Error ? error.message : String(error);
    post({ type: 'error', kind, message });
  }
}

/** Label widths as the page's canvas measures them, where this worker has an OffscreenCanvas. */
function textMeasure(): (font: string, text: string) => number {
  const ctx =
    typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  if (!ctx) return estimateTextWidth;
  return (font, text) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

/** PNGs are painted here too, on an OffscreenCanvas: no picture is rasterised on the page. */
async function rasterise(picture: GraphPicture, scale: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(
    Math.round(picture.width * scale),
    Math.round(picture.height * scale),
  );
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw pictures here');
  paintPicture(ctx, picture, scale);
  return canvas.convertToBlob({ type: 'image/png' });
}

async function exportFile(requestId: number, request: ExportRequest): Promise<void> {
  if (!loaded) {
    post({ type: 'export', requestId, result: null, error: 'The corpus is not loaded.' });
    return;
  }
  try {
    const result = await buildExport(loaded, request, {
      measure: textMeasure(),
      ...(typeof OffscreenCanvas === 'undefined' ? {} : { rasterise }),
    });
    // A Blob crosses to the page by reference; a 40 MB string would be copied and then
    // encoded again there, on the thread the reader is using.
    const data =
      typeof result.data === 'string'
        ? new Blob([result.data], { type: result.mime })
        : result.data;
    post({ type: 'export', requestId, result: { ...result, data }, error: null });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post({ type: 'export', requestId, result: null, error: message });
  }
}

scope.onmessage = (event: MessageEvent<PageMessage>) => {
  const message = event.data;
  switch (message.type) {
    case 'load':
      void load(message.url, message.href);
      break;
    case 'open':
      void open(message.text);
      break;
    case 'ping':
      post({ type: 'pong' });
      break;
    case 'rest':
      wantRest();
      break;
    case 'text': {
      const { requestId, articleId } = message;
      const text = textOf ? textOf(articleId as ArticleId) : Promise.resolve(null);
      text.then(
        (body) => post({ type: 'text', requestId, text: body }),
        (error: unknown) =>
          post({
            type: 'text',
            requestId,
            text: null,
            error: error instanceof Error ? error.message : String(error),
          }),
      );
      break;
    }
    case 'export':
      void exportFile(message.requestId, message.request);
      break;
    case 'search': {
      const { requestId, query } = message;
      const empty = { actors: [], quotes: [], quotesComplete: true };
      if (!search) post({ type: 'search', requestId, hits: empty });
      else
        void search.then((index) =>
          post({ type: 'search', requestId, hits: index.searchPositions(query) }),
        );
      break;
    }
  }
};
