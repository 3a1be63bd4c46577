import type { ActorId } from '../corpus/schema.ts';
import type { ActorGraph } from './build-actor-graph.ts';
import { boundsOfCircles } from './coordinates.ts';
import { TWIN_BEND } from './edge-geometry.ts';
import {
  curveOf,
  heaviestFirst,
  type GraphScene,
  type SceneEdge,
  type SceneNode,
} from './graph-scene.ts';
import { lazyNodeHitIndex } from './hit-test.ts';
import { byProminence } from './prominence.ts';
import { edgeClassOf, maxNodeWeight, nodeRadiusScale, nodeWeight } from './node-style.ts';
import { cutAdjacency, derivedEdgeById, lookupOf, type SceneSource } from './sub-scene.ts';

/**
 * The scene `buildGraphScene(graph, source.fullGraph, source.positions, source.appearance)`
 * would build, for a `graph` whose actors and links are among those of `source.graph` (the
 * graph `parent` was built of) but with other counts: a date range's graph. Radii, widths,
 * prominence and the heaviest-first order are worked out again from the new counts; colours,
 * and the curves of links whose ends have not moved and that bend as before, are taken from
 * `parent`, and the edge lookup is the parent's, so a brush step costs a few passes instead of
 * hashing and bending 70,000 links again.
 *
 * Returns null (the caller builds the scene) whenever the result could differ from a fresh
 * build: an actor with a position the parent does not draw, a link the parent's graph does not
 * have or does not draw, or links out of the parent's order.
 *
 * Pure: new scene nodes and edges (a range changes radii and widths); `parent` is not
 * mutated (its per-scene lookup memo aside).
 */
export function rescaledScene(
  parent: GraphScene,
  source: SceneSource,
  graph: ActorGraph,
): GraphScene | null {
  const { fullGraph, positions, appearance } = source;
  const { graphEdgeOf, sceneEdgeAt, twin } = lookupOf(parent, source.graph);
  const weightOf = appearance?.weightOf ?? nodeWeight;
  const radiusOf = nodeRadiusScale(
    appearance
      ? appearance.maxWeight
      : Math.max(maxNodeWeight(fullGraph.nodes), maxNodeWeight(graph.nodes)),
  );
  const prominent: SceneNode[] = [];
  const nodeById = new Map<ActorId, SceneNode>();
  const indexOf = new Map<ActorId, number>();
  for (const node of byProminence(graph.nodes)) {
    const p = positions[node.id];
    if (!p || nodeById.has(node.id)) continue;
    const was = parent.nodeById.get(node.id);
    if (!was) return null;
    const sceneNode: SceneNode = {
      id: node.id,
      node,
      x: p[0],
      y: p[1],
      r: radiusOf(weightOf(node)),
      color: was.color,
      doubtful: was.doubtful,
      ...(was.fill ? { fill: was.fill } : {}),
    };
    indexOf.set(node.id, prominent.length);
    prominent.push(sceneNode);
    nodeById.set(node.id, sceneNode);
  }
  const nodes = [...prominent].reverse();

  // Which parent scene edges the graph keeps (by parent graph position too, for adjacency).
  const keptEdge = new Uint8Array(source.graph.edges.length);
  const included = new Uint8Array(parent.edges.length);
  const picked: number[] = [];
  const pickedEdge: ActorGraph['edges'] = [];
  const ends: number[] = [];
  let lastEdge = -1;
  for (const e of graph.edges) {
    const g = graphEdgeOf.get(e.id);
    if (g === undefined || g <= lastEdge) return null;
    lastEdge = g;
    keptEdge[g] = 1;
    const s = indexOf.get(e.source) ?? -1;
    const t = indexOf.get(e.target) ?? -1;
    if (s < 0 || t < 0 || s === t) continue;
    const i = sceneEdgeAt[g] as number;
    if (i < 0) return null;
    included[i] = 1;
    picked.push(i);
    pickedEdge.push(e);
    ends.push(s, t);
  }

  const position = new Int32Array(parent.edges.length).fill(-1);
  let maxQuotes = 0;
  const edges: SceneEdge[] = picked.map((i, at) => {
    position[i] = at;
    const pe = parent.edges[i] as SceneEdge;
    const e = pickedEdge[at] as ActorGraph['edges'][number];
    const t = twin[i] as number;
    const from = prominent[ends[2 * at] as number] as SceneNode;
    const to = prominent[ends[2 * at + 1] as number] as SceneNode;
    const edge: SceneEdge = {
      id: e.id,
      edge: e,
      source: from,
      target: to,
      quoteCount: e.quoteIds.length,
      widthClass: edgeClassOf(e),
      bend: t >= 0 && included[t] ? TWIN_BEND : 0,
      curve: null,
    };
    const same =
      edge.bend === pe.bend &&
      pe.source.x === from.x &&
      pe.source.y === from.y &&
      pe.target.x === to.x &&
      pe.target.y === to.y;
    edge.curve = same ? pe.curve : curveOf(edge);
    maxQuotes = Math.max(maxQuotes, edge.quoteCount);
    return edge;
  });
  return {
    nodes,
    prominent,
    nodeById,
    edges,
    edgeById: derivedEdgeById(edges, position, { graphEdgeOf, sceneEdgeAt }),
    heaviestEdges: heaviestFirst(edges, maxQuotes),
    adjacency: cutAdjacency(parent.adjacency, graph, keptEdge, graphEdgeOf),
    nodeIndex: lazyNodeHitIndex(nodes),
    bounds: boundsOfCircles(nodes),
  };
}
