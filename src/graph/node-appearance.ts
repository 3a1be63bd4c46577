import type { ActorId } from '../corpus/schema.ts';
import { communityColor } from '../theme/community-colors.ts';
import type { ActorGraph, GraphNode } from './build-actor-graph.ts';
import type { GraphStructure } from './graph-structure.ts';
import { maxNodeWeight, nodeWeight } from './node-style.ts';

/** What node size shows. */
export type SizeBy = 'quotes' | 'degree' | 'pagerank';
/** What node colour shows. */
export type ColourBy = 'kind' | 'community';

export const SIZE_BY_OPTIONS: ReadonlyArray<readonly [SizeBy, string]> = [
  ['quotes', 'Quotes'],
  ['degree', 'Degree'],
  ['pagerank', 'PageRank'],
];
export const COLOUR_BY_OPTIONS: ReadonlyArray<readonly [ColourBy, string]> = [
  ['kind', 'Kind'],
  ['community', 'Community'],
];

/** How a scene sizes and fills its nodes when not by quotes and kind. */
export interface NodeAppearance {
  /** A node's weight (radius grows with its square root) on the scale of `maxWeight`. */
  readonly weightOf: (node: GraphNode) => number;
  /** The largest weight in the unfiltered graph, so filtering never resizes nodes. */
  readonly maxWeight: number;
  /** A fill replacing the kind colour, or null to keep it. */
  readonly fillOf: (id: ActorId) => string | null;
}

/**
 * The appearance for `sizeBy` and `colourBy`, measured on the unfiltered graph's `structure`
 * (so a filtered view keeps each node's size and colour). Null means the default look (size by
 * quotes, colour by kind), which is also what a view falls back to while `structure` is not
 * computed yet. PageRank is scaled by the number of actors (mean 1) to sit on the same sqrt
 * scale as counts. Pure; the returned functions read only their arguments' captured values.
 */
export function nodeAppearance(
  sizeBy: SizeBy,
  colourBy: ColourBy,
  structure: GraphStructure | null,
  fullGraph: ActorGraph,
): NodeAppearance | null {
  if (!structure || (sizeBy === 'quotes' && colourBy === 'kind')) return null;
  const position = new Map<ActorId, number>();
  structure.ids.forEach((id, i) => {
    if (!position.has(id)) position.set(id, i);
  });
  const n = structure.ids.length;
  const measure = (i: number) =>
    sizeBy === 'degree' ? (structure.degree[i] as number) : (structure.pagerank[i] as number) * n;
  let weightOf: (node: GraphNode) => number = nodeWeight;
  let maxWeight = maxNodeWeight(fullGraph.nodes);
  if (sizeBy !== 'quotes') {
    maxWeight = 0;
    for (let i = 0; i < n; i++) maxWeight = Math.max(maxWeight, measure(i));
    weightOf = (node) => {
      const i = position.get(node.id);
      return i === undefined ? 0 : measure(i);
    };
  }
  const fillOf =
    colourBy === 'community'
      ? (id: ActorId) => {
          const i = position.get(id);
          return i === undefined ? null : communityColor(structure.community[i] as number);
        }
      : () => null;
  return { weightOf, maxWeight, fillOf };
}
