import { memo, useId, useMemo, useState, type JSX } from 'react';
import type { Actor, ActorId, ActorKind } from '../../corpus/schema.ts';
import type { FocusDepth, LinkDirection } from '../../graph/explore-subgraph.ts';
import {
  COLOUR_BY_OPTIONS,
  SIZE_BY_OPTIONS,
  type ColourBy,
  type SizeBy,
} from '../../graph/node-appearance.ts';
import { KIND_LABELS, isDoubtfulKind } from '../../graph/node-style.ts';
import './explore-panel.css';

/** What the Explore controls show and change (the app maps it onto the URL). */
export interface ExploreSettings {
  readonly focus: ActorId | null;
  readonly depth: FocusDepth;
  readonly dir: LinkDirection;
  readonly minQuotes: number;
  /** Kinds shown; null: every kind. */
  readonly kinds: readonly ActorKind[] | null;
  readonly hideUnknown: boolean;
  readonly size: SizeBy;
  readonly colour: ColourBy;
}

export interface ExplorePanelProps {
  settings: ExploreSettings;
  onChange: (patch: Partial<ExploreSettings>) => void;
  /** The selected actor, offered as the focus and as the first of two actors. */
  selected: Actor | null;
  /** Name of the focused actor (null when not focused). */
  focusName: string | null;
  /**
   * Actors that can be picked for a path or comparison: every actor of the corpus, so the
   * pickers (thousands of options) need not re-render when the view is thinned.
   */
  actors: readonly Actor[];
  onShowPath: (a: ActorId, b: ActorId) => void;
  onCompare: (a: ActorId, b: ActorId) => void;
  /** Communities and PageRank are being computed (size or colour by them waits). */
  structurePending: boolean;
  /** Actors and links the view shows, against the whole graph. */
  counts: { actors: number; links: number; totalActors: number };
}

const DIRECTIONS: ReadonlyArray<readonly [LinkDirection, string]> = [
  ['both', 'Both ways'],
  ['out', 'Whom it talks about'],
  ['in', 'Who talks about it'],
];

/** The kinds offered as filters; the unknown speaker has its own switch. */
const FILTER_KINDS = KIND_LABELS.filter(([kind]) => !isDoubtfulKind(kind));
const EVERY_KIND: readonly ActorKind[] = KIND_LABELS.map(([kind]) => kind);

const byName = new Intl.Collator();

/**
 * The Explore controls: focus on an actor's neighbourhood, thin the graph (minimum quotes per
 * link, kinds, unknown speakers), size and colour by structure, and pick two actors for a path
 * or a comparison. Collapsed to one button until opened. Every control has a visible label.
 */
