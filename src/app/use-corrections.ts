import { useCallback, useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  applyCorrections,
  correctedActorIds,
  correctedQuoteIds,
  type Correction,
} from '../corpus/corrections.ts';
import { indexCorpus } from '../corpus/corpus-index.ts';
import { fullActorGraph } from '../loader/corpus-protocol.ts';
import type { CorrectionsApi } from '../components/corrections-context.ts';
import {
  loadCorrections,
  saveCorrections,
  storedCorrection,
  type StoredCorrection,
} from '../loader/corrections-store.ts';
import type { LoadedCorpus } from '../loader/load-corpus.ts';

const NONE: StoredCorrection[] = [];

/**
 * The reader's corrections of the corpus keyed `corpusKey`: loaded from IndexedDB, applied to
 * `loaded` (a new LoadedCorpus, derived with useMemo: the cached corpus is never touched), and
 * the actions that add, remove and undo them. Each change is written back at once.
 */
export function useCorrections(loaded: LoadedCorpus | undefined, corpusKey: string) {
  const queryClient = useQueryClient();
  const queryKey = useMemo(() => ['corrections', corpusKey] as const, [corpusKey]);
  const query = useQuery({
    queryKey,
    queryFn: () => loadCorrections(corpusKey),
    staleTime: Infinity,
    // No IndexedDB (private windows of some browsers): corrections still work for the session.
    retry: false,
  });
  const items = query.data ?? NONE;

  const write = useCallback(
    (next: (items: readonly StoredCorrection[]) => StoredCorrection[]) => {
      const current = queryClient.getQueryData<StoredCorrection[]>(queryKey) ?? NONE;
      const updated = next(current);
      queryClient.setQueryData(queryKey, updated);
      void saveCorrections(corpusKey, updated).catch(() => {});
    },
    [queryClient, queryKey, corpusKey],
  );
  const add = useCallback(
    (correction: Correction) => write((list) => [...list, storedCorrection(correction)]),
    [write],
  );
  const remove = useCallback(
    (id: string) => write((list) => list.filter((c) => c.id !== id)),
    [write],
  );
  const undo = useCallback(() => write((list) => list.slice(0, -1)), [write]);

  const corrections = useMemo(() => items.map((c) => c.correction), [items]);
  const data = useMemo(() => {
    if (!loaded || corrections.length === 0) return loaded;
    const corpus = applyCorrections(loaded.corpus, corrections);
    return { ...loaded, corpus, index: indexCorpus(corpus), fullGraph: fullActorGraph(corpus) };
  }, [loaded, corrections]);

  const api: CorrectionsApi | null = useMemo(
    () =>
      data
        ? {
            actors: data.corpus.actors,
            correctedActors: correctedActorIds(corrections),
            correctedQuotes: correctedQuoteIds(corrections),
            add,
          }
        : null,
    [data, corrections, add],
  );
  return { data, items, api, remove, undo, ready: !query.isPending };
}
