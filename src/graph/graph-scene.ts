import type { ActorId, Layout } from '../corpus/schema.ts';
import type { EdgeId } from '../corpus/edge-id.ts';
import type { ActorGraph, GraphNode } from './build-actor-graph.ts';
import { boundsOfCircles, type WorldBounds } from './coordinates.ts';
import { edgeCurve, TWIN_BEND, type EdgeCurve } from './edge-geometry.ts';
import { buildNodeHitIndex, type NodeHitIndex } from './hit-test.ts';
import { byProminence } from './prominence.ts';
import { adjacencySteps, type Adjacency } from './neighbourhood.ts';
import type { NodeAppearance } from './node-appearance.ts';
import {
  edgeClassOf,
  isDoubtfulKind,
  kindColor,
  maxNodeWeight,
  nodeRadiusScale,
  nodeWeight,
} from './node-style.ts';

/** A node ready to draw: world position and radius, colour. Owned by the scene (mutable x, y). */
export interface SceneNode {
  readonly id: ActorId;
  readonly node: GraphNode;
  x: number;
  y: number;
  readonly r: number;
  readonly color: string;
  /** Of doubtful identity (the unknown speaker): drawn apart, see DOUBTFUL_NODE_STYLE. */
  readonly doubtful: boolean;
  /** A fill that replaces the kind colour of the scheme (colour by community), if any. */
  readonly fill?: string;
}

/** An edge ready to draw: endpoints, width class and its current curve (null if hidden). */
export interface SceneEdge {
  readonly id: EdgeId;
  /** The graph's edge it draws (shared, not copied). */
  readonly edge: ActorGraph['edges'][number];
  readonly source: SceneNode;
  readonly target: SceneNode;
  readonly quoteCount: number;
  readonly widthClass: number;
  /** Bends when the reverse edge is drawn too. */
  readonly bend: number;
  /** Centre-to-centre curve in world units (hit testing, culling); the view trims it at the rims. */
  curve: EdgeCurve | null;
}

/** Everything the view needs to draw and hit-test one (filtered) graph. */
export interface GraphScene {
  readonly nodes: readonly SceneNode[];
  /** Most prominent first: label and button priority. */
  readonly prominent: readonly SceneNode[];
  readonly nodeById: ReadonlyMap<ActorId, SceneNode>;
  readonly edges: readonly SceneEdge[];
  readonly edgeById: ReadonlyMap<EdgeId, SceneEdge>;
  /** Edge indices, most quotes first (drawn alone while the view moves). */
  readonly heaviestEdges: Int32Array;
  readonly adjacency: Adjacency;
  nodeIndex: NodeHitIndex<ActorId>;
  readonly bounds: WorldBounds | null;
}

/** Items (nodes or edges) handled between two yields of `graphSceneSteps`: ~1–3 ms of work. */
const ITEMS_PER_STEP = 4000;

/**
 * Builds the drawable scene of `graph` with node positions from `positions` (computed on the
 * unfiltered graph), so filtering never moves nodes. Radii show the (filtered) counts on the
 * unfiltered graph's scale, so a filtered node is never bigger than in the layout it was placed in. Nodes without a position are left out, and so are their edges.
 * Nodes are in drawing order (least prominent first, so hubs are drawn on top).
 * Pure: the returned scene is a fresh object graph; the inputs are not mutated.
 */
