import { QueryClient } from '@tanstack/react-query';
import { CorpusError } from '../corpus/corpus-error.ts';

/**
 * The app's one set of query defaults. Data here is a static file: it never goes stale
 * behind our back, so no refetch on focus or reconnect. Only a network failure is worth one
 * automatic retry; a 404, bad JSON or a schema violation will not fix itself.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: (failureCount, error) =>
          failureCount < 1 && !(error instanceof CorpusError && error.kind !== 'network'),
      },
    },
  });
}
