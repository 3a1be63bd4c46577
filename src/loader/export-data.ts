import { articleDates } from '../corpus/corpus-index.ts';
import { filterQuotes, type QuoteFilters } from '../corpus/filter-quotes.ts';
import {
  csvHead,
  csvRows,
  jsonExportParts,
  quoteExportRows,
  type QuoteExportMeta,
  type QuoteExportRow,
} from '../corpus/quote-export.ts';
import { applyCorrections, type Correction } from '../corpus/corrections.ts';
import type { ActorKind, Layout, Quote } from '../corpus/schema.ts';
import { distinctStatements, indexStatements } from '../corpus/statements.ts';
import type { SlimCorpus } from '../corpus/slim-corpus.ts';
import { buildActorGraph, type ActorGraph } from '../graph/build-actor-graph.ts';
import { completePositions } from '../graph/complete-positions.ts';
import type { ViewTransform } from '../graph/coordinates.ts';
import { focusSubgraph, thinGraph, type FocusSpec } from '../graph/explore-subgraph.ts';
import { graphToGexf, graphToGraphml } from '../graph/graph-export.ts';
import { buildGraphScene } from '../graph/graph-scene.ts';
import { graphPicture } from '../graph/graph-picture.ts';
import type { GraphPicture, GraphSvgOptions } from '../graph/picture-model.ts';
import { pictureToSvg } from '../graph/picture-svg.ts';
import { quotesInView, viewAnchors, viewNarrows } from '../graph/view-quotes.ts';
import { layoutGraph } from '../graph/layout-graph.ts';
import { fullActorGraph } from './corpus-protocol.ts';

/**
 * What an export is made of, computed from the corpus and what the user is looking at: the
 * same filtered quotes the explorer shows, the same graph it draws. Shared by the corpus worker
 * (where exports of large corpora run, off the page's thread) and the one-thread loader, so both
 * give byte-identical files. Pure but for `measure`, which the caller supplies.
 */

export type ExportFormat = 'csv' | 'json' | 'gexf' | 'graphml' | 'svg' | 'png';

/** The view an SVG or PNG shows. */
export interface ExportPicture {
  transform: ViewTransform;
  width: number;
  height: number;
  palette: GraphSvgOptions['palette'];
}

export interface ExportRequest {
  format: ExportFormat;
  /** The filters in effect (as the explorer applies them, not as the URL asks). */
  filters: QuoteFilters;
  /** The graph leaves out actors of doubtful identity (`?unknown=hide`). */
  hideUnknown: boolean;
  /** Links count every report of a folded statement (`?count=reports`); default: statements. */
  countReports?: boolean;
  /** Explore's thinning: links with fewer quotes go (default 1), only these kinds stay. */
  minQuotes?: number;
  kinds?: readonly ActorKind[] | null;
  /** Explore's focus: only this actor's neighbourhood. */
  focus?: FocusSpec | null;
  /** The reader's corrections, applied to the corpus first (the worker holds it uncorrected). */
  corrections?: readonly Correction[];
  /** The app's address; permalinks keep only its `corpus` parameter. */
  permalinkBase: string;
  /** The corpus address as the user gave it (written into the files). */
  corpusLabel: string;
  /** The filters in words ("outlet RT"), or "". */
  filterLabel: string;
  /** Required for `svg` and `png`. */
  picture?: ExportPicture;
}

export interface ExportResult {
  /** The file: text, or a Blob for a PNG. */
  data: string | Blob;
  mime: string;
  /** File name extension, without the dot. */
  extension: string;
}

const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  gexf: 'application/gexf+xml',
  graphml: 'application/graphml+xml',
  svg: 'image/svg+xml',
  png: 'image/png',
};

/** PNGs have twice the view's CSS pixels: sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

/** What the thread making the file offers: text measurement, and a canvas for PNGs. */
export interface ExportEnvironment {
  /** Width of `text` in `font`, CSS pixels. */
  measure?: (font: string, text: string) => number;
  /** Paints a picture at `scale` and encodes it as PNG; absent where there is no canvas. */
  rasterise?: (picture: GraphPicture, scale: number) => Promise<Blob>;
}

/** The corpus parts an export reads (article bodies are not among them). */
export type ExportCorpus = Pick<
  SlimCorpus,
  'actors' | 'quotes' | 'layout' | 'articles' | 'statements'
>;

/** Text width estimate where no canvas can measure (Node, old workers): ~0.56 em a character. */
export function estimateTextWidth(font: string, text: string): number {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);
  return text.length * size * 0.56;
}

/**
 * The graph the explorer draws under `request`: its filters, its counting (statements unless
 * `countReports`), then Explore's thinning and focus, in the order the explorer applies them.
 * Pure.
 */
