import type { ActorGraph } from '../graph/build-actor-graph.ts';
import type { GraphStructure } from '../graph/graph-structure.ts';
import { structureInput } from '../graph/structure-input.ts';

/** What the structure worker answers. */
export type StructureReply =
  ({ type: 'structure' } & Omit<GraphStructure, 'ids'>) | { type: 'error'; message: string };

/** One computation per graph object: the full graph of a load never changes. */
const cache = new WeakMap<ActorGraph, Promise<GraphStructure>>();

/**
 * Degree, PageRank and communities of `graph` (see `computeStructure`), computed in a Web
 * Worker so the page never blocks; where there is no Worker (tests in jsdom) on this thread
 * after a task. Cached per graph object, so asking again is free.
 */
export function graphStructureOf(graph: ActorGraph): Promise<GraphStructure> {
  let pending = cache.get(graph);
  if (!pending) {
    pending = compute(graph);
    cache.set(graph, pending);
    // A failure is not cached: the next ask tries again.
    pending.catch(() => cache.delete(graph));
  }
  return pending;
}

function compute(graph: ActorGraph): Promise<GraphStructure> {
  const input = structureInput(graph);
  if (typeof Worker === 'undefined') {
    // Loaded on demand: graphology stays out of the page's first script.
    return import('../graph/graph-structure.ts').then(({ computeStructure }) =>
      computeStructure(input),
    );
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./structure-worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<StructureReply>) => {
      worker.terminate();
      const reply = event.data;
      if (reply.type === 'error') reject(new Error(reply.message));
      else {
        resolve({
          ids: input.ids,
          degree: reply.degree,
          pagerank: reply.pagerank,
          community: reply.community,
          communities: reply.communities,
        });
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'structure worker failed'));
    };
    // The link arrays move to the worker (the page keeps only the ids).
    worker.postMessage(input, [input.sources.buffer, input.targets.buffer, input.weights.buffer]);
  });
}
