import { describe, expect, it } from 'vitest';
import { buildGraphScene } from '../../src/graph/graph-scene.ts';
import { computeGraphStructure } from '../../src/graph/graph-structure.ts';
import { nodeAppearance } from '../../src/graph/node-appearance.ts';
import { MAX_NODE_RADIUS, MIN_NODE_RADIUS } from '../../src/graph/node-style.ts';
import { thinGraph, NO_THINNING } from '../../src/graph/explore-subgraph.ts';
import { COMMUNITY_COLORS } from '../../src/theme/community-colors.ts';
import { tinyGraph } from '../fixtures/graph/tiny-graph.ts';

// hub is linked with four actors by one quote each; talker says 9 quotes about one actor.
const g = tinyGraph(
  ['hub', 'a', 'b', 'c', 'talker', 'd'],
  ['a>hub', 'b>hub', 'c>hub', 'hub>d', 'talker>d*9'],
);
const positions = Object.fromEntries(
  g.nodes.map((n, i) => [n.id, [i * 10, 0] as [number, number]]),
);
const structure = computeGraphStructure(g);
const radius = (scene: ReturnType<typeof buildGraphScene>, id: string) =>
  scene.nodeById.get(id as never)?.r ?? NaN;

describe('nodeAppearance', () => {
  it('is null for the default look or before structure is known', () => {
    expect(nodeAppearance('quotes', 'kind', structure, g)).toBeNull();
    expect(nodeAppearance('degree', 'community', null, g)).toBeNull();
  });

  it('sizes by degree: the hub outgrows the talker, whose quotes made it big by default', () => {
    const byQuotes = buildGraphScene(g, g, positions);
    expect(radius(byQuotes, 'talker')).toBeGreaterThan(radius(byQuotes, 'hub'));
    const byDegree = buildGraphScene(
      g,
      g,
      positions,
      nodeAppearance('degree', 'kind', structure, g),
    );
    expect(radius(byDegree, 'hub')).toBe(MAX_NODE_RADIUS);
    expect(radius(byDegree, 'hub')).toBeGreaterThan(radius(byDegree, 'talker'));
  });

  it('sizes by PageRank within the radius bounds', () => {
    const scene = buildGraphScene(
      g,
      g,
      positions,
      nodeAppearance('pagerank', 'kind', structure, g),
    );
    for (const n of scene.nodes) {
      expect(n.r).toBeGreaterThanOrEqual(MIN_NODE_RADIUS);
      expect(n.r).toBeLessThanOrEqual(MAX_NODE_RADIUS);
    }
    // d is mentioned by the hub and the talker: the most PageRank.
    expect(radius(scene, 'd')).toBe(MAX_NODE_RADIUS);
  });

  it('colours by community, and a thinned view keeps sizes and colours of the full graph', () => {
    const look = nodeAppearance('degree', 'community', structure, g);
    const full = buildGraphScene(g, g, positions, look);
    for (const n of full.nodes) expect(COMMUNITY_COLORS).toContain(n.fill);
    const thin = buildGraphScene(
      thinGraph(g, { ...NO_THINNING, minQuotes: 2 }),
      g,
      positions,
      look,
    );
    for (const n of thin.nodes) {
      expect(n.r).toBe(full.nodeById.get(n.id)?.r);
      expect(n.fill).toBe(full.nodeById.get(n.id)?.fill);
    }
  });
});
