import type { ActorKind, QuoteKind } from '../corpus/schema.ts';
import { kindCssColor } from '../theme/palette.ts';
import './badges.css';

const ACTOR_KIND_LABEL: Record<ActorKind, string> = {
  person: 'Person',
  organization: 'Organization',
  country: 'Country',
  unknown: 'Unknown',
};

/** Actor kind with the same colour the graph uses for it. */
export function ActorKindBadge({ kind }: { kind: ActorKind }) {
  return (
    <span className="badge badge--actor">
      <span className="badge__dot" style={{ background: kindCssColor(kind) }} aria-hidden="true" />
      {ACTOR_KIND_LABEL[kind]}
    </span>
  );
}

const QUOTE_KIND_HINT: Record<QuoteKind, string> = {
  direct: 'Direct quote: the words inside quotation marks',
  indirect: 'Indirect (reported) speech',
  mixed: 'Mixed: reported speech with quoted words',
};

/** direct / indirect / mixed, with a tooltip explaining the term. */
export function QuoteKindBadge({ kind }: { kind: QuoteKind }) {
  return (
    <span className={`badge badge--quote badge--${kind}`} title={QUOTE_KIND_HINT[kind]}>
      {kind}
    </span>
  );
}
