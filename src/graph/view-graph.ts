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
 * their article's date. The loader's `fullActorGraph` is this. Pure.
 */
export function fullCorpusGraph(
  corpus: Pick<SlimCorpus, 'actors' | 'quotes' | 'articles'>,
): ActorGraph {
  const dates = new Map(corpus.articles.map((a) => [a.id, a.date]));
  return buildActorGraph(corpus.actors, corpus.quotes, {
    includeIsolated: true,
    quoteDate: (q: Quote) => dates.get(q.articleId) ?? null,
  });
}

/**
 * The graph the explorer draws with no filter set and reports not counted: the graph of the
 * distinct statements (one quote per folded repost group), without isolated actors; `fullGraph`
 * itself when that is the same graph. The same rule as the explorer's unfiltered view
 * (src/app/use-filtered-graph.ts), so a web corpus can ship it precomputed. Pure.
 */
export function unfilteredViewGraph(
  corpus: Pick<SlimCorpus, 'actors' | 'articles' | 'quotes' | 'statements'>,
  fullGraph: ActorGraph,
): ActorGraph {
  const counted = distinctStatements(corpus.quotes, indexStatements(corpus.statements));
  if (counted === corpus.quotes && hasNoIsolated(fullGraph)) return fullGraph;
  const dates = new Map(corpus.articles.map((a) => [a.id, a.date]));
  return buildActorGraph(corpus.actors, counted, {
    quoteDate: (q: Quote) => dates.get(q.articleId) ?? null,
  });
}
