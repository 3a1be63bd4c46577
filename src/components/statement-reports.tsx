import { useMemo, useState } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index.ts';
import type { Quote } from '../corpus/schema.ts';
import { statementSpread } from '../corpus/statements.ts';
import type { ExplorerNav } from './explorer-nav.ts';
import { formatCount, formatDate } from './format.ts';
import './statement-reports.css';

/**
 * How far a folded statement travelled: "Reported by N outlets, first seen D (outlet)", and its
 * reports, each opening its own article at its own span. Nothing for a quote in no statement.
 */
export function StatementReports({
  quote,
  index,
  nav,
}: {
  quote: Quote;
  index: CorpusIndex;
  nav: ExplorerNav;
}) {
  // Closed by default: a hub's cards would otherwise each build a list nobody opened.
  const [open, setOpen] = useState(false);
  const ref = index.statementsByQuote.get(quote.id);
  // A hub's panel renders hundreds of cards again on every view change (a filter, a focus):
  // the spread only changes with the statement, so it is not walked again.
  const spread = useMemo(
    () => (ref ? statementSpread(ref.statement, index.quotesById, index.articlesById) : null),
    [ref, index],
  );
  if (!spread) return null;
  const reach =
    spread.outletCount > 0
      ? `Reported by ${formatCount(spread.outletCount, 'outlet')}`
      : `Reported in ${formatCount(spread.reports.length, 'article')}`;
  const first = spread.firstDate
    ? `, first seen ${formatDate(spread.firstDate)}${spread.firstOutlet ? ` (${spread.firstOutlet})` : ''}`
    : '';
  return (
    <details className="statement-reports" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="statement-reports__summary">
        {reach}
        {first}
      </summary>
      {open && (
        <ul className="statement-reports__list" aria-label={`Reports of this statement`}>
          {spread.reports.map((report) => (
            <li key={report.quoteId}>
              <button
                type="button"
                className="statement-reports__open"
                aria-current={report.quoteId === quote.id ? 'true' : undefined}
                onClick={() => nav.openQuote(report.quoteId)}
              >
                {report.outlet ?? report.title}
              </button>{' '}
              <span className="statement-reports__date">
                {report.date ? formatDate(report.date) : 'Undated'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
