import { useCallback, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ActorId, QuoteId } from '../corpus/schema.ts';
import { NO_FILTERS, type QuoteFilters } from '../corpus/filter-quotes.ts';
import type { LoadedCorpus } from '../loader/loaded-corpus.ts';
import { isDoubtfulKind } from '../graph/node-style.ts';
import { EmptyFilterState } from '../components/empty-filter-state.tsx';
import type { ExplorerNav } from '../components/explorer-nav.ts';
import { ExportMenu, type ExportViewport } from '../features/export/export-menu.tsx';
import { FilterBar } from '../features/filters/filter-bar.tsx';
import { GraphView } from '../features/graph/graph-view.tsx';
import { ListView } from '../features/list-view/list-view.tsx';
import { SearchBox } from '../features/search/search-box.tsx';
import { ExplorePanel } from '../features/explore/explore-panel.tsx';
import { explorePatch, useExplore } from './use-explore.tsx';
import { useExportScope } from './use-export-scope.ts';
import { AppHeader } from './app-header.tsx';
import { SIDE_PANEL_ID, SidePanel } from './side-panel.tsx';
import { useEscapeToClose } from './use-escape-to-close.ts';
import { useMergeRedirect } from './use-merge-redirect.ts';
import { useViewState } from './use-view-state.ts';
import { ViewSwitches } from './view-switches.tsx';
import { useFilteredGraph } from './use-filtered-graph.ts';
import { useTimelineElement } from './use-timeline-element.tsx';
import { useExtraPanel } from './use-extra-panel.tsx';
import { describeView } from './describe-view.ts';
import { PendingPanel, PendingSearch, PendingTimeline } from './pending-views.tsx';
import { joinActorPair, type ViewMode } from './view-state.ts';

/**
 * The reading experience for a loaded corpus. All view state lives in the URL; this
 * component derives the filtered quotes and graphs from it (memoised on the filter values,
 * not on object identity, so a selection change never rebuilds the graph).
 */
