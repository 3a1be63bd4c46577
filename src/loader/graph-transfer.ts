import { edgeIdOf } from '../corpus/edge-id.ts';
import type { ActorGraph, GraphEdge, GraphNode } from '../graph/build-actor-graph.ts';
import type { Actor, Quote } from '../corpus/schema.ts';

/**
 * An ActorGraph as flat typed arrays of positions (in `corpus.actors` / `corpus.quotes`), so a
 * worker can hand a 75,000-edge graph to the page as a few transferred buffers instead of a
 * structured clone of 75,000 objects and their quote-id strings.
 */
export interface GraphBuffers {
  nodeActor: Int32Array;
  nodeQuoted: Int32Array;
  nodeMentioned: Int32Array;
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  /** Edge e's quotes are `edgeQuotes[edgeQuoteStart[e] .. edgeQuoteStart[e + 1])`. */
  edgeQuoteStart: Int32Array;
  edgeQuotes: Int32Array;
}

/** The buffers to list for transfer. */
export function graphTransferList(buffers: GraphBuffers): ArrayBuffer[] {
  return Object.values(buffers).map((a: Int32Array) => a.buffer as ArrayBuffer);
}

/**
 * Encodes a graph built from `actors` and `quotes`. Pure. Throws when the graph names an actor
 * or quote that is not in them (it was not built from these arrays).
 */
export function encodeGraph(
  graph: ActorGraph,
  actors: readonly Pick<Actor, 'id'>[],
  quotes: readonly Pick<Quote, 'id'>[],
): GraphBuffers {
  const actorAt = new Map<string, number>();
  actors.forEach((a, i) => {
    if (!actorAt.has(a.id)) actorAt.set(a.id, i);
  });
  const quoteAt = new Map<string, number>();
  quotes.forEach((q, i) => quoteAt.set(q.id, i));
  const position = (map: Map<string, number>, id: string) => {
    const at = map.get(id);
    if (at === undefined) throw new Error(`encodeGraph: "${id}" is not in the corpus`);
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
 * The graph back from its buffers, over the same `actors` and `quotes`: equal (deeply, in
 * order) to the graph that was encoded. Pure.
 */
export function decodeGraph(
  buffers: GraphBuffers,
  actors: readonly Actor[],
  quotes: readonly Quote[],
): ActorGraph {
  const { nodeActor, nodeQuoted, nodeMentioned, edgeSource, edgeTarget } = buffers;
  const { edgeQuoteStart, edgeQuotes } = buffers;
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
    const quoteIds = new Array<Quote['id']>(to - from);
    for (let k = from; k < to; k++)
      quoteIds[k - from] = (quotes[edgeQuotes[k] as number] as Quote).id;
    edges[e] = { id: edgeIdOf(source, target), source, target, quoteIds };
  }
  return { nodes, edges };
}
