import { useCallback, useEffect, useRef, useState } from 'react';
import type { CorpusIndex } from '../../corpus/corpus-index.ts';
import type { CorpusSource } from '../../loader/loaded-corpus.ts';
import type { SearchHits, SearchResults } from '../../corpus/search-index.ts';

/** A query and the results found for it, committed together so one render shows both. */
export interface SearchAnswer {
  query: string;
  results: SearchResults;
}

/** How long an unanswered query waits before the box says it is searching. */
const WAITING_AFTER_MS = 150;

/** Maps positions (as the worker answers) back to this thread's records. */
function toResults(hits: SearchHits, index: CorpusIndex): SearchResults {
  const { actors, quotes } = index.corpus;
  return {
    actors: hits.actors.flatMap((hit) => {
      const actor = actors[hit.position];
      return actor ? [{ actor, alias: hit.alias }] : [];
    }),
    quotes: hits.quotes.flatMap((position) => {
      const quote = quotes[position];
      return quote ? [quote] : [];
    }),
    quotesComplete: hits.quotesComplete,
  };
}

/**
 * Imperative search for a type-ahead: `ask(query)` sends the query to the corpus source (its
 * index lives in the loading worker, or is built on this thread on first use) and nothing
 * renders until the answer is back; then the query and its results become `answer` in ONE
 * state update, so a keystroke costs one render and one paint, not one for the text and one
 * for the results. Answers to queries overtaken by a newer `ask` are dropped. `waiting` is
 * the newest query once it has gone unanswered for a moment (an index still being built),
 * else null. A blank query clears the answer at once.
 */
export function useSearch(
  source: CorpusSource,
  index: CorpusIndex,
): { answer: SearchAnswer | null; waiting: string | null; ask: (query: string) => void } {
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);
  const [waiting, setWaiting] = useState<string | null>(null);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(
    () => () => {
      latest.current++;
      clearTimeout(timer.current);
    },
    [],
  );

  const ask = useCallback(
    (query: string) => {
      const id = ++latest.current;
      clearTimeout(timer.current);
      if (query.trim() === '') {
        setWaiting(null);
        setAnswer(null);
        return;
      }
      timer.current = setTimeout(() => {
        if (id === latest.current) setWaiting(query);
      }, WAITING_AFTER_MS);
      void source.search(query).then((hits) => {
        if (id !== latest.current) return;
        clearTimeout(timer.current);
        setWaiting(null);
        setAnswer({ query, results: toResults(hits, index) });
      });
    },
    [source, index],
  );

  return { answer, waiting, ask };
}
