import type { ActorId } from '../corpus/schema.ts';
import type { EdgeId } from '../corpus/edge-id.ts';
import type { ActorGraph } from './build-actor-graph.ts';

/** For each actor, its incident edges (in and out) and adjacent actors. */
export interface Adjacency {
  readonly edgesOf: ReadonlyMap<ActorId, readonly EdgeId[]>;
  readonly neighboursOf: ReadonlyMap<ActorId, readonly ActorId[]>;
}

/**
 * Indexes the graph's edges by endpoint. Edges whose endpoints are not nodes of the graph are
 * skipped, so a filtered graph never highlights actors it does not show. Pure. O(nodes + edges).
 */
export function buildAdjacency(graph: ActorGraph): Adjacency {
  const steps = adjacencySteps(graph);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Edges indexed between two yields of `adjacencySteps`. */
const EDGES_PER_STEP = 8000;

/**
 * `buildAdjacency` in small steps: yields every few thousand edges so a caller can spread the
 * work over several tasks; returns the same index. Pure.
 */
export function* adjacencySteps(graph: ActorGraph): Generator<void, Adjacency, void> {
  const edgesOf = new Map<ActorId, EdgeId[]>();
  const neighboursOf = new Map<ActorId, ActorId[]>();
  for (const node of graph.nodes) {
    edgesOf.set(node.id, []);
    neighboursOf.set(node.id, []);
  }
  let budget = EDGES_PER_STEP;
  for (const edge of graph.edges) {
    if (--budget === 0) {
      budget = EDGES_PER_STEP;
      yield;
    }
    const out = edgesOf.get(edge.source);
    const inc = edgesOf.get(edge.target);
    if (!out || !inc || edge.source === edge.target) continue;
    out.push(edge.id);
    inc.push(edge.id);
    neighboursOf.get(edge.source)?.push(edge.target);
    neighboursOf.get(edge.target)?.push(edge.source);
  }
  return { edgesOf, neighboursOf };
}

/** A node, its direct neighbours and the edges between it and them. */
export interface Neighbourhood {
  readonly nodes: ReadonlySet<ActorId>;
  readonly edges: ReadonlySet<EdgeId>;
}

/**
 * The one-step neighbourhood of `id` (including `id` itself), or an empty one when `id` is not
 * in the graph. Pure.
 */
export function neighbourhoodOf(adjacency: Adjacency, id: ActorId): Neighbourhood {
  const edges = adjacency.edgesOf.get(id);
  if (!edges) return { nodes: new Set(), edges: new Set() };
  const nodes = new Set<ActorId>([id]);
  for (const n of adjacency.neighboursOf.get(id) ?? []) nodes.add(n);
  return { nodes, edges: new Set(edges) };
}

/** One link of an actor to another: the other end, the edge between them, its quote count. */
export interface Connection<A> {
  readonly actor: A;
  readonly edgeId: EdgeId;
  readonly count: number;
}

// One collator for every comparison: `localeCompare` without one sets up ICU on each call.
const byName = new Intl.Collator();

/**
 * Who `actorId` talks about (out-edges) and who talks about them (in-edges), each sorted by
 * quote count, most first, then by name. Ends missing from `actorsById` are skipped (a
 * filtered graph may name actors the caller does not hold). Self-loops count as out-edges only.
 * Pure; one pass over `graph.edges`, O(edges + connections·log connections).
 */
export function actorConnections<A extends { readonly name: string }>(
  graph: ActorGraph,
  actorId: ActorId,
  actorsById: ReadonlyMap<ActorId, A>,
): { talksAbout: Connection<A>[]; talkedAboutBy: Connection<A>[] } {
  const talksAbout: Connection<A>[] = [];
  const talkedAboutBy: Connection<A>[] = [];
  for (const edge of graph.edges) {
    if (edge.source === actorId) {
      const other = actorsById.get(edge.target);
      if (other) talksAbout.push({ actor: other, edgeId: edge.id, count: edge.quoteIds.length });
    } else if (edge.target === actorId) {
      const other = actorsById.get(edge.source);
      if (other) talkedAboutBy.push({ actor: other, edgeId: edge.id, count: edge.quoteIds.length });
    }
  }
  const byCount = (a: Connection<A>, b: Connection<A>) =>
    b.count - a.count || byName.compare(a.actor.name, b.actor.name);
  return { talksAbout: talksAbout.sort(byCount), talkedAboutBy: talkedAboutBy.sort(byCount) };
}
