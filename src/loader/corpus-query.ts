import type { LoadProgress } from './fetch-corpus.ts';
import { CorpusError } from '../corpus/corpus-error.ts';
import { loadCorpus, loadCorpusText } from './load-corpus.ts';
import { readWorkspace } from './workspace-store.ts';

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

/** How the page names the user's own workspace where other corpora have a URL (never fetched). */
export const WORKSPACE_URL = 'workspace:own';

/**
 * Query options for the workspace kept in this browser (workspace-store.ts): read from
 * IndexedDB, then validated and indexed in the corpus worker like any downloaded corpus.
 * Drop its cache entry (corpusQueryKey(WORKSPACE_URL)) when the stored workspace changes.
 */
export function workspaceQueryOptions() {
  return {
    queryKey: corpusQueryKey(WORKSPACE_URL),
    queryFn: async ({ signal }: { signal: AbortSignal }) => {
      const stored = await readWorkspace();
      if (!stored)
        throw new CorpusError(
          'network',
          'No workspace is kept in this browser: add your articles.',
        );
      return loadCorpusText(stored.corpusJson, 'your workspace', { signal });
    },
    staleTime: Infinity,
    structuralSharing: false,
  };
}
