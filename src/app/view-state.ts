import { parseQuoteKind } from '../corpus/quote-kinds.ts';
import type { ActorId, QuoteId } from '../corpus/schema.ts';
import { isCompleteDate, type QuoteFilters } from '../corpus/filter-quotes.ts';
import type { EdgeId } from '../corpus/edge-id.ts';
import type { ActorKind } from '../corpus/schema.ts';
import type { FocusDepth, LinkDirection } from '../graph/explore-subgraph.ts';
import type { ColourBy, SizeBy } from '../graph/node-appearance.ts';
import { KIND_LABELS } from '../graph/node-style.ts';

/** Every actor kind in legend order (the schema's enum would bring zod into the page). */
const ACTOR_KINDS: readonly ActorKind[] = KIND_LABELS.map(([kind]) => kind);

export type ViewMode = 'graph' | 'list';

/**
 * Everything the URL says about the view. Unknown ids are kept as given (the panel says
 * "not found"); malformed filters are dropped rather than guessed.
 */
export interface ViewState {
  actor: ActorId | null;
  edge: EdgeId | null;
  quote: QuoteId | null;
  q: string;
  filters: QuoteFilters;
  view: ViewMode;
  /** `unknown=hide`: the graph leaves out actors of doubtful identity (the unknown speaker). */
  hideUnknown: boolean;
  /** `count=reports`: edges count every report of a folded statement, not distinct statements. */
  countReports: boolean;
  /** `focus=<actorId>`: only that actor's neighbourhood is shown. */
  focus: ActorId | null;
  /** `depth=1|2` of the focus (1 when absent). */
  depth: FocusDepth;
  /** `dir=out|in|both` of the focus (both when absent). */
  dir: LinkDirection;
  /** `minQuotes=N`: links with fewer quotes are hidden (1 when absent: none). */
  minQuotes: number;
  /** `kinds=person,organization,…`: only actors of these kinds; null shows every kind. */
  kinds: ActorKind[] | null;
  /** `size=quotes|degree|pagerank`. */
  size: SizeBy;
  /** `colour=kind|community`. */
  colour: ColourBy;
  /** `path=<a>,<b>` as written: resolve with `splitActorPair` (ids may contain commas). */
  path: string | null;
  /** `compare=<a>,<b>` as written, like `path`. */
  compare: string | null;
}

export type ViewPatch = Partial<Omit<ViewState, 'filters'>> & { filters?: Partial<QuoteFilters> };

function nonEmpty(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value;
}

/** Largest `minQuotes` the URL may ask for; anything above is clamped. */
export const MAX_MIN_QUOTES = 1000;

function parseMinQuotes(value: string | null): number {
  if (value === null || !/^\d+$/.test(value)) return 1;
  return Math.min(MAX_MIN_QUOTES, Math.max(1, Number(value)));
}

/** Known kinds of a `kinds=` list in the canonical order, or null (absent, or none known). */
function parseKinds(value: string | null): ActorKind[] | null {
  if (value === null) return null;
  const asked = new Set(value.split(','));
  const kinds = ACTOR_KINDS.filter((k) => asked.has(k));
  return kinds.length > 0 ? kinds : null;
}

/**
 * The two actor ids of a `path=` or `compare=` value: the split at a comma where both halves
 * are known actors (`isActor`), else the split at the first comma. Null without a comma or
 * with an empty half. Pure.
 */
export function splitActorPair(
  value: string,
  isActor: (id: string) => boolean,
): [ActorId, ActorId] | null {
  let first: [ActorId, ActorId] | null = null;
  for (let i = value.indexOf(','); i >= 0; i = value.indexOf(',', i + 1)) {
    const a = value.slice(0, i);
    const b = value.slice(i + 1);
    if (a === '' || b === '') continue;
    const pair: [ActorId, ActorId] = [a as ActorId, b as ActorId];
    if (isActor(a) && isActor(b)) return pair;
    first ??= pair;
  }
  return first;
}

/** The `path=` / `compare=` value of two actors. Pure. */
export function joinActorPair(a: ActorId, b: ActorId): string {
  return `${a},${b}`;
}

