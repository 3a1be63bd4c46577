import type { SlimCorpus } from '../corpus/slim-corpus.ts';
import type { Quote } from '../corpus/schema.ts';
import { distinctStatements, indexStatements } from '../corpus/statements.ts';
import { buildActorGraph, type ActorGraph } from './build-actor-graph.ts';

/** True when every node of the graph speaks or is mentioned: it equals the graph without isolated actors. */
export function hasNoIsolated(graph: ActorGraph): boolean {
  return graph.nodes.every((n) => n.quotedCount > 0 || n.mentionedCount > 0);
}

/**
 * The corpus's full graph: every actor (isolated ones included), edges' quotes newest first by
 * their article's date, counting what the explorer counts by default: one quote per folded
 * statement (its first report) when the corpus has `statements`, every quote otherwise. The
 * loader's `fullActorGraph` is this (built once off the page's thread). Pure.
 */
export function fullCorpusGraph(
  corpus: Pick<SlimCorpus, 'actors' | 'quotes' | 'articles' | 'statements'>,
): ActorGraph {
  const dates = new Map(corpus.articles.map((a) => [a.id, a.date]));
  const counted = distinctStatements(corpus.quotes, indexStatements(corpus.statements));
  return buildActorGraph(corpus.actors, counted, {
    includeIsolated: true,
    quoteDate: (q: Quote) => dates.get(q.articleId) ?? null,
  });
}

/**
 * The graph the explorer draws with no filter set and reports not counted: `fullGraph` without
 * the actors that neither speak nor are mentioned (the same node and edge objects, the same
 * order as a rebuild without `includeIsolated`); `fullGraph` itself when it has none. The same
 * rule as the explorer's unfiltered view (src/app/use-filtered-graph.ts), so a web corpus can
 * ship it precomputed. Pure; O(nodes).
 */
export function unfilteredViewGraph(fullGraph: ActorGraph): ActorGraph {
  if (hasNoIsolated(fullGraph)) return fullGraph;
  return {
    nodes: fullGraph.nodes.filter((n) => n.quotedCount > 0 || n.mentionedCount > 0),
    edges: fullGraph.edges,
  };
}
