import { CorpusError } from '../corpus/corpus-error.ts';
import { edgeIdOf } from '../corpus/edge-id.ts';
import type { Actor, Quote, QuoteId } from '../corpus/schema.ts';
import type { SlimCorpus } from '../corpus/slim-corpus.ts';
import type { ActorGraph, GraphEdge, GraphNode } from './build-actor-graph.ts';
import { fullCorpusGraph, unfilteredViewGraph } from './view-graph.ts';

/**
 * The web corpus's graph summary (`graph.bin`): the graphs of the first picture as typed-array
 * columns of positions in the corpus's actors and quotes, so the page can draw before a single
 * quote has been downloaded, and the same columns a worker transfers to the page.
 *
 * Layout (little-endian int32 words): the magic `QGG1`; the format version, actors, quotes; the
 * full graph's nodes, edges and edge-quote entries; a flag (1 when the view graph is the full
 * graph itself); a reserved 0; the full graph's seven columns (`GraphColumns`, in
 * field order); then, unless the flag says so, three uint32 (nodes, edges, edge-quote entries)
 * and the view graph's seven columns.
 */

/** An ActorGraph as columns of positions in `actors` / `quotes`. */
export interface GraphColumns {
  nodeActor: Int32Array;
  nodeQuoted: Int32Array;
  nodeMentioned: Int32Array;
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  /** Edge e's quotes are `edgeQuotes[edgeQuoteStart[e] .. edgeQuoteStart[e + 1])`. */
  edgeQuoteStart: Int32Array;
  edgeQuotes: Int32Array;
}

/** The two graphs a web corpus opens with. */
export interface GraphSummary {
  /** Every actor, edges' quotes newest first (the corpus's full graph). */
  full: GraphColumns;
  /** What the unfiltered view draws (distinct statements); the full graph's object when equal. */
  view: GraphColumns;
}

export const GRAPH_SUMMARY_FILE = 'graph.bin';
const MAGIC = 0x31474751; // 'QGG1' read as a little-endian uint32
const FORMAT = 1;
const COLUMNS = [
  'nodeActor',
  'nodeQuoted',
  'nodeMentioned',
  'edgeSource',
  'edgeTarget',
  'edgeQuoteStart',
  'edgeQuotes',
] as const;

/**
 * The columns of `graph`, built from `actors` and `quotes`. Pure. Throws when the graph names an
 * actor or quote that is not in them (it was not built from these arrays).
 */
export function graphColumns(
  graph: ActorGraph,
  actors: readonly Pick<Actor, 'id'>[],
  quotes: readonly Pick<Quote, 'id'>[],
): GraphColumns {
  const actorAt = new Map<string, number>();
  actors.forEach((a, i) => {
    if (!actorAt.has(a.id)) actorAt.set(a.id, i);
  });
  const quoteAt = new Map<string, number>();
  quotes.forEach((q, i) => quoteAt.set(q.id, i));
  const position = (map: Map<string, number>, id: string) => {
    const at = map.get(id);
    if (at === undefined) throw new Error(`graphColumns: "${id}" is not in the corpus`);
    return at;
  };
  const n = graph.nodes.length;
  const nodeActor = new Int32Array(n);
  const nodeQuoted = new Int32Array(n);
  const nodeMentioned = new Int32Array(n);
  graph.nodes.forEach((node, i) => {
    nodeActor[i] = position(actorAt, node.id);
    nodeQuoted[i] = node.quotedCount;
    nodeMentioned[i] = node.mentionedCount;
  });
  const m = graph.edges.length;
  const edgeSource = new Int32Array(m);
  const edgeTarget = new Int32Array(m);
  const edgeQuoteStart = new Int32Array(m + 1);
  let total = 0;
  for (const edge of graph.edges) total += edge.quoteIds.length;
  const edgeQuotes = new Int32Array(total);
  let at = 0;
  graph.edges.forEach((edge, e) => {
    edgeSource[e] = position(actorAt, edge.source);
    edgeTarget[e] = position(actorAt, edge.target);
    edgeQuoteStart[e] = at;
    for (const id of edge.quoteIds) edgeQuotes[at++] = position(quoteAt, id);
  });
  edgeQuoteStart[m] = at;
  return {
    nodeActor,
    nodeQuoted,
    nodeMentioned,
    edgeSource,
    edgeTarget,
    edgeQuoteStart,
    edgeQuotes,
  };
}

