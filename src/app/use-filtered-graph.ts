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
import { unfilteredViewGraph } from '../graph/view-graph.ts';
import type { LoadedCorpus } from '../loader/loaded-corpus.ts';

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
 * The filtered quotes and their graph, memoised on the filter values rather than on object
 * identity, so a selection change never rebuilds the graph.
 */
export function useFilteredGraph(
  data: Pick<LoadedCorpus, 'corpus' | 'index' | 'fullGraph' | 'viewGraph'>,
  urlFilters: QuoteFilters,
  countReports: boolean,
): FilteredGraph {
  const { corpus, index, fullGraph, viewGraph } = data;
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
  // Quotes of undated articles a date range leaves out (or lets in): said, never silent. The
  // count does not depend on the range itself, so moving the brush never recounts it.
  const ranged = hasDateRange(filters);
  const undated = useMemo(
    () => (ranged ? countUndated(corpus.quotes, index.articlesById, { outlet, kind }) : 0),
    [corpus, index, ranged, outlet, kind],
  );
  const noMatch = isFiltering(filters) && filtered.length === 0;
  // Unfiltered, the graph of the quotes is the full graph minus isolated actors: derive it
  // rather than build and hold a second copy.
  const quoteDate = useMemo(
    () => (q: Quote) => index.articlesById.get(q.articleId)?.date ?? null,
    [index],
  );
  // Edges and counts are of distinct statements (one per folded repost group) unless the URL
  // asks for reports. The full graph (built in the loading worker, or shipped in a web
  // corpus's graph.bin with the default view) counts distinct statements, so the unfiltered
  // default view is derived from it, never rebuilt on the main thread; a web corpus's view
  // graph is kept as it is (its scene too) while its quotes arrive.
  const folded = index.statementsByQuote.size > 0;
  const graph = useMemo(() => {
    if (!isFiltering(filters) && !countReports && viewGraph) return viewGraph;
    if (!isFiltering(filters) && (!countReports || !folded)) return unfilteredViewGraph(fullGraph);
    const counted = countReports ? filtered : distinctStatements(filtered, index.statementsByQuote);
    return buildActorGraph(corpus.actors, counted, { quoteDate });
  }, [
    corpus.actors,
    filters,
    countReports,
    folded,
    filtered,
    fullGraph,
    viewGraph,
    index,
    quoteDate,
  ]);

  return { asked, filters, filtered, undated, noMatch, graph };
}
