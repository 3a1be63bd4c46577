import type { ActorId, Layout } from '../corpus/schema.ts';
import type { EdgeId } from '../corpus/edge-id.ts';
import type { ActorGraph, GraphEdge, GraphNode } from './build-actor-graph.ts';
import { boundsOfCircles } from './coordinates.ts';
import { TWIN_BEND } from './edge-geometry.ts';
import { curveOf, type GraphScene, type SceneEdge, type SceneNode } from './graph-scene.ts';
import { lazyNodeHitIndex } from './hit-test.ts';
import { buildAdjacency, type Adjacency } from './neighbourhood.ts';
import type { NodeAppearance } from './node-appearance.ts';
import { maxNodeWeight } from './node-style.ts';
import { DerivedMap } from '../lib/derived-map.ts';

/** What a scene was built from: the arguments of `buildGraphScene`. */
export interface SceneSource {
  readonly graph: ActorGraph;
  readonly fullGraph: ActorGraph;
  readonly positions: Layout['positions'];
  readonly appearance: NodeAppearance | null;
}

export interface SceneLookup {
  /** The graph the parent scene was built of. */
  readonly graph: ActorGraph;
  /** Position in the scene's `prominent` of each graph node object it draws. */
  readonly nodeAt: ReadonlyMap<GraphNode, number>;
  /** Position in `graph.edges` of each edge object, and of each edge id. */
  readonly graphEdgeAt: ReadonlyMap<GraphEdge, number>;
  readonly graphEdgeOf: ReadonlyMap<EdgeId, number>;
  /** Per `graph.edges` position: the scene edge drawing it (-1: not drawn). */
  readonly sceneEdgeAt: Int32Array;
  /** Per scene edge: `prominent` positions of its ends, and its reverse's position (-1: none). */
  readonly sourceAt: Int32Array;
  readonly targetAt: Int32Array;
  readonly twin: Int32Array;
}

// Per parent scene (scenes are not rebuilt in place): thinning or focusing again, as the user
// moves a control, matches objects and integers instead of hashing 75,000 id strings.
const lookupMemo = new WeakMap<GraphScene, SceneLookup>();

/** Items indexed between two yields of `lookupSteps`. */
const ITEMS_PER_STEP = 10_000;

/**
 * The integer lookup of `scene` (built of `graph`) that cuts are taken with, memoised per
 * scene. Effects: fills a per-scene memo only.
 */
export function lookupOf(scene: GraphScene, graph: ActorGraph): SceneLookup {
  const steps = lookupSteps(scene, graph);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Builds and memoises the lookup of `scene` (built of `graph`), yielding now and then. */
function* lookupSteps(scene: GraphScene, graph: ActorGraph): Generator<void, SceneLookup, void> {
  const known = lookupMemo.get(scene);
  if (known?.graph === graph) return known;
  let budget = ITEMS_PER_STEP;
  const tick = () => --budget === 0 && (budget = ITEMS_PER_STEP) > 0;
  const prominentAt = new Map<SceneNode, number>();
  const nodeAt = new Map<GraphNode, number>();
  for (let i = 0; i < scene.prominent.length; i++) {
    const n = scene.prominent[i] as SceneNode;
    prominentAt.set(n, i);
    nodeAt.set(n.node, i);
    if (tick()) yield;
  }
  const graphEdgeAt = new Map<GraphEdge, number>();
  const graphEdgeOf = new Map<EdgeId, number>();
  for (let i = 0; i < graph.edges.length; i++) {
    const e = graph.edges[i] as GraphEdge;
    graphEdgeAt.set(e, i);
    graphEdgeOf.set(e.id, i);
    if (tick()) yield;
  }
  const sceneEdgeAt = new Int32Array(graph.edges.length).fill(-1);
  const m = scene.edges.length;
  const n = scene.prominent.length;
  const sourceAt = new Int32Array(m);
  const targetAt = new Int32Array(m);
  const pairAt = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const e = scene.edges[i] as SceneEdge;
    const g = graphEdgeAt.get(e.edge);
    if (g !== undefined) sceneEdgeAt[g] = i;
    const s = prominentAt.get(e.source) ?? -1;
    const t = prominentAt.get(e.target) ?? -1;
    sourceAt[i] = s;
    targetAt[i] = t;
    pairAt.set(s * n + t, i);
    if (tick()) yield;
  }
  const twin = new Int32Array(m).fill(-1);
  for (let i = 0; i < m; i++) {
    twin[i] = pairAt.get((targetAt[i] as number) * n + (sourceAt[i] as number)) ?? -1;
  }
  const lookup = { graph, nodeAt, graphEdgeAt, graphEdgeOf, sceneEdgeAt, sourceAt, targetAt, twin };
  lookupMemo.set(scene, lookup);
  return lookup;
}

