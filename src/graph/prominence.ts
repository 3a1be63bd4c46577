import type { GraphNode } from './build-actor-graph.ts';

/**
 * Orders nodes most prominent first: most quoted, then most mentioned, then by name and id
 * (a total order, so the result never depends on input order). Used for labels, button order
 * and drawing order. Returns a new array; the input is not mutated.
 */
export function byProminence<T extends GraphNode>(nodes: readonly T[]): T[] {
  return [...nodes].sort(
    (a, b) =>
      b.quotedCount - a.quotedCount ||
      b.mentionedCount - a.mentionedCount ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
