import { formatCount } from './format.ts';
import './empty-filter-state.css';

interface EmptyFilterStateProps {
  /** Quotes of undated articles the date range leaves out (0: nothing to offer). */
  undated: number;
  onIncludeUndated: () => void;
  onClear: () => void;
}

/** Shown instead of a blank graph or list when the filters keep no quote. */
export function EmptyFilterState({ undated, onIncludeUndated, onClear }: EmptyFilterStateProps) {
  return (
    <section className="empty-filter-state" aria-labelledby="empty-filter-state-title">
      <div className="empty-filter-state__card">
        <h2 id="empty-filter-state-title" className="empty-filter-state__title">
          No quotes match these filters
        </h2>
        <p className="empty-filter-state__text">
          Widen the date range, choose another outlet or quote kind, or start again.
          {undated > 0 &&
            ` The date range leaves out ${formatCount(undated, 'quote')} from undated articles.`}
        </p>
        <div className="empty-filter-state__actions">
          <button type="button" className="button button--primary" onClick={onClear}>
            Clear filters
          </button>
          {undated > 0 && (
            <button type="button" className="button" onClick={onIncludeUndated}>
              Include undated
            </button>
          )}
        </div>
      </div>
    </section>
  );
}
