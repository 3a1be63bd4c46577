import { useId, useState } from 'react';
import { parseQuoteKind, QUOTE_KINDS } from '../../corpus/quote-kinds.ts';
import type { QuoteKind } from '../../corpus/schema.ts';
import { isFiltering, NO_FILTERS, type QuoteFilters } from '../../corpus/filter-quotes.ts';
import { formatNumber } from '../../components/format.ts';
import './filter-bar.css';

interface FilterBarProps {
  filters: QuoteFilters;
  outlets: readonly string[];
  dateRange: { min: string; max: string } | null;
  /** Quotes left after filtering, and in the whole corpus. */
  shown: number;
  total: number;
  onChange: (filters: Partial<QuoteFilters>) => void;
}

const KIND_LABELS: Record<QuoteKind, string> = {
  direct: 'Direct',
  indirect: 'Indirect',
  mixed: 'Mixed',
};

/** Date range, outlet and quote kind. Every control has a visible label. */
export function FilterBar({ filters, outlets, dateRange, shown, total, onChange }: FilterBarProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
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
        <div className="field">
          <label htmlFor={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            type="date"
            value={filters.from ?? ''}
            min={dateRange?.min}
            max={filters.to ?? dateRange?.max}
            onChange={(e) => onChange({ from: e.target.value || null })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>To</label>
          <input
            id={`${id}-to`}
            type="date"
            value={filters.to ?? ''}
            min={filters.from ?? dateRange?.min}
            max={dateRange?.max}
            onChange={(e) => onChange({ to: e.target.value || null })}
          />
        </div>
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
        {active && (
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => onChange(NO_FILTERS)}
          >
            Clear filters
          </button>
        )}
        <p className="filter-bar__summary" role="status">
          {active
            ? `${formatNumber(shown)} of ${formatNumber(total)} quotes`
            : `${formatNumber(total)} quotes`}
        </p>
      </div>
    </div>
  );
}
