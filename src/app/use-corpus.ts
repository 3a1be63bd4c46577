import { useCallback, useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import type { CorpusError } from '../corpus/corpus-error.ts';
import type { WorkspaceChoice } from '../features/own-articles/own-articles.tsx';
import {
  BOTH_WORKSPACE_URL,
  corpusQueryKey,
  corpusQueryOptions,
  DEFAULT_CORPUS_URL,
  WORKSPACE_URL,
  workspaceQueryOptions,
} from '../loader/corpus-query.ts';
import type { LoadProgress } from '../loader/read-body.ts';
import type { CorpusSource, LoadedCorpus } from '../loader/loaded-corpus.ts';

/**
 * `?corpus=<url>` when given, else `corpus.json` beside index.html; `?workspace=own` (the
 * user's own articles, kept in this browser) is named by WORKSPACE_URL, `?workspace=both`
 * (those and the bundled corpus merged) by BOTH_WORKSPACE_URL.
 */
export function useCorpusUrl(): string {
  const [params] = useSearchParams();
  const workspace = params.get('workspace');
  if (workspace === 'own') return WORKSPACE_URL;
  if (workspace === 'both') return BOTH_WORKSPACE_URL;
  return params.get('corpus')?.trim() || DEFAULT_CORPUS_URL;
}

/** Whether `url` names a workspace kept in this browser rather than a corpus address. */
export function isWorkspace(url: string): url is typeof WORKSPACE_URL | typeof BOTH_WORKSPACE_URL {
  return url === WORKSPACE_URL || url === BOTH_WORKSPACE_URL;
}

/** The workspace choice a corpus URL stands for. */
export function workspaceChoice(url: string): WorkspaceChoice {
  if (url === WORKSPACE_URL) return 'own';
  if (url === BOTH_WORKSPACE_URL) return 'both';
  return 'bundled';
}

/**
 * Shows a workspace (`fresh`: the stored one just changed, so any loaded copy of it, alone or
 * merged, is stale) or the bundled corpus, as a fresh view.
 */
export function useShowWorkspace(): (choice: WorkspaceChoice, fresh?: boolean) => void {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useCallback(
    (choice, fresh = false) => {
      if (fresh) {
        for (const url of [WORKSPACE_URL, BOTH_WORKSPACE_URL]) {
          const stale = queryClient.getQueryData<LoadedCorpus>(corpusQueryKey(url));
          void queryClient.resetQueries({ queryKey: corpusQueryKey(url) });
          // Its worker holds a whole corpus: end it rather than leave it to the garbage collector.
          stale?.source.dispose?.();
        }
      }
      void navigate({ search: choice === 'bundled' ? '' : `?workspace=${choice}` });
    },
    [navigate, queryClient],
  );
}

/** The corpus URL as the page resolves it; as given when it does not parse. */
export function resolveCorpusUrl(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

/** Whether `url` names the bundled corpus (`corpus.json` beside index.html), however written. */
export function isBundledCorpus(url: string): boolean {
  if (isWorkspace(url)) return false;
  return (
    url === DEFAULT_CORPUS_URL || resolveCorpusUrl(url) === resolveCorpusUrl(DEFAULT_CORPUS_URL)
  );
}

/** Leaves whatever corpus is open for the bundled one (a fresh view: no selection, no filters). */
export function useOpenBundled(): () => void {
  const navigate = useNavigate();
  return useCallback(() => void navigate({ search: '' }), [navigate]);
}

/**
 * Loads the corpus named by the URL, with byte progress while it streams in, Cancel and Retry.
 * When the URL names another corpus, the previous one is released (its worker terminated, its
 * cache entry dropped), so switching corpora does not pile up workers holding whole corpora.
 * The hook lives here rather than in src/loader/corpus-query.ts because that layer is kept
 * free of React and react-query (eslint.config.js); the query options come from there.
 */
export function useCorpus() {
  const url = useCorpusUrl();
  const queryClient = useQueryClient();
  // Tagged with its address: after a switch, the last corpus's byte count is not this one's.
  const [progress, setProgress] = useState<{ url: string; value: LoadProgress } | null>(null);
  const onProgress = useCallback((value: LoadProgress) => setProgress({ url, value }), [url]);
  const [cancelledUrl, setCancelledUrl] = useState<string | null>(null);
  const query = useQuery(
    isWorkspace(url) ? workspaceQueryOptions(url) : corpusQueryOptions(url, onProgress),
  );
  const { refetch } = query;
  const retry = useCallback(() => {
    setProgress(null);
    setCancelledUrl(null);
    void refetch();
  }, [refetch]);
  const cancel = useCallback(() => {
    setCancelledUrl(url);
    void queryClient.cancelQueries({ queryKey: corpusQueryKey(url) });
  }, [queryClient, url]);

  const previous = useRef<{ url: string; data: LoadedCorpus | undefined } | null>(null);
  useEffect(() => {
    const before = previous.current;
    if (before && before.url !== url) {
      before.data?.source.dispose?.();
      queryClient.removeQueries({ queryKey: corpusQueryKey(before.url), exact: true });
    }
    previous.current = { url, data: query.data };
  }, [url, query.data, queryClient]);

  // A web corpus's picture comes first: its quotes replace it in the cache when they arrive.
  const [restFailure, setRestFailure] = useState<{ data: LoadedCorpus; error: Error } | null>(null);
  useEffect(() => {
    const data = query.data;
    if (!data?.rest) return;
    let live = true;
    data.rest.then(
      (full) => {
        if (live) queryClient.setQueryData(corpusQueryKey(url), full);
      },
      (error: unknown) => {
        if (live)
          setRestFailure({
            data,
            error: error instanceof Error ? error : new Error(String(error)),
          });
      },
    );
    return () => {
      live = false;
    };
  }, [query.data, queryClient, url]);
  /** Why the rest of a web corpus failed (a shard at fault): the picture is withdrawn. */
  const failed = restFailure && restFailure.data === query.data ? restFailure.error : null;

  const lost = useLostSource(query.data?.source);
  const cancelled = cancelledUrl === url && !query.data && !query.isFetching;
  return {
    query,
    url,
    progress: progress?.url === url ? progress.value : null,
    retry,
    cancel,
    cancelled,
    lost,
    failed,
  };
}

/** The CorpusError of `source` once it stops working, else null. */
function useLostSource(source: CorpusSource | undefined): CorpusError | null {
  const [lost, setLost] = useState<{ source: CorpusSource; error: CorpusError } | null>(null);
  useEffect(() => source?.onLost?.((error) => setLost({ source, error })), [source]);
  return lost && lost.source === source ? lost.error : null;
}