/**
 * Builds (and memoises) what `subScene` needs of `scene` (built of `graph`), in steps for a
 * caller to spread over idle time, so that the first cut after a load does not pay for it.
 * Effects: fills a per-scene memo only.
 */
export function prepareSubSceneSteps(
  scene: GraphScene,
  graph: ActorGraph,
): Generator<void, unknown, void> {
  return lookupSteps(scene, graph);
}

/**
 * The adjacency `buildAdjacency(graph)` gives, for a `graph` cut out of the parent's graph
 * with its edges in the parent's order (`kept` marks them by parent position): an actor's
 * lists are the parent's, filtered, worked out when first asked for. The parent's lists are in
 * the parent's edge order, and edgesOf and neighboursOf are parallel in both.
 */
export function cutAdjacency(
  parent: Adjacency,
  graph: ActorGraph,
  kept: Uint8Array,
  graphEdgeOf: ReadonlyMap<EdgeId, number>,
): Adjacency {
  let members: Set<ActorId> | null = null;
  let whole: Adjacency | null = null;
  const all = () => (whole ??= buildAdjacency(graph));
  // Both maps ask for the same actor (a focus reads its edges and its neighbours): filter the
  // parent's lists once. A hub's lists run to thousands.
  const lists = new Map<ActorId, { edges: EdgeId[]; others: ActorId[] } | undefined>();
  const listsOf = (id: ActorId) => {
    if (lists.has(id)) return lists.get(id);
    const found = filteredLists(id);
    lists.set(id, found);
    return found;
  };
  const filteredLists = (id: ActorId) => {
    members ??= new Set(graph.nodes.map((n) => n.id));
    if (!members.has(id)) return undefined;
    const edges = parent.edgesOf.get(id) ?? [];
    const others = parent.neighboursOf.get(id) ?? [];
    const edgesOut: EdgeId[] = [];
    const othersOut: ActorId[] = [];
    edges.forEach((edgeId, j) => {
      const other = others[j] as ActorId;
      if (kept[graphEdgeOf.get(edgeId) ?? -1] && members?.has(other)) {
        edgesOut.push(edgeId);
        othersOut.push(other);
      }
    });
    return { edges: edgesOut, others: othersOut };
  };
  return {
    edgesOf: new DerivedMap(
      (id) => listsOf(id)?.edges,
      () => all().edgesOf,
    ),
    neighboursOf: new DerivedMap(
      (id) => listsOf(id)?.others,
      () => all().neighboursOf,
    ),
  };
}

/**
 * `edgeById` of a scene derived from a parent (`lookup` is the parent's): read for a few ids
 * per frame (hover, selection), so worked out per id rather than built for all 70,000.
 * `position[i]` is where the parent's scene edge `i` is in `edges` (-1: left out).
 */
export function derivedEdgeById(
  edges: readonly SceneEdge[],
  position: Int32Array,
  lookup: Pick<SceneLookup, 'graphEdgeOf' | 'sceneEdgeAt'>,
): ReadonlyMap<EdgeId, SceneEdge> {
  const { graphEdgeOf, sceneEdgeAt } = lookup;
  return new DerivedMap(
    (id: EdgeId) => {
      const g = graphEdgeOf.get(id);
      const at = g === undefined ? -1 : (position[sceneEdgeAt[g] as number] ?? -1);
      return at >= 0 ? edges[at] : undefined;
    },
    () => new Map(edges.map((e) => [e.id, e])),
  );
}

/** The radius scale's top weight that `buildGraphScene` would use for `graph`. */
export function scaleTop(graph: ActorGraph, source: SceneSource): number {
  return source.appearance
    ? source.appearance.maxWeight
    : Math.max(maxNodeWeight(source.fullGraph.nodes), maxNodeWeight(graph.nodes));
}

