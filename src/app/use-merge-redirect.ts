import { useEffect } from 'react';
import type { ActorId } from '../corpus/schema.ts';
import type { CorpusIndex } from '../corpus/corpus-index.ts';
import { useCorrectionsApi } from '../components/corrections-context.ts';
import type { ViewState } from './view-state.ts';
import type { useViewState } from './use-view-state.ts';

/**
 * A link (or Back) to an actor the reader has since merged away opens the actor it was merged
 * into, replacing the history entry, instead of an "Actor not found" panel.
 */
export function useMergeRedirect(
  view: ViewState,
  index: CorpusIndex,
  update: ReturnType<typeof useViewState>[1],
): void {
  const mergedInto = useCorrectionsApi()?.mergedInto;
  const { actor } = view;
  useEffect(() => {
    if (!actor || index.actorsById.has(actor)) return;
    const target = mergedInto?.get(actor);
    if (target && index.actorsById.has(target as ActorId)) {
      update({ actor: target as ActorId }, { replace: true });
    }
  }, [actor, index, mergedInto, update]);
}
