import { SIDE_PANEL_ID } from './side-panel.tsx';

/**
 * What stands in for the views that need every quote while a web corpus has drawn its picture
 * but its quotes are still arriving (LoadedCorpus.rest): each says so, none shows a count or a
 * result that would be wrong a moment later.
 */

const WAITING = 'Loading the quotes…';

/** The details panel: the selection is kept (in the URL) and shown once the quotes are here. */
export function PendingPanel({ selected }: { selected: boolean }) {
  return (
    <aside
      id={SIDE_PANEL_ID}
      className="side-panel"
      aria-label="Details"
      aria-busy="true"
      tabIndex={-1}
    >
      <p className="pending-note" role="status">
        {WAITING}
        {selected ? ' The selection opens as soon as they are in.' : ''}
      </p>
    </aside>
  );
}

/** The search box, disabled: there is nothing to search yet. */
export function PendingSearch() {
  return (
    <div className="search" role="search">
      <label htmlFor="pending-search" className="visually-hidden">
        Search actors and quotes
      </label>
      <input
        id="pending-search"
        className="search__input"
        type="text"
        disabled
        placeholder={WAITING}
      />
    </div>
  );
}

/** The timeline's place under the graph. */
export function PendingTimeline() {
  return (
    <section className="timeline" aria-label="Timeline" aria-busy="true">
      <p className="pending-note" role="status">
        {WAITING}
      </p>
    </section>
  );
}
