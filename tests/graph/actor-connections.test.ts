import { describe, expect, it } from 'vitest';
import { edgeIdOf } from '../../src/corpus/edge-id.ts';
import type { ActorId, QuoteId } from '../../src/corpus/schema.ts';
import type { ActorGraph, GraphEdge } from '../../src/graph/build-actor-graph.ts';
import { actorConnections } from '../../src/graph/neighbourhood.ts';

// A hand-built graph around "a": out-edges with tied counts (name decides), an in-edge, an
// edge to an actor the caller does not know, and an edge that does not touch "a" at all.
const id = (s: string) => s as ActorId;
function edge(source: string, target: string, quotes: number): GraphEdge {
  return {
    id: edgeIdOf(id(source), id(target)),
    source: id(source),
    target: id(target),
    quoteIds: Array.from({ length: quotes }, (_, i) => `${source}-${target}-${i}` as QuoteId),
  };
}
const graph: ActorGraph = {
  nodes: [],
  edges: [
    edge('a', 'zed', 2),
    edge('a', 'bea', 2),
    edge('a', 'cy', 5),
    edge('dee', 'a', 1),
    edge('a', 'ghost', 9),
    edge('bea', 'cy', 4),
  ],
};
const actorsById = new Map(
  ['a', 'bea', 'cy', 'dee', 'zed'].map((name) => [id(name), { name }] as const),
);

describe('actorConnections', () => {
  it('lists out- and in-links, most quotes first, ties by name, unknown ends skipped', () => {
    const { talksAbout, talkedAboutBy } = actorConnections(graph, id('a'), actorsById);
    expect(talksAbout.map((c) => [c.actor.name, c.count, c.edgeId])).toEqual([
      ['cy', 5, 'a->cy'],
      ['bea', 2, 'a->bea'],
      ['zed', 2, 'a->zed'],
    ]);
    expect(talkedAboutBy.map((c) => [c.actor.name, c.count])).toEqual([['dee', 1]]);
  });

  it('is empty for an actor with no edges', () => {
    expect(actorConnections(graph, id('nobody'), actorsById)).toEqual({
      talksAbout: [],
      talkedAboutBy: [],
    });
  });
});
