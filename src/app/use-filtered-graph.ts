import { useCallback, useEffect, useMemo, useState } from 'react';
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
import { rangeIndexSteps, rangeSelection, type RangeIndex } from '../graph/range-graph.ts';
import { runInSlices } from '../features/graph/run-in-slices.ts';
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
  /**
   * Starts building the index date ranges are cut from, ahead of a first range (the pointer or
   * focus is on the timeline), so the first brush step is as quick as the next ones.
   */
  prepareRange: () => void;
}

interface BuiltRangeIndex {
  corpus: LoadedCorpus['corpus'];
  key: string;
  value: RangeIndex;
}

/**
 * The range index of the corpus for an outlet, kind and counting, once built: the first time a
 * date range is set it is built over several tasks (~150 ms of work at 100,000 quotes, too
 * long for one) and null is returned meanwhile; the build goes on if the range is cleared, and
 * the index is kept while the range is cleared and set again. `prepare` asks for it before a
 * range is set. Effects: schedules the build's tasks, cancelled on change or unmount.
 */
function useRangeIndex(
  data: Pick<LoadedCorpus, 'corpus' | 'index'>,
  filters: Pick<QuoteFilters, 'outlet' | 'kind'>,
  countReports: boolean,
  ranged: boolean,
): { rangeIndex: RangeIndex | null; prepare: () => void } {
  const { corpus, index } = data;
  const { outlet, kind } = filters;
  const key = JSON.stringify([outlet, kind, countReports]);
  const [built, setBuilt] = useState<BuiltRangeIndex | null>(null);
  const fits = built !== null && built.corpus === corpus && built.key === key;
  // Once asked for, the build goes on when the range is cleared meanwhile (Escape, then the
  // next step): cancelling it there would start it again from nothing at every step.
  const [asked, setAsked] = useState<{ corpus: unknown; key: string } | null>(null);
  const wanted = asked !== null && asked.corpus === corpus && asked.key === key;
  if (ranged && !fits && !wanted) setAsked({ corpus, key });
  const prepare = useCallback(() => {
    setAsked((known) =>
      known !== null && known.corpus === corpus && known.key === key ? known : { corpus, key },
    );
  }, [corpus, key]);
  useEffect(() => {
    if (!wanted || fits) return;
    const steps = rangeIndexSteps(
      corpus.actors,
      corpus.quotes,
      index.articlesById,
      { outlet, kind },
      countReports ? null : index.statementsByQuote,
    );
    const job = runInSlices(steps, (value) => setBuilt({ corpus, key, value }));
    return () => job.cancel();
  }, [wanted, fits, corpus, index, outlet, kind, countReports, key]);
  return { rangeIndex: fits ? built.value : null, prepare };
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
  // A date range (the timeline's brush moves it many times a second) is cut out of an index of
  // the outlet's and kind's quotes once it is built; until then, and for other filters, the
  // quotes are filtered and the graph rebuilt.
  const ranged = hasDateRange(filters);
  const { rangeIndex, prepare: prepareRange } = useRangeIndex(data, filters, countReports, ranged);
  const selection = useMemo(
    () =>
      ranged && rangeIndex
        ? rangeSelection(rangeIndex, filters.from, filters.to, filters.includeUndated)
        : null,
    [ranged, rangeIndex, filters],
  );
  const filtered = useMemo(
    () => selection?.filtered ?? filterQuotes(corpus.quotes, index.articlesById, filters),
    [selection, corpus, index, filters],
  );
  // Quotes of undated articles a date range leaves out (or lets in): said, never silent. The
  // count does not depend on the range itself, so moving the brush never recounts it.
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
    if (selection) return selection.graph;
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
    selection,
  ]);

  return { asked, filters, filtered, undated, noMatch, graph, prepareRange };
}