/** Reads the view from URL search params. Pure. */
export function readViewState(params: URLSearchParams): ViewState {
  const from = params.get('from');
  const to = params.get('to');
  return {
    actor: nonEmpty(params.get('actor')) as ActorId | null,
    edge: nonEmpty(params.get('edge')) as EdgeId | null,
    quote: nonEmpty(params.get('quote')) as QuoteId | null,
    q: params.get('q') ?? '',
    filters: {
      from: from !== null && isCompleteDate(from) ? from : null,
      to: to !== null && isCompleteDate(to) ? to : null,
      outlet: nonEmpty(params.get('outlet')),
      kind: parseQuoteKind(params.get('kind')),
      includeUndated: params.get('undated') === 'include',
    },
    view: params.get('view') === 'list' ? 'list' : 'graph',
    hideUnknown: params.get('unknown') === 'hide',
    countReports: params.get('count') === 'reports',
    focus: nonEmpty(params.get('focus')) as ActorId | null,
    depth: params.get('depth') === '2' ? 2 : 1,
    dir: parseDirection(params.get('dir')),
    minQuotes: parseMinQuotes(params.get('minQuotes')),
    kinds: parseKinds(params.get('kinds')),
    size: parseSize(params.get('size')),
    colour: params.get('colour') === 'community' ? 'community' : 'kind',
    path: nonEmpty(params.get('path')),
    compare: nonEmpty(params.get('compare')),
  };
}

function parseDirection(value: string | null): LinkDirection {
  return value === 'out' || value === 'in' ? value : 'both';
}

function parseSize(value: string | null): SizeBy {
  return value === 'degree' || value === 'pagerank' ? value : 'quotes';
}

/**
 * Returns new params with `patch` applied; params it does not know (`corpus`, anything a
 * future version adds) pass through untouched. Defaults are omitted so links stay short.
 */
export function writeViewState(params: URLSearchParams, patch: ViewPatch): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | null | undefined) => {
    if (value === undefined) return;
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
  };
  set('actor', patch.actor);
  set('edge', patch.edge);
  set('quote', patch.quote);
  set('q', patch.q);
  set('view', patch.view === undefined ? undefined : patch.view === 'graph' ? null : patch.view);
  set('unknown', patch.hideUnknown === undefined ? undefined : patch.hideUnknown ? 'hide' : null);
  set(
    'count',
    patch.countReports === undefined ? undefined : patch.countReports ? 'reports' : null,
  );
  set('focus', patch.focus);
  // Depth and direction mean something only with a focus; defaults are left out.
  set('depth', patch.depth === undefined ? undefined : patch.depth === 1 ? null : '2');
  set('dir', patch.dir === undefined ? undefined : patch.dir === 'both' ? null : patch.dir);
  if (patch.focus === null) {
    next.delete('depth');
    next.delete('dir');
  }
  set(
    'minQuotes',
    patch.minQuotes === undefined
      ? undefined
      : patch.minQuotes <= 1
        ? null
        : String(Math.min(MAX_MIN_QUOTES, Math.floor(patch.minQuotes))),
  );
  if (patch.kinds !== undefined) {
    const kinds = patch.kinds ? ACTOR_KINDS.filter((k) => patch.kinds?.includes(k)) : null;
    set('kinds', kinds && kinds.length < ACTOR_KINDS.length ? kinds.join(',') : null);
  }
  set('size', patch.size === undefined ? undefined : patch.size === 'quotes' ? null : patch.size);
  set(
    'colour',
    patch.colour === undefined ? undefined : patch.colour === 'kind' ? null : patch.colour,
  );
  set('path', patch.path);
  set('compare', patch.compare);
  if (patch.filters) {
    set('from', patch.filters.from);
    set('to', patch.filters.to);
    set('outlet', patch.filters.outlet);
    set('kind', patch.filters.kind);
    if (patch.filters.includeUndated !== undefined) {
      set('undated', patch.filters.includeUndated ? 'include' : null);
    }
  }
  return next;
}
