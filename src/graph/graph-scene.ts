import type { ActorId, Layout } from '../corpus/schema.ts';
import type { ActorGraph, EdgeId, GraphNode } from './build-actor-graph.ts';
import { boundsOfCircles, type WorldBounds } from './coordinates.ts';
import { edgeCurve, TWIN_BEND, type EdgeCurve } from './edge-geometry.ts';
import { buildNodeHitIndex, type NodeHitIndex } from './hit-test.ts';
import { byProminence } from './label-placement.ts';
import { buildAdjacency, type Adjacency } from './neighbourhood.ts';
import {
  edgeClassOf,
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
}

/** An edge ready to draw: endpoints, width class and its current curve (null if hidden). */
export interface SceneEdge {
  readonly id: EdgeId;
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
): GraphScene {
  const radiusOf = nodeRadiusScale(
    Math.max(maxNodeWeight(fullGraph.nodes), maxNodeWeight(graph.nodes)),
  );
  const prominentNodes = byProminence(graph.nodes);
  const prominent: SceneNode[] = [];
  const nodeById = new Map<ActorId, SceneNode>();
  for (const node of prominentNodes) {
    const p = positions[node.id];
    if (!p || nodeById.has(node.id)) continue;
    const sceneNode: SceneNode = {
      id: node.id,
      node,
      x: p[0],
      y: p[1],
      r: radiusOf(nodeWeight(node)),
      color: kindColor(node.kind),
    };
    prominent.push(sceneNode);
    nodeById.set(node.id, sceneNode);
  }
  const nodes = [...prominent].reverse();

  const pairs = new Set<string>();
  for (const e of graph.edges) pairs.add(e.id);
  const edges: SceneEdge[] = [];
  const edgeById = new Map<EdgeId, SceneEdge>();
  for (const e of graph.edges) {
    const source = nodeById.get(e.source);
    const target = nodeById.get(e.target);
    if (!source || !target || source === target || edgeById.has(e.id)) continue;
    const twin = pairs.has(`${e.target}->${e.source}`);
    const edge: SceneEdge = {
      id: e.id,
      source,
      target,
      quoteCount: e.quoteIds.length,
      widthClass: edgeClassOf(e),
      bend: twin ? TWIN_BEND : 0,
      curve: null,
    };
    edge.curve = curveOf(edge);
    edges.push(edge);
    edgeById.set(edge.id, edge);
  }
  const heaviest = Int32Array.from(edges.keys());
  heaviest.sort(
    (a, b) => (edges[b] as SceneEdge).quoteCount - (edges[a] as SceneEdge).quoteCount || a - b,
  );

  return {
    nodes,
    prominent,
    nodeById,
    edges,
    edgeById,
    heaviestEdges: heaviest,
    adjacency: buildAdjacency(graph),
    nodeIndex: buildNodeHitIndex(nodes),
    bounds: boundsOfCircles(nodes),
  };
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
