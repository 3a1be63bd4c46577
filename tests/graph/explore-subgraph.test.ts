import { describe, expect, it } from 'vitest';
import type { ActorId, ActorKind } from '../../src/corpus/schema.ts';
import {
  focusSubgraph,
  isThinning,
  NO_THINNING,
  thinGraph,
} from '../../src/graph/explore-subgraph.ts';
import type { ActorGraph } from '../../src/graph/build-actor-graph.ts';
import { seededRandom } from '../../src/lib/seeded-random.ts';
import { idsOf, linksOf, tinyGraph } from '../fixtures/graph/tiny-graph.ts';

// a → b → c → d, e → a, b → e, and f alone.
const chain = tinyGraph(['a', 'b', 'c', 'd', 'e', 'f'], ['a>b', 'b>c', 'c>d', 'e>a', 'b>e']);
const focus = (id: string, depth: 1 | 2, direction: 'out' | 'in' | 'both') =>
  focusSubgraph(chain, { id: id as ActorId, depth, direction });

describe('focusSubgraph', () => {
  it('depth 1 out: whom the actor talks about, and only those links', () => {
    const g = focus('b', 1, 'out');
    expect(idsOf(g)).toEqual(['b', 'c', 'e']);
    expect(linksOf(g)).toEqual(['b->c', 'b->e']);
  });

  it('depth 1 in: who talks about the actor', () => {
    const g = focus('a', 1, 'in');
    expect(idsOf(g)).toEqual(['a', 'e']);
    expect(linksOf(g)).toEqual(['e->a']);
  });

  it('depth 1 both is a star: links between two neighbours are left out', () => {
    const g = focus('a', 1, 'both');
    expect(idsOf(g)).toEqual(['a', 'b', 'e']);
    // b → e joins two neighbours of a: not part of a's star.
    expect(linksOf(g)).toEqual(['a->b', 'e->a']);
  });

  it('depth 2 follows the direction two steps', () => {
    const out = focus('a', 2, 'out');
    expect(idsOf(out)).toEqual(['a', 'b', 'c', 'e']);
    expect(linksOf(out)).toEqual(['a->b', 'b->c', 'b->e']);
    const inc = focus('c', 2, 'in');
    expect(idsOf(inc)).toEqual(['a', 'b', 'c']);
    expect(linksOf(inc)).toEqual(['a->b', 'b->c']);
  });

  it('depth 2 both reaches across directions', () => {
    const g = focus('d', 2, 'both');
    expect(idsOf(g)).toEqual(['b', 'c', 'd']);
    expect(linksOf(g)).toEqual(['b->c', 'c->d']);
  });

  it('is the actor alone when it has no links, empty when unknown', () => {
    expect(idsOf(focus('f', 2, 'both'))).toEqual(['f']);
    expect(focus('nobody', 1, 'both')).toEqual({ nodes: [], edges: [] });
  });

  it('shares node objects and never mutates its input', () => {
    const before = JSON.stringify(chain);
    const g = focus('b', 2, 'both');
    expect(g.nodes[0]).toBe(chain.nodes.find((n) => n.id === g.nodes[0]?.id));
    expect(JSON.stringify(chain)).toBe(before);
  });

  it('never walks a self-link or a link to an actor outside the graph', () => {
    const g = tinyGraph(['a', 'b', 'c'], ['a>a', 'a>b', 'b>c']);
    // c is dropped from the nodes but its link stays: a thinned or hand-made graph can do that.
    const dangling: ActorGraph = { nodes: g.nodes.slice(0, 2), edges: g.edges };
    const out = focusSubgraph(dangling, { id: 'a' as ActorId, depth: 2, direction: 'out' });
    expect(idsOf(out)).toEqual(['a', 'b']);
    expect(linksOf(out)).toEqual(['a->b']);
  });

  it('agrees with a plain breadth-first walk on random graphs, however often it is asked', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 20; round++) {
      const ids = Array.from({ length: 12 }, (_, i) => `n${i}`);
      const links = new Set<string>();
      for (let i = 0; i < 18; i++) {
        const s = ids[Math.floor(random() * ids.length)] as string;
        const t = ids[Math.floor(random() * ids.length)] as string;
        if (s !== t) links.add(`${s}>${t}`);
      }
      const graph = tinyGraph(ids, [...links]);
      for (const direction of ['out', 'in', 'both'] as const) {
        for (const depth of [1, 2] as const) {
          const id = ids[Math.floor(random() * ids.length)] as ActorId;
          const got = focusSubgraph(graph, { id, depth, direction });
          const want = referenceFocus(graph, id, depth, direction);
          expect([idsOf(got), linksOf(got)]).toEqual([idsOf(want), linksOf(want)]);
        }
      }
    }
  });
});

