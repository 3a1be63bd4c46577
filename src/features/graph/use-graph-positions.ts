import { useEffect, useMemo, useState } from 'react';
import type { Layout } from '../../corpus/schema.ts';
import type { ActorGraph } from '../../graph/build-actor-graph.ts';
import { completePositions } from '../../graph/complete-positions.ts';
import { layoutGraph } from '../../graph/layout-graph.ts';

/** Graphs up to this many nodes are laid out synchronously; larger ones in a Web Worker. */
export const SYNC_LAYOUT_MAX_NODES = 500;

interface Computed {
  graph: ActorGraph;
  positions: Layout['positions'];
}

/**
 * Positions for every node of `fullGraph`: the precomputed `layout` when given (completed for
 * nodes it lacks), else a layout computed on the unfiltered graph — synchronously when small,
 * in a worker when large (null until it arrives). Filtered graphs reuse these positions.
 */
export function useGraphPositions(
  fullGraph: ActorGraph,
  layout: Layout | undefined,
): Layout['positions'] | null {
  const small = fullGraph.nodes.length <= SYNC_LAYOUT_MAX_NODES;
  const given = useMemo(
    () => (layout ? completePositions(layout.positions, fullGraph.nodes) : null),
    [layout, fullGraph],
  );
  const sync = useMemo(
    () => (!layout && small ? layoutGraph(fullGraph).positions : null),
    [layout, small, fullGraph],
  );
  const [computed, setComputed] = useState<Computed | null>(null);

  useEffect(() => {
    if (layout || small) return;
    let cancelled = false;
    const deliver = (positions: Layout['positions']) => {
      if (!cancelled) setComputed({ graph: fullGraph, positions });
    };
    if (typeof Worker === 'undefined') {
      // No workers (tests, very old browsers): compute after this render instead.
      const timer = setTimeout(() => deliver(layoutGraph(fullGraph).positions), 0);
      return () => {
        cancelled = true;
        clearTimeout(timer);
      };
    }
    const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ layout: Layout }>) => {
      deliver(completePositions(event.data.layout.positions, fullGraph.nodes));
      worker.terminate();
    };
    worker.onerror = () => {
      worker.terminate();
      deliver(layoutGraph(fullGraph).positions);
    };
    // Layout reads only ids, counts and endpoints: leave the quote lists behind (cheaper to clone).
    const slim: ActorGraph = {
      nodes: fullGraph.nodes,
      edges: fullGraph.edges.map((e) => ({ ...e, quoteIds: [] })),
    };
    worker.postMessage({ requestId: 1, graph: slim });
    return () => {
      cancelled = true;
      worker.terminate();
    };
  }, [layout, small, fullGraph]);

  if (given) return given;
  if (sync) return sync;
  return computed && computed.graph === fullGraph ? computed.positions : null;
}
