import { useMemo, type JSX, type ReactNode } from 'react';
import type { Actor } from '../../corpus/schema.ts';
import { sortNewestFirst, type CorpusIndex } from '../../corpus/corpus-index.ts';
import type { PathStep } from '../../graph/shortest-path.ts';
import { ActorButton } from '../../components/actor-button.tsx';
import type { ExplorerNav } from '../../components/explorer-nav.ts';
import { formatCount } from '../../components/format.ts';
import { PanelHeader } from '../../components/panel.tsx';
import { QuoteList } from '../../components/quote-list.tsx';
import './path-panel.css';

export interface PathPanelProps {
  from: Actor;
  to: Actor;
  /** The chain of links, in order from `from`; null when nothing links the two in the view. */
  steps: readonly PathStep[] | null;
  index: CorpusIndex;
  nav: ExplorerNav;
  actions?: ReactNode;
}

/**
 * The shortest chain of statements linking two actors: each step names who spoke about whom
 * (links are followed either way) and lists that link's quotes, newest first.
 */
export function PathPanel({ from, to, steps, index, nav, actions }: PathPanelProps): JSX.Element {
  const title = `Path from ${from.name} to ${to.name}`;
  return (
    <article className="path-panel" aria-label={title}>
      <PanelHeader eyebrow="Path" title={title} actions={actions}>
        <p className="path-panel__summary">
          {steps === null
            ? 'Nothing in the graph shown links these two actors, in either direction.'
            : steps.length === 0
              ? 'That is the same actor twice.'
              : `${formatCount(steps.length, 'step')} through ${formatCount(steps.length - 1, 'other actor')}.`}
        </p>
      </PanelHeader>
      {steps && steps.length > 0 && (
        <ol className="path-panel__steps" aria-label="Steps of the path">
          {steps.map((step, i) => (
            <Step key={step.edge.id} step={step} number={i + 1} index={index} nav={nav} />
          ))}
        </ol>
      )}
    </article>
  );
}

function Step({
  step,
  number,
  index,
  nav,
}: {
  step: PathStep;
  number: number;
  index: CorpusIndex;
  nav: ExplorerNav;
}): JSX.Element {
  const speaker = index.actorsById.get(step.edge.source);
  const mentioned = index.actorsById.get(step.edge.target);
  const quotes = useMemo(
    () =>
      sortNewestFirst(
        step.edge.quoteIds.flatMap((id) => index.quotesById.get(id) ?? []),
        index.articlesById,
      ),
    [step, index],
  );
  const select = (a: Actor) => nav.selectActor(a.id);
  const names = `${speaker?.name ?? step.edge.source} about ${mentioned?.name ?? step.edge.target}`;
  return (
    <li className="path-panel__step">
      <h3 className="path-panel__step-title">
        <span className="path-panel__number">Step {number}</span>{' '}
        {speaker ? <ActorButton actor={speaker} onSelect={select} /> : step.edge.source}
        <span> talks about </span>
        {mentioned ? <ActorButton actor={mentioned} onSelect={select} /> : step.edge.target}
        <span className="count"> {formatCount(quotes.length, 'quote')}</span>
      </h3>
      <QuoteList quotes={quotes} index={index} nav={nav} label={`Quotes by ${names}`} />
    </li>
  );
}
