import type { LoadProgress } from './fetch-corpus.ts';
import { loadCorpus } from './load-corpus.ts';

/** Relative on purpose: the corpus sits beside index.html, whatever path the app is served under. */
export const DEFAULT_CORPUS_URL = 'corpus.json';

/** The react-query key of a corpus: one cache entry per URL. */
export function corpusQueryKey(url: string) {
  return ['corpus', url] as const;
}

/**
 * Query options for one corpus URL. Deliberately free of react-query imports (this layer
 * stays framework-free, see eslint.config.js); the object fits `useQuery` structurally.
 * A corpus never changes while the page is open, hence `staleTime: Infinity`; and it is far
 * too large for react-query's structural sharing (a deep comparison on every refetch).
 */
export function corpusQueryOptions(url: string, onProgress?: (progress: LoadProgress) => void) {
  return {
    queryKey: corpusQueryKey(url),
    queryFn: ({ signal }: { signal: AbortSignal }) => loadCorpus(url, { signal, onProgress }),
    staleTime: Infinity,
    structuralSharing: false,
  };
}