export function Explorer({
  data,
  corpusUrl,
  headerExtra,
}: {
  data: LoadedCorpus;
  corpusUrl: string;
  /** More header tools (the Corrections menu), after Export. */
  headerExtra?: ReactNode;
}) {
  const { corpus, index, source, fullGraph } = data;
  // A web corpus's picture, its quotes still on their way: the views that need them wait.
  const pending = data.rest !== undefined;
  const [view, update] = useViewState();
  const { countReports } = view;
  const { asked, filters, filtered, undated, noMatch, graph, prepareRange } = useFilteredGraph(
    data,
    view.filters,
    countReports,
  );

  // Explore (issue #12): thinning (kinds, ?unknown=hide, minimum quotes) then the focus. Every
  // view (drawing, list, panels) shows the same subset, so what is hidden is nowhere a button.
  const { hideUnknown } = view;
  const explored = useExplore(view, graph, fullGraph, index, corpusUrl);
  const graphShown = explored.shown;
  const hasUndated = useMemo(() => corpus.articles.some((a) => a.date === null), [corpus]);
  const hasDoubtful = useMemo(
    () => fullGraph.nodes.some((n) => isDoubtfulKind(n.kind)),
    [fullGraph],
  );
  const unknownToggle = useMemo(() => {
    const onChange = (hidden: boolean) => update({ hideUnknown: hidden }, { flushSync: true });
    return hasDoubtful ? { hidden: hideUnknown, onChange } : undefined;
  }, [hasDoubtful, hideUnknown, update]);
  const setFilters = useCallback(
    (patch: Partial<QuoteFilters>) => update({ filters: patch }),
    [update],
  );

  // What the graph view shows, for picture exports (kept here: features never import each other).
  const [viewport, setViewport] = useState<ExportViewport | null>(null);
  const exportScope = useExportScope({
    view,
    filters,
    countReports,
    corpusUrl,
    filtered,
    shown: graphShown,
    fullGraph,
    quoteCount: corpus.quotes.length,
  });

  // A click on an actor, a link or a quote is waited for: it renders at once (flushSync), not in
  // a transition that lets the browser paint the old view first; the timeline's rows follow
  // a render later (useTimelineElement defers the selected actor).
  const nav: ExplorerNav = useMemo(
    () => ({
      selectActor: (id) => update({ actor: id, edge: null, quote: null }, { flushSync: true }),
      selectEdge: (id) => update({ edge: id, actor: null, quote: null }, { flushSync: true }),
      // The actor or link stays selected underneath, so "Back" returns to it.
      openQuote: (id) => update({ quote: id }, { flushSync: true }),
    }),
    [update],
  );
  // A quote found elsewhere (a search result, a timeline mark): its article, under its speaker.
  const openQuoteBySpeaker = useCallback(
    (id: QuoteId) =>
      update(
        { quote: id, actor: index.quotesById.get(id)?.speakerId ?? null, edge: null },
        { flushSync: true },
      ),
    [index, update],
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
            baseGraph={graph}
            fullGraph={fullGraph}
            layout={corpus.layout}
            selectedActorId={actor}
            selectedEdgeId={edge}
            onSelectActor={nav.selectActor}
            onSelectEdge={nav.selectEdge}
            unknownToggle={unknownToggle}
            skipTargetId={SIDE_PANEL_ID}
            appearance={explored.appearance}
            highlight={explored.highlight}
            legendStyle={explored.legendStyle}
            onViewportChange={setViewport}
          />
          {empty}
        </>
      ) : (
        (empty ?? (
          <ListView
            graph={graphShown}
            index={index}
            selectedActorId={actor}
            selectedEdgeId={edge}
            nav={nav}
          />
        ))
      ),
    [
      mode,
      graphShown,
      graph,
      fullGraph,
      corpus.layout,
      actor,
      edge,
      index,
      nav,
      unknownToggle,
      empty,
      explored.appearance,
      explored.highlight,
      explored.legendStyle,
    ],
  );
  const timeline = useTimelineElement({
    quotes: corpus.quotes,
    index,
    filters,
    range: view.filters,
    countReports,
    selectedActorId: actor,
    update,
    setFilters,
    prepareRange,
    onOpenQuote: openQuoteBySpeaker,
  });
  const selection = useMemo(() => ({ actor, edge, quote }), [actor, edge, quote]);
  const { extra, extraKey } = useExtraPanel(explored, filtered, index, nav, update);
  // The side panel (overview counts, top lists, an actor's quotes) follows a filter change a
  // render later, so a brush step's urgent render is the graph's alone.
  const sideGraph = useDeferredValue(graphShown);
  const sideQuotes = useDeferredValue(filtered);
  const sideFilters = useDeferredValue(filters);
  const side = useMemo(
    () =>
      pending ? (
        <PendingPanel selected={selection.actor !== null || selection.edge !== null} />
      ) : (
        <SidePanel
          selection={selection}
          extra={extra}
          extraKey={extraKey}
          index={index}
          graph={sideGraph}
          fullGraph={fullGraph}
          filters={sideFilters}
          source={source}
          corpusUrl={corpusUrl}
          quotes={sideQuotes}
          nav={nav}
          onClose={() => update({ actor: null, edge: null, quote: null })}
          onCloseQuote={() => update({ quote: null })}
        />
      ),
    [
      pending,
      selection,
      extra,
      extraKey,
      index,
      sideGraph,
      fullGraph,
      sideFilters,
      source,
      corpusUrl,
      sideQuotes,
      nav,
      update,
    ],
  );

  const selectedActor = actor ? (index.actorsById.get(actor) ?? null) : null;
  const focusName = view.focus ? (index.actorsById.get(view.focus)?.name ?? null) : null;
  const showPath = useCallback(
    (a: ActorId, b: ActorId) =>
      update({ path: joinActorPair(a, b), compare: null, actor: null, edge: null, quote: null }),
    [update],
  );
  const showComparison = useCallback(
    (a: ActorId, b: ActorId) =>
      update({ compare: joinActorPair(a, b), path: null, actor: null, edge: null, quote: null }),
    [update],
  );
  // Memoised like the views above: the panel's actor pickers hold every actor shown.
  const shownActors = graphShown.nodes.length;
  const shownLinks = graphShown.edges.length;
  const totalActors = graph.nodes.length;
  const { settings: exploreSettings, structurePending } = explored;
  const explorePanel = useMemo(
    () => (
      <ExplorePanel
        settings={exploreSettings}
        onChange={(patch) => update(explorePatch(patch), { flushSync: true })}
        selected={selectedActor}
        focusName={focusName}
        actors={corpus.actors}
        onShowPath={showPath}
        onCompare={showComparison}
        structurePending={structurePending}
        counts={{ actors: shownActors, links: shownLinks, totalActors }}
      />
    ),
    [
      exploreSettings,
      update,
      selectedActor,
      focusName,
      corpus.actors,
      showPath,
      showComparison,
      structurePending,
      shownActors,
      shownLinks,
      totalActors,
    ],
  );

  // Escape closes the innermost view (article → actor or link → overview); each close is a
  // history entry, so Back reopens it.
  useEscapeToClose(view, update);
  useMergeRedirect(view, index, update);

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
    () =>
      pending ? null : (
        <FilterBar
          filters={asked}
          outlets={index.outlets}
          dateRange={index.dateRange}
          shown={filtered.length}
          total={corpus.quotes.length}
          undated={undated}
          hasUndated={hasUndated}
          onChange={setFilters}
        />
      ),
    [pending, asked, index, filtered.length, corpus.quotes.length, undated, hasUndated, setFilters],
  );

  return (
    <div className="app">
      <AppHeader toolbar={toolbar}>
        {pending ? (
          <PendingSearch />
        ) : (
          <SearchBox
            source={source}
            index={index}
            value={view.q}
            onValueChange={(q) => update({ q }, { replace: true })}
            onSelectActor={nav.selectActor}
            onOpenQuote={openQuoteBySpeaker}
          />
        )}
        <ViewSwitches
          countToggle={index.statementsByQuote.size > 0}
          countReports={countReports}
          onCountReports={(reports) => update({ countReports: reports })}
          view={view.view}
          onView={setView}
        />
        <ExportMenu
          exportFile={pending ? undefined : source.exportFile}
          {...exportScope}
          viewport={view.view === 'graph' ? viewport : null}
        />
        {headerExtra}
      </AppHeader>
      <div className={view.quote ? 'workspace workspace--reading' : 'workspace'}>
        <main id="main" className={`app-main app-main--${view.view}`} tabIndex={-1}>
          {explorePanel}
          {main}
        </main>
        {side}
        {/* After the panel in tab order (the graph's skip link leads to the panel), under the graph on screen. */}
        {pending ? <PendingTimeline /> : timeline}
      </div>
    </div>
  );
}
