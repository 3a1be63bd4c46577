import { useMemo } from 'react';
import type { CorpusIndex } from '../../corpus/corpus-index.ts';
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
  quoteCount: number;
  nav: ExplorerNav;
}

const TOP = 8;
const quotedCount = (n: GraphNode) => n.quotedCount;
const mentionedCount = (n: GraphNode) => n.mentionedCount;

function topNodes(graph: ActorGraph, count: (n: GraphNode) => number): GraphNode[] {
  return graph.nodes
    .filter((n) => count(n) > 0)
    .sort((a, b) => count(b) - count(a) || a.name.localeCompare(b.name))
    .slice(0, TOP);
}

/** What the panel shows before anything is selected: the corpus at a glance and where to start. */
export function OverviewPanel({ index, graph, quoteCount, nav }: OverviewPanelProps) {
  const { corpus } = index;
  const mostQuoted = useMemo(() => topNodes(graph, quotedCount), [graph]);
  const mostMentioned = useMemo(() => topNodes(graph, mentionedCount), [graph]);
  const range = index.dateRange;

  return (
    <article className="overview" aria-label="Overview">
      <PanelHeader eyebrow="Corpus" title="Overview">
        <p className="overview__lead">
          Who said what about whom. Select an actor in the graph or the list, or search, to read
          their quotes in context.
        </p>
        <dl className="stat-row">
          <div>
            <dt>Quotes</dt>
            <dd>{formatNumber(quoteCount)}</dd>
          </div>
          <div>
            <dt>Actors</dt>
            <dd>{formatNumber(graph.nodes.length)}</dd>
          </div>
          <div>
            <dt>Links</dt>
            <dd>{formatNumber(graph.edges.length)}</dd>
          </div>
          <div>
            <dt>Articles</dt>
            <dd>{formatNumber(corpus.articles.length)}</dd>
          </div>
        </dl>
        {range && (
          <p className="overview__range">
            Articles from {formatDate(range.min)} to {formatDate(range.max)}
            {index.outlets.length > 0 && ` · ${formatCount(index.outlets.length, 'outlet')}`}
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
