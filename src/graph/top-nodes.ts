import type { GraphNode } from './build-actor-graph.ts';

/**
 * The `limit` nodes with the highest `count` (above 0), highest first, ties by name
 * (`localeCompare`): what sorting every node and keeping the head gives, without sorting every
 * node. The overview asks for it on each filter change (a brush step), and at 10,000 actors
 * a full sort spent most of its time comparing names of actors tied at one quote.
 * Pure; O(nodes · limit) numeric comparisons, names compared only at a tie with the kept ones.
 */
export function topNodes(
  nodes: readonly GraphNode[],
  count: (n: GraphNode) => number,
  limit: number,
): GraphNode[] {
  const top: GraphNode[] = [];
  const before = (a: GraphNode, b: GraphNode) => {
    const d = count(a) - count(b);
    return d !== 0 ? d > 0 : a.name.localeCompare(b.name) < 0;
  };
  for (const node of nodes) {
    const c = count(node);
    if (c <= 0 || limit <= 0) continue;
    if (top.length === limit) {
      const last = top[limit - 1] as GraphNode;
      if (c < count(last) || !before(node, last)) continue;
      top.pop();
    }
    let at = top.length;
    while (at > 0 && before(node, top[at - 1] as GraphNode)) at--;
    top.splice(at, 0, node);
  }
  return top;
}
