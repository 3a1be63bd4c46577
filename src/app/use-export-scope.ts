import { useCallback, useMemo } from 'react';
import { NO_FILTERS, type QuoteFilters } from '../corpus/filter-quotes.ts';
import { describeFilters } from '../corpus/quote-export.ts';
import type { Quote } from '../corpus/schema.ts';
import type { ActorGraph } from '../graph/build-actor-graph.ts';
import { unfilteredViewGraph } from '../graph/view-graph.ts';
import { quotesInView, viewAnchors, viewNarrows } from '../graph/view-quotes.ts';
import type { ExportMenuProps } from '../features/export/export-menu.tsx';
import type { ViewState } from './view-state.ts';

interface ExportScopeInput {
  view: Pick<ViewState, 'minQuotes' | 'kinds' | 'focus' | 'depth' | 'dir' | 'hideUnknown'>;
  filters: QuoteFilters;
  countReports: boolean;
  corpusUrl: string;
  /** The quotes under the filters, and the graph the view shows of them. */
  filtered: readonly Quote[];
  shown: ActorGraph;
  /** Every actor, and the corpus's quote count: the whole-corpus option. */
  fullGraph: ActorGraph;
  quoteCount: number;
}

/**
 * What the Export menu exports: the explorer's view (filters, counting, Explore), its counts
 * (asked only when the menu opens: counting the view's quotes scans every filtered quote), and
 * the whole corpus beside it when the view leaves something out.
 */
export function useExportScope(
  input: ExportScopeInput,
): Pick<ExportMenuProps, 'request' | 'counts' | 'whole'> {
  const { view, filters, countReports, corpusUrl, filtered, shown, fullGraph, quoteCount } = input;
  const { minQuotes, kinds, focus, depth, dir, hideUnknown } = view;
  const request = useMemo(
    () => ({
      filters,
      hideUnknown,
      countReports,
      minQuotes,
      kinds,
      focus: focus ? { id: focus, depth, direction: dir } : null,
      corpusLabel: corpusUrl,
      filterLabel: describeFilters(filters),
    }),
    [filters, hideUnknown, countReports, minQuotes, kinds, focus, depth, dir, corpusUrl],
  );
  const counts = useCallback(() => {
    const quotes = viewNarrows(request)
      ? quotesInView(filtered, shown, viewAnchors(shown, request.focus?.id ?? null))
      : filtered;
    return { quotes: quotes.length, actors: shown.nodes.length, links: shown.edges.length };
  }, [request, filtered, shown]);
  const whole = useMemo(() => {
    if (request.filterLabel === '' && !viewNarrows(request)) return undefined;
    return {
      request: {
        ...request,
        filters: NO_FILTERS,
        hideUnknown: false,
        minQuotes: 1,
        kinds: null,
        focus: null,
        filterLabel: '',
      },
      counts: () => {
        const all = unfilteredViewGraph(fullGraph);
        return { quotes: quoteCount, actors: all.nodes.length, links: all.edges.length };
      },
    };
  }, [request, fullGraph, quoteCount]);
  return { request, counts, whole };
}
