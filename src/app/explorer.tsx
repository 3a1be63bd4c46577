import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ActorId, Quote } from '../corpus/schema.ts';
import type { CorpusIndex } from '../corpus/corpus-index.ts';
import {
  countUndated,
  filterQuotes,
  hasDateRange,
  isFiltering,
  NO_FILTERS,
  type QuoteFilters,
} from '../corpus/filter-quotes.ts';
import type { LoadedCorpus } from '../loader/load-corpus.ts';
import { parseEdgeId } from '../corpus/edge-id.ts';
import { buildActorGraph, type ActorGraph } from '../graph/build-actor-graph.ts';
import { withoutDoubtfulActors } from '../graph/doubtful-actors.ts';
import { isDoubtfulKind } from '../graph/node-style.ts';
import { EmptyFilterState } from '../components/empty-filter-state.tsx';
import type { ExplorerNav } from '../components/explorer-nav.ts';
import { describeFilters } from '../corpus/quote-export.ts';
import { ExportMenu, type ExportViewport } from '../features/export/export-menu.tsx';
import { FilterBar } from '../features/filters/filter-bar.tsx';
import { GraphView } from '../features/graph/graph-view.tsx';
import { ListView } from '../features/list-view/list-view.tsx';
import { SearchBox } from '../features/search/search-box.tsx';
import { AppHeader } from './app-header.tsx';
import { SIDE_PANEL_ID, SidePanel } from './side-panel.tsx';
import { useEscapeToClose } from './use-escape-to-close.ts';
import { useViewState } from './use-view-state.ts';
import type { ViewMode, ViewState } from './view-state.ts';

/** True when every node of the graph speaks or is mentioned: it equals the graph without isolated actors. */
function hasNoIsolated(graph: ActorGraph): boolean {
  return graph.nodes.every((n) => n.quotedCount > 0 || n.mentionedCount > 0);
}

/**
 * The reading experience for a loaded corpus. All view state lives in the URL; this
 * component derives the filtered quotes and graphs from it (memoised on the filter values,
 * not on object identity, so a selection change never rebuilds the graph).
 */
