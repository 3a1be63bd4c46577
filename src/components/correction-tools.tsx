import { useId, useState, type FormEvent } from 'react';
import type { Actor, Quote } from '../corpus/schema.ts';
import { useCorrectionsApi } from './corrections-context.ts';
import './correction-tools.css';

/** "Corrected" beside what a correction changed; its name says who changed it. */
export function CorrectedBadge() {
  return (
    <span className="corrected-badge" role="note" aria-label="Corrected by you">
      Corrected
    </span>
  );
}

/** Merge this actor into another, or give it an alias (actor panel). */
export function ActorCorrections({ actor }: { actor: Actor }) {
  const api = useCorrectionsApi();
  // The forms mount only when opened: each holds a list of every actor in the corpus.
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState('');
  const [alias, setAlias] = useState('');
  const id = useId();
  if (!api) return null;
  const merge = (event: FormEvent) => {
    event.preventDefault();
    if (target) api.add({ kind: 'merge', from: actor.id, into: target });
    setTarget('');
  };
  const addAlias = (event: FormEvent) => {
    event.preventDefault();
    const value = alias.trim();
    if (value) api.add({ kind: 'alias', actorId: actor.id, alias: value });
    setAlias('');
  };
  return (
    <details className="correction-tools" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Correct this actor</summary>
      {open && (
        <>
          <form className="correction-tools__row" onSubmit={merge}>
            <label htmlFor={`${id}-merge`}>Merge {actor.name} into</label>
            <ActorSelect
              id={`${id}-merge`}
              actors={api.actorsByName}
              exclude={actor.id}
              value={target}
              onChange={setTarget}
            />
            <button type="submit" className="button button--small" disabled={!target}>
              Merge
            </button>
          </form>
          <form className="correction-tools__row" onSubmit={addAlias}>
            <label htmlFor={`${id}-alias`}>New alias for {actor.name}</label>
            <input
              id={`${id}-alias`}
              value={alias}
              maxLength={200}
              onChange={(e) => setAlias(e.target.value)}
            />
            <button type="submit" className="button button--small" disabled={!alias.trim()}>
              Add alias
            </button>
          </form>
        </>
      )}
    </details>
  );
}

/** A native select of actors (in the order given) but `exclude`, "Choose an actor…" first. */
function ActorSelect({
  id,
  actors,
  exclude,
  value,
  onChange,
}: {
  id: string;
  actors: readonly { id: string; name: string }[];
  exclude: string;
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">Choose an actor…</option>
      {actors.map((a) =>
        a.id === exclude ? null : (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ),
      )}
    </select>
  );
}

/** Change a quote's speaker or reject it (quote card). */
export function QuoteCorrections({ quote }: { quote: Quote }) {
  const api = useCorrectionsApi();
  const [open, setOpen] = useState(false);
  const [speaker, setSpeaker] = useState('');
  const id = useId();
  if (!api) return null;
  const change = (event: FormEvent) => {
    event.preventDefault();
    if (speaker) api.add({ kind: 'speaker', quoteId: quote.id, speakerId: speaker });
    setSpeaker('');
    setOpen(false);
  };
  return (
    <div className="correction-tools correction-tools--quote">
      <button
        type="button"
        className="button button--small button--ghost"
        aria-expanded={open}
        onClick={() => setOpen((v) => !v)}
      >
        Correct quote
      </button>
      {open && (
        <form className="correction-tools__row" onSubmit={change}>
          <label htmlFor={`${id}-speaker`}>New speaker</label>
          <ActorSelect
            id={`${id}-speaker`}
            actors={api.actorsByName}
            exclude={quote.speakerId}
            value={speaker}
            onChange={setSpeaker}
          />
          <button type="submit" className="button button--small" disabled={!speaker}>
            Change speaker
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => api.add({ kind: 'reject', quoteId: quote.id })}
          >
            Reject quote
          </button>
        </form>
      )}
    </div>
  );
}
