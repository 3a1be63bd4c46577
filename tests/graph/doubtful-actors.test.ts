import { describe, expect, it } from 'vitest';
import { buildActorGraph } from '../../src/graph/build-actor-graph.ts';
import { withoutDoubtfulActors } from '../../src/graph/doubtful-actors.ts';
import { NEWS_ACTORS, NEWS_QUOTES } from '../fixtures/graph/news-network.ts';

describe('withoutDoubtfulActors', () => {
  const graph = buildActorGraph(NEWS_ACTORS, NEWS_QUOTES);

  it('drops the unknown speaker and every edge to or from it, without mutating', () => {
    const before = JSON.stringify(graph);
    const shown = withoutDoubtfulActors(graph);
    expect(graph.nodes.some((n) => n.id === 'unknown')).toBe(true);
    expect(graph.edges.some((e) => e.source === 'unknown')).toBe(true);
    expect(shown.nodes.map((n) => n.id)).toEqual(
      graph.nodes.filter((n) => n.id !== 'unknown').map((n) => n.id),
    );
    expect(shown.edges.some((e) => e.source === 'unknown' || e.target === 'unknown')).toBe(false);
    expect(shown.edges).toHaveLength(
      graph.edges.filter((e) => e.source !== 'unknown' && e.target !== 'unknown').length,
    );
    expect(JSON.stringify(graph)).toBe(before);
  });

  it('returns the same graph when nothing is doubtful', () => {
    const known = withoutDoubtfulActors(graph);
    expect(withoutDoubtfulActors(known)).toBe(known);
  });
});
