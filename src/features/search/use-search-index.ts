import { useEffect, useState } from 'react';
import type { CorpusIndex } from '../../corpus/corpus-index.ts';
import type { CorpusSource } from '../../corpus/load-corpus.ts';
import type { SearchResults } from '../../corpus/search-index.ts';

interface Answer {
  query: string;
  results: SearchResults;
}

/**
 * Results for `query` from the corpus source (its index lives in the loading worker, or is
 * built on this thread on first use when there is no worker). Searches run off the render:
 * `results` is the answer for the newest query answered so far (`stale` while a newer one is
 * on its way), null before any. Positions are mapped back to this thread's records.
 */
export function useSearch(
  source: CorpusSource,
  index: CorpusIndex,
  query: string,
): { results: SearchResults | null; pending: boolean } {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const blank = query.trim() === '';

  useEffect(() => {
    if (blank) return;
    let current = true;
    void source.search(query).then((hits) => {
      if (!current) return;
      const { actors, quotes } = index.corpus;
      setAnswer({
        query,
        results: {
          actors: hits.actors.flatMap((hit) => {
            const actor = actors[hit.position];
            return actor ? [{ actor, alias: hit.alias }] : [];
          }),
          quotes: hits.quotes.flatMap((position) => {
            const quote = quotes[position];
            return quote ? [quote] : [];
          }),
          quotesComplete: hits.quotesComplete,
        },
      });
    });
    return () => {
      current = false;
    };
  }, [source, index, query, blank]);

  if (blank) return { results: null, pending: false };
  return {
    results: answer?.results ?? null,
    pending: answer?.query !== query,
  };
}
