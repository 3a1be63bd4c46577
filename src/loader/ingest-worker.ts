/// <reference lib="webworker" />
import actorsData from '../../data/actors.json';
import outletsData from '../../data/outlets.json';
import { parseCorpusJson } from '../corpus/parse-corpus.ts';
import {
  CORPUS_VERSION,
  type Actor,
  type Article,
  type Layout,
  type Quote,
} from '../corpus/schema.ts';
import { buildActorGraph, type GraphQuote } from '../graph/build-actor-graph.ts';
import { defaultIterations, layoutGraph } from '../graph/layout-graph.ts';
import {
  articleFormatOf,
  CorpusBuilder,
  type CorpusBuilderOptions,
} from '../ingest/build-corpus.ts';
import { DEFAULT_MAX_BYTES, tooLargeReason } from '../ingest/decode-input.ts';
import { parseKnownActors, parseOutlets } from '../ingest/known-actors.ts';
import { mergeCorpora } from '../ingest/merge-corpora.ts';
import type { IngestFile, IngestReply, IngestRequest } from './ingest-protocol.ts';

/**
 * Ingests dropped files off the page's thread with the CLI's pipeline (CorpusBuilder: decode,
 * clean, attribute, fold), then lays the graph out as the CLI does, and answers with the corpus
 * as JSON text. Nothing here touches the network: the bytes come from the page's Blobs.
 */

const scope = self as unknown as DedicatedWorkerGlobalScope;
const PROGRESS_EVERY_MS = 100;
const cancelled = new Set<number>();
/**
 * Layout ticks at most. Fewer than the CLI's 300 for small graphs: the layout was most of the
 * wait (1.9 of 4.2 s for 1,000 articles), and 100 ticks is what the CLI gives larger graphs.
 */
const BROWSER_LAYOUT_TICKS = 100;
/** Files being read ahead of the extractor. */
const READ_AHEAD = 16;

/** Whether a file gets read at all (the others are rejected from their name or size). */
function readable(file: IngestFile): boolean {
  return articleFormatOf(file.path) !== null && file.blob.size <= DEFAULT_MAX_BYTES;
}

function post(message: IngestReply): void {
  scope.postMessage(message);
}

