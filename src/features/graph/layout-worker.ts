/// <reference lib="webworker" />
import type { ActorGraph } from '../../graph/build-actor-graph.ts';
import { layoutGraph, type LayoutGraphOptions } from '../../graph/layout-graph.ts';

/** Request: lay out `graph`; the reply echoes `requestId` so stale replies can be ignored. */
export interface LayoutRequest {
  requestId: number;
  graph: ActorGraph;
  options?: LayoutGraphOptions;
}

// Runs the (pure, deterministic) layout off the main thread for large graphs.
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { requestId, graph, options } = event.data;
  const layout = layoutGraph(graph, options);
  self.postMessage({ requestId, layout });
};
