import { useEffect, useRef, type ReactNode } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index.ts';
import type { QuoteFilters } from '../corpus/filter-quotes.ts';
import type { Quote } from '../corpus/schema.ts';
import type { CorpusSource } from '../loader/loaded-corpus.ts';
import { parseEdgeId } from '../corpus/edge-id.ts';
import type { ActorGraph } from '../graph/build-actor-graph.ts';
import type { ExplorerNav } from '../components/explorer-nav.ts';
import { PanelHeader } from '../components/panel.tsx';
import { ActorPanel } from '../features/actor-panel/actor-panel.tsx';
import { ArticleReader } from '../features/article-reader/article-reader.tsx';
import { EdgePanel } from '../features/edge-panel/edge-panel.tsx';
import { OverviewPanel } from '../features/overview/overview-panel.tsx';
import type { ViewState } from './view-state.ts';

/** The panel's element id (the graph's skip link targets it). */
export const SIDE_PANEL_ID = 'details-panel';

interface SidePanelProps {
  /** What is selected (from the URL). */
  selection: Pick<ViewState, 'actor' | 'edge' | 'quote'>;
  index: CorpusIndex;
  graph: ActorGraph;
  /** The graph of the whole corpus (the overview's totals). */
  fullGraph: ActorGraph;
  filters: QuoteFilters;
  source: CorpusSource;
  /** Keys the article bodies fetched from `source`. */
  corpusUrl: string;
  /** The quotes the filters keep. */
  quotes: readonly Quote[];
  nav: ExplorerNav;
  onClose: () => void;
  onCloseQuote: () => void;
  /** Shown instead of the overview when nothing is selected (the path or comparison view). */
  extra?: ReactNode;
  /** Changes when `extra` shows something else: focus moves to its heading, as on a selection. */
  extraKey?: string;
}

/**
 * The complementary panel: the open quote in its article, else the selected link, else the
 * selected actor, else the overview. When the selection changes it scrolls to the top and
 * moves focus to the new heading.
 */
export function SidePanel(props: SidePanelProps) {
  const { selection: view, index, graph, filters, source, corpusUrl, quotes, nav } = props;
  const { onClose, onCloseQuote } = props;
  const panelRef = useRef<HTMLElement>(null);
  const selectionKey = `${view.quote}|${view.edge}|${view.actor}|${props.extraKey ?? ''}`;
  const shownKey = useRef(selectionKey);

  useEffect(() => {
    if (shownKey.current === selectionKey) return;
    shownKey.current = selectionKey;
    const panel = panelRef.current;
    if (!panel) return;
    // The reader scrolls its highlighted quote into view itself; other panels start at the top.
    if (!view.quote) panel.scrollTop = 0;
    const heading = panel.querySelector<HTMLElement>('[data-panel-heading]');
    heading?.focus({ preventScroll: view.quote !== null });
    if (!view.quote && heading && typeof heading.scrollIntoView === 'function') {
      heading.scrollIntoView({ block: 'nearest' });
    }
  }, [selectionKey, view.quote]);

  const close = (
    <button type="button" className="icon-button" aria-label="Close panel" onClick={onClose}>
      <span aria-hidden="true">×</span>
    </button>
  );

  const edgeEnds = view.edge ? parseEdgeId(view.edge) : null;
  const backLabel = edgeEnds
    ? `${index.actorsById.get(edgeEnds.source)?.name ?? edgeEnds.source} → ${index.actorsById.get(edgeEnds.target)?.name ?? edgeEnds.target}`
    : view.actor
      ? (index.actorsById.get(view.actor)?.name ?? 'overview')
      : 'overview';

  let content;
  if (view.quote) {
    const quote = index.quotesById.get(view.quote);
    const back = (
      <>
        <button
          type="button"
          className="button button--small button--ghost"
          aria-label={`Back to ${backLabel}`}
          onClick={onCloseQuote}
        >
          <span aria-hidden="true">←</span> Back
        </button>
        {close}
      </>
    );
    content = quote ? (
      <ArticleReader
        quote={quote}
        index={index}
        source={source}
        corpusUrl={corpusUrl}
        nav={nav}
        actions={back}
      />
    ) : (
      <NotFound what="Quote" id={view.quote} actions={back} />
    );
  } else if (view.edge) {
    const source = edgeEnds ? index.actorsById.get(edgeEnds.source) : undefined;
    const target = edgeEnds ? index.actorsById.get(edgeEnds.target) : undefined;
    content =
      source && target ? (
        <EdgePanel
          source={source}
          target={target}
          edge={graph.edges.find((e) => e.id === view.edge) ?? null}
          index={index}
          nav={nav}
          actions={close}
        />
      ) : (
        <NotFound what="Link" id={view.edge} actions={close} />
      );
  } else if (view.actor) {
    const actor = index.actorsById.get(view.actor);
    content = actor ? (
      <ActorPanel
        actor={actor}
        index={index}
        filters={filters}
        graph={graph}
        nav={nav}
        actions={close}
      />
    ) : (
      <NotFound what="Actor" id={view.actor} actions={close} />
    );
  } else if (props.extra) {
    content = props.extra;
  } else {
    content = (
      <OverviewPanel
        index={index}
        graph={graph}
        fullGraph={props.fullGraph}
        filters={filters}
        quotes={quotes}
        nav={nav}
      />
    );
  }

  return (
    <aside
      ref={panelRef}
      id={SIDE_PANEL_ID}
      className="side-panel"
      aria-label="Details"
      // Focusable by script only: the graph's "Skip to panel" lands here.
      tabIndex={-1}
    >
      {content}
    </aside>
  );
}

function NotFound({ what, id, actions }: { what: string; id: string; actions: ReactNode }) {
  return (
    <div>
      <PanelHeader eyebrow={what} title={`${what} not found`} actions={actions}>
        <p className="empty-note">
          This corpus has no {what.toLowerCase()} with the id <code>{id}</code>. The link may come
          from another corpus or an older version of this one.
        </p>
      </PanelHeader>
    </div>
  );
}