/**
 * The scene `buildGraphScene(graph, …)` would build, cut out of `parent` (the scene of
 * `source.graph`) instead of built afresh, for a `graph` made from `source.graph` by
 * thinning or focusing: the same node and edge objects, in the same order. Positions, radii,
 * colours and curves are taken over, so the cost is a few passes over the parent rather than
 * computing every curve and sorting every edge again. Only links whose reverse is cut away
 * get a new scene edge (they no longer bend).
 *
 * Returns null, and the caller builds the scene, whenever the result could differ from a
 * fresh build: a node or edge of `graph` that is not the parent's object (a rebuilt graph),
 * an edge order the parent does not have, or a different radius scale (the parent's largest
 * actor was cut away while it set the scale).
 *
 * The result SHARES scene nodes and edges with `parent`: moving a node (`moveSceneNode`)
 * moves it in both, as dragging in any scene of one layout is meant to. Pure otherwise: the
 * inputs are not mutated (a per-parent edge lookup is memoised, invisible to callers).
 */
export function subScene(
  parent: GraphScene,
  source: SceneSource,
  graph: ActorGraph,
): GraphScene | null {
  if (graph === source.graph) return parent;
  if (scaleTop(graph, source) !== scaleTop(source.graph, source)) return null;
  const { nodeAt, graphEdgeAt, graphEdgeOf, sceneEdgeAt, sourceAt, targetAt, twin } = lookupOf(
    parent,
    source.graph,
  );
  const keptNode = new Uint8Array(parent.prominent.length);
  for (const node of graph.nodes) {
    const at = nodeAt.get(node);
    if (at !== undefined) keptNode[at] = 1;
    // A node a fresh build would draw that the parent does not hold as this object.
    else if (source.positions[node.id]) return null;
  }
  const prominent = parent.prominent.filter((_, i) => keptNode[i]);
  const nodeById = new Map<ActorId, SceneNode>(prominent.map((n) => [n.id, n]));

  // Which of the parent graph's edges the cut keeps, and whether in the parent's order.
  const keptEdge = new Uint8Array(source.graph.edges.length);
  let inOrder = true;
  let lastEdge = -1;
  const included = new Uint8Array(parent.edges.length);
  const picked: number[] = [];
  for (const e of graph.edges) {
    const g = graphEdgeAt.get(e);
    if (g === undefined) return null;
    keptEdge[g] = 1;
    if (g < lastEdge) inOrder = false;
    lastEdge = g;
    const i = sceneEdgeAt[g] as number;
    if (i < 0) {
      // Not drawn in the parent: fine while a fresh build would not draw it either.
      if (e.source !== e.target && nodeById.has(e.source) && nodeById.has(e.target)) return null;
      continue;
    }
    if (included[i] || !keptNode[sourceAt[i] as number] || !keptNode[targetAt[i] as number]) {
      continue;
    }
    // Edge order decides drawing order and the heaviest-first ties: it must be the parent's.
    if (picked.length > 0 && i < (picked[picked.length - 1] as number)) return null;
    included[i] = 1;
    picked.push(i);
  }

  const position = new Int32Array(parent.edges.length).fill(-1);
  const edges: SceneEdge[] = picked.map((i, at) => {
    position[i] = at;
    const pe = parent.edges[i] as SceneEdge;
    const t = twin[i] as number;
    const bend = t >= 0 && included[t] ? TWIN_BEND : 0;
    if (bend === pe.bend) return pe;
    const edge: SceneEdge = { ...pe, bend, curve: null };
    edge.curve = curveOf(edge);
    return edge;
  });
  const heaviest: number[] = [];
  for (const i of parent.heaviestEdges) {
    const at = position[i] as number;
    if (at >= 0) heaviest.push(at);
  }
  const nodes = [...prominent].reverse();
  return {
    nodes,
    prominent,
    nodeById,
    edges,
    edgeById: derivedEdgeById(edges, position, { graphEdgeOf, sceneEdgeAt }),
    heaviestEdges: Int32Array.from(heaviest),
    adjacency: inOrder
      ? cutAdjacency(parent.adjacency, graph, keptEdge, graphEdgeOf)
      : buildAdjacency(graph),
    nodeIndex: lazyNodeHitIndex(nodes),
    bounds: boundsOfCircles(nodes),
  };
}
