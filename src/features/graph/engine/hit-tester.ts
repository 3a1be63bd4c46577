import type { EdgeId } from '../../../corpus/edge-id.ts';
import { toWorld, type ScreenPoint, type ViewTransform } from '../../../graph/coordinates.ts';
import type { EdgeCurve } from '../../../graph/edge-geometry.ts';
import type { GraphScene, SceneNode } from '../../../graph/graph-scene.ts';
import {
  edgeHitIndexSteps,
  findEdgeAt,
  findEdgeByScan,
  findNodeAt,
  type EdgeHitIndex,
} from '../../../graph/hit-test.ts';
import { runWhenIdle, type SlicedJob } from '../run-in-slices.ts';

/** Reads the scene's node index (building a lazy one), then yields the edge index's steps. */
function* nodesThenEdges(
  scene: GraphScene,
  edges: readonly { readonly id: EdgeId; readonly curve: EdgeCurve }[],
): Generator<void, EdgeHitIndex<EdgeId>, void> {
  void scene.nodeIndex.tree;
  yield;
  return yield* edgeHitIndexSteps(edges);
}

/** Pointer slack around nodes and edges, in screen pixels. */
const NODE_SLACK_PX = 3;
const EDGE_SLACK_PX = 4;

/**
 * Hit testing in screen coordinates: nodes through the scene's quadtree; edges through an
 * index built in idle-time slices (it takes ~100 ms at 75,000 edges), with a linear scan until
 * it exists. The index belongs to one scene at one set of positions: `drop` it when they change.
 */
export class HitTester {
  #index: EdgeHitIndex<EdgeId> | null = null;
  #job: SlicedJob | null = null;

  /** Whether the edge index is built (hover waits for it; clicks do not). */
  get indexed(): boolean {
    return this.#index !== null;
  }

  /** The node under `p` (with a few pixels of slack), or null. */
  nodeAt(scene: GraphScene | null, t: ViewTransform, p: ScreenPoint): SceneNode | null {
    if (!scene) return null;
    const hit = findNodeAt(scene.nodeIndex, toWorld(t, p), NODE_SLACK_PX / t.k);
    return hit ? (scene.nodeById.get(hit.id) ?? null) : null;
  }

  /** The edge under `p`, or null. */
  edgeAt(scene: GraphScene | null, t: ViewTransform, p: ScreenPoint): EdgeId | null {
    if (!scene) return null;
    const w = toWorld(t, p);
    const tolerance = EDGE_SLACK_PX / t.k;
    const index = this.#index;
    return index ? findEdgeAt(index, w, tolerance) : findEdgeByScan(scene.edges, w, tolerance);
  }

  /**
   * Starts building the hit indexes of `scene` in idle time, unless built or under way: its
   * node quadtree first (a cut scene's is built when first read), then the edge index.
   */
  prepare(scene: GraphScene): void {
    if (this.#index || this.#job) return;
    const edges = scene.edges.flatMap((e) => (e.curve ? [{ id: e.id, curve: e.curve }] : []));
    this.#job = runWhenIdle(nodesThenEdges(scene, edges), (index) => {
      this.#job = null;
      this.#index = index;
    });
  }

  /** Forgets the index and stops building one. */
  drop(): void {
    this.#index = null;
    this.#job?.cancel();
    this.#job = null;
  }
}
