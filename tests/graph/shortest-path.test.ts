import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/corpus/schema.ts';
import { buildPathIndex, shortestPath } from '../../src/graph/shortest-path.ts';
import { tinyGraph } from '../fixtures/graph/tiny-graph.ts';

const id = (s: string) => s as ActorId;
const walk = (steps: ReturnType<typeof shortestPath>) =>
  steps?.map((s) => `${s.from}${s.forward ? '→' : '←'}${s.to}`);

describe('shortestPath', () => {
  // a → b → c, d → c, d → e, and a long way round a → x → y → e; z alone.
  const g = tinyGraph(
    ['a', 'b', 'c', 'd', 'e', 'x', 'y', 'z'],
    ['a>b', 'b>c', 'd>c', 'd>e', 'a>x', 'x>y', 'y>e'],
  );
  const index = buildPathIndex(g);

  it('follows links in either direction and takes the fewest steps', () => {
    expect(walk(shortestPath(index, id('a'), id('c')))).toEqual(['a→b', 'b→c']);
    // c ← d: d spoke about c, so walking from c to d goes against the arrow.
    expect(walk(shortestPath(index, id('c'), id('e')))).toEqual(['c←d', 'd→e']);
    expect(walk(shortestPath(index, id('a'), id('e')))).toEqual(['a→x', 'x→y', 'y→e']);
  });

  it('gives the links walked, with their quotes', () => {
    const steps = shortestPath(index, id('e'), id('a')) ?? [];
    expect(steps.map((s) => s.edge.id)).toEqual(['y->e', 'x->y', 'a->x']);
    expect(steps.every((s) => s.edge.quoteIds.length === 1)).toBe(true);
  });

  it('is empty from an actor to itself, null when unconnected or unknown', () => {
    expect(shortestPath(index, id('a'), id('a'))).toEqual([]);
    expect(shortestPath(index, id('a'), id('z'))).toBeNull();
    expect(shortestPath(index, id('a'), id('nobody'))).toBeNull();
  });

  it('is the same on every run: ties go to the first link in edge order', () => {
    // Two equally short ways from p to s: via q (first in edge order) and via r.
    const square = tinyGraph(['p', 'q', 'r', 's'], ['p>q', 'p>r', 'q>s', 'r>s']);
    const i = buildPathIndex(square);
    for (let run = 0; run < 3; run++) {
      expect(walk(shortestPath(i, id('p'), id('s')))).toEqual(['p→q', 'q→s']);
    }
  });

  it('ignores links to actors outside the graph', () => {
    const partial = { nodes: g.nodes.filter((n) => n.id !== 'b'), edges: g.edges };
    const i = buildPathIndex(partial);
    expect(walk(shortestPath(i, id('a'), id('c')))).toEqual(['a→x', 'x→y', 'y→e', 'e←d', 'd→c']);
  });
});
