import { useCallback, useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  applyCorrections,
  correctedActorIds,
  correctedPositions,
  mergeTargets,
  correctedQuoteIds,
  type Correction,
} from '../corpus/corrections.ts';
import { indexCorpus } from '../corpus/corpus-index.ts';
import { fullActorGraph } from '../loader/corpus-protocol.ts';
import type { CorrectionsApi } from '../components/corrections-context.ts';
import type { Actor } from '../corpus/schema.ts';
import { storedCorrection, type StoredCorrection } from '../loader/stored-correction.ts';
import type { LoadedCorpus } from '../loader/loaded-corpus.ts';
import type { ExportRequest } from '../loader/export-data.ts';
import type { SearchHits } from '../corpus/search-index.ts';

const NONE: StoredCorrection[] = [];

/** The IndexedDB store (with idb and zod) loads after the first picture, not before it. */
const store = () => import('../loader/corrections-store.ts');
let saving: Promise<void> = Promise.resolve();

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
    queryFn: () => store().then((s) => s.loadCorrections(corpusKey)),
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
      // One write after another, so a quick undo can never land before the change it undoes.
      saving = saving
        .then(() => store())
        .then((s) => s.saveCorrections(corpusKey, updated))
        .catch(() => {});
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
    const { exportFile, search } = loaded.source;
    const positions = correctedPositions(loaded.corpus, corpus, corrections);
    // Search and exports run where the uncorrected corpus lives (the worker): search answers
    // are mapped to the corrected arrays, exports get the list to apply.
    const source: LoadedCorpus['source'] = {
      ...loaded.source,
      search: (query) => search(query).then((hits) => correctHits(hits, positions)),
      ...(exportFile && {
        exportFile: (request: ExportRequest) => exportFile({ ...request, corrections }),
      }),
    };
    // The precomputed view graph is of the uncorrected corpus: the explorer derives it again.
    return {
      ...loaded,
      corpus,
      index: indexCorpus(corpus),
      fullGraph: fullActorGraph(corpus),
      source,
      viewGraph: null,
    };
  }, [loaded, corrections]);

  const api: CorrectionsApi | null = useMemo(
    () =>
      data
        ? {
            actorsByName: sortByName(data.corpus.actors),
            correctedActors: correctedActorIds(corrections),
            mergedInto: mergeTargets(corrections),
            correctedQuotes: correctedQuoteIds(corrections),
            add,
          }
        : null,
    [data, corrections, add],
  );
  return { data, items, api, remove, undo, ready: !query.isPending };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/** A sorted copy: the corpus's own order is left alone. */
function sortByName(actors: readonly Actor[]): Actor[] {
  return [...actors].sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
}

/** Search hits on the uncorrected corpus as hits on the corrected one (merged, rejected gone). */
function correctHits(
  hits: SearchHits,
  positions: ReturnType<typeof correctedPositions>,
): SearchHits {
  const seen = new Set<number>();
  const actors: SearchHits['actors'] = [];
  for (const hit of hits.actors) {
    const position = positions.actorAt(hit.position);
    if (position === null || seen.has(position)) continue;
    seen.add(position);
    actors.push({ ...hit, position });
  }
  const quotes = hits.quotes.flatMap((p) => {
    const position = positions.quoteAt(p);
    return position === null ? [] : [position];
  });
  return { ...hits, actors, quotes };
}
