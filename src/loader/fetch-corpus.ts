import { CorpusError } from '../corpus/corpus-error.ts';
import { CORPUS_LIMITS, DOWNLOAD_TIMEOUTS } from '../corpus/limits.ts';
import { markCorpusLoaded } from './marks.ts';
import { parseCorpusJson } from '../corpus/parse-corpus.ts';
import type { Corpus } from '../corpus/schema.ts';
import {
  concatBytes,
  contentLength,
  isAbort,
  progressReporter,
  readBytes,
  tooLarge,
  untilAborted,
  type LoadProgress,
} from './read-body.ts';

export interface FetchCorpusOptions {
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
  /** Overrides of DOWNLOAD_TIMEOUTS (tests use short ones). */
  timeouts?: Partial<Record<keyof typeof DOWNLOAD_TIMEOUTS, number>>;
  /**
   * Whether the corpus may come from this address; checked on the final URL of every response,
   * so a redirect cannot carry the download somewhere the app would have refused.
   */
  allowed?: (href: URL) => boolean;
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

/** What one download shares between its requests: the abort, the byte budget, the watchdog. */
interface Download {
  signal: AbortSignal;
  budget: { used: number; max: number; label: string };
  /** Restarts the silence timer: `answered` once response headers have come. */
  heard(answered: boolean): void;
  /** The origin the Content-Security-Policy blocked during this download, if any. */
  blockedOrigin(): Promise<string | null>;
}

function refusedRedirect(label: string, origin: string | null): CorpusError {
  return new CorpusError(
    'origin',
    origin
      ? `Refused ${label}: the server redirected to ${origin}, which this site does not load corpora from.`
      : `Refused ${label}: the server redirected to an address this site does not load corpora from.`,
  );
}

function originOf(url: string): string | null {
  try {
    return new URL(url, globalThis.location?.href).origin;
  } catch {
    return null;
  }
}

function seconds(ms: number): string {
  if (ms >= 60_000) return `${Math.round(ms / 60_000)} min`;
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

/**
 * Downloads a corpus as text, reporting progress while the body streams in. Every failure
 * becomes a CorpusError whose message is written for the user: HTTP status, network failure,
 * a web page where JSON was expected, a redirect to a refused origin, a body over the size
 * limit, bytes that are not UTF-8, or a server that stops answering (DOWNLOAD_TIMEOUTS: no
 * response, a silence, or a download that drips on for too long). An abort is rethrown unchanged.
 */
export async function fetchCorpusText(
  url: string,
  options: FetchCorpusTextOptions = {},
): Promise<string> {
  return decode(await fetchCorpusBytes(url, options), options.label ?? url);
}

/**
 * The bytes at `url`, under the same rules, limits, timeouts and errors as `fetchCorpusText`
 * (a binary file of a web corpus, such as its graph summary).
 */
export async function fetchCorpusBytes(
  url: string,
  options: FetchCorpusTextOptions = {},
): Promise<Uint8Array> {
  const label = options.label ?? url;
  const timeouts = { ...DOWNLOAD_TIMEOUTS, ...options.timeouts };
  const controller = new AbortController();
  let expired: string | null = null;
  const expire = (message: string) => {
    expired ??= message;
    controller.abort();
  };
  const outer = options.signal;
  const onOuterAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) onOuterAbort();
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  const total = setTimeout(
    () => expire(`The download of ${label} took longer than ${seconds(timeouts.totalMs)}.`),
    timeouts.totalMs,
  );
  let silence: ReturnType<typeof setTimeout> | undefined;
  const heard = (answered: boolean) => {
    clearTimeout(silence);
    silence = answered
      ? setTimeout(
          () => expire(`${label} stopped sending data for ${seconds(timeouts.idleMs)}.`),
          timeouts.idleMs,
        )
      : setTimeout(
          () => expire(`${label} did not answer within ${seconds(timeouts.responseMs)}.`),
          timeouts.responseMs,
        );
  };
  heard(false);
  // When the policy blocks a redirect, fetch only says "Failed to fetch"; the violation event
  // (on the window or the worker's scope) says where the redirect went.
  const blocked: string[] = [];
  const onViolation = (event: Event) => {
    const uri = (event as SecurityPolicyViolationEvent).blockedURI;
    if (uri) blocked.push(uri);
  };
  globalThis.addEventListener?.('securitypolicyviolation', onViolation);
  const download: Download = {
    signal: controller.signal,
    budget: { used: 0, max: CORPUS_LIMITS.bytes, label },
    heard,
    blockedOrigin: async () => {
      // The event is dispatched as a task of its own, possibly after fetch has rejected.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const uri = blocked[0];
      if (!uri) return null;
      try {
        return new URL(uri).origin;
      } catch {
        return uri;
      }
    },
  };
  try {
    return await downloadBytes(url, options, download);
  } catch (error) {
    if (expired !== null && isAbort(error)) throw new CorpusError('timeout', expired);
    throw error;
  } finally {
    clearTimeout(total);
    clearTimeout(silence);
    outer?.removeEventListener('abort', onOuterAbort);
    globalThis.removeEventListener?.('securitypolicyviolation', onViolation);
  }
}

async function downloadBytes(
  url: string,
  options: FetchCorpusTextOptions,
  download: Download,
): Promise<Uint8Array> {
  const label = options.label ?? url;
  const parts = Math.max(1, Math.floor(options.parts ?? 1));
  const { signal, budget } = download;
  const onChunk = (onBytes: (size: number) => void) => (size: number) => {
    download.heard(true);
    onBytes(size);
  };
  const get = async (range: string | null): Promise<Response> => {
    let response: Response;
    try {
      response = await untilAborted(
        fetch(url, range === null ? { signal } : { signal, headers: { Range: range } }),
        signal,
      );
    } catch (error) {
      if (isAbort(error)) throw error;
      const refused = await download.blockedOrigin();
      // Chromium reports a blocked redirect under the address first asked for, not its target.
      if (refused) throw refusedRedirect(label, refused === originOf(url) ? null : refused);
      const reason = error instanceof Error ? error.message : String(error);
      throw new CorpusError('network', `Could not reach ${label}: ${reason}`);
    }
    download.heard(true);
    // fetch follows redirects: the final address must be one the app would have loaded itself.
    if (response.url && options.allowed && !options.allowed(new URL(response.url))) {
      response.body?.cancel().catch(() => {});
      throw refusedRedirect(label, new URL(response.url).origin);
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
  const announced = total ?? contentLength(first);
  if (announced !== null && announced > budget.max) {
    first.body?.cancel().catch(() => {});
    throw tooLarge(label);
  }
  if (total === null) {
    const onBytes = onChunk(progressReporter(options.onProgress, contentLength(first)));
    return read(() => readBytes(first, onBytes, signal, budget));
  }
  const onBytes = onChunk(progressReporter(options.onProgress, total));
  const size = Math.max(MIN_PART_BYTES, Math.ceil((total - MIN_PART_BYTES) / (parts - 1)));
  const ranges: [number, number][] = [];
  for (let at = MIN_PART_BYTES; at < total; at += size) {
    ranges.push([at, Math.min(total, at + size) - 1]);
  }
  const bodies = await read(() =>
    Promise.all([
      readBytes(first, onBytes, signal, budget),
      ...ranges.map(async ([from, to]) => {
        const response = await get(`bytes=${from}-${to}`);
        const bytes = await readBytes(response, onBytes, signal, budget);
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
    budget.used = 0;
    return downloadBytes(url, { ...options, parts: 1 }, download);
  }
  return concatBytes(bodies, total);
}

/**
 * UTF-8 bytes to text, refusing invalid sequences: a lenient decoder would turn them into
 * U+FFFD and show a corpus with damaged names as if nothing were wrong.
 */
function decode(bytes: Uint8Array, label: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new CorpusError(
      'encoding',
      `${label} is not valid UTF-8 text${at === null ? '' : ` (invalid bytes at byte ${at})`}. Save the corpus as UTF-8.`,
    );
  }
}

/** Byte offset of the first invalid UTF-8 sequence, or null. Only runs on the error path. */
function firstInvalidUtf8(bytes: Uint8Array): number | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  const encoder = new TextEncoder();
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) {
    const at = encoder.encode(text.slice(0, i)).byteLength;
    // A real U+FFFD in the file is EF BF BD; anything else there is what the decoder replaced.
    if (bytes[at] !== 0xef || bytes[at + 1] !== 0xbf || bytes[at + 2] !== 0xbd) return at;
  }
  return null;
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
