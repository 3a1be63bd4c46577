import type { ActorId, ActorKind } from '../corpus/schema.ts';
import type { ActorGraph, GraphEdge } from './build-actor-graph.ts';
import { isDoubtfulKind } from './node-style.ts';

/** Which links a focus follows: out (whom the actor talks about), in (who talks about it), both. */
export type LinkDirection = 'out' | 'in' | 'both';
export type FocusDepth = 1 | 2;

/** A focus on one actor's neighbourhood. */
export interface FocusSpec {
  readonly id: ActorId;
  readonly depth: FocusDepth;
  readonly direction: LinkDirection;
}

/**
 * The neighbourhood of `spec.id` in `graph`: the actors reached from it in at most `depth`
 * steps along links in `direction` (out: speaker → mentioned, in: the reverse, both: either),
 * and the links walked to reach them, i.e. every link in that direction that leaves an actor
 * fewer than `depth` steps away. Links between two actors on the outer ring are left out, so
 * depth 1 is a star. An actor not in `graph` gives the empty graph.
 *
 * Node and edge order follow `graph` (so the result is deterministic and keeps the full
 * graph's drawing order); node objects are shared with `graph`, not copied. Pure.
 * O(nodes + edges).
 */
export function focusSubgraph(graph: ActorGraph, spec: FocusSpec): ActorGraph {
  if (!graph.nodes.some((n) => n.id === spec.id)) return { nodes: [], edges: [] };
  const out = spec.direction !== 'in';
  const inc = spec.direction !== 'out';
  const next = new Map<ActorId, ActorId[]>();
  const link = (from: ActorId, to: ActorId) => {
    const list = next.get(from);
    if (list) list.push(to);
    else next.set(from, [to]);
  };
  for (const edge of graph.edges) {
    if (edge.source === edge.target) continue;
    if (out) link(edge.source, edge.target);
    if (inc) link(edge.target, edge.source);
  }
  const distance = new Map<ActorId, number>([[spec.id, 0]]);
  let ring: ActorId[] = [spec.id];
  for (let step = 1; step <= spec.depth && ring.length > 0; step++) {
    const reached: ActorId[] = [];
    for (const id of ring) {
      for (const other of next.get(id) ?? []) {
        if (distance.has(other)) continue;
        distance.set(other, step);
        reached.push(other);
      }
    }
    ring = reached;
  }
  const inner = (id: ActorId) => (distance.get(id) ?? Infinity) < spec.depth;
  const edges = graph.edges.filter((e) => {
    if (!distance.has(e.source) || !distance.has(e.target) || e.source === e.target) return false;
    return (out && inner(e.source)) || (inc && inner(e.target));
  });
  return { nodes: graph.nodes.filter((n) => distance.has(n.id)), edges };
}

/** How to thin a graph. */
export interface ThinSpec {
  /** Links with fewer quotes are hidden; actors left without any link go with them. */
  readonly minQuotes: number;
  /** Only actors of these kinds are kept; null keeps every kind. */
  readonly kinds: ReadonlySet<ActorKind> | null;
  /** Leave out actors of doubtful identity (the unknown speaker). */
  readonly hideUnknown: boolean;
}

/** Thinning that changes nothing. */
export const NO_THINNING: ThinSpec = { minQuotes: 1, kinds: null, hideUnknown: false };

/** True when `spec` would leave some graph smaller. Pure. */
export function isThinning(spec: ThinSpec): boolean {
  return spec.minQuotes > 1 || spec.kinds !== null || spec.hideUnknown;
}

/**
 * `graph` cut down by `spec`, in two steps: first the actors of other kinds (and, with
 * `hideUnknown`, doubtful ones) go with all their links; then links with fewer than
 * `minQuotes` quotes go, and so does every actor that had links before this step and has none
 * after it (an actor that never had a link, say a speaker whose quotes mention no one, stays).
 *
 * Returns `graph` itself when `spec` thins nothing; otherwise node and edge order follow
 * `graph` and node/edge objects are shared, not copied. Edges to actors outside `graph.nodes`
 * are dropped. Pure (a per-graph index of edge ends is memoised, invisible to callers).
 * O(nodes + edges).
 */
export function thinGraph(graph: ActorGraph, spec: ThinSpec): ActorGraph {
  if (!isThinning(spec)) return graph;
  const { kinds, hideUnknown, minQuotes } = spec;
  const { indexOf, source, target } = endsOf(graph);
  const n = graph.nodes.length;
  const kept = new Uint8Array(n);
  graph.nodes.forEach((node, i) => {
    if (kinds && !kinds.has(node.kind)) return;
    if (hideUnknown && isDoubtfulKind(node.kind)) return;
    if (indexOf.get(node.id) === i) kept[i] = 1;
  });
  // 1: had a link after the kind step; 2: still has one after the threshold.
  const linked = new Uint8Array(n);
  const edges: GraphEdge[] = [];
  for (let e = 0; e < graph.edges.length; e++) {
    const s = source[e] as number;
    const t = target[e] as number;
    if (s < 0 || t < 0 || !kept[s] || !kept[t]) continue;
    const edge = graph.edges[e] as GraphEdge;
    if (edge.quoteIds.length < minQuotes) {
      linked[s] ||= 1;
      linked[t] ||= 1;
      continue;
    }
    linked[s] = 2;
    linked[t] = 2;
    edges.push(edge);
  }
  const nodes = graph.nodes.filter((_, i) => kept[i] && linked[i] !== 1);
  return { nodes, edges };
}

interface GraphEnds {
  readonly indexOf: ReadonlyMap<ActorId, number>;
  /** Node index of each edge's source and target (-1: not a node of the graph). */
  readonly source: Int32Array;
  readonly target: Int32Array;
}

// Memo per graph object (graphs are never mutated): thinning again, as the user moves the
// threshold, then compares integers instead of hashing 75,000 id strings twice.
const endsCache = new WeakMap<ActorGraph, GraphEnds>();

function endsOf(graph: ActorGraph): GraphEnds {
  const cached = endsCache.get(graph);
  if (cached) return cached;
  const indexOf = new Map<ActorId, number>();
  graph.nodes.forEach((node, i) => {
    if (!indexOf.has(node.id)) indexOf.set(node.id, i);
  });
  const source = new Int32Array(graph.edges.length);
  const target = new Int32Array(graph.edges.length);
  graph.edges.forEach((edge, e) => {
    source[e] = indexOf.get(edge.source) ?? -1;
    target[e] = indexOf.get(edge.target) ?? -1;
  });
  const ends = { indexOf, source, target };
  endsCache.set(graph, ends);
  return ends;
}
