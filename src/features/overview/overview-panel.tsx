import { useMemo } from 'react';
import { topNodes } from '../../graph/top-nodes.ts';
import type { CorpusIndex } from '../../corpus/corpus-index.ts';
import { isFiltering, quoteCoverage, type QuoteFilters } from '../../corpus/filter-quotes.ts';
import type { Quote } from '../../corpus/schema.ts';
import type { ActorGraph, GraphNode } from '../../graph/build-actor-graph.ts';
import { ActorButton } from '../../components/actor-button.tsx';
import type { ExplorerNav } from '../../components/explorer-nav.ts';
import { formatCount, formatDate, formatNumber } from '../../components/format.ts';
import { PanelHeader, PanelSection } from '../../components/panel.tsx';
import './overview-panel.css';

interface OverviewPanelProps {
  index: CorpusIndex;
  /** The filtered graph. */
  graph: ActorGraph;
  /** The graph of the whole corpus: the totals the filtered figures are out of. */
  fullGraph: ActorGraph;
  filters: QuoteFilters;
  /** The quotes the filters keep. */
  quotes: readonly Quote[];
  nav: ExplorerNav;
}

const TOP = 8;
const quotedCount = (n: GraphNode) => n.quotedCount;
const mentionedCount = (n: GraphNode) => n.mentionedCount;

/** What the panel shows before anything is selected: the corpus at a glance and where to start. */
export function OverviewPanel({
  index,
  graph,
  fullGraph,
  filters,
  quotes,
  nav,
}: OverviewPanelProps) {
  const { corpus } = index;
  const mostQuoted = useMemo(() => topNodes(graph.nodes, quotedCount, TOP), [graph]);
  const mostMentioned = useMemo(() => topNodes(graph.nodes, mentionedCount, TOP), [graph]);
  const filtering = isFiltering(filters);
  // Filtered, every figure is of what the filters keep, out of the whole corpus's.
  const coverage = useMemo(
    () => (filtering ? quoteCoverage(quotes, index.articlesById) : null),
    [filtering, quotes, index],
  );
  const linkedActors = useMemo(
    () => fullGraph.nodes.filter((n) => n.quotedCount > 0 || n.mentionedCount > 0).length,
    [fullGraph],
  );
  const range = coverage ? coverage.dateRange : index.dateRange;
  const outlets = coverage ? coverage.outlets : index.outlets.length;
  const stats: { label: string; shown: number; total: number }[] = [
    { label: 'Quotes', shown: quotes.length, total: corpus.quotes.length },
    { label: 'Actors', shown: graph.nodes.length, total: linkedActors },
    { label: 'Links', shown: graph.edges.length, total: fullGraph.edges.length },
    {
      label: 'Articles',
      shown: coverage ? coverage.articles : corpus.articles.length,
      total: corpus.articles.length,
    },
  ];

  return (
    <article className="overview" aria-label="Overview">
      <PanelHeader eyebrow={filtering ? 'Corpus, filtered' : 'Corpus'} title="Overview">
        <p className="overview__lead">
          Who said what about whom. Select an actor in the graph or the list, or search, to read
          their quotes in context.
        </p>
        {filtering && (
          <p className="overview__filtered">
            With the current filters: {formatNumber(quotes.length)} of{' '}
            {formatCount(corpus.quotes.length, 'quote')}.
          </p>
        )}
        <dl className="stat-row">
          {stats.map((stat) => (
            <div key={stat.label}>
              <dt>{stat.label}</dt>
              <dd>
                {formatNumber(stat.shown)}
                {filtering && (
                  <span className="stat-row__total"> of {formatNumber(stat.total)}</span>
                )}
              </dd>
            </div>
          ))}
        </dl>
        {range && (
          <p className="overview__range">
            {filtering && range.min === range.max
              ? `Articles dated ${formatDate(range.min)}`
              : `Articles ${filtering ? 'dated' : 'from'} ${formatDate(range.min)} to ${formatDate(range.max)}`}
            {outlets > 0 && ` · ${formatCount(outlets, 'outlet')}`}
            {coverage && coverage.undatedArticles > 0
              ? ` · and ${formatCount(coverage.undatedArticles, 'undated article')}`
              : ''}
          </p>
        )}
      </PanelHeader>
      <PanelSection title="Most quoted">
        <RankedActors nodes={mostQuoted} count={quotedCount} unit="quote" index={index} nav={nav} />
      </PanelSection>
      <PanelSection title="Most talked about">
        <RankedActors
          nodes={mostMentioned}
          count={mentionedCount}
          unit="mention"
          index={index}
          nav={nav}
        />
      </PanelSection>
      {corpus.rejected.length > 0 && (
        <PanelSection title="Files left out at ingest" count={corpus.rejected.length}>
          <ul className="overview__rejected">
            {corpus.rejected.map((r) => (
              <li key={r.file}>
                <code>{r.file}</code> — {r.reason}
              </li>
            ))}
          </ul>
        </PanelSection>
      )}
    </article>
  );
}

function RankedActors({
  nodes,
  count,
  unit,
  index,
  nav,
}: {
  nodes: GraphNode[];
  count: (n: GraphNode) => number;
  unit: string;
  index: CorpusIndex;
  nav: ExplorerNav;
}) {
  if (nodes.length === 0) return <p className="empty-note">Nobody, with the current filters.</p>;
  return (
    <ol className="ranked">
      {nodes.map((n) => {
        const actor = index.actorsById.get(n.id);
        if (!actor) return null;
        return (
          <li key={n.id} className="ranked__item">
            <ActorButton
              actor={actor}
              onSelect={(a) => nav.selectActor(a.id)}
              suffix={`, ${formatCount(count(n), unit)}`}
            />
            <span className="ranked__count" aria-hidden="true">
              {formatNumber(count(n))}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
