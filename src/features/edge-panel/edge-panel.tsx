import { useMemo, type ReactNode } from 'react';
import type { Actor, Quote } from '../../corpus/schema.ts';
import { sortNewestFirst, type CorpusIndex } from '../../corpus/corpus-index.ts';
import type { GraphEdge } from '../../graph/build-actor-graph.ts';
import { ActorButton } from '../../components/actor-button.tsx';
import type { ExplorerNav } from '../../components/explorer-nav.ts';
import { formatCount, formatDate } from '../../components/format.ts';
import { PanelHeader, PanelSection } from '../../components/panel.tsx';
import { QuoteList } from '../../components/quote-list.tsx';
import './edge-panel.css';

interface EdgePanelProps {
  source: Actor;
  target: Actor;
  /** The edge in the filtered graph, or null when the filters leave it without quotes. */
  edge: GraphEdge | null;
  index: CorpusIndex;
  nav: ExplorerNav;
  actions?: ReactNode;
}

/** A link between two actors: every quote in which the speaker mentions the other, newest first. */
export function EdgePanel({ source, target, edge, index, nav, actions }: EdgePanelProps) {
  const quotes = useMemo(() => {
    const list = (edge?.quoteIds ?? []).flatMap((id) => {
      const q = index.quotesById.get(id);
      return q ? [q] : [];
    });
    // buildActorGraph already orders newest first when given dates; sorting again makes
    // this panel correct whatever options the graph was built with.
    return sortNewestFirst(list, index.articlesById);
  }, [edge, index]);
  const span = dateSpan(quotes, index);
  const title = `${source.name} → ${target.name}`;

  return (
    <article className="edge-panel" aria-label={title}>
      <PanelHeader eyebrow="Link" title={title} actions={actions}>
        <p className="edge-panel__summary">
          <ActorButton actor={source} onSelect={(a) => nav.selectActor(a.id)} />
          <span> talks about </span>
          <ActorButton actor={target} onSelect={(a) => nav.selectActor(a.id)} />
        </p>
        <p className="edge-panel__meta">
          {formatCount(quotes.length, 'quote')}
          {span && ` · ${span}`}
        </p>
      </PanelHeader>
      <PanelSection title="Quotes, newest first" count={quotes.length}>
        <QuoteList
          quotes={quotes}
          index={index}
          nav={nav}
          label={`Quotes by ${source.name} about ${target.name}`}
          emptyText="No quotes along this link match the current filters."
        />
      </PanelSection>
    </article>
  );
}

function dateSpan(quotes: readonly Quote[], index: CorpusIndex): string | null {
  const dates = quotes.flatMap((q) => {
    const d = index.articlesById.get(q.articleId)?.date;
    return d ? [d] : [];
  });
  if (dates.length === 0) return null;
  const min = dates.reduce((a, b) => (a < b ? a : b));
  const max = dates.reduce((a, b) => (a > b ? a : b));
  return min === max ? formatDate(min) : `${formatDate(min)} – ${formatDate(max)}`;
}