export function Explorer({ data, corpusUrl }: { data: LoadedCorpus; corpusUrl: string }) {
  const { corpus, index, source, fullGraph } = data;
  const [view, update] = useViewState();
  const { from, to, outlet, kind, includeUndated } = view.filters;
  // What the URL says (shown in the filter bar), and what applies: a range whose start is after
  // its end (a hand-edited link) is not applied; the filter bar says so.
  const asked: QuoteFilters = useMemo(
    () => ({ from, to, outlet, kind, includeUndated }),
    [from, to, outlet, kind, includeUndated],
  );
  const inverted = from !== null && to !== null && from > to;
  const filters: QuoteFilters = useMemo(
    () => (inverted ? { ...asked, from: null, to: null } : asked),
    [asked, inverted],
  );
  const filtered = useMemo(
    () => filterQuotes(corpus.quotes, index.articlesById, filters),
    [corpus, index, filters],
  );
  // Quotes of undated articles a date range leaves out (or lets in): said, never silent.
  const undated = useMemo(
    () =>
      hasDateRange(filters) ? countUndated(corpus.quotes, index.articlesById, { outlet, kind }) : 0,
    [corpus, index, filters, outlet, kind],
  );
  const noMatch = isFiltering(filters) && filtered.length === 0;
  // Unfiltered, the graph of the quotes is the full graph minus isolated actors: when there are
  // none (the usual case), share it rather than build and hold a second copy.
  const quoteDate = useMemo(
    () => (q: Quote) => index.articlesById.get(q.articleId)?.date ?? null,
    [index],
  );
  const graph = useMemo(
    () =>
      !isFiltering(filters) && hasNoIsolated(fullGraph)
        ? fullGraph
        : buildActorGraph(corpus.actors, filtered, { quoteDate }),
    [corpus.actors, filters, filtered, fullGraph, quoteDate],
  );

  // The unknown speaker can be left out of the drawing (?unknown=hide), with its edges.
  const { hideUnknown } = view;
  const graphShown = useMemo(
    () => (hideUnknown ? withoutDoubtfulActors(graph) : graph),
    [graph, hideUnknown],
  );
  const hasDoubtful = useMemo(
    () => fullGraph.nodes.some((n) => isDoubtfulKind(n.kind)),
    [fullGraph],
  );
  const unknownToggle = useMemo(
    () =>
      hasDoubtful
        ? { hidden: hideUnknown, onChange: (hidden: boolean) => update({ hideUnknown: hidden }) }
        : undefined,
    [hasDoubtful, hideUnknown, update],
  );
  const setFilters = useCallback(
    (patch: Partial<QuoteFilters>) => update({ filters: patch }),
    [update],
  );

  // What the graph view shows, for picture exports (kept here: features never import each other).
  const [viewport, setViewport] = useState<ExportViewport | null>(null);
  const exportRequest = useMemo(
    () => ({ filters, hideUnknown, corpusLabel: corpusUrl, filterLabel: describeFilters(filters) }),
    [filters, hideUnknown, corpusUrl],
  );
  const exportCounts = useMemo(
    () => ({
      quotes: filtered.length,
      actors: graphShown.nodes.length,
      links: graphShown.edges.length,
    }),
    [filtered, graphShown],
  );

  const nav: ExplorerNav = useMemo(
    () => ({
      selectActor: (id) => update({ actor: id, edge: null, quote: null }),
      selectEdge: (id) => update({ edge: id, actor: null, quote: null }),
      // The actor or link stays selected underneath, so "Back" returns to it.
      openQuote: (id) => update({ quote: id }),
    }),
    [update],
  );

  // The heavy views as memoised elements: React skips them when only other parts of the URL
  // change (every keystroke in the search box replaces ?q=).
  const { actor, edge, quote } = view;
  const mode = view.view;
  const empty = useMemo(
    () =>
      noMatch ? (
        <EmptyFilterState
          undated={filters.includeUndated ? 0 : undated}
          onIncludeUndated={() => setFilters({ includeUndated: true })}
          onClear={() => setFilters(NO_FILTERS)}
        />
      ) : null,
    [noMatch, filters.includeUndated, undated, setFilters],
  );
  const main = useMemo(
    () =>
      mode === 'graph' ? (
        <>
          <h2 className="visually-hidden">Actor network</h2>
          <GraphView
            graph={graphShown}
            fullGraph={fullGraph}
            layout={corpus.layout}
            selectedActorId={actor}
            selectedEdgeId={edge}
            onSelectActor={nav.selectActor}
            onSelectEdge={nav.selectEdge}
            unknownToggle={unknownToggle}
            skipTargetId={SIDE_PANEL_ID}
            onViewportChange={setViewport}
          />
          {empty}
        </>
      ) : (
        (empty ?? (
          <ListView
            graph={graph}
            index={index}
            selectedActorId={actor}
            selectedEdgeId={edge}
            nav={nav}
          />
        ))
      ),
    [
      mode,
      graph,
      graphShown,
      fullGraph,
      corpus.layout,
      actor,
      edge,
      index,
      nav,
      unknownToggle,
      empty,
    ],
  );
  const selection = useMemo(() => ({ actor, edge, quote }), [actor, edge, quote]);
  const side = useMemo(
    () => (
      <SidePanel
        selection={selection}
        index={index}
        graph={graph}
        fullGraph={fullGraph}
        filters={filters}
        source={source}
        corpusUrl={corpusUrl}
        quotes={filtered}
        nav={nav}
        onClose={() => update({ actor: null, edge: null, quote: null })}
        onCloseQuote={() => update({ quote: null })}
      />
    ),
    [selection, index, graph, fullGraph, filters, source, corpusUrl, filtered, nav, update],
  );

  // Escape closes the innermost view (article → actor or link → overview); each close is a
  // history entry, so Back reopens it.
  useEscapeToClose(view, update);

  // Keep the tab title in step with what is shown, for history menus and bookmarks.
  const titleSubject = describeView(view, index);
  useEffect(() => {
    document.title = titleSubject ? `${titleSubject} — Quotegraph` : 'Quotegraph';
  }, [titleSubject]);

  const setView = (mode: ViewMode) => {
    if (mode !== view.view) update({ view: mode });
  };

  // Memoised like the views above: writing ?q= after typing re-renders this component, and
  // React rewrites the attributes of every <input> it re-renders, even unchanged ones.
  const toolbar = useMemo(
    () => (
      <FilterBar
        filters={asked}
        outlets={index.outlets}
        dateRange={index.dateRange}
        shown={filtered.length}
        total={corpus.quotes.length}
        undated={undated}
        onChange={setFilters}
      />
    ),
    [asked, index, filtered.length, corpus.quotes.length, undated, setFilters],
  );

  return (
    <div className="app">
      <AppHeader toolbar={toolbar}>
        <SearchBox
          source={source}
          index={index}
          value={view.q}
          onValueChange={(q) => update({ q }, { replace: true })}
          onSelectActor={nav.selectActor}
          onOpenQuote={(id) => {
            const quote = index.quotesById.get(id);
            update({ quote: id, actor: quote?.speakerId ?? null, edge: null });
          }}
        />
        <div className="segmented" role="group" aria-label="View">
          {(['graph', 'list'] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              className="segmented__button"
              aria-pressed={view.view === mode}
              onClick={() => setView(mode)}
            >
              {mode === 'graph' ? 'Graph' : 'List'}
            </button>
          ))}
        </div>
        <ExportMenu
          exportFile={source.exportFile}
          request={exportRequest}
          counts={exportCounts}
          viewport={view.view === 'graph' ? viewport : null}
        />
      </AppHeader>
      <div className={view.quote ? 'workspace workspace--reading' : 'workspace'}>
        <main id="main" className={`app-main app-main--${view.view}`} tabIndex={-1}>
          {main}
        </main>
        {side}
      </div>
    </div>
  );
}

/** A short name for what the view shows, or null for the overview. */
function describeView(view: ViewState, index: CorpusIndex): string | null {
  const nameOf = (id: ActorId) => index.actorsById.get(id)?.name ?? id;
  if (view.quote) {
    const quote = index.quotesById.get(view.quote);
    return (quote && index.articlesById.get(quote.articleId)?.title) || null;
  }
  if (view.edge) {
    const ends = parseEdgeId(view.edge);
    return ends ? `${nameOf(ends.source)} → ${nameOf(ends.target)}` : null;
  }
  return view.actor ? nameOf(view.actor) : null;
}
