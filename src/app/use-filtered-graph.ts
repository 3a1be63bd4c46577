import { useMemo } from 'react';
import type { Quote } from '../corpus/schema.ts';
import {
  countUndated,
  filterQuotes,
  hasDateRange,
  isFiltering,
  type QuoteFilters,
} from '../corpus/filter-quotes.ts';
import { distinctStatements } from '../corpus/statements.ts';
import { buildActorGraph, type ActorGraph } from '../graph/build-actor-graph.ts';
import type { LoadedCorpus } from '../loader/load-corpus.ts';

/** What the filters of the URL make of a corpus: the quotes they keep and the graph of those. */
export interface FilteredGraph {
  /** The filters as the URL asks them (shown in the filter bar). */
  asked: QuoteFilters;
  /** The filters that apply: an inverted date range is dropped. */
  filters: QuoteFilters;
  filtered: readonly Quote[];
  /** Quotes of undated articles a date range leaves out (or lets in). */
  undated: number;
  noMatch: boolean;
  /** The graph of the counted quotes (distinct statements unless `countReports`). */
  graph: ActorGraph;
}

/**
 * The graph without actors that neither speak nor are mentioned: what buildActorGraph gives
 * for the same quotes without `includeIsolated` (same node and edge objects, same order), in
 * O(nodes) instead of a rebuild. `graph` itself when it has none.
 */
function withoutIsolated(graph: ActorGraph): ActorGraph {
  const nodes = graph.nodes.filter((n) => n.quotedCount > 0 || n.mentionedCount > 0);
  return nodes.length === graph.nodes.length ? graph : { nodes, edges: graph.edges };
}

/**
 * The filtered quotes and their graph, memoised on the filter values rather than on object
 * identity, so a selection change never rebuilds the graph.
 */
export function useFilteredGraph(
  data: Pick<LoadedCorpus, 'corpus' | 'index' | 'fullGraph'>,
  urlFilters: QuoteFilters,
  countReports: boolean,
): FilteredGraph {
  const { corpus, index, fullGraph } = data;
  const { from, to, outlet, kind, includeUndated } = urlFilters;
  // What the URL says (shown in the filter bar), and what applies: a range whose start is after
  // its end (a hand-edited link) is not applied; the filter bar says so.
  const asked: QuoteFilters = useMemo(
    () => ({ from, to, outlet, kind, includeUndated }),
    [from, to, outlet, kind, includeUndated],
  );
  const inverted = from !== null && to !== null && from > to;
  const filters: QuoteFilters = useMemo(
    () => (inverted ? { ...asked, from: null, to: null } : asked),
    [asked, inverted],
  );
  const filtered = useMemo(
    () => filterQuotes(corpus.quotes, index.articlesById, filters),
    [corpus, index, filters],
  );
  // Quotes of undated articles a date range leaves out (or lets in): said, never silent.
  const undated = useMemo(
    () =>
      hasDateRange(filters) ? countUndated(corpus.quotes, index.articlesById, { outlet, kind }) : 0,
    [corpus, index, filters, outlet, kind],
  );
  const noMatch = isFiltering(filters) && filtered.length === 0;
  // Unfiltered, the graph of the quotes is the full graph minus isolated actors: derive it
  // rather than build and hold a second copy.
  const quoteDate = useMemo(
    () => (q: Quote) => index.articlesById.get(q.articleId)?.date ?? null,
    [index],
  );
  // Edges and counts are of distinct statements (one per folded repost group) unless the URL
  // asks for reports. The full graph (built in the loading worker) counts distinct statements,
  // so the unfiltered default view shares it instead of rebuilding on the main thread.
  const folded = index.statementsByQuote.size > 0;
  const graph = useMemo(() => {
    if (!isFiltering(filters) && (!countReports || !folded)) return withoutIsolated(fullGraph);
    const counted = countReports ? filtered : distinctStatements(filtered, index.statementsByQuote);
    return buildActorGraph(corpus.actors, counted, { quoteDate });
  }, [corpus.actors, filters, countReports, folded, filtered, fullGraph, index, quoteDate]);

  return { asked, filters, filtered, undated, noMatch, graph };
}