/**
 * The graph back from its columns: equal (deeply, in order) to the graph that was encoded when
 * `quoteIdAt(k)` is the id of quote k. Pure.
 */
export function graphFromColumns(
  columns: GraphColumns,
  actors: readonly Actor[],
  quoteIdAt: (k: number) => QuoteId,
): ActorGraph {
  const { nodeActor, nodeQuoted, nodeMentioned, edgeSource, edgeTarget } = columns;
  const { edgeQuoteStart, edgeQuotes } = columns;
  const nodes = new Array<GraphNode>(nodeActor.length);
  for (let i = 0; i < nodeActor.length; i++) {
    const actor = actors[nodeActor[i] as number] as Actor;
    nodes[i] = {
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      quotedCount: nodeQuoted[i] as number,
      mentionedCount: nodeMentioned[i] as number,
    };
  }
  const edges = new Array<GraphEdge>(edgeSource.length);
  for (let e = 0; e < edgeSource.length; e++) {
    const source = (actors[edgeSource[e] as number] as Actor).id;
    const target = (actors[edgeTarget[e] as number] as Actor).id;
    const from = edgeQuoteStart[e] as number;
    const to = edgeQuoteStart[e + 1] as number;
    const quoteIds = new Array<QuoteId>(to - from);
    for (let k = from; k < to; k++) quoteIds[k - from] = quoteIdAt(edgeQuotes[k] as number);
    edges[e] = { id: edgeIdOf(source, target), source, target, quoteIds };
  }
  return { nodes, edges };
}

