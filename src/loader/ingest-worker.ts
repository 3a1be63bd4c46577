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
import { buildActorGraph, type ActorGraph, type GraphQuote } from '../graph/build-actor-graph.ts';
import {
  defaultIterations,
  layoutGraph,
  layoutGraphSteps,
  TICKS_PER_STEP,
  type LayoutGraphOptions,
} from '../graph/layout-graph.ts';
import {
  articleFormatOf,
  CorpusBuilder,
  type CorpusBuilderOptions,
} from '../ingest/build-corpus.ts';
import { DEFAULT_MAX_BYTES, tooLargeReason } from '../ingest/decode-input.ts';
import type { HtmlArticle } from '../ingest/html-article.ts';
import { parseKnownActors, parseOutlets } from '../ingest/known-actors.ts';
import { mergeCorpora } from '../ingest/merge-corpora.ts';
import type { IngestFile, IngestProgress, IngestReply, IngestRequest } from './ingest-protocol.ts';

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
/**
 * Of those, the last ticks that also keep nodes apart. Collision was 40 % of the layout on a
 * 1,000-article graph; the last 30 ticks leave no two nodes overlapping there, as all 100 do.
 */
const BROWSER_COLLIDE_TICKS = 30;
/** Files being read ahead of the extractor. */
const READ_AHEAD = 16;

/** Whether a file gets read at all (the others are rejected from their name or size). */
function readable(file: IngestFile): boolean {
  return articleFormatOf(file.path) !== null && file.blob.size <= DEFAULT_MAX_BYTES;
}

function post(message: IngestReply): void {
  scope.postMessage(message);
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

/**
 * A run's files as they arrive (in path order: the page sorts them), and how to wake the run
 * when it waits for the next batch or is cancelled.
 */
interface Arrivals {
  total: number;
  files: IngestFile[];
  wake: (() => void) | null;
}

const runs = new Map<number, Arrivals>();

/** The run's file `i` once its batch is here; null when the run was cancelled meanwhile. */
async function fileAt(requestId: number, run: Arrivals, i: number): Promise<IngestFile | null> {
  while (run.files.length <= i && !cancelled.has(requestId)) {
    await new Promise<void>((resolve) => {
      run.wake = resolve;
    });
    run.wake = null;
  }
  return cancelled.has(requestId) ? null : (run.files[i] ?? null);
}

async function ingest(requestId: number, run: Arrivals): Promise<void> {
  const started = performance.now();
  // linkedom and Readability are a chunk of their own, fetched when the first page comes.
  let readHtml: ((html: string) => HtmlArticle) | null = null;
  const builder = new CorpusBuilder({
    ...dataLists(),
    readHtml: (html) => {
      if (!readHtml) throw new Error('the HTML reader is not loaded');
      return readHtml(html);
    },
  });
  const articles: Article[] = [];
  const quotes: Quote[] = [];
  const graphQuotes: GraphQuote[] = [];
  const total = run.total;
  let lastProgress = 0;
  const progress = (
    done: number,
    later?: Pick<IngestProgress, 'stage' | 'actors' | 'layoutShare'>,
  ) =>
    post({
      type: 'progress',
      requestId,
      stage: 'reading',
      actors: 0,
      layoutShare: 0,
      ...later,
      done,
      total,
      articles: builder.articleCount,
      elapsedMs: performance.now() - started,
    });
  progress(0);
  const phases = { readMs: 0, extractMs: 0, layoutMs: 0, serializeMs: 0 };
  // Reads run a window ahead of the extractor: one Blob read at a time costs a round trip to
  // the browser's file thread per file, which for small articles is longer than extracting them.
  const reads = new Map<number, Promise<Uint8Array | Error>>();
  const readAhead = (from: number) => {
    for (let k = from; k < Math.min(run.files.length, from + READ_AHEAD); k += 1) {
      const file = run.files[k];
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
  for (let i = 0; i < total; i += 1) {
    const file = await fileAt(requestId, run, i);
    if (!file) {
      cancelled.delete(requestId);
      runs.delete(requestId);
      post({ type: 'cancelled', requestId });
      return;
    }
    readAhead(i);
    const { path, blob } = file;
    const format = articleFormatOf(path);
    if (format === null) {
      builder.reject(path, 'not an article file (.txt, .md, .html or .htm)');
    } else if (blob.size > DEFAULT_MAX_BYTES) {
      builder.reject(path, tooLargeReason(blob.size));
    } else {
      const waited = performance.now();
      if (format === 'html')
        readHtml ??= (await import('../ingest/html-article.ts')).readHtmlArticle;
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
  runs.delete(requestId);
  progress(total);
  let mark = performance.now();
  const actors = builder.actors();
  const input = layoutInput(actors, graphQuotes);
  const steps = layoutGraphSteps(input.graph, input.options);
  let stepsDone = 0;
  let step = steps.next();
  while (!step.done) {
    stepsDone += 1;
    const now = performance.now();
    if (now - lastProgress >= PROGRESS_EVERY_MS) {
      lastProgress = now;
      progress(total, {
        stage: 'layout',
        actors: actors.length,
        layoutShare: Math.min(1, stepsDone / input.steps),
      });
    }
    step = steps.next();
  }
  const layout = step.value;
  progress(total, { stage: 'writing', actors: actors.length, layoutShare: 1 });
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

/**
 * The actor graph and layout options the page's ingest uses (see BROWSER_LAYOUT_TICKS), and
 * about how many `layoutGraphSteps` steps that is (so progress can say how far it got).
 */
function layoutInput(
  actors: Actor[],
  graphQuotes: GraphQuote[],
): { graph: ActorGraph; options: LayoutGraphOptions; steps: number } {
  const graph = buildActorGraph(actors, graphQuotes, { includeIsolated: true });
  const iterations = Math.min(
    BROWSER_LAYOUT_TICKS,
    defaultIterations(graph.nodes.length, graph.edges.length),
  );
  // The collision pass starts a step of its own, so up to one more step than ticks / step.
  return {
    graph,
    options: { iterations, collideTicks: BROWSER_COLLIDE_TICKS },
    steps: Math.ceil(iterations / TICKS_PER_STEP) + 1,
  };
}

/** The whole layout at once, for the merge (one message, no progress to report). */
function layOut(actors: Actor[], graphQuotes: GraphQuote[]): Layout {
  const { graph, options } = layoutInput(actors, graphQuotes);
  return layoutGraph(graph, options);
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
    runs.get(message.requestId)?.wake?.();
    return;
  }
  if (message.type === 'files') {
    const run = runs.get(message.requestId);
    if (!run) return;
    run.files.push(...message.files);
    run.wake?.();
    return;
  }
  if (cancelled.delete(message.requestId)) {
    post({ type: 'cancelled', requestId: message.requestId });
    return;
  }
  const run: Arrivals = { total: message.total, files: [...message.files], wake: null };
  runs.set(message.requestId, run);
  ingest(message.requestId, run).catch((error: unknown) =>
    post({
      type: 'error',
      requestId: message.requestId,
      message: error instanceof Error ? error.message : String(error),
    }),
  );
};
