import { CorpusError } from './corpus-error.ts';
import { markCorpusLoaded } from './marks.ts';
import { parseCorpusJson } from './parse-corpus.ts';
import type { Corpus } from './schema.ts';

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

/** Reads a body to bytes, calling `onBytes` with each chunk's size as it arrives. */
async function readBytes(response: Response, onBytes: (size: number) => void): Promise<Uint8Array> {
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    onBytes(bytes.byteLength);
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onBytes(value.byteLength);
  }
  return concatBytes(chunks, loaded);
}

function concatBytes(chunks: readonly Uint8Array[], length: number): Uint8Array {
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
function progressReporter(onProgress: FetchCorpusOptions['onProgress'], total: number | null) {
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

function contentLength(response: Response): number | null {
  const header = Number(response.headers.get('content-length'));
  return Number.isFinite(header) && header > 0 ? header : null;
}

export interface FetchCorpusTextOptions extends FetchCorpusOptions {
  /** How error messages name the corpus (the URL as the user gave it); defaults to `url`. */
  label?: string;
  /**
   * Download a large file as up to this many byte ranges in parallel (default 1: one plain
   * request). Servers that compress on the fly (vite preview, many CDNs' origins) compress
   * each range on its own core, which can halve the download of a 60 MB corpus.
   */
  parts?: number;
}

/** Byte ranges below this size are not worth a request of their own. */
export const MIN_PART_BYTES = 8 * 1024 * 1024;

/** A byte range came back other than asked (ignored, or cut from a compressed copy). */
class PartMismatch extends Error {}

/** `bytes a-b/total` → total, or null. */
function rangeTotal(response: Response): number | null {
  const match = /^bytes 0-(\d+)\/(\d+)$/.exec(response.headers.get('content-range') ?? '');
  return match ? Number(match[2]) : null;
}

/**
 * Downloads a corpus as text, reporting progress while the body streams in. Every failure
 * becomes a CorpusError whose message is written for the user: HTTP status, network failure,
 * or a web page where JSON was expected. An abort is rethrown unchanged.
 */
export async function fetchCorpusText(
  url: string,
  options: FetchCorpusTextOptions = {},
): Promise<string> {
  const label = options.label ?? url;
  const parts = Math.max(1, Math.floor(options.parts ?? 1));
  const get = async (range: string | null): Promise<Response> => {
    let response: Response;
    try {
      response = await fetch(
        url,
        range === null
          ? { signal: options.signal }
          : { signal: options.signal, headers: { Range: range } },
      );
    } catch (error) {
      if (isAbort(error)) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new CorpusError('network', `Could not reach ${label}: ${reason}`);
    }
    if (!response.ok) {
      const status = `${response.status} ${response.statusText}`.trim();
      throw new CorpusError('http', `Could not load ${label}: HTTP ${status}`);
    }
    // Single-page hosts (vite preview included) answer a missing file with index.html and 200.
    if (response.headers.get('content-type')?.includes('text/html')) {
      throw new CorpusError(
        'http',
        `Could not load ${label}: the server sent a web page, not JSON. Is the address right?`,
      );
    }
    return response;
  };
  const read = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (isAbort(error) || error instanceof CorpusError || error instanceof PartMismatch) {
        throw error;
      }
      const reason = error instanceof Error ? error.message : String(error);
      throw new CorpusError('network', `The download of ${label} was interrupted: ${reason}`);
    }
  };

  // The first range doubles as the probe: a server without ranges answers 200 with the whole
  // file, which is then simply read, so nothing is downloaded twice.
  const first = await get(parts > 1 ? `bytes=0-${MIN_PART_BYTES - 1}` : null);
  const total = first.status === 206 ? rangeTotal(first) : null;
  if (total === null) {
    const onBytes = progressReporter(options.onProgress, contentLength(first));
    return decode(await read(() => readBytes(first, onBytes)));
  }
  const onBytes = progressReporter(options.onProgress, total);
  const size = Math.max(MIN_PART_BYTES, Math.ceil((total - MIN_PART_BYTES) / (parts - 1)));
  const ranges: [number, number][] = [];
  for (let at = MIN_PART_BYTES; at < total; at += size) {
    ranges.push([at, Math.min(total, at + size) - 1]);
  }
  const bodies = await read(() =>
    Promise.all([
      readBytes(first, onBytes),
      ...ranges.map(async ([from, to]) => {
        const response = await get(`bytes=${from}-${to}`);
        const bytes = await readBytes(response, onBytes);
        // A server that ignored the range, or applied it to a compressed copy, shows here.
        if (response.status !== 206 || bytes.byteLength !== to - from + 1) {
          throw new PartMismatch();
        }
        return bytes;
      }),
    ]),
  ).catch((error: unknown) => {
    if (error instanceof PartMismatch) return null;
    throw error;
  });
  const length = bodies?.reduce((sum, b) => sum + b.byteLength, 0);
  if (!bodies || length !== total) {
    // Ranges did not add up: fall back to one plain request, which the server surely serves.
    return fetchCorpusText(url, { ...options, parts: 1 });
  }
  return decode(concatBytes(bodies, total));
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

/**
 * Downloads and validates a corpus on the calling thread, reporting progress while the body
 * streams in. Every failure becomes a CorpusError whose message is written for the user:
 * HTTP status, network failure, JSON position, or the schema fields at fault.
 * An abort is rethrown unchanged so react-query can cancel quietly.
 * Marks `corpus:loaded` (Performance API) once validated data is in hand.
 */
export async function fetchCorpus(url: string, options: FetchCorpusOptions = {}): Promise<Corpus> {
  const corpus = parseCorpusJson(await fetchCorpusText(url, options));
  markCorpusLoaded();
  return corpus;
}
