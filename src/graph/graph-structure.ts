import Graph, { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { ActorId } from '../corpus/schema.ts';
import type { ActorGraph } from './build-actor-graph.ts';
import { seededRandom } from '../lib/seeded-random.ts';
import { structureInput, type StructureInput } from './structure-input.ts';

/** The seed of the community detection: fixed, so every load finds the same communities. */
export const COMMUNITY_SEED = 20240611;

/** A community: its members' count and the actor it is named after (its most central member). */
export interface Community {
  /** Index into `GraphStructure.communities`; communities are ordered largest first. */
  readonly index: number;
  readonly leaderId: ActorId;
  readonly size: number;
}

/**
 * Structural measures of a graph's actors, as arrays aligned with `ids` (the graph's node
 * order), so they cross a worker boundary as typed arrays without a per-actor object.
 */
export interface GraphStructure {
  readonly ids: readonly ActorId[];
  /** Distinct actors each actor is linked with, in either direction. */
  readonly degree: Int32Array;
  /** Weighted PageRank on speaker → mentioned links (weights: quotes); sums to 1 over actors. */
  readonly pagerank: Float64Array;
  /** Index into `communities` of each actor's community. */
  readonly community: Int32Array;
  readonly communities: readonly Community[];
}

/** `computeStructure` of a graph. Pure; see there. */
export function computeGraphStructure(graph: ActorGraph): GraphStructure {
  return computeStructure(structureInput(graph));
}

/**
 * Degree, PageRank and Louvain communities of the graph `input` describes.
 *
 * - Degree counts distinct neighbours (a pair linked both ways counts once).
 * - PageRank (graphology-metrics, α = 0.85) runs on the directed links weighted by quote count.
 * - Communities: Louvain (graphology-communities-louvain) on the undirected graph whose weight
 *   per pair is the quotes either way, with a seeded random walk, so the same graph gives the
 *   same communities on every run. They are renumbered largest first (ties: the one whose first
 *   member comes first in node order) and each is named after its member of highest PageRank
 *   (ties: higher degree, then node order). An actor without links is a community of one.
 *
 * Pure: reads `input` only; deterministic. O((nodes + edges) · iterations).
 */
export function computeStructure(input: StructureInput): GraphStructure {
  const { ids, sources, targets, weights } = input;
  const n = ids.length;
  const key = (i: number) => String(i);
  const directed = new Graph({ type: 'directed', allowSelfLoops: false, multi: false });
  const undirected = new UndirectedGraph({ allowSelfLoops: false, multi: false });
  for (let i = 0; i < n; i++) {
    directed.addNode(key(i));
    undirected.addNode(key(i));
  }
  for (let e = 0; e < sources.length; e++) {
    const s = key(sources[e] as number);
    const t = key(targets[e] as number);
    const weight = weights[e] as number;
    if (s === t) continue;
    directed.updateEdge(s, t, (attr: { weight?: number }) => ({
      weight: (attr.weight ?? 0) + weight,
    }));
    undirected.updateEdge(s, t, (attr: { weight?: number }) => ({
      weight: (attr.weight ?? 0) + weight,
    }));
  }

  const degree = new Int32Array(n);
  const rank = new Float64Array(n);
  const community = new Int32Array(n);
  if (n === 0) return { ids, degree, pagerank: rank, community, communities: [] };

  for (let i = 0; i < n; i++) degree[i] = undirected.degree(key(i));
  const ranks = pagerank(directed, { getEdgeWeight: 'weight' });
  for (let i = 0; i < n; i++) rank[i] = ranks[key(i)] ?? 0;

  const raw =
    undirected.size > 0
      ? louvain(undirected, { getEdgeWeight: 'weight', rng: seededRandom(COMMUNITY_SEED) })
      : {};
  // Raw labels → members in node order; an actor without links is a community of its own.
  const members = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const label = (degree[i] as number) > 0 ? `c${raw[key(i)] ?? -1}` : `i${i}`;
    const list = members.get(label);
    if (list) list.push(i);
    else members.set(label, [i]);
  }
  const groups = [...members.values()].sort(
    (a, b) => b.length - a.length || (a[0] as number) - (b[0] as number),
  );
  const communities: Community[] = groups.map((group, index) => {
    let leader = group[0] as number;
    for (const i of group) {
      const ri = rank[i] as number;
      const rl = rank[leader] as number;
      if (ri > rl || (ri === rl && (degree[i] as number) > (degree[leader] as number))) {
        leader = i;
      }
      community[i] = index;
    }
    return { index, leaderId: ids[leader] as ActorId, size: group.length };
  });
  return { ids, degree, pagerank: rank, community, communities };
}
