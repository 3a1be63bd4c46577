// What scene tests compare: everything a scene draws and hit-tests with, as plain data, so a
// scene derived from another (a cut, a rescale) can be checked against a fresh build.
import type { GraphScene } from '../../src/graph/graph-scene.ts';

/** Everything a scene draws and hit-tests with, as plain data. */
export function plain(scene: GraphScene) {
  return {
    nodes: scene.nodes.map((n) => [n.id, n.x, n.y, n.r, n.color, n.doubtful, n.fill ?? null]),
    prominent: scene.prominent.map((n) => n.id),
    edges: scene.edges.map((e) => ({
      id: e.id,
      ends: [e.source.id, e.target.id],
      quoteCount: e.quoteCount,
      widthClass: e.widthClass,
      bend: e.bend,
      curve: e.curve,
    })),
    edgeIds: [...scene.edgeById.keys()],
    heaviest: [...scene.heaviestEdges],
    edgesOf: [...scene.adjacency.edgesOf],
    neighboursOf: [...scene.adjacency.neighboursOf],
    bounds: scene.bounds,
  };
}
