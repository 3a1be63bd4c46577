import { useCallback, useEffect, useState } from 'react';
import type { Corpus } from '../../corpus/schema.ts';
import type { CorpusSearchIndex } from '../../corpus/search-index.ts';

interface Built {
  corpus: Corpus;
  index: CorpusSearchIndex;
}

const IDLE_TIMEOUT_MS = 4000;

/**
 * The search index of `corpus`, built off the critical path: when the user first focuses or
 * types in the search box (`request`), or when the browser is idle after the page is up,
 * whichever comes first. `index` is null until it is ready.
 */
export function useSearchIndex(corpus: Corpus): {
  index: CorpusSearchIndex | null;
  building: boolean;
  request: () => void;
} {
  const [requestedFor, setRequestedFor] = useState<Corpus | null>(null);
  const [built, setBuilt] = useState<Built | null>(null);
  const requested = requestedFor === corpus;
  const request = useCallback(() => setRequestedFor(corpus), [corpus]);

  useEffect(() => {
    if (requested) return;
    const w = window as Window & {
      requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
      cancelIdleCallback?: (id: number) => void;
    };
    if (w.requestIdleCallback && w.cancelIdleCallback) {
      const id = w.requestIdleCallback(request, { timeout: IDLE_TIMEOUT_MS });
      const cancel = w.cancelIdleCallback;
      return () => cancel(id);
    }
    const timer = setTimeout(request, IDLE_TIMEOUT_MS / 2);
    return () => clearTimeout(timer);
  }, [requested, request]);

  useEffect(() => {
    if (!requested) return;
    let cancelled = false;
    // minisearch and the index code load on demand: nothing of search is on the critical path.
    void import('../../corpus/search-index.ts')
      .then(({ buildSearchIndexAsync }) => buildSearchIndexAsync(corpus))
      .then((index) => {
        if (!cancelled) setBuilt({ corpus, index });
      });
    return () => {
      cancelled = true;
    };
  }, [requested, corpus]);

  const index = built?.corpus === corpus ? built.index : null;
  return { index, building: requested && index === null, request };
}
