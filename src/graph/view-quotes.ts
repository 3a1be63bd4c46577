import type { ActorId, Quote } from '../corpus/schema.ts';
import type { ActorGraph } from './build-actor-graph.ts';
import type { FocusSpec } from './explore-subgraph.ts';

/** The parts of a quote that decide whether a view shows it. */
export type ViewQuote = Pick<Quote, 'speakerId' | 'mentions'>;

/**
 * The quotes a narrowed graph view shows, of `quotes` (already filtered by date, outlet, kind):
 * every quote that carries one of `shown`'s links (its speaker → one of its mentions), whichever
 * report of a folded statement it is, and every quote that links nobody else when its speaker
 * is one of `anchors`. A focus passes the focused actor as its only anchor, so its neighbours'
 * quotes about nobody stay out; thinning passes every shown actor.
 *
 * Input order is kept; `quotes` itself is returned when nothing is left out. Pure.
 * O(quotes × mentions + shown edges).
 */
export function quotesInView<Q extends ViewQuote>(
  quotes: readonly Q[],
  shown: ActorGraph,
  anchors: ReadonlySet<ActorId>,
): readonly Q[] {
  const targetsBySpeaker = new Map<ActorId, Set<ActorId>>();
  for (const edge of shown.edges) {
    const targets = targetsBySpeaker.get(edge.source);
    if (targets) targets.add(edge.target);
    else targetsBySpeaker.set(edge.source, new Set([edge.target]));
  }
  const kept = quotes.filter((q) => {
    const targets = targetsBySpeaker.get(q.speakerId);
    let linksOthers = false;
    for (const mention of q.mentions) {
      if (mention === q.speakerId) continue;
      if (targets?.has(mention)) return true;
      linksOthers = true;
    }
    return !linksOthers && anchors.has(q.speakerId);
  });
  return kept.length === quotes.length ? quotes : kept;
}

/**
 * The actors whose quotes about nobody else a view shows: the focused actor alone, or (no
 * focus) every actor `shown` draws. Pure.
 */
export function viewAnchors(shown: ActorGraph, focus: ActorId | null): ReadonlySet<ActorId> {
  return new Set(focus !== null ? [focus] : shown.nodes.map((n) => n.id));
}

/** The parts of a view that may leave part of the filtered graph out. */
export interface ViewNarrowing {
  focus?: FocusSpec | null;
  minQuotes?: number;
  kinds?: readonly unknown[] | null;
  hideUnknown: boolean;
}

/**
 * True when Explore (focus, minimum quotes, kinds) or "hide unknown speakers" leaves part of
 * the filtered graph out, so what a view shows is less than every filtered quote. Pure.
 */
export function viewNarrows(view: ViewNarrowing): boolean {
  return (
    Boolean(view.focus) || (view.minQuotes ?? 1) > 1 || Boolean(view.kinds) || view.hideUnknown
  );
}
