/// <reference lib="webworker" />
import actorsData from '../../data/actors.json';
import outletsData from '../../data/outlets.json';
import { CORPUS_VERSION, type Article, type Quote } from '../corpus/schema.ts';
import { buildActorGraph, type GraphQuote } from '../graph/build-actor-graph.ts';
import { layoutGraph } from '../graph/layout-graph.ts';
import { articleFormatOf, CorpusBuilder } from '../ingest/build-corpus.ts';
import { DEFAULT_MAX_BYTES, tooLargeReason } from '../ingest/decode-input.ts';
import { parseKnownActors, parseOutlets } from '../ingest/known-actors.ts';
import type { IngestFile, IngestReply, IngestRequest } from './ingest-protocol.ts';

/**
 * Ingests dropped files off the page's thread with the CLI's pipeline (CorpusBuilder: decode,
 * clean, attribute, fold), then lays the graph out as the CLI does, and answers with the corpus
 * as JSON text. Nothing here touches the network: the bytes come from the page's Blobs.
 */

const scope = self as unknown as DedicatedWorkerGlobalScope;
const PROGRESS_EVERY_MS = 100;
const cancelled = new Set<number>();

function post(message: IngestReply): void {
  scope.postMessage(message);
}

/** Name order, like the CLI's listing, so the same files give the same corpus however dropped. */
function byPath(a: IngestFile, b: IngestFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

async function ingest(requestId: number, files: IngestFile[]): Promise<void> {
  const started = performance.now();
  // linkedom and Readability are a chunk of their own, fetched only when pages were dropped.
  const readHtml = files.some((f) => articleFormatOf(f.path) === 'html')
    ? (await import('../ingest/html-article.ts')).readHtmlArticle
    : undefined;
  const builder = new CorpusBuilder({
    knownActors: parseKnownActors(actorsData, 'data/actors.json'),
    outlets: parseOutlets(outletsData, 'data/outlets.json'),
    readHtml,
  });
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
  for (let i = 0; i < sorted.length; i += 1) {
    if (cancelled.delete(requestId)) {
      post({ type: 'cancelled', requestId });
      return;
    }
    const { path, blob } = sorted[i] as IngestFile;
    if (articleFormatOf(path) === null) {
      builder.reject(path, 'not an article file (.txt, .md, .html or .htm)');
    } else if (blob.size > DEFAULT_MAX_BYTES) {
      builder.reject(path, tooLargeReason(blob.size));
    } else {
      let bytes: Uint8Array | null = null;
      try {
        // Also the point where a `cancel` message gets its turn.
        bytes = new Uint8Array(await blob.arrayBuffer());
      } catch (error) {
        builder.reject(path, `unreadable: ${error instanceof Error ? error.message : 'error'}`);
      }
      if (bytes) {
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
    }
    const now = performance.now();
    if (now - lastProgress >= PROGRESS_EVERY_MS) {
      lastProgress = now;
      progress(i + 1);
    }
  }
  progress(sorted.length);
  const actors = builder.actors();
  const layout = layoutGraph(buildActorGraph(actors, graphQuotes, { includeIsolated: true }));
  const corpus = {
    version: CORPUS_VERSION,
    articles,
    quotes,
    actors,
    rejected: builder.rejected,
    statements: builder.folder.finish(),
    layout: { positions: layout.positions },
  };
  post({
    type: 'done',
    requestId,
    corpusJson: JSON.stringify(corpus),
    summary: {
      articles: articles.length,
      quotes: quotes.length,
      actors: actors.length,
      rejected: builder.rejected,
      elapsedMs: performance.now() - started,
    },
  });
}

scope.onmessage = (event: MessageEvent<IngestRequest>) => {
  const message = event.data;
  if (message.type === 'cancel') cancelled.add(message.requestId);
  else
    ingest(message.requestId, message.files).catch((error: unknown) =>
      post({
        type: 'error',
        requestId: message.requestId,
        message: error instanceof Error ? error.message : String(error),
      }),
    );
};
