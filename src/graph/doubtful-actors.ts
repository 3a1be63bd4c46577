import type { ActorGraph } from './build-actor-graph.ts';
import { isDoubtfulKind } from './node-style.ts';

/**
 * The graph without its doubtful actors (the unknown speaker, see `isDoubtfulKind`) and
 * without every edge to or from them, so hiding them leaves no arrow pointing at nothing.
 * Returns `graph` itself when it has none. Pure: the input is not mutated.
 */
export function withoutDoubtfulActors(graph: ActorGraph): ActorGraph {
  const hidden = new Set(graph.nodes.filter((n) => isDoubtfulKind(n.kind)).map((n) => n.id));
  if (hidden.size === 0) return graph;
  return {
    nodes: graph.nodes.filter((n) => !hidden.has(n.id)),
    edges: graph.edges.filter((e) => !hidden.has(e.source) && !hidden.has(e.target)),
  };
}
