import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/corpus/schema.ts';
import { buildActorGraph } from '../../src/graph/build-actor-graph.ts';
import { buildAdjacency, neighbourhoodOf } from '../../src/graph/neighbourhood.ts';
import { NEWS_ACTORS, NEWS_QUOTES } from '../fixtures/graph/news-network.ts';

describe('neighbourhoodOf', () => {
  const graph = buildActorGraph(NEWS_ACTORS, NEWS_QUOTES, { includeIsolated: true });
  const adjacency = buildAdjacency(graph);

  it('holds the node, everyone it talks about or is talked about by, and those edges', () => {
    const n = neighbourhoodOf(adjacency, 'vladimir-putin' as ActorId);
    expect([...n.nodes].sort()).toEqual(
      ['afghanistan', 'dmitry-peskov', 'nato', 'ukraine', 'united-states', 'vladimir-putin'].sort(),
    );
    expect([...n.edges].sort()).toEqual(
      [
        'dmitry-peskov->vladimir-putin',
        'vladimir-putin->afghanistan',
        'vladimir-putin->nato',
        'vladimir-putin->ukraine',
        'vladimir-putin->united-states',
      ].sort(),
    );
  });

  it('is just the node for an isolated actor, and empty for an unknown one', () => {
    const alone = neighbourhoodOf(adjacency, 'olaf-scholz' as ActorId);
    expect([...alone.nodes]).toEqual(['olaf-scholz']);
    expect(alone.edges.size).toBe(0);
    expect(neighbourhoodOf(adjacency, 'nobody' as ActorId).nodes.size).toBe(0);
  });

  it('ignores edges whose endpoints are not in the graph', () => {
    const partial = { nodes: graph.nodes.slice(0, 2), edges: graph.edges };
    const adj = buildAdjacency(partial);
    for (const edges of adj.edgesOf.values()) {
      for (const e of edges) {
        const [s, t] = e.split('->');
        expect(partial.nodes.some((n) => n.id === s) && partial.nodes.some((n) => n.id === t)).toBe(
          true,
        );
      }
    }
  });
});
