import { useEffect, useMemo, useRef, useState } from 'react';
import type { Layout } from '../../corpus/schema.ts';
import type { ActorGraph } from '../../graph/build-actor-graph.ts';
import { completePositions } from '../../graph/complete-positions.ts';
import { layoutGraph } from '../../graph/layout-graph.ts';
import { LayoutClient, type LayoutPort } from './layout-protocol.ts';

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
  // One worker for the view's life: a new graph cancels the running layout and asks again.
  const client = useRef<LayoutClient | null>(null);
  useEffect(
    () => () => {
      client.current?.dispose();
      client.current = null;
    },
    [],
  );

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
    client.current ??= new LayoutClient(
      new Worker(new URL('./layout-worker.ts', import.meta.url), {
        type: 'module',
      }) as unknown as LayoutPort,
    );
    // Layout reads only ids, counts and endpoints: leave the quote lists behind (cheaper to clone).
    const slim: ActorGraph = {
      nodes: fullGraph.nodes,
      edges: fullGraph.edges.map((e) => ({ ...e, quoteIds: [] })),
    };
    const cancel = client.current.request(
      slim,
      (result) => deliver(completePositions(result.positions, fullGraph.nodes)),
      () => {
        // The worker failed (it could not start, or crashed): lay out here, once.
        client.current?.dispose();
        client.current = null;
        deliver(layoutGraph(fullGraph).positions);
      },
    );
    return () => {
      cancelled = true;
      cancel();
    };
  }, [layout, small, fullGraph]);

  if (given) return given;
  if (sync) return sync;
  return computed && computed.graph === fullGraph ? computed.positions : null;
}
