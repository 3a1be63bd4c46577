import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../src/graph/build-actor-graph.ts';
import { byProminence } from '../../src/graph/prominence.ts';

describe('byProminence', () => {
  it('orders by quotes, then mentions, then name, without mutating', () => {
    const node = (id: string, q: number, m: number): GraphNode =>
      ({ id, name: id, kind: 'person', quotedCount: q, mentionedCount: m }) as GraphNode;
    const nodes = [node('c', 1, 9), node('b', 5, 0), node('a', 1, 9), node('d', 5, 2)];
    expect(byProminence(nodes).map((n) => n.id)).toEqual(['d', 'b', 'a', 'c']);
    expect(nodes.map((n) => n.id)).toEqual(['c', 'b', 'a', 'd']);
  });
});
