import type { ActorId } from '../corpus/schema.ts';
import type { CorpusIndex } from '../corpus/corpus-index.ts';
import { parseEdgeId } from '../corpus/edge-id.ts';
import type { ViewState } from './view-state.ts';

/** A short name for what the view shows, or null for the overview. */
export function describeView(view: ViewState, index: CorpusIndex): string | null {
  const nameOf = (id: ActorId) => index.actorsById.get(id)?.name ?? id;
  if (view.quote) {
    const quote = index.quotesById.get(view.quote);
    return (quote && index.articlesById.get(quote.articleId)?.title) || null;
  }
  if (view.edge) {
    const ends = parseEdgeId(view.edge);
    return ends ? `${nameOf(ends.source)} → ${nameOf(ends.target)}` : null;
  }
  return view.actor ? nameOf(view.actor) : null;
}
