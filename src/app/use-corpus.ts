import { useCallback, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { corpusQueryOptions, DEFAULT_CORPUS_URL } from '../corpus/corpus-query.ts';
import type { LoadProgress } from '../corpus/fetch-corpus.ts';

/** `?corpus=<url>` when given, else `corpus.json` beside index.html. */
export function useCorpusUrl(): string {
  const [params] = useSearchParams();
  return params.get('corpus')?.trim() || DEFAULT_CORPUS_URL;
}

/**
 * Loads the corpus named by the URL, with byte progress while it streams in.
 * The hook lives here rather than in src/corpus/corpus-query.ts because that layer is kept
 * free of React and react-query (eslint.config.js); the query options come from there.
 */
export function useCorpus() {
  const url = useCorpusUrl();
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  const query = useQuery(corpusQueryOptions(url, setProgress));
  const { refetch } = query;
  const retry = useCallback(() => {
    setProgress(null);
    void refetch();
  }, [refetch]);
  return { query, url, progress, retry };
}
