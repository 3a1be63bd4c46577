import { useMemo, useState, type ReactNode } from 'react';
import type { Actor, ActorId } from '../../corpus/schema.ts';
import { quotesOfActor, type CorpusIndex } from '../../corpus/corpus-index.ts';
import { filterQuotes, type QuoteFilters } from '../../corpus/filter-quotes.ts';
import type { ActorGraph } from '../../graph/build-actor-graph.ts';
import { actorConnections, type Connection } from '../../graph/neighbourhood.ts';
import { ActorButton } from '../../components/actor-button.tsx';
import { ActorKindBadge } from '../../components/badges.tsx';
import type { ExplorerNav } from '../../components/explorer-nav.ts';
import { formatCount, formatNumber } from '../../components/format.ts';
import { PanelHeader, PanelSection } from '../../components/panel.tsx';
import { QuoteList } from '../../components/quote-list.tsx';
import { ActorCorrections, CorrectedBadge } from '../../components/correction-tools.tsx';
import { useCorrectionsApi } from '../../components/corrections-context.ts';
import './actor-panel.css';

interface ActorPanelProps {
  actor: Actor;
  index: CorpusIndex;
  /** The filters the quote lists follow. */
  filters: QuoteFilters;
  /** The filtered graph, for who talks to whom. */
  graph: ActorGraph;
  nav: ExplorerNav;
  actions?: ReactNode;
}

/** Everything about one actor: identity, what they said, what was said about them, their links. */
export function ActorPanel({ actor, index, filters, graph, nav, actions }: ActorPanelProps) {
  // Precomputed newest-first rows, then one pass over this actor's quotes only: O(their quotes).
  const said = useMemo(
    () => filterQuotes(quotesOfActor(index, actor.id, 'said'), index.articlesById, filters),
    [index, actor.id, filters],
  );
  const about = useMemo(
    () => filterQuotes(quotesOfActor(index, actor.id, 'about'), index.articlesById, filters),
    [index, actor.id, filters],
  );
  const { talksAbout, talkedAboutBy } = useMemo(
    () => actorConnections(graph, actor.id, index.actorsById),
    [graph, actor.id, index.actorsById],
  );

  const otherAliases = actor.aliases.filter((a) => a !== actor.name);
  const corrected = useCorrectionsApi()?.correctedActors.has(actor.id) ?? false;

  return (
    <article className="actor-panel" aria-label={actor.name}>
      <PanelHeader eyebrow="Actor" title={actor.name} actions={actions}>
        <div className="actor-panel__facts">
          <ActorKindBadge kind={actor.kind} />
          {actor.role && <span className="actor-panel__role">{actor.role}</span>}
          {corrected && <CorrectedBadge />}
        </div>
        {otherAliases.length > 0 && (
          <p className="actor-panel__aliases">
            <span className="actor-panel__label">Also known as </span>
            {otherAliases.join(', ')}
          </p>
        )}
        <dl className="stat-row">
          <div>
            <dt>Quotes said</dt>
            <dd>{formatNumber(said.length)}</dd>
          </div>
          <div>
            <dt>Mentioned in</dt>
            <dd>{formatNumber(about.length)}</dd>
          </div>
          <div>
            <dt>Talks about</dt>
            <dd>{formatNumber(talksAbout.length)}</dd>
          </div>
          <div>
            <dt>Talked about by</dt>
            <dd>{formatNumber(talkedAboutBy.length)}</dd>
          </div>
        </dl>
        <ActorCorrections key={actor.id} actor={actor} />
      </PanelHeader>
      <PanelSection title={`Quotes by ${actor.name}`} count={said.length}>
        <QuoteList
          quotes={said}
          index={index}
          nav={nav}
          label={`Quotes by ${actor.name}`}
          emptyText="No quotes by this actor match the current filters."
        />
      </PanelSection>
      <PanelSection title={`Quotes about ${actor.name}`} count={about.length}>
        <QuoteList
          quotes={about}
          index={index}
          nav={nav}
          label={`Quotes about ${actor.name}`}
          emptyText="No quotes mention this actor under the current filters."
        />
      </PanelSection>
      <PanelSection title="Talks about" count={talksAbout.length}>
        <ConnectionList
          connections={talksAbout}
          nav={nav}
          describe={(c) => `by ${actor.name} about ${c.actor.name}`}
          emptyText={`${actor.name} mentions no one in these quotes.`}
        />
      </PanelSection>
      <PanelSection title="Talked about by" count={talkedAboutBy.length}>
        <ConnectionList
          connections={talkedAboutBy}
          nav={nav}
          describe={(c) => `by ${c.actor.name} about ${actor.name}`}
          emptyText={`No one mentions ${actor.name} in these quotes.`}
        />
      </PanelSection>
    </article>
  );
}

const COLLAPSED = 8;

function ConnectionList({
  connections,
  nav,
  describe,
  emptyText,
}: {
  connections: Connection<Actor>[];
  nav: ExplorerNav;
  describe: (c: Connection<Actor>) => string;
  emptyText: string;
}) {
  const [expanded, setExpanded] = useState(false);
  if (connections.length === 0) return <p className="empty-note">{emptyText}</p>;
  const shown = expanded ? connections : connections.slice(0, COLLAPSED);
  const max = connections[0]?.count ?? 1;
  return (
    <>
      <ul className="connection-list">
        {shown.map((c) => (
          <li key={c.edgeId} className="connection-list__item">
            <ActorButton actor={c.actor} onSelect={(a) => nav.selectActor(a.id as ActorId)} />
            <span className="connection-list__bar" aria-hidden="true">
              <span style={{ width: `${Math.max(4, (100 * c.count) / max)}%` }} />
            </span>
            <button
              type="button"
              className="button button--small button--ghost"
              aria-label={`${formatCount(c.count, 'quote')} ${describe(c)}`}
              onClick={() => nav.selectEdge(c.edgeId)}
            >
              {formatCount(c.count, 'quote')}
            </button>
          </li>
        ))}
      </ul>
      {connections.length > COLLAPSED && (
        <button
          type="button"
          className="button button--small button--ghost connection-list__more"
          aria-expanded={expanded}
          onClick={() => setExpanded((v) => !v)}
        >
          {expanded ? 'Show fewer' : `Show all ${connections.length}`}
        </button>
      )}
    </>
  );
}
