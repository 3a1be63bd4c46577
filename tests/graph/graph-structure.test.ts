import { describe, expect, it } from 'vitest';
import { computeGraphStructure, computeStructure } from '../../src/graph/graph-structure.ts';
import { structureInput } from '../../src/graph/structure-input.ts';
import { tinyGraph } from '../fixtures/graph/tiny-graph.ts';

// Two tight triangles joined by one weak link, plus an actor without links.
const twoClusters = tinyGraph(
  ['a', 'b', 'c', 'x', 'y', 'z', 'alone'],
  ['a>b*3', 'b>a*2', 'b>c*3', 'c>a*3', 'x>y*3', 'y>z*3', 'z>x*3', 'x>z*2', 'c>x*1', 'a>c*4'],
);

describe('computeGraphStructure', () => {
  const s = computeGraphStructure(twoClusters);
  const at = (id: string) => s.ids.indexOf(id as never);

  it('counts distinct neighbours as degree (a pair linked both ways once)', () => {
    expect(s.degree[at('a')]).toBe(2);
    expect(s.degree[at('c')]).toBe(3);
    expect(s.degree[at('alone')]).toBe(0);
  });

  it('ranks by PageRank along speaker → mentioned, summing to 1', () => {
    const total = [...s.pagerank].reduce((x, y) => x + y, 0);
    expect(total).toBeCloseTo(1, 6);
    // a is mentioned most heavily within its triangle.
    expect(s.pagerank[at('a')]).toBeGreaterThan(s.pagerank[at('b')] as number);
  });

  it('finds the two triangles as communities, largest first, and the isolated one alone', () => {
    const group = (id: string) => s.community[at(id)];
    expect(group('a')).toBe(group('b'));
    expect(group('a')).toBe(group('c'));
    expect(group('x')).toBe(group('y'));
    expect(group('x')).toBe(group('z'));
    expect(group('a')).not.toBe(group('x'));
    expect(s.communities.map((c) => c.size)).toEqual([3, 3, 1]);
    expect(s.communities[2]?.leaderId).toBe('alone');
  });

  it('names each community after its member of highest PageRank', () => {
    for (const c of s.communities) {
      const members = s.ids.flatMap((_id, i) => (s.community[i] === c.index ? [i] : []));
      const best = Math.max(...members.map((i) => s.pagerank[i] as number));
      expect(s.pagerank[at(c.leaderId)]).toBe(best);
    }
  });

  it('gives the same assignment on every run', () => {
    const again = computeGraphStructure(twoClusters);
    expect([...again.community]).toEqual([...s.community]);
    expect(again.communities).toEqual(s.communities);
    expect([...again.pagerank]).toEqual([...s.pagerank]);
  });

  it('handles the empty graph', () => {
    const empty = computeStructure(structureInput({ nodes: [], edges: [] }));
    expect(empty.communities).toEqual([]);
    expect(empty.degree.length).toBe(0);
  });
});

describe('structureInput', () => {
  it('keeps links between known actors only, as node indices and quote counts', () => {
    const g = tinyGraph(['a', 'b'], ['a>b*2']);
    const partial = { nodes: g.nodes.slice(0, 1), edges: g.edges };
    expect(structureInput(partial).sources.length).toBe(0);
    const full = structureInput(g);
    expect([...full.sources, ...full.targets, ...full.weights]).toEqual([0, 1, 2]);
  });
});
