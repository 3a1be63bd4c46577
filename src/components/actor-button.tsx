import type { Actor } from '../corpus/schema.ts';
import { kindCssColor } from '../theme/palette.ts';

interface ActorButtonProps {
  actor: Actor;
  onSelect: (actor: Actor) => void;
  /** Appended after the name (the accessible name always begins with the name). */
  suffix?: string;
}

/** An actor's name as a link-styled button that selects the actor. */
export function ActorButton({ actor, onSelect, suffix }: ActorButtonProps) {
  return (
    <button type="button" className="actor-button" onClick={() => onSelect(actor)}>
      <span
        className="actor-button__dot"
        style={{ background: kindCssColor(actor.kind) }}
        aria-hidden="true"
      />
      <span className="actor-button__name">{actor.name}</span>
      {suffix && <span className="visually-hidden">{suffix}</span>}
    </button>
  );
}