function sameColumns(a: GraphColumns, b: GraphColumns): boolean {
  return COLUMNS.every((name) => {
    const x = a[name];
    const y = b[name];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  });
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The bytes of `graph.bin` for a corpus of `actors` actors and `quotes` quotes. Deterministic.
 * Pure.
 */
export function encodeGraphSummary(
  summary: GraphSummary,
  counts: { actors: number; quotes: number },
): Uint8Array {
  const viewIsFull = summary.view === summary.full || sameColumns(summary.view, summary.full);
  const size = (c: GraphColumns) => COLUMNS.reduce((sum, name) => sum + c[name].length, 0);
  const words = 9 + size(summary.full) + (viewIsFull ? 0 : 3 + size(summary.view));
  const out = new DataView(new ArrayBuffer(words * 4));
  let at = 0;
  const put = (value: number) => {
    out.setInt32(at, value, true);
    at += 4;
  };
  const putGraph = (c: GraphColumns) => {
    for (const name of COLUMNS) for (const v of c[name]) put(v);
  };
  const { full, view } = summary;
  for (const v of [MAGIC, FORMAT, counts.actors, counts.quotes]) put(v);
  put(full.nodeActor.length);
  put(full.edgeSource.length);
  put(full.edgeQuotes.length);
  put(viewIsFull ? 1 : 0);
  put(0); // reserved
  putGraph(full);
  if (!viewIsFull) {
    put(view.nodeActor.length);
    put(view.edgeSource.length);
    put(view.edgeQuotes.length);
    putGraph(view);
  }
  return new Uint8Array(out.buffer);
}

function summaryError(detail: string): CorpusError {
  return new CorpusError(
    'schema',
    `The corpus does not match the format:\n${GRAPH_SUMMARY_FILE}: ${detail}`,
  );
}

/**
 * Reads and checks `graph.bin` against the manifest's counts: the header, the exact length, and
 * every column (actor and quote positions in range, actors in corpus order and each once, no
 * self-loop, no empty edge, counts not negative). Errors name the file and the record
 * (`graph.bin: view edge 12: target 99 is not an actor`). The columns share `bytes`'s buffer
 * when it is aligned (no copy). Pure.
 */
export function decodeGraphSummary(
  bytes: ArrayBuffer,
  counts: { actors: number; quotes: number },
): GraphSummary {
  if (bytes.byteLength < 36 || bytes.byteLength % 4 !== 0)
    throw summaryError(`${bytes.byteLength} bytes is not a graph summary.`);
  const data = new DataView(bytes);
  const word = (i: number) => data.getInt32(i * 4, true);
  if (word(0) !== MAGIC) throw summaryError('not a graph summary (wrong magic number).');
  if (word(1) !== FORMAT) throw summaryError(`format ${word(1)} is not supported.`);
  if (word(2) !== counts.actors || word(3) !== counts.quotes)
    throw summaryError(
      `made for ${word(2)} actors and ${word(3)} quotes, the manifest says ${counts.actors} and ${counts.quotes}.`,
    );
  const total = bytes.byteLength / 4;
  const ints = littleEndian ? new Int32Array(bytes) : null;
  let at = 9;
  const take = (length: number): Int32Array => {
    if (length < 0 || at + length > total) throw summaryError('ends before its last column.');
    const column = ints
      ? ints.subarray(at, at + length)
      : Int32Array.from({ length }, (_, i) => word(at + i));
    at += length;
    return column;
  };
  const readGraph = (name: string, nodes: number, edges: number, entries: number) => {
    const c: GraphColumns = {
      nodeActor: take(nodes),
      nodeQuoted: take(nodes),
      nodeMentioned: take(nodes),
      edgeSource: take(edges),
      edgeTarget: take(edges),
      edgeQuoteStart: take(edges + 1),
      edgeQuotes: take(entries),
    };
    checkColumns(name, c, counts);
    return c;
  };
  const full = readGraph('full', word(4), word(5), word(6));
  const viewIsFull = word(7) === 1;
  let view = full;
  if (!viewIsFull) {
    if (at + 3 > total) throw summaryError('ends before its view graph.');
    const [nodes, edges, entries] = [word(at), word(at + 1), word(at + 2)];
    at += 3;
    view = readGraph('view', nodes, edges, entries);
  }
  if (at !== total) throw summaryError(`${(total - at) * 4} bytes after the last column.`);
  return { full, view };
}

function checkColumns(
  name: string,
  c: GraphColumns,
  counts: { actors: number; quotes: number },
): void {
  let previous = -1;
  for (let i = 0; i < c.nodeActor.length; i++) {
    const actor = c.nodeActor[i] as number;
    if (actor <= previous || actor >= counts.actors)
      throw summaryError(`${name} node ${i}: actor ${actor} is out of order or not an actor.`);
    previous = actor;
    if ((c.nodeQuoted[i] as number) < 0 || (c.nodeMentioned[i] as number) < 0)
      throw summaryError(`${name} node ${i}: a negative count.`);
  }
  const edges = c.edgeSource.length;
  if (c.edgeQuoteStart[0] !== 0 || c.edgeQuoteStart[edges] !== c.edgeQuotes.length)
    throw summaryError(`${name} edges: the quote lists do not cover the quote column.`);
  for (let e = 0; e < edges; e++) {
    const source = c.edgeSource[e] as number;
    const target = c.edgeTarget[e] as number;
    if (source < 0 || source >= counts.actors)
      throw summaryError(`${name} edge ${e}: source ${source} is not an actor.`);
    if (target < 0 || target >= counts.actors || target === source)
      throw summaryError(`${name} edge ${e}: target ${target} is not another actor.`);
    if ((c.edgeQuoteStart[e + 1] as number) <= (c.edgeQuoteStart[e] as number))
      throw summaryError(`${name} edge ${e}: no quotes.`);
  }
  for (let k = 0; k < c.edgeQuotes.length; k++) {
    const quote = c.edgeQuotes[k] as number;
    if (quote < 0 || quote >= counts.quotes)
      throw summaryError(`${name} edge quotes[${k}]: ${quote} is not a quote.`);
  }
}

/**
 * Null when `summary` is exactly the graphs computed from the quotes, else the CorpusError
 * naming the first graph that differs: a summary that passed its own checks but does not say
 * what the quotes say is refused like any other bad record. Pure.
 */
export function summaryMismatch(summary: GraphSummary, computed: GraphSummary): CorpusError | null {
  if (!sameColumns(summary.full, computed.full))
    return summaryError('the full graph is not the graph of the quotes.');
  if (!sameColumns(summary.view, computed.view))
    return summaryError('the view graph is not the graph of the distinct statements.');
  return null;
}

/**
 * The summary of a corpus: its full graph and its unfiltered view graph as columns, and the
 * graphs themselves (the worker hands them on). Pure.
 */
export function summariseCorpus(
  corpus: Pick<SlimCorpus, 'actors' | 'articles' | 'quotes' | 'statements'>,
): GraphSummary & { fullGraph: ActorGraph; viewGraph: ActorGraph } {
  const fullGraph = fullCorpusGraph(corpus);
  const viewGraph = unfilteredViewGraph(fullGraph);
  const full = graphColumns(fullGraph, corpus.actors, corpus.quotes);
  const view =
    viewGraph === fullGraph ? full : graphColumns(viewGraph, corpus.actors, corpus.quotes);
  return { full, view, fullGraph, viewGraph };
}

/** The bytes of `graph.bin` for a corpus (what the ingest and the bench write). Pure. */
export function graphSummaryBytes(
  corpus: Pick<SlimCorpus, 'actors' | 'articles' | 'quotes' | 'statements'>,
): Uint8Array {
  return encodeGraphSummary(summariseCorpus(corpus), {
    actors: corpus.actors.length,
    quotes: corpus.quotes.length,
  });
}

/** What an edge's quote list holds until `fillQuoteIds` has run (never a real quote id). */
export const PENDING_QUOTE_ID = '' as QuoteId;

export interface SummaryGraphs {
  fullGraph: ActorGraph;
  /** The full graph's object when the summary's view is its full graph. */
  viewGraph: ActorGraph;
}

/**
 * The two graphs of a summary as ActorGraphs over the corpus's actors, before any quote is
 * known: every edge's `quoteIds` has its real length (what the picture draws) but holds
 * PENDING_QUOTE_ID until `fillQuoteIds` writes the ids in. Pure.
 */
export function summaryGraphs(summary: GraphSummary, actors: readonly Actor[]): SummaryGraphs {
  const idAt = () => PENDING_QUOTE_ID;
  const fullGraph = graphFromColumns(summary.full, actors, idAt);
  const viewGraph =
    summary.view === summary.full ? fullGraph : graphFromColumns(summary.view, actors, idAt);
  return { fullGraph, viewGraph };
}

/**
 * Writes the quote ids into the graphs `summaryGraphs` made, once the quotes are in (the same
 * objects, so a view holding them keeps its scene). MUTATES `graphs`' edges' `quoteIds`; call it
 * once, with the corpus's quotes in order, before anything reads a quote id of those graphs.
 */
export function fillQuoteIds(
  graphs: SummaryGraphs,
  summary: GraphSummary,
  quotes: readonly Pick<Quote, 'id'>[],
): void {
  const fill = (graph: ActorGraph, c: GraphColumns) => {
    graph.edges.forEach((edge, e) => {
      const from = c.edgeQuoteStart[e] as number;
      for (let k = 0; k < edge.quoteIds.length; k++)
        edge.quoteIds[k] = (quotes[c.edgeQuotes[from + k] as number] as Pick<Quote, 'id'>).id;
    });
  };
  fill(graphs.fullGraph, summary.full);
  if (graphs.viewGraph !== graphs.fullGraph) fill(graphs.viewGraph, summary.view);
}
