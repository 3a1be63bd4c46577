import { parseQuoteKind } from '../corpus/quote-kinds.ts';
import type { ActorId, QuoteId } from '../corpus/schema.ts';
import { isCompleteDate, type QuoteFilters } from '../corpus/filter-quotes.ts';
import type { EdgeId } from '../corpus/edge-id.ts';

export type ViewMode = 'graph' | 'list';

/**
 * Everything the URL says about the view. Unknown ids are kept as given (the panel says
 * "not found"); malformed filters are dropped rather than guessed.
 */
export interface ViewState {
  actor: ActorId | null;
  edge: EdgeId | null;
  quote: QuoteId | null;
  q: string;
  filters: QuoteFilters;
  view: ViewMode;
  /** `unknown=hide`: the graph leaves out actors of doubtful identity (the unknown speaker). */
  hideUnknown: boolean;
  /** `count=reports`: edges count every report of a folded statement, not distinct statements. */
  countReports: boolean;
}

export type ViewPatch = Partial<Omit<ViewState, 'filters'>> & { filters?: Partial<QuoteFilters> };

function nonEmpty(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value;
}

/** Reads the view from URL search params. Pure. */
export function readViewState(params: URLSearchParams): ViewState {
  const from = params.get('from');
  const to = params.get('to');
  return {
    actor: nonEmpty(params.get('actor')) as ActorId | null,
    edge: nonEmpty(params.get('edge')) as EdgeId | null,
    quote: nonEmpty(params.get('quote')) as QuoteId | null,
    q: params.get('q') ?? '',
    filters: {
      from: from !== null && isCompleteDate(from) ? from : null,
      to: to !== null && isCompleteDate(to) ? to : null,
      outlet: nonEmpty(params.get('outlet')),
      kind: parseQuoteKind(params.get('kind')),
      includeUndated: params.get('undated') === 'include',
    },
    view: params.get('view') === 'list' ? 'list' : 'graph',
    hideUnknown: params.get('unknown') === 'hide',
    countReports: params.get('count') === 'reports',
  };
}

/**
 * Returns new params with `patch` applied; params it does not know (`corpus`, anything a
 * future version adds) pass through untouched. Defaults are omitted so links stay short.
 */
export function writeViewState(params: URLSearchParams, patch: ViewPatch): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | null | undefined) => {
    if (value === undefined) return;
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
  };
  set('actor', patch.actor);
  set('edge', patch.edge);
  set('quote', patch.quote);
  set('q', patch.q);
  set('view', patch.view === undefined ? undefined : patch.view === 'graph' ? null : patch.view);
  set('unknown', patch.hideUnknown === undefined ? undefined : patch.hideUnknown ? 'hide' : null);
  set(
    'count',
    patch.countReports === undefined ? undefined : patch.countReports ? 'reports' : null,
  );
  if (patch.filters) {
    set('from', patch.filters.from);
    set('to', patch.filters.to);
    set('outlet', patch.filters.outlet);
    set('kind', patch.filters.kind);
    if (patch.filters.includeUndated !== undefined) {
      set('undated', patch.filters.includeUndated ? 'include' : null);
    }
  }
  return next;
}
