import { CorpusError } from '../corpus/corpus-error.ts';
import { CORPUS_LIMITS, formatLimitBytes } from '../corpus/limits.ts';

/**
 * Reading a corpus download's bodies: abortable (a stubbed fetch may ignore the signal),
 * within a byte budget shared by parallel range requests, with progress over all of them.
 */

/** Bytes received so far; `total` is the Content-Length when the server gave a usable one. */
export interface LoadProgress {
  loaded: number;
  total: number | null;
}

/** Whether `error` is an abort (of a fetch, a read, or our own signal). */
export function isAbort(error: unknown): boolean {
  // By name: a DOMException from another realm (a test's jsdom) fails instanceof.
  return (
    typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError'
  );
}

/** The signal's reason, or a standard AbortError when it gave none. */
function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The download was aborted.', 'AbortError');
}

/** `work`, or a rejection as soon as `signal` aborts (a stubbed fetch may ignore the signal). */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortError(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The `limit` CorpusError for a download named `label` past the corpus byte limit. */
export function tooLarge(label: string): CorpusError {
  return new CorpusError(
    'limit',
    `${label} is larger than the limit of ${formatLimitBytes(CORPUS_LIMITS.bytes)} for a corpus.`,
  );
}

/**
 * Reads a body to bytes, calling `onBytes` with each chunk's size as it arrives. Stops with a
 * `limit` CorpusError as soon as the bytes so far (`budget.used`, shared by parallel ranges)
 * pass `budget.max`, so an endless body cannot fill the memory.
 */
export async function readBytes(
  response: Response,
  onBytes: (size: number) => void,
  signal: AbortSignal,
  budget: { used: number; max: number; label: string },
): Promise<Uint8Array> {
  if (!response.body) {
    const bytes = new Uint8Array(await untilAborted(response.arrayBuffer(), signal));
    budget.used += bytes.byteLength;
    if (budget.used > budget.max) throw tooLarge(budget.label);
    onBytes(bytes.byteLength);
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  try {
    for (;;) {
      const { done, value } = await untilAborted(reader.read(), signal);
      if (done) break;
      budget.used += value.byteLength;
      if (budget.used > budget.max) throw tooLarge(budget.label);
      chunks.push(value);
      loaded += value.byteLength;
      onBytes(value.byteLength);
    }
  } catch (error) {
    reader.cancel().catch(() => {});
    throw error;
  }
  return concatBytes(chunks, loaded);
}

/** The chunks as one array of `length` bytes (the chunk itself when there is only one). */
export function concatBytes(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]?.byteLength === length) return chunks[0];
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Progress over the bytes of one or more responses; `total` from Content-Length when usable. */
export function progressReporter(
  onProgress: ((progress: LoadProgress) => void) | undefined,
  total: number | null,
) {
  let loaded = 0;
  let known = total;
  onProgress?.({ loaded, total: known });
  return (size: number) => {
    loaded += size;
    // A compressed response's Content-Length counts compressed bytes; once we pass it, it means nothing.
    if (known !== null && loaded > known) known = null;
    onProgress?.({ loaded, total: known });
  };
}

/** A usable Content-Length (a positive number), or null. */
export function contentLength(response: Response): number | null {
  const header = Number(response.headers.get('content-length'));
  return Number.isFinite(header) && header > 0 ? header : null;
}
