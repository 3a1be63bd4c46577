import { useMemo, type JSX, type ReactNode } from 'react';
import type { Actor, Quote } from '../../corpus/schema.ts';
import type { CorpusIndex } from '../../corpus/corpus-index.ts';
import { compareActors } from '../../corpus/compare-actors.ts';
import { ActorButton } from '../../components/actor-button.tsx';
import type { ExplorerNav } from '../../components/explorer-nav.ts';
import { formatCount, formatDate } from '../../components/format.ts';
import { PanelHeader } from '../../components/panel.tsx';
import { QuoteCard } from '../../components/quote-card.tsx';
import './compare-panel.css';

export interface ComparePanelProps {
  a: Actor;
  b: Actor;
  /** The quotes the filters keep. */
  quotes: readonly Quote[];
  index: CorpusIndex;
  nav: ExplorerNav;
  actions?: ReactNode;
}

/**
 * Two actors side by side: what A said about B and what B said about A, one row per date
 * (oldest first), so a reader sees who answered whom; each side with its count.
 */
export function ComparePanel({
  a,
  b,
  quotes,
  index,
  nav,
  actions,
}: ComparePanelProps): JSX.Element {
  const comparison = useMemo(
    () => compareActors(quotes, index.articlesById, a.id, b.id),
    [quotes, index, a.id, b.id],
  );
  const title = `${a.name} and ${b.name} compared`;
  const aboutB = `${a.name} about ${b.name}`;
  const aboutA = `${b.name} about ${a.name}`;
  const select = (actor: Actor) => nav.selectActor(actor.id);
  return (
    <article className="compare-panel" aria-label={title}>
      <PanelHeader eyebrow="Compare" title={title} actions={actions}>
        <p className="compare-panel__summary">
          <ActorButton actor={a} onSelect={select} />
          <span> said {formatCount(comparison.aboutBCount, 'quote')} about </span>
          <ActorButton actor={b} onSelect={select} />
          <span>; </span>
          <ActorButton actor={b} onSelect={select} />
          <span> said {formatCount(comparison.aboutACount, 'quote')} about </span>
          <ActorButton actor={a} onSelect={select} />
          <span>.</span>
        </p>
      </PanelHeader>
      {comparison.rows.length === 0 ? (
        <p className="empty-note compare-panel__empty">
          Neither has said anything about the other in the quotes shown.
        </p>
      ) : (
        <table className="compare-panel__table" aria-label={`${aboutB} and ${aboutA}, by date`}>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">
                {aboutB} <span className="count">{comparison.aboutBCount}</span>
              </th>
              <th scope="col">
                {aboutA} <span className="count">{comparison.aboutACount}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((row) => (
              <tr key={row.date ?? 'undated'}>
                <th scope="row">{row.date ? formatDate(row.date) : 'Undated'}</th>
                <td data-label={aboutB}>
                  <Cell quotes={row.aboutB} index={index} nav={nav} />
                </td>
                <td data-label={aboutA}>
                  <Cell quotes={row.aboutA} index={index} nav={nav} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}

function Cell({
  quotes,
  index,
  nav,
}: {
  quotes: readonly Quote[];
  index: CorpusIndex;
  nav: ExplorerNav;
}): JSX.Element | null {
  if (quotes.length === 0) return <span className="compare-panel__none">—</span>;
  return (
    <ul className="compare-panel__quotes">
      {quotes.map((quote) => (
        <li key={quote.id}>
          <QuoteCard quote={quote} index={index} nav={nav} />
        </li>
      ))}
    </ul>
  );
}