export function exportGraph(corpus: ExportCorpus, request: ExportRequest): ActorGraph {
  const articlesById = new Map(corpus.articles.map((a) => [a.id, a]));
  const filtered = filterQuotes(corpus.quotes, articlesById, request.filters);
  const quotes = request.countReports
    ? filtered
    : distinctStatements(filtered, indexStatements(corpus.statements));
  const dates = articleDates(corpus);
  const graph = buildActorGraph(corpus.actors, quotes, {
    quoteDate: (q) => dates.get(q.articleId) ?? null,
  });
  const thinned = thinGraph(graph, {
    minQuotes: request.minQuotes ?? 1,
    kinds: request.kinds ? new Set(request.kinds) : null,
    hideUnknown: request.hideUnknown,
  });
  return request.focus ? focusSubgraph(thinned, request.focus) : thinned;
}

/**
 * Node positions as the graph view has them: the corpus layout completed for actors it lacks,
 * or (no layout) the deterministic layout of the full graph the view computes too. Pure.
 */
export function exportPositions(corpus: ExportCorpus, fullGraph: ActorGraph): Layout['positions'] {
  return corpus.layout
    ? completePositions(corpus.layout.positions, fullGraph.nodes)
    : completePositions(layoutGraph(fullGraph).positions, fullGraph.nodes);
}

/** Quotes turned into rows and text per part of a quotes file (a few tens of ms each). */
export const EXPORT_CHUNK = 5000;

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A quotes CSV or JSON file, made EXPORT_CHUNK quotes at a time with a turn of the event loop
 * between chunks: the thread keeps answering (the corpus worker's pings, searches) while a
 * million quotes are written, and no single string has to hold the whole file, which past
 * about 500 million characters V8 cannot. One chunk's worth comes back as text, more as a Blob.
 */
async function quoteFile(
  format: 'csv' | 'json',
  quotes: readonly Quote[],
  meta: QuoteExportMeta,
  rowsOf: (chunk: readonly Quote[]) => QuoteExportRow[],
): Promise<string | Blob> {
  const json = format === 'json' ? jsonExportParts(meta, quotes.length) : null;
  const head = json ? json.head : csvHead();
  const tail = json ? json.tail : '';
  const rowsText = (at: number) => {
    const rows = rowsOf(quotes.slice(at, at + EXPORT_CHUNK));
    return json ? json.rows(rows, at === 0) : csvRows(rows);
  };
  if (quotes.length <= EXPORT_CHUNK) return head + rowsText(0) + tail;
  // Each chunk goes into a Blob of its own at once: the browser keeps Blob bytes outside the
  // script's heap, which would otherwise hold the whole file twice over as UTF-16 text.
  const parts: Blob[] = [new Blob([head])];
  for (let at = 0; at < quotes.length; at += EXPORT_CHUNK) {
    if (at > 0) await nextTurn();
    parts.push(new Blob([rowsText(at)]));
  }
  parts.push(new Blob([tail]));
  return new Blob(parts, { type: MIME[format] });
}

/** The file of `request.format`. Rejects with the reason when it cannot be made. */
export async function buildExport(
  source: ExportCorpus,
  request: ExportRequest,
  env: ExportEnvironment = {},
): Promise<ExportResult> {
  const { format } = request;
  const corpus = request.corrections?.length
    ? applyCorrections(source, request.corrections)
    : source;
  const meta = { corpus: request.corpusLabel, filters: request.filterLabel };
  const done = (data: string | Blob): ExportResult => ({
    data,
    mime: MIME[format],
    extension: format,
  });
  if (format === 'csv' || format === 'json') {
    const articlesById = new Map(corpus.articles.map((a) => [a.id, a]));
    const actorsById = new Map(corpus.actors.map((a) => [a.id, a]));
    const filtered = filterQuotes(corpus.quotes, articlesById, request.filters);
    const shown = viewNarrows(request) ? exportGraph(corpus, request) : null;
    const quotes = shown
      ? quotesInView(filtered, shown, viewAnchors(shown, request.focus?.id ?? null))
      : filtered;
    return done(
      await quoteFile(format, quotes, meta, (chunk) =>
        quoteExportRows(chunk, { actorsById, articlesById }, request.permalinkBase),
      ),
    );
  }
  const graph = exportGraph(corpus, request);
  const fullGraph = fullActorGraph(corpus);
  const positions = exportPositions(corpus, fullGraph);
  if (format === 'gexf') return done(graphToGexf(graph, positions, meta));
  if (format === 'graphml') return done(graphToGraphml(graph, positions, meta));
  const view = request.picture;
  if (!view) throw new Error('A picture export needs the view it shows.');
  const scene = buildGraphScene(graph, fullGraph, positions);
  const what = `${graph.nodes.length} actors, ${graph.edges.length} links`;
  const picture = graphPicture({
    scene,
    ...view,
    measure: env.measure ?? estimateTextWidth,
    title: `Quotegraph network of ${meta.corpus}: ${what}${meta.filters ? `, ${meta.filters}` : ''}`,
  });
  if (format === 'svg') return done(pictureToSvg(picture));
  if (!env.rasterise) throw new Error('this browser cannot draw pictures here');
  return done(await env.rasterise(picture, PNG_SCALE));
}
