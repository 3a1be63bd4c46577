import { useEffect, useMemo, useRef, useState } from 'react';
import type { Layout } from '../../corpus/schema.ts';
import type { ActorGraph } from '../../graph/build-actor-graph.ts';
import { buildGraphScene, graphSceneSteps, type GraphScene } from '../../graph/graph-scene.ts';
import type { NodeAppearance } from '../../graph/node-appearance.ts';
import { rescaledScene } from '../../graph/rescaled-scene.ts';
import { prepareSubSceneSteps, subScene } from '../../graph/sub-scene.ts';
import { runInSlices, runWhenIdle } from './run-in-slices.ts';

/** Graphs with up to this many nodes + edges get their scene in the render (a few ms). */
export const SYNC_SCENE_MAX_ITEMS = 5000;

interface Built {
  graph: ActorGraph;
  fullGraph: ActorGraph;
  positions: Layout['positions'];
  appearance: NodeAppearance | null;
  scene: GraphScene;
}

/**
 * The drawable scene of `graph` at `positions`: built in the render for small graphs; for large
 * ones (10,000 actors take a few hundred ms) built in slices of ~30 ms over several tasks, so no
 * long task blocks the page. While a new scene is being built the previous one is kept
 * (filters never move nodes, so it is a fair stand-in); null before the first one exists.
 * `appearance` (size and colour by structure) must be memoised by the caller: a new object
 * rebuilds the scene.
 *
 * `baseGraph` is the graph `graph` was thinned or focused from (Explore's cuts): once its
 * scene is built, the scene of any cut is taken out of it in the render (`subScene`) instead of
 * built again, so moving a threshold or a focus costs a few passes, not a rebuild. A graph of
 * the same actors and links with other counts (a date range's) is rescaled, in the render, from
 * the last scene built in full (`rescaledScene`), which stays the one rescaled from.
 */
export function useGraphScene(
  graph: ActorGraph,
  fullGraph: ActorGraph,
  positions: Layout['positions'] | null,
  appearance: NodeAppearance | null = null,
  baseGraph: ActorGraph = graph,
): GraphScene | null {
  const small = graph.nodes.length + graph.edges.length <= SYNC_SCENE_MAX_ITEMS;
  const sync = useMemo(
    () => (small && positions ? buildGraphScene(graph, fullGraph, positions, appearance) : null),
    [small, graph, fullGraph, positions, appearance],
  );
  const [built, setBuilt] = useState<Built | null>(null);
  const builtRef = useRef<Built | null>(null);
  // The last scene built of `baseGraph`, the one cuts are taken from.
  const [base, setBase] = useState<Built | null>(null);
  const baseFits =
    base !== null &&
    base.graph === baseGraph &&
    base.fullGraph === fullGraph &&
    base.positions === positions &&
    base.appearance === appearance;
  const cut = useMemo(
    () => (!small && baseFits && base ? subScene(base.scene, base, graph) : null),
    [small, baseFits, base, graph],
  );
  // A graph of the same actors and links with other counts (a date range) is rescaled from the
  // last scene built in full, in the render: the brush moves it many times a second.
  const rescaled = useMemo(() => {
    if (small || cut || !built || built.graph === graph) return null;
    if (built.fullGraph !== fullGraph || built.positions !== positions) return null;
    if (built.appearance !== appearance) return null;
    return rescaledScene(built.scene, built, graph);
  }, [small, cut, built, graph, fullGraph, positions, appearance]);

  // Ready the cuts' lookup while the page is idle, so the first focus or filter is quick too.
  useEffect(() => {
    if (!base) return;
    const job = runWhenIdle(prepareSubSceneSteps(base.scene, base.graph), () => undefined);
    return () => job.cancel();
  }, [base]);

  useEffect(() => {
    if (small || !positions || cut || rescaled) return;
    // Back to the graph last built (a filter undone): its scene is still good.
    const last = builtRef.current;
    if (
      last &&
      last.graph === graph &&
      last.fullGraph === fullGraph &&
      last.positions === positions &&
      last.appearance === appearance
    ) {
      setBuilt(last);
      return;
    }
    const job = runInSlices(graphSceneSteps(graph, fullGraph, positions, appearance), (scene) => {
      builtRef.current = { graph, fullGraph, positions, appearance, scene };
      setBuilt(builtRef.current);
      if (graph === baseGraph) setBase(builtRef.current);
    });
    return () => job.cancel();
  }, [small, graph, fullGraph, positions, appearance, baseGraph, cut, rescaled]);

  if (sync) return sync;
  if (cut) return cut;
  if (rescaled) return rescaled;
  if (small || !positions) return null;
  return built?.scene ?? null;
}