export function ExplorePanel(props: ExplorePanelProps): JSX.Element {
  const { settings, onChange, selected, focusName, structurePending, counts } = props;
  const id = useId();
  const active =
    settings.focus !== null ||
    settings.minQuotes > 1 ||
    settings.kinds !== null ||
    settings.hideUnknown ||
    settings.size !== 'quotes' ||
    settings.colour !== 'kind';
  // Starts closed even when a setting is on ("Explore (on)" says so): open, it takes room
  // from the drawing, which on a phone is all the room there is.
  const [open, setOpen] = useState(false);
  // What is typed in the minimum-quotes field: applied whenever it is a whole number ≥ 1, so
  // clearing the field to type another number does not snap back to 1.
  const [minDraft, setMinDraft] = useState<string | null>(null);
  const shownKinds = settings.kinds ?? EVERY_KIND;
  const unknownHidden = settings.hideUnknown || !shownKinds.includes('unknown');

  const toggleKind = (kind: ActorKind, on: boolean) => {
    const next = new Set(shownKinds);
    if (on) next.add(kind);
    else next.delete(kind);
    onChange({ kinds: EVERY_KIND.filter((k) => next.has(k)) });
  };
  const setUnknownHidden = (hidden: boolean) => {
    // The unknown speaker follows this switch alone, whatever a hand-written kinds= said.
    if (!hidden && !shownKinds.includes('unknown')) {
      onChange({ hideUnknown: false, kinds: [...shownKinds, 'unknown'] });
    } else onChange({ hideUnknown: hidden });
  };

  return (
    <section className="explore" aria-label="Explore">
      <div className="explore__bar">
        <button
          type="button"
          className="button button--small explore__toggle"
          aria-expanded={open}
          aria-controls={open ? `${id}-body` : undefined}
          onClick={() => setOpen((v) => !v)}
        >
          Explore{active ? ' (on)' : ''}
        </button>
        <p className="explore__counts" aria-live="polite">
          {counts.actors === counts.totalActors
            ? `${counts.actors.toLocaleString('en')} actors, ${counts.links.toLocaleString('en')} links`
            : `Showing ${counts.actors.toLocaleString('en')} of ${counts.totalActors.toLocaleString('en')} actors, ${counts.links.toLocaleString('en')} links`}
        </p>
      </div>
      {/* Rendered only when open: the actor pickers hold every actor of the view. */}
      {open && (
        <div id={`${id}-body`} className="explore__body">
          <fieldset className="explore__group">
            <legend>Focus</legend>
            {settings.focus ? (
              <>
                <p className="explore__note">
                  Focused on <strong>{focusName ?? settings.focus}</strong>
                </p>
                <label className="explore__field">
                  <span>Depth</span>
                  <select
                    value={settings.depth}
                    onChange={(e) => onChange({ depth: e.currentTarget.value === '2' ? 2 : 1 })}
                  >
                    <option value={1}>1 step</option>
                    <option value={2}>2 steps</option>
                  </select>
                </label>
                <label className="explore__field">
                  <span>Direction</span>
                  <select
                    value={settings.dir}
                    onChange={(e) => onChange({ dir: e.currentTarget.value as LinkDirection })}
                  >
                    {DIRECTIONS.map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => onChange({ focus: null })}
                >
                  Show everyone
                </button>
              </>
            ) : selected ? (
              <button
                type="button"
                className="button button--small"
                onClick={() => onChange({ focus: selected.id })}
              >
                Focus on {selected.name}
              </button>
            ) : (
              <p className="explore__note">Select an actor to focus on its neighbourhood.</p>
            )}
          </fieldset>

          <fieldset className="explore__group">
            <legend>Thin</legend>
            <label className="explore__field">
              <span>Minimum quotes per link</span>
              <input
                type="number"
                min={1}
                step={1}
                inputMode="numeric"
                value={minDraft ?? String(settings.minQuotes)}
                onChange={(e) => {
                  const text = e.currentTarget.value;
                  setMinDraft(text);
                  const n = Number(text);
                  if (text !== '' && Number.isInteger(n) && n >= 1 && n !== settings.minQuotes) {
                    onChange({ minQuotes: n });
                  }
                }}
                onBlur={() => setMinDraft(null)}
              />
            </label>
            <span className="explore__checks" role="group" aria-label="Kinds shown">
              {FILTER_KINDS.map(([kind, label]) => {
                const checked = shownKinds.includes(kind);
                // The last kind shown stays: an empty graph is never what anyone asked for.
                const last =
                  checked && FILTER_KINDS.every(([k]) => k === kind || !shownKinds.includes(k));
                return (
                  <label key={kind} className="explore__check">
                    <input
                      type="checkbox"
                      checked={checked}
                      disabled={last}
                      onChange={(e) => toggleKind(kind, e.currentTarget.checked)}
                    />
                    {label}
                  </label>
                );
              })}
            </span>
            <label className="explore__check">
              <input
                type="checkbox"
                checked={unknownHidden}
                onChange={(e) => setUnknownHidden(e.currentTarget.checked)}
              />
              Hide unknown speakers
            </label>
          </fieldset>

          <fieldset className="explore__group">
            <legend>Style</legend>
            <label className="explore__field">
              <span>Size by</span>
              <select
                value={settings.size}
                onChange={(e) => onChange({ size: e.currentTarget.value as SizeBy })}
              >
                {SIZE_BY_OPTIONS.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label className="explore__field">
              <span>Colour by</span>
              <select
                value={settings.colour}
                onChange={(e) => onChange({ colour: e.currentTarget.value as ColourBy })}
              >
                {COLOUR_BY_OPTIONS.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            {structurePending && (
              <p className="explore__note" role="status">
                Computing communities and PageRank…
              </p>
            )}
          </fieldset>

          <TwoActors
            actors={props.actors}
            selected={selected}
            onShowPath={props.onShowPath}
            onCompare={props.onCompare}
          />
        </div>
      )}
    </section>
  );
}

type TwoActorsProps = Pick<ExplorePanelProps, 'actors' | 'selected' | 'onShowPath' | 'onCompare'>;

/**
 * Two actor pickers and what to do with the pair: the path between them, or a comparison.
 * Memoised: with 10,000 actors its options are the most expensive part of the panel to render.
 */
const TwoActors = memo(function TwoActors({
  actors,
  selected,
  onShowPath,
  onCompare,
}: TwoActorsProps): JSX.Element {
  const sorted = useMemo(
    () => [...actors].sort((a, b) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : 1)),
    [actors],
  );
  const [first, setFirst] = useState<string>('');
  const [second, setSecond] = useState<string>('');
  const ids = useMemo(() => new Set<string>(sorted.map((a) => a.id)), [sorted]);
  const known = (id: string) => ids.has(id);
  const a = (first && known(first) ? first : selected && known(selected.id) ? selected.id : '') as
    ActorId | '';
  const b = (second && known(second) ? second : '') as ActorId | '';
  const ready = a !== '' && b !== '' && a !== b;
  const options = useMemo(
    () =>
      sorted.map((actor) => (
        <option key={actor.id} value={actor.id}>
          {actor.name}
        </option>
      )),
    [sorted],
  );
  return (
    <fieldset className="explore__group">
      <legend>Two actors</legend>
      <label className="explore__field">
        <span>First actor</span>
        <select value={a} onChange={(e) => setFirst(e.currentTarget.value)}>
          <option value="">Choose…</option>
          {options}
        </select>
      </label>
      <label className="explore__field">
        <span>Second actor</span>
        <select value={b} onChange={(e) => setSecond(e.currentTarget.value)}>
          <option value="">Choose…</option>
          {options}
        </select>
      </label>
      <button
        type="button"
        className="button button--small"
        disabled={!ready}
        onClick={() => ready && onShowPath(a, b)}
      >
        Show path
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={!ready}
        onClick={() => ready && onCompare(a, b)}
      >
        Compare
      </button>
    </fieldset>
  );
});
