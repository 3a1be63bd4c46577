import type { ActorId, ActorKind } from '../corpus/schema.ts';
import type { ActorGraph, GraphEdge } from './build-actor-graph.ts';
import { isDoubtfulKind } from './node-style.ts';
import { weakMemo } from '../lib/weak-memo.ts';

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
 * graph's drawing order); node objects are shared with `graph`, not copied. Links to actors
 * outside `graph.nodes` lead nowhere and are dropped. Pure (per-graph indexes of edge ends
 * and of each actor's links are memoised, invisible to callers). O(nodes + edges) in
 * integer passes.
 */
export function focusSubgraph(graph: ActorGraph, spec: FocusSpec): ActorGraph {
  const { indexOf, source, target } = endsOf(graph);
  const start = indexOf.get(spec.id);
  if (start === undefined) return { nodes: [], edges: [] };
  const out = spec.direction !== 'in';
  const inc = spec.direction !== 'out';
  const { outStart, outEdges, inStart, inEdges } = linksOf(graph);
  const n = graph.nodes.length;
  // Steps from the focus per node index (-1: not reached). Nodes sharing an id share the
  // first one's index (endsOf), as the id lookups of a map would.
  const distance = new Int32Array(n).fill(-1);
  distance[start] = 0;
  let ring = [start];
  const reach = (step: number, reached: number[], other: number) => {
    if (other < 0 || distance[other] !== -1) return;
    distance[other] = step;
    reached.push(other);
  };
  for (let step = 1; step <= spec.depth && ring.length > 0; step++) {
    const reached: number[] = [];
    for (const v of ring) {
      if (out) {
        for (let j = outStart[v] as number; j < (outStart[v + 1] as number); j++) {
          reach(step, reached, target[outEdges[j] as number] as number);
        }
      }
      if (inc) {
        for (let j = inStart[v] as number; j < (inStart[v + 1] as number); j++) {
          reach(step, reached, source[inEdges[j] as number] as number);
        }
      }
    }
    ring = reached;
  }
  const inner = (v: number) => (distance[v] as number) < spec.depth;
  const edges = graph.edges.filter((_, e) => {
    const s = source[e] as number;
    const t = target[e] as number;
    if (s < 0 || t < 0 || s === t || distance[s] === -1 || distance[t] === -1) return false;
    return (out && inner(s)) || (inc && inner(t));
  });
  const nodes = graph.nodes.filter((node) => {
    const v = indexOf.get(node.id) as number;
    return distance[v] !== -1;
  });
  return { nodes, edges };
}

/**
 * Builds (and memoises) the indexes `focusSubgraph` walks on `graph`, so that the first focus
 * does not pay for them: call it when the page is idle. Effects: fills per-graph memos only.
 */
export function prepareFocus(graph: ActorGraph): void {
  linksOf(graph);
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
const endsOf = weakMemo((graph: ActorGraph): GraphEnds => {
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
  return { indexOf, source, target };
});

/** Each node's outgoing and incoming edges (by index, in edge order), as compressed rows. */
interface GraphLinks {
  readonly outStart: Int32Array;
  readonly outEdges: Int32Array;
  readonly inStart: Int32Array;
  readonly inEdges: Int32Array;
}

// Memo per graph object, like endsOf: a focus walks only the rows of the actors it reaches,
// so moving the focus or its depth costs the neighbourhood, not a pass building a map of
// 75,000 links.
const linksOf = weakMemo((graph: ActorGraph): GraphLinks => {
  const { source, target } = endsOf(graph);
  const n = graph.nodes.length;
  const rows = (from: Int32Array, to: Int32Array) => {
    const start = new Int32Array(n + 1);
    for (let e = 0; e < from.length; e++) {
      const v = from[e] as number;
      // Self-links and links to actors outside the graph lead nowhere.
      if (v >= 0 && (to[e] as number) >= 0 && v !== to[e])
        start[v + 1] = (start[v + 1] as number) + 1;
    }
    for (let v = 0; v < n; v++) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
    const fill = start.slice(0, n);
    const edges = new Int32Array(start[n] as number);
    for (let e = 0; e < from.length; e++) {
      const v = from[e] as number;
      if (v < 0 || (to[e] as number) < 0 || v === to[e]) continue;
      edges[fill[v] as number] = e;
      fill[v] = (fill[v] as number) + 1;
    }
    return { start, edges };
  };
  const outRows = rows(source, target);
  const inRows = rows(target, source);
  return {
    outStart: outRows.start,
    outEdges: outRows.edges,
    inStart: inRows.start,
    inEdges: inRows.edges,
  };
});