/** The focus rule written the obvious way (maps of ids), to check the indexed one against. */
function referenceFocus(
  graph: ActorGraph,
  id: ActorId,
  depth: 1 | 2,
  direction: 'out' | 'in' | 'both',
): ActorGraph {
  const out = direction !== 'in';
  const inc = direction !== 'out';
  const distance = new Map<ActorId, number>([[id, 0]]);
  for (let step = 1; step <= depth; step++) {
    for (const e of graph.edges) {
      if (out && distance.get(e.source) === step - 1 && !distance.has(e.target)) {
        distance.set(e.target, step);
      }
      if (inc && distance.get(e.target) === step - 1 && !distance.has(e.source)) {
        distance.set(e.source, step);
      }
    }
  }
  const inner = (a: ActorId) => (distance.get(a) ?? Infinity) < depth;
  return {
    nodes: graph.nodes.filter((n) => distance.has(n.id)),
    edges: graph.edges.filter(
      (e) =>
        distance.has(e.source) &&
        distance.has(e.target) &&
        ((out && inner(e.source)) || (inc && inner(e.target))),
    ),
  };
}

describe('thinGraph', () => {
  const g = tinyGraph(
    ['p:person', 'o:organization', 'c:country', 'u:unknown', 'q:person', 'lone:person'],
    ['p>o*3', 'o>p*1', 'p>c*1', 'u>p*5', 'q>c*2'],
  );

  it('returns the graph itself when nothing is thinned', () => {
    expect(isThinning(NO_THINNING)).toBe(false);
    expect(thinGraph(g, NO_THINNING)).toBe(g);
  });

  it('hides weak links and the actors left without links, never the always-isolated', () => {
    const t = thinGraph(g, { ...NO_THINNING, minQuotes: 3 });
    expect(linksOf(t)).toEqual(['p->o', 'u->p']);
    // c and q lost every link; lone never had one and stays.
    expect(idsOf(t)).toEqual(['p', 'o', 'u', 'lone']);
  });

  it('keeps only the chosen kinds, with their links among themselves', () => {
    const kinds = new Set<ActorKind>(['person', 'country']);
    const t = thinGraph(g, { ...NO_THINNING, kinds });
    expect(idsOf(t)).toEqual(['p', 'c', 'q', 'lone']);
    expect(linksOf(t)).toEqual(['p->c', 'q->c']);
  });

  it('hides unknown speakers and their links', () => {
    const t = thinGraph(g, { ...NO_THINNING, hideUnknown: true });
    expect(idsOf(t)).not.toContain('u');
    expect(linksOf(t)).not.toContain('u->p');
  });

  it('judges "left without links" after the kind filter, not before', () => {
    // With organizations hidden, p keeps only p → c (1 quote) and u → p (5).
    const kinds = new Set<ActorKind>(['person', 'country', 'unknown']);
    const t = thinGraph(g, { minQuotes: 2, kinds, hideUnknown: true });
    expect(linksOf(t)).toEqual(['q->c']);
    expect(idsOf(t)).toEqual(['c', 'q', 'lone']);
  });
});
