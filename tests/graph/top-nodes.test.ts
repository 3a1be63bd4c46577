// The overview's most quoted and most talked about: the head of a full sort, on the synthetic
// corpus (many actors tied at one or two quotes, so the name order decides) and small cases.
import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/corpus/schema.ts';
import { buildActorGraph, type GraphNode } from '../../src/graph/build-actor-graph.ts';
import { topNodes } from '../../src/graph/top-nodes.ts';
import { syntheticCorpus } from '../fixtures/graph/synthetic-corpus.ts';

const { actors, quotes } = syntheticCorpus(600, 2000, 9);
const graph = buildActorGraph(actors, quotes);

function bySort(nodes: readonly GraphNode[], count: (n: GraphNode) => number, limit: number) {
  return nodes
    .filter((n) => count(n) > 0)
    .sort((a, b) => count(b) - count(a) || a.name.localeCompare(b.name))
    .slice(0, limit);
}

describe('topNodes', () => {
  it.each([1, 8, 50, 700])('is the head of the full sort (limit %i)', (limit) => {
    for (const count of [(n: GraphNode) => n.quotedCount, (n: GraphNode) => n.mentionedCount]) {
      expect(topNodes(graph.nodes, count, limit)).toEqual(bySort(graph.nodes, count, limit));
    }
  });

  it('breaks ties by name and leaves out nodes counted 0', () => {
    const node = (name: string, quotedCount: number): GraphNode => ({
      id: name as ActorId,
      name,
      kind: 'person',
      quotedCount,
      mentionedCount: 0,
    });
    const nodes = [node('Zoe', 2), node('Ann', 1), node('Bob', 2), node('Cy', 0), node('Al', 1)];
    const names = topNodes(nodes, (n) => n.quotedCount, 3).map((n) => n.name);
    expect(names).toEqual(['Bob', 'Zoe', 'Al']);
    expect(topNodes(nodes, (n) => n.quotedCount, 10).map((n) => n.name)).not.toContain('Cy');
  });
});
