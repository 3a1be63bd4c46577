/// <reference lib="webworker" />
import { computeStructure } from '../graph/graph-structure.ts';
import type { StructureInput } from '../graph/structure-input.ts';
import type { StructureReply } from './graph-structure-client.ts';

/**
 * Computes degree, PageRank and communities off the page's main thread: at 10,000 actors and
 * 75,000 links Louvain alone takes longer than a frame budget allows.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<StructureInput>) => {
  try {
    const s = computeStructure(event.data);
    const reply: StructureReply = {
      type: 'structure',
      degree: s.degree,
      pagerank: s.pagerank,
      community: s.community,
      communities: s.communities,
    };
    scope.postMessage(reply, [s.degree.buffer, s.pagerank.buffer, s.community.buffer]);
  } catch (error) {
    const reply: StructureReply = {
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    };
    scope.postMessage(reply);
  }
};
