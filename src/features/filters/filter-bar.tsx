import { useId, useState } from 'react';
import { parseQuoteKind, QUOTE_KINDS } from '../../corpus/quote-kinds.ts';
import type { QuoteKind } from '../../corpus/schema.ts';
import { isFiltering, NO_FILTERS, type QuoteFilters } from '../../corpus/filter-quotes.ts';
import { formatCount, formatDate, formatNumber } from '../../components/format.ts';
import { DateField } from './date-field.tsx';
import './filter-bar.css';

interface FilterBarProps {
  filters: QuoteFilters;
  outlets: readonly string[];
  dateRange: { min: string; max: string } | null;
  /** Quotes left after filtering, and in the whole corpus. */
  shown: number;
  total: number;
  /** Quotes of undated articles the date range applies to (0 without a date range). */
  undated: number;
  /** The corpus has undated articles (the "Include undated" box is shown, enabled by a range). */
  hasUndated: boolean;
  onChange: (filters: Partial<QuoteFilters>) => void;
}

const KIND_LABELS: Record<QuoteKind, string> = {
  direct: 'Direct',
  indirect: 'Indirect',
  mixed: 'Mixed',
};

/** Date range, outlet and quote kind. Every control has a visible label. */
export function FilterBar(props: FilterBarProps) {
  const { filters, outlets, dateRange, shown, total, undated, hasUndated, onChange } = props;
  const id = useId();
  const [open, setOpen] = useState(false);
  // Complete dates held back because they would invert the range (from after to): shown in
  // their fields and named in the message, applied together once the range is whole again.
  const [held, setHeld] = useState<{ from?: string | null; to?: string | null }>({});
  const [incomplete, setIncomplete] = useState<{ from: boolean; to: boolean }>({
    from: false,
    to: false,
  });
  // Remounts the date fields (dropping their drafts) when the filters are cleared.
  const [generation, setGeneration] = useState(0);
  const commitDate = (which: 'from' | 'to', value: string | null) => {
    const next = { ...held, [which]: value };
    const from = next.from !== undefined ? next.from : filters.from;
    const to = next.to !== undefined ? next.to : filters.to;
    if (from !== null && to !== null && from > to) {
      setHeld(next);
      return;
    }
    setHeld({});
    onChange({ ...next });
  };
  const heldFrom = held.from !== undefined ? held.from : filters.from;
  const heldTo = held.to !== undefined ? held.to : filters.to;
  const inverted = heldFrom !== null && heldTo !== null && heldFrom > heldTo;
  const messageId = `${id}-date-message`;
  const message = inverted
    ? `“From” (${formatDate(heldFrom)}) is after “To” (${formatDate(heldTo)}): the dates are not applied.`
    : incomplete.from || incomplete.to
      ? `Enter a complete “${incomplete.from ? 'From' : 'To'}” date: day, month and a 4-digit year.`
      : null;
  const clearAll = () => {
    setHeld({});
    setIncomplete({ from: false, to: false });
    setGeneration((g) => g + 1);
    onChange(NO_FILTERS);
  };
  const active = isFiltering(filters);
  const activeCount = [filters.from, filters.to, filters.outlet, filters.kind].filter(
    (v) => v !== null,
  ).length;

  return (
    <div className="filter-bar" role="group" aria-label="Filters">
      <button
        type="button"
        className="button button--small filter-bar__toggle"
        aria-expanded={open}
        aria-controls={`${id}-fields`}
        onClick={() => setOpen((v) => !v)}
      >
        Filters{activeCount > 0 ? ` (${activeCount})` : ''}
      </button>
      <div id={`${id}-fields`} className="filter-bar__fields" data-open={open}>
        <DateField
          key={`from-${generation}`}
          id={`${id}-from`}
          label="From"
          value={filters.from}
          min={dateRange?.min}
          max={heldTo ?? dateRange?.max}
          onCommit={(value) => commitDate('from', value)}
          onIncomplete={(value) => setIncomplete((s) => ({ ...s, from: value }))}
          describedBy={message ? messageId : undefined}
          invalid={inverted || incomplete.from}
        />
        <DateField
          key={`to-${generation}`}
          id={`${id}-to`}
          label="To"
          value={filters.to}
          min={heldFrom ?? dateRange?.min}
          max={dateRange?.max}
          onCommit={(value) => commitDate('to', value)}
          onIncomplete={(value) => setIncomplete((s) => ({ ...s, to: value }))}
          describedBy={message ? messageId : undefined}
          invalid={inverted || incomplete.to}
        />
        <div className="field">
          <label htmlFor={`${id}-outlet`}>Outlet</label>
          <select
            id={`${id}-outlet`}
            value={filters.outlet ?? ''}
            onChange={(e) => onChange({ outlet: e.target.value || null })}
          >
            <option value="">All outlets</option>
            {outlets.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
            {filters.outlet !== null && !outlets.includes(filters.outlet) && (
              <option value={filters.outlet}>{filters.outlet} (not in corpus)</option>
            )}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Quote kind</label>
          <select
            id={`${id}-kind`}
            value={filters.kind ?? ''}
            onChange={(e) => {
              onChange({ kind: parseQuoteKind(e.target.value) });
            }}
          >
            <option value="">All kinds</option>
            {QUOTE_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        {/* The undated box and "Clear filters" keep their place while unusable: setting a range
            must not reflow the bar, which would shrink (and refit) the graph under it. */}
        {hasUndated && (
          <div className="field field--check">
            <input
              id={`${id}-undated`}
              type="checkbox"
              checked={filters.includeUndated}
              disabled={filters.from === null && filters.to === null}
              onChange={(e) => onChange({ includeUndated: e.target.checked })}
            />
            <label htmlFor={`${id}-undated`}>Include undated</label>
          </div>
        )}
        <button
          type="button"
          className="button button--small button--ghost"
          disabled={!active && !inverted}
          onClick={clearAll}
        >
          Clear filters
        </button>
        <p id={messageId} className="filter-bar__message" role="alert">
          {message}
        </p>
        <p className="filter-bar__summary" role="status">
          {active
            ? `${formatNumber(shown)} of ${formatCount(total, 'quote')}`
            : formatCount(total, 'quote')}
          {undated > 0 && !filters.includeUndated && ` · ${formatNumber(undated)} undated left out`}
        </p>
      </div>
    </div>
  );
}
