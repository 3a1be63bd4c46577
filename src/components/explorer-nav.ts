import type { ActorId, QuoteId } from '../corpus/schema.ts';
import type { EdgeId } from '../corpus/edge-id.ts';

/** What a panel or card can ask the explorer to show; the app maps these onto the URL. */
export interface ExplorerNav {
  selectActor: (id: ActorId) => void;
  selectEdge: (id: EdgeId) => void;
  openQuote: (id: QuoteId) => void;
}
