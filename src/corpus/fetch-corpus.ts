import { CorpusError, parseCorpusJson } from './parse-corpus.ts';
import type { Corpus } from './schema.ts';

/** Relative on purpose: the corpus sits beside index.html, whatever path the app is served under. */
export const DEFAULT_CORPUS_URL = 'corpus.json';

/** Bytes received so far; `total` is the Content-Length when the server gave a usable one. */
export interface LoadProgress {
  loaded: number;
  total: number | null;
}

export interface FetchCorpusOptions {
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

async function readBody(
  response: Response,
  onProgress: FetchCorpusOptions['onProgress'],
): Promise<string> {
  const header = Number(response.headers.get('content-length'));
  let total: number | null = Number.isFinite(header) && header > 0 ? header : null;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  onProgress?.({ loaded, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    // A compressed response's Content-Length counts compressed bytes; once we pass it, it means nothing.
    if (total !== null && loaded > total) total = null;
    onProgress?.({ loaded, total });
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Downloads and validates a corpus, reporting progress while the body streams in.
 * Every failure becomes a CorpusError whose message is written for the user:
 * HTTP status, network failure, JSON position, or the schema fields at fault.
 * An abort is rethrown unchanged so react-query can cancel quietly.
 * Marks `corpus:loaded` (Performance API) once validated data is in hand.
 */
export async function fetchCorpus(url: string, options: FetchCorpusOptions = {}): Promise<Corpus> {
  let response: Response;
  try {
    response = await fetch(url, { signal: options.signal });
  } catch (error) {
    if (isAbort(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new CorpusError('network', `Could not reach ${url}: ${reason}`);
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw new CorpusError('http', `Could not load ${url}: HTTP ${status}`);
  }
  // Single-page hosts (vite preview included) answer a missing file with index.html and 200.
  if (response.headers.get('content-type')?.includes('text/html')) {
    throw new CorpusError(
      'http',
      `Could not load ${url}: the server sent a web page, not JSON. Is the address right?`,
    );
  }
  let text: string;
  try {
    text = await readBody(response, options.onProgress);
  } catch (error) {
    if (isAbort(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new CorpusError('network', `The download of ${url} was interrupted: ${reason}`);
  }
  const corpus = parseCorpusJson(text);
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    performance.mark('corpus:loaded');
  }
  return corpus;
}

/** The react-query key of a corpus: one cache entry per URL. */
export function corpusQueryKey(url: string) {
  return ['corpus', url] as const;
}

/**
 * Query options for one corpus URL. Deliberately free of react-query imports (this layer
 * stays framework-free, see eslint.config.js); the object fits `useQuery` structurally.
 * A corpus never changes while the page is open, hence `staleTime: Infinity`.
 */
export function corpusQueryOptions(url: string, onProgress?: (progress: LoadProgress) => void) {
  return {
    queryKey: corpusQueryKey(url),
    queryFn: ({ signal }: { signal: AbortSignal }) => fetchCorpus(url, { signal, onProgress }),
    staleTime: Infinity,
  };
}