export function buildGraphScene(
  graph: ActorGraph,
  fullGraph: ActorGraph,
  positions: Layout['positions'],
  appearance: NodeAppearance | null = null,
): GraphScene {
  const steps = graphSceneSteps(graph, fullGraph, positions, appearance);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `buildGraphScene` cut into small steps: the generator yields every few thousand nodes or edges
 * (a few milliseconds at 10,000 actors / 75,000 links) and returns the same scene, so a caller can
 * spread the build over several tasks and keep the page responsive. Pure, deterministic.
 * `appearance` (size by degree or PageRank, colour by community) replaces the default radius
 * and kind colour; null keeps them.
 */
export function* graphSceneSteps(
  graph: ActorGraph,
  fullGraph: ActorGraph,
  positions: Layout['positions'],
  appearance: NodeAppearance | null = null,
): Generator<void, GraphScene, void> {
  const weightOf = appearance?.weightOf ?? nodeWeight;
  const radiusOf = nodeRadiusScale(
    appearance
      ? appearance.maxWeight
      : Math.max(maxNodeWeight(fullGraph.nodes), maxNodeWeight(graph.nodes)),
  );
  const prominentNodes = byProminence(graph.nodes);
  yield;
  const prominent: SceneNode[] = [];
  const nodeById = new Map<ActorId, SceneNode>();
  // Position in `prominent` of each scene node: edges are matched on integers, not id strings.
  const indexOf = new Map<ActorId, number>();
  let budget = ITEMS_PER_STEP;
  for (const node of prominentNodes) {
    if (--budget === 0) {
      budget = ITEMS_PER_STEP;
      yield;
    }
    const p = positions[node.id];
    if (!p || nodeById.has(node.id)) continue;
    const fill = appearance?.fillOf(node.id) ?? null;
    const sceneNode: SceneNode = {
      id: node.id,
      node,
      x: p[0],
      y: p[1],
      r: radiusOf(weightOf(node)),
      color: fill ?? kindColor(node.kind),
      doubtful: isDoubtfulKind(node.kind),
      ...(fill ? { fill } : {}),
    };
    indexOf.set(node.id, prominent.length);
    prominent.push(sceneNode);
    nodeById.set(node.id, sceneNode);
  }
  const nodes = [...prominent].reverse();
  const n = prominent.length;

  // One pass resolves endpoints to indices and records each directed pair, so a twin (the
  // reverse edge) is one numeric set lookup rather than a string built per edge.
  const graphEdges = graph.edges;
  const sourceIndex = new Int32Array(graphEdges.length);
  const targetIndex = new Int32Array(graphEdges.length);
  const pairs = new Set<number>();
  for (let i = 0; i < graphEdges.length; i++) {
    if (--budget === 0) {
      budget = ITEMS_PER_STEP;
      yield;
    }
    const e = graphEdges[i] as ActorGraph['edges'][number];
    const s = indexOf.get(e.source) ?? -1;
    const t = indexOf.get(e.target) ?? -1;
    sourceIndex[i] = s;
    targetIndex[i] = t;
    if (s >= 0 && t >= 0) pairs.add(s * n + t);
  }

  const edges: SceneEdge[] = [];
  const edgeById = new Map<EdgeId, SceneEdge>();
  let maxQuotes = 0;
  for (let i = 0; i < graphEdges.length; i++) {
    if (--budget === 0) {
      budget = ITEMS_PER_STEP;
      yield;
    }
    const s = sourceIndex[i] as number;
    const t = targetIndex[i] as number;
    if (s < 0 || t < 0 || s === t) continue;
    const e = graphEdges[i] as ActorGraph['edges'][number];
    if (edgeById.has(e.id)) continue;
    const edge: SceneEdge = {
      id: e.id,
      edge: e,
      source: prominent[s] as SceneNode,
      target: prominent[t] as SceneNode,
      quoteCount: e.quoteIds.length,
      widthClass: edgeClassOf(e),
      bend: pairs.has(t * n + s) ? TWIN_BEND : 0,
      curve: null,
    };
    edge.curve = curveOf(edge);
    maxQuotes = Math.max(maxQuotes, edge.quoteCount);
    edges.push(edge);
    edgeById.set(edge.id, edge);
  }
  yield;
  const heaviest = heaviestFirst(edges, maxQuotes);
  yield;
  const adjacency = yield* adjacencySteps(graph);
  const nodeIndex = buildNodeHitIndex(nodes);
  return {
    nodes,
    prominent,
    nodeById,
    edges,
    edgeById,
    heaviestEdges: heaviest,
    adjacency,
    nodeIndex,
    bounds: boundsOfCircles(nodes),
  };
}

/**
 * Edge indices by quote count (descending), then index (ascending). Sorted as one numeric key
 * per edge in a Float64Array (a native sort without a comparator callback); the keys stay below
 * 2^53, so they are exact.
 */
export function heaviestFirst(edges: readonly SceneEdge[], maxQuotes: number): Int32Array {
  const m = edges.length;
  const keys = new Float64Array(m);
  for (let i = 0; i < m; i++) keys[i] = (maxQuotes - (edges[i] as SceneEdge).quoteCount) * m + i;
  keys.sort();
  const order = new Int32Array(m);
  for (let i = 0; i < m; i++) order[i] = (keys[i] as number) % m;
  return order;
}

/** The centre-to-centre curve of a scene edge from its endpoints' current positions. Pure. */
export function curveOf(edge: SceneEdge): EdgeCurve | null {
  const { source: s, target: t } = edge;
  return edgeCurve(s.x, s.y, 0, t.x, t.y, 0, edge.bend);
}

/**
 * Moves a scene node and recomputes the curves of its edges. MUTATES `scene` (the view's own
 * copy, never the props); the caller must rebuild `scene.nodeIndex` (see `reindexNodes`) before
 * relying on hit testing again.
 */
export function moveSceneNode(scene: GraphScene, id: ActorId, x: number, y: number): void {
  const node = scene.nodeById.get(id);
  if (!node) return;
  node.x = x;
  node.y = y;
  for (const edgeId of scene.adjacency.edgesOf.get(id) ?? []) {
    const edge = scene.edgeById.get(edgeId);
    if (edge) edge.curve = curveOf(edge);
  }
}

/** Rebuilds the node hit index after moves. MUTATES `scene.nodeIndex`. */
export function reindexNodes(scene: GraphScene): void {
  scene.nodeIndex = buildNodeHitIndex(scene.nodes);
}
