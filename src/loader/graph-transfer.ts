import type { ActorGraph } from '../graph/build-actor-graph.ts';
import { graphColumns, graphFromColumns, type GraphColumns } from '../graph/graph-summary.ts';
import type { Actor, Quote } from '../corpus/schema.ts';

/**
 * An ActorGraph as flat typed arrays of positions (in `corpus.actors` / `corpus.quotes`), so a
 * worker can hand a 75,000-edge graph to the page as a few transferred buffers instead of a
 * structured clone of 75,000 objects and their quote-id strings. The same columns as the web
 * corpus's graph.bin (src/graph/graph-summary.ts).
 */
export type GraphBuffers = GraphColumns;

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
  return graphColumns(graph, actors, quotes);
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
  return graphFromColumns(buffers, actors, (k) => (quotes[k] as Quote).id);
}
