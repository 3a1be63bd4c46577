import type { ActorId } from '../corpus/schema.ts';
import type { ActorGraph } from './build-actor-graph.ts';

/**
 * A graph reduced to what structure needs: actor ids and the links as flat typed arrays of
 * node indices and quote counts (transferable to a worker without copying).
 */
export interface StructureInput {
  readonly ids: readonly ActorId[];
  readonly sources: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Int32Array;
}

/**
 * The `StructureInput` of `graph`: its node ids in order and every link between two of its
 * nodes (self-loops and links to actors outside `graph.nodes` left out). Pure. O(nodes + edges).
 */
export function structureInput(graph: ActorGraph): StructureInput {
  const ids = graph.nodes.map((n) => n.id);
  const indexOf = new Map<ActorId, number>();
  ids.forEach((id, i) => {
    if (!indexOf.has(id)) indexOf.set(id, i);
  });
  const sources = new Int32Array(graph.edges.length);
  const targets = new Int32Array(graph.edges.length);
  const weights = new Int32Array(graph.edges.length);
  let m = 0;
  for (const edge of graph.edges) {
    const s = indexOf.get(edge.source);
    const t = indexOf.get(edge.target);
    if (s === undefined || t === undefined || s === t) continue;
    sources[m] = s;
    targets[m] = t;
    weights[m] = edge.quoteIds.length;
    m += 1;
  }
  return {
    ids,
    sources: sources.slice(0, m),
    targets: targets.slice(0, m),
    weights: weights.slice(0, m),
  };
}