/** Name order, like the CLI's listing, so the same files give the same corpus however dropped. */
function byPath(a: IngestFile, b: IngestFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

let lists: Pick<CorpusBuilderOptions, 'knownActors' | 'outlets'> | null = null;

function dataLists(): Pick<CorpusBuilderOptions, 'knownActors' | 'outlets'> {
  lists ??= {
    knownActors: parseKnownActors(actorsData, 'data/actors.json'),
    outlets: parseOutlets(outletsData, 'data/outlets.json'),
  };
  return lists;
}

// Parsed while the worker waits for its files: the page may start it before they are chosen.
setTimeout(() => {
  try {
    dataLists();
  } catch {
    // Thrown again, and reported, by the run that needs them.
  }
}, 0);

async function ingest(requestId: number, files: IngestFile[]): Promise<void> {
  const started = performance.now();
  // linkedom and Readability are a chunk of their own, fetched only when pages were dropped.
  const readHtml = files.some((f) => articleFormatOf(f.path) === 'html')
    ? (await import('../ingest/html-article.ts')).readHtmlArticle
    : undefined;
  const builder = new CorpusBuilder({ ...dataLists(), readHtml });
  const articles: Article[] = [];
  const quotes: Quote[] = [];
  const graphQuotes: GraphQuote[] = [];
  const sorted = [...files].sort(byPath);
  let lastProgress = 0;
  const progress = (done: number) =>
    post({
      type: 'progress',
      requestId,
      done,
      total: sorted.length,
      articles: builder.articleCount,
      elapsedMs: performance.now() - started,
    });
  progress(0);
  const phases = { readMs: 0, extractMs: 0, layoutMs: 0, serializeMs: 0 };
  // Reads run a window ahead of the extractor: one Blob read at a time costs a round trip to
  // the browser's file thread per file, which for small articles is longer than extracting them.
  const reads = new Map<number, Promise<Uint8Array | Error>>();
  const readAhead = (from: number) => {
    for (let k = from; k < Math.min(sorted.length, from + READ_AHEAD); k += 1) {
      const file = sorted[k];
      if (reads.has(k) || !file || !readable(file)) continue;
      reads.set(
        k,
        file.blob.arrayBuffer().then(
          (buffer) => new Uint8Array(buffer),
          (error: unknown) => (error instanceof Error ? error : new Error('error')),
        ),
      );
    }
  };
  for (let i = 0; i < sorted.length; i += 1) {
    if (cancelled.delete(requestId)) {
      post({ type: 'cancelled', requestId });
      return;
    }
    readAhead(i);
    const { path, blob } = sorted[i] as IngestFile;
    if (articleFormatOf(path) === null) {
      builder.reject(path, 'not an article file (.txt, .md, .html or .htm)');
    } else if (blob.size > DEFAULT_MAX_BYTES) {
      builder.reject(path, tooLargeReason(blob.size));
    } else {
      const waited = performance.now();
      // Also the point where a `cancel` message gets its turn.
      const bytes = await (reads.get(i) as Promise<Uint8Array | Error>);
      reads.delete(i);
      const extracting = performance.now();
      phases.readMs += extracting - waited;
      if (bytes instanceof Error) builder.reject(path, `unreadable: ${bytes.message}`);
      else {
        const result = builder.add(path, bytes);
        if (result.ok) {
          articles.push(result.article);
          for (const q of result.quotes) {
            quotes.push(q);
            graphQuotes.push({
              id: q.id,
              articleId: q.articleId,
              speakerId: q.speakerId,
              mentions: q.mentions,
            });
          }
        }
      }
      phases.extractMs += performance.now() - extracting;
    }
    const now = performance.now();
    if (now - lastProgress >= PROGRESS_EVERY_MS) {
      lastProgress = now;
      progress(i + 1);
    }
  }
  progress(sorted.length);
  let mark = performance.now();
  const actors = builder.actors();
  const layout = layOut(actors, graphQuotes);
  const corpus = {
    version: CORPUS_VERSION,
    articles,
    quotes,
    actors,
    rejected: builder.rejected,
    statements: builder.folder.finish(),
    layout: { positions: layout.positions },
  };
  phases.layoutMs = performance.now() - mark;
  mark = performance.now();
  const corpusJson = JSON.stringify(corpus);
  phases.serializeMs = performance.now() - mark;
  post({
    type: 'done',
    requestId,
    corpusJson,
    summary: {
      articles: articles.length,
      quotes: quotes.length,
      actors: actors.length,
      rejected: builder.rejected,
      elapsedMs: performance.now() - started,
      phases,
    },
  });
}

/** Lays out a corpus's actor graph as the page's ingest does (see BROWSER_LAYOUT_TICKS). */
function layOut(actors: Actor[], graphQuotes: GraphQuote[]): Layout {
  const graph = buildActorGraph(actors, graphQuotes, { includeIsolated: true });
  const iterations = Math.min(
    BROWSER_LAYOUT_TICKS,
    defaultIterations(graph.nodes.length, graph.edges.length),
  );
  return layoutGraph(graph, { iterations });
}

/**
 * The workspace "both": the bundled corpus (fetched from the app's own origin) and the user's,
 * each validated, merged (src/ingest/merge-corpora.ts) and laid out anew.
 */
async function merge(requestId: number, bundledHref: string, ownJson: string): Promise<void> {
  const response = await fetch(bundledHref);
  if (!response.ok) throw new Error(`the bundled corpus could not be loaded (${response.status})`);
  const bundled = parseCorpusJson(await response.text());
  const merged = mergeCorpora(bundled, parseCorpusJson(ownJson));
  const layout = layOut(merged.actors, merged.quotes);
  post({
    type: 'merged',
    requestId,
    corpusJson: JSON.stringify({ ...merged, layout: { positions: layout.positions } }),
  });
}

/** Files of runs whose last batch has not come yet. */
const arriving = new Map<number, IngestFile[]>();

scope.onmessage = (event: MessageEvent<IngestRequest>) => {
  const message = event.data;
  if (message.type === 'merge') {
    merge(message.requestId, message.bundledHref, message.ownJson).catch((error: unknown) =>
      post({
        type: 'error',
        requestId: message.requestId,
        message: error instanceof Error ? error.message : String(error),
      }),
    );
    return;
  }
  if (message.type === 'cancel') {
    cancelled.add(message.requestId);
    arriving.delete(message.requestId);
    return;
  }
  if (cancelled.has(message.requestId)) {
    // Cancelled while its files were still arriving: the run never starts.
    if (message.type === 'ingest') {
      cancelled.delete(message.requestId);
      post({ type: 'cancelled', requestId: message.requestId });
    }
    return;
  }
  const files = arriving.get(message.requestId) ?? [];
  files.push(...message.files);
  if (message.type === 'files') {
    arriving.set(message.requestId, files);
    return;
  }
  arriving.delete(message.requestId);
  ingest(message.requestId, files).catch((error: unknown) =>
    post({
      type: 'error',
      requestId: message.requestId,
      message: error instanceof Error ? error.message : String(error),
    }),
  );
};
