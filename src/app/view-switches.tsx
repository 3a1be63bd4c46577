import type { ViewMode } from './view-state.ts';

/**
 * The header's two segmented switches: what links count (statements or every report, shown
 * only when the corpus has folded statements) and which view shows the network.
 */
export function ViewSwitches({
  countToggle,
  countReports,
  onCountReports,
  view,
  onView,
}: {
  countToggle: boolean;
  countReports: boolean;
  onCountReports: (reports: boolean) => void;
  view: ViewMode;
  onView: (mode: ViewMode) => void;
}) {
  return (
    <>
      {countToggle && (
        <div className="segmented" role="group" aria-label="Count">
          {([false, true] as const).map((reports) => (
            <button
              key={String(reports)}
              type="button"
              className="segmented__button"
              aria-pressed={countReports === reports}
              title={
                reports
                  ? 'Links count every report, reposts included'
                  : 'Links count each statement once, however many outlets carried it'
              }
              onClick={() => onCountReports(reports)}
            >
              {reports ? 'Reports' : 'Statements'}
            </button>
          ))}
        </div>
      )}
      <div className="segmented" role="group" aria-label="View">
        {(['graph', 'list'] as const).map((mode) => (
          <button
            key={mode}
            type="button"
            className="segmented__button"
            aria-pressed={view === mode}
            onClick={() => onView(mode)}
          >
            {mode === 'graph' ? 'Graph' : 'List'}
          </button>
        ))}
      </div>
    </>
  );
}
