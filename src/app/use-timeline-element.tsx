import { Suspense, useDeferredValue, useMemo } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index.ts';
import { filterQuotes, NO_FILTERS, type QuoteFilters } from '../corpus/filter-quotes.ts';
import type { ActorId, Quote, QuoteId } from '../corpus/schema.ts';
import { distinctStatements } from '../corpus/statements.ts';
import type { UpdateOptions } from './use-view-state.ts';
import type { ViewPatch } from './view-state.ts';
import { TimelinePanel } from './lazy-timeline.tsx';
import { PendingTimeline } from './pending-views.tsx';

interface TimelineElementInput {
  quotes: readonly Quote[];
  index: CorpusIndex;
  /** The filters applied (outlet and kind choose the timeline's quotes). */
  filters: QuoteFilters;
  /** The range as the URL asks it: where the brush is drawn. */
  range: Pick<QuoteFilters, 'from' | 'to' | 'includeUndated'>;
  countReports: boolean;
  selectedActorId: ActorId | null;
  update: (patch: ViewPatch, options?: UpdateOptions) => void;
  setFilters: (patch: Partial<QuoteFilters>) => void;
  /** Called when a brush gesture starts: the explorer readies the range graph. */
  prepareRange: () => void;
  /** Opens a statement's quote (a mark clicked). */
  onOpenQuote: (id: QuoteId) => void;
}

/**
 * The explorer's timeline, memoised: React skips it when other parts of the URL change.
 * The timeline places every date (the brush chooses among them) under the other filters, so
 * its quotes are keyed on those alone and moving the brush never refilters every quote.
 */
export function useTimelineElement(input: TimelineElementInput) {
  const { quotes, index, filters, countReports, selectedActorId, update, setFilters } = input;
  const { prepareRange, range, onOpenQuote } = input;
  const { outlet, kind } = filters;
  const { from, to, includeUndated } = range;
  // The rows follow a selection a render later: a click paints the graph and the panel first.
  const rowsActorId = useDeferredValue(selectedActorId);
  const timelineQuotes = useMemo(() => {
    const undatedOn = filterQuotes(quotes, index.articlesById, { ...NO_FILTERS, outlet, kind });
    return countReports ? undatedOn : distinctStatements(undatedOn, index.statementsByQuote);
  }, [quotes, index, outlet, kind, countReports]);
  return useMemo(
    () => (
      <Suspense fallback={<PendingTimeline />}>
        <TimelinePanel
          index={index}
          quotes={timelineQuotes}
          from={from}
          to={to}
          includeUndated={includeUndated}
          selectedActorId={rowsActorId}
          // A brush step (a key, or letting go of the brush) renders at once, the graph first:
          // the side panel follows with the deferred values the explorer gives it, a render later.
          onRangeChange={(range) => update({ filters: range }, { replace: true, flushSync: true })}
          onRangeIntent={prepareRange}
          onIncludeUndatedChange={(include) => setFilters({ includeUndated: include })}
          onOpenQuote={onOpenQuote}
        />
      </Suspense>
    ),
    [
      index,
      timelineQuotes,
      from,
      to,
      includeUndated,
      rowsActorId,
      update,
      setFilters,
      prepareRange,
      onOpenQuote,
    ],
  );
}
