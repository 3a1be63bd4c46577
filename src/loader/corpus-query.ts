import type { LoadProgress } from './read-body.ts';
import { CorpusError } from '../corpus/corpus-error.ts';
import { loadCorpus, loadCorpusText } from './load-corpus.ts';
import { mergeWorkspaces } from './ingest-client.ts';

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
/** The workspace "both": the bundled corpus and the user's own articles merged. */
export const BOTH_WORKSPACE_URL = 'workspace:both';

/**
 * Query options for a workspace kept in this browser (workspace-store.ts): read from
 * IndexedDB (for `both`, merged with the bundled corpus in a worker: ingest-client.ts), then
 * validated and indexed in the corpus worker like any downloaded corpus. Drop its cache entry
 * (corpusQueryKey of the url) when the stored workspace changes.
 */
export function workspaceQueryOptions(url: typeof WORKSPACE_URL | typeof BOTH_WORKSPACE_URL) {
  return {
    queryKey: corpusQueryKey(url),
    queryFn: async ({ signal }: { signal: AbortSignal }) => {
      // idb loads on use: off the first load of a page that shows a corpus by address.
      const { readWorkspace } = await import('./workspace-store.ts');
      const stored = await readWorkspace();
      if (!stored)
        throw new CorpusError(
          'absent',
          'This link opens articles kept in a browser, and this browser keeps none.',
        );
      if (url === WORKSPACE_URL)
        return loadCorpusText(stored.corpusJson, 'your workspace', { signal });
      let merged: string;
      try {
        merged = await mergeWorkspaces(
          new URL(DEFAULT_CORPUS_URL, document.baseURI).href,
          stored.corpusJson,
        );
      } catch (error) {
        throw new CorpusError(
          'schema',
          `The bundled corpus and your articles could not be merged: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      return loadCorpusText(merged, 'the bundled corpus and your articles', { signal });
    },
    staleTime: Infinity,
    structuralSharing: false,
  };
}
