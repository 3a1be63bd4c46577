import type { ActorId } from './schema.ts';

/**
 * `${source}->${target}`: the id of a directed speaker → mentioned-actor pair, used in the URL
 * (?edge=). It belongs to the contract, not the graph, because panels and the URL name pairs
 * without building a graph.
 */
export type EdgeId = string & { readonly __brand: 'EdgeId' };

const EDGE_SEPARATOR = '->';

/** The edge id of the directed pair `source → target`. Pure. */
export function edgeIdOf(source: ActorId, target: ActorId): EdgeId {
  return `${source}${EDGE_SEPARATOR}${target}` as EdgeId;
}

/**
 * Splits an edge id back into its endpoints, or returns null when the text is not an edge id.
 * Actor ids are slugs (no `->`), so the first separator is the split point. Pure.
 */
export function parseEdgeId(id: string): { source: ActorId; target: ActorId } | null {
  const at = id.indexOf(EDGE_SEPARATOR);
  if (at <= 0 || at + EDGE_SEPARATOR.length >= id.length) return null;
  return {
    source: id.slice(0, at) as ActorId,
    target: id.slice(at + EDGE_SEPARATOR.length) as ActorId,
  };
}
