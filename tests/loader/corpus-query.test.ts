// @vitest-environment happy-dom
// Resolves relative corpus addresses against the page location, as the app does.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { corpusQueryOptions } from '../../src/loader/corpus-query.ts';
import { fetchCorpus, fetchCorpusText, MIN_PART_BYTES } from '../../src/loader/fetch-corpus.ts';
import type { LoadProgress } from '../../src/loader/read-body.ts';
import { CorpusError } from '../../src/corpus/corpus-error.ts';
import { smallCorpus } from '../fixtures/corpus/fixtures.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

function stubFetch(response: Response | (() => Promise<Response>)) {
  const fn = vi.fn(typeof response === 'function' ? response : () => Promise.resolve(response));
  vi.stubGlobal('fetch', fn);
  return fn;
}

async function failure(promise: Promise<unknown>): Promise<CorpusError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CorpusError);
  return error as CorpusError;
}

describe('fetchCorpus', () => {
  it('validates the corpus, reports progress against Content-Length and marks corpus:loaded', async () => {
    const body = JSON.stringify(smallCorpus());
    const bytes = new TextEncoder().encode(body);
    const half = Math.floor(bytes.length / 2);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, half));
        controller.enqueue(bytes.slice(half));
        controller.close();
      },
    });
    stubFetch(new Response(stream, { headers: { 'content-length': String(bytes.length) } }));
    const mark = vi.spyOn(performance, 'mark');
    const progress: LoadProgress[] = [];
    const corpus = await fetchCorpus('corpus.json', { onProgress: (p) => progress.push(p) });
    expect(corpus.quotes).toHaveLength(8);
    expect(progress).toEqual([
      { loaded: 0, total: bytes.length },
      { loaded: half, total: bytes.length },
      { loaded: bytes.length, total: bytes.length },
    ]);
    expect(mark).toHaveBeenCalledWith('corpus:loaded');
  });

  it('decodes multi-byte characters split across chunks', async () => {
    const body = JSON.stringify(smallCorpus());
    const bytes = new TextEncoder().encode(body);
    const cyrillic = bytes.indexOf(0xd0); // first byte of "Л" in Лавров
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cyrillic + 1));
        controller.enqueue(bytes.slice(cyrillic + 1));
        controller.close();
      },
    });
    stubFetch(new Response(stream));
    const corpus = await fetchCorpus('corpus.json');
    expect(corpus.actors[0]?.aliases).toContain('Лавров');
  });

  it('names the HTTP status', async () => {
    stubFetch(new Response('nope', { status: 404, statusText: 'Not Found' }));
    const error = await failure(fetchCorpus('corpus.json'));
    expect(error.kind).toBe('http');
    expect(error.message).toBe('Could not load corpus.json: HTTP 404 Not Found');
  });

  it('recognises the HTML page a single-page host sends for a missing file', async () => {
    stubFetch(
      new Response('<!doctype html><html></html>', {
        headers: { 'content-type': 'text/html; charset=utf-8' },
      }),
    );
    const error = await failure(fetchCorpus('missing.json'));
    expect(error.kind).toBe('http');
    expect(error.message).toBe(
      'Could not load missing.json: the server sent a web page, not JSON. Is the address right?',
    );
  });

  it('names the JSON position', async () => {
    stubFetch(new Response('{"version": 1,\n "articles": [}'));
    const error = await failure(fetchCorpus('corpus.json'));
    expect(error.kind).toBe('json');
    expect(error.message).toMatch(/position \d+ \(line 2, column \d+\)/);
  });

  it('names the field of the record that breaks the schema', async () => {
    const bad = smallCorpus();
    (bad.quotes[0] as { speakerId: string }).speakerId = 'nobody';
    stubFetch(new Response(JSON.stringify(bad)));
    const error = await failure(fetchCorpus('corpus.json'));
    expect(error.kind).toBe('schema');
    expect(error.message).toContain('quotes[0].speakerId: unknown actor "nobody"');
  });

  it('turns a network failure into a readable error, but lets an abort through', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await failure(fetchCorpus('https://example.org/c.json'));
    expect(error.kind).toBe('network');
    expect(error.message).toBe('Could not reach https://example.org/c.json: Failed to fetch');

    stubFetch(() => Promise.reject(new DOMException('aborted', 'AbortError')));
    await expect(fetchCorpus('corpus.json')).rejects.toHaveProperty('name', 'AbortError');
  });
});

describe('corpusQueryOptions', () => {
  it('keys the query by URL, never goes stale, and passes the abort signal on to fetch', async () => {
    const fetchFn = stubFetch(new Response(JSON.stringify(smallCorpus())));
    const options = corpusQueryOptions('data/x.json');
    expect(options.queryKey).toEqual(['corpus', 'data/x.json']);
    expect(options.staleTime).toBe(Infinity);
    const controller = new AbortController();
    await options.queryFn({ signal: controller.signal });
    // fetch gets a signal of its own (the download's timeouts abort it too), tied to the query's.
    expect(fetchFn).toHaveBeenCalledWith('data/x.json', { signal: expect.any(AbortSignal) });
    const passed = (fetchFn.mock.calls[0] as unknown as [string, RequestInit])[1].signal;
    const pending = stubFetch(() => new Promise<Response>(() => {}));
    const load = options.queryFn({ signal: controller.signal });
    await vi.waitFor(() => expect(pending).toHaveBeenCalled());
    const live = (pending.mock.calls[0] as unknown as [string, RequestInit])[1].signal;
    expect(live?.aborted).toBe(false);
    controller.abort();
    await expect(load).rejects.toHaveProperty('name', 'AbortError');
    expect(live?.aborted).toBe(true);
    expect(passed).not.toBe(live);
  });
});

describe('fetchCorpusText in parallel byte ranges', () => {
  const text = JSON.stringify({ filler: 'é'.repeat(9_000_000), end: 'Лавров' });
  const bytes = new TextEncoder().encode(text);

  /** A server that honours `Range: bytes=a-b` (206 + Content-Range), or ignores it when told to. */
  function rangeServer(options: { ignoreRanges?: boolean; shortParts?: boolean } = {}) {
    const fn = vi.fn((_url: string, init?: RequestInit) => {
      const range = new Headers(init?.headers).get('range');
      const match = /^bytes=(\d+)-(\d+)$/.exec(range ?? '');
      if (!match || options.ignoreRanges) return Promise.resolve(new Response(bytes));
      const from = Number(match[1]);
      const to = Math.min(bytes.length - 1, Number(match[2]));
      const end = options.shortParts && from > 0 ? to - 1 : to;
      return Promise.resolve(
        new Response(bytes.slice(from, end + 1), {
          status: 206,
          headers: { 'content-range': `bytes ${from}-${to}/${bytes.length}` },
        }),
      );
    });
    vi.stubGlobal('fetch', fn);
    return fn;
  }

  it('downloads the parts at once and joins them, multi-byte characters across the cuts intact', async () => {
    const fetchFn = rangeServer();
    const progress: LoadProgress[] = [];
    const result = await fetchCorpusText('c.json', {
      parts: 4,
      onProgress: (p) => progress.push(p),
    });
    expect(result).toBe(text);
    const ranges = fetchFn.mock.calls.map(([, init]) =>
      new Headers((init as RequestInit | undefined)?.headers).get('range'),
    );
    expect(ranges).toHaveLength(3);
    expect(ranges[0]).toBe(`bytes=0-${MIN_PART_BYTES - 1}`);
    expect(progress.at(-1)).toEqual({ loaded: bytes.length, total: bytes.length });
  });

  it('reads the whole file from the first answer when the server ignores ranges', async () => {
    const fetchFn = rangeServer({ ignoreRanges: true });
    expect(await fetchCorpusText('c.json', { parts: 4 })).toBe(text);
    expect(fetchFn).toHaveBeenCalledTimes(1);
  });

  it('falls back to one plain download when the parts do not add up', async () => {
    const fetchFn = rangeServer({ shortParts: true });
    expect(await fetchCorpusText('c.json', { parts: 4 })).toBe(text);
    const last = fetchFn.mock.calls.at(-1)?.[1] as RequestInit | undefined;
    expect(new Headers(last?.headers).get('range')).toBeNull();
  });

  it('names the HTTP status of a ranged request like a plain one', async () => {
    stubFetch(new Response('', { status: 403, statusText: 'Forbidden' }));
    const error = await failure(fetchCorpusText('c.json', { parts: 4, label: 'my.json' }));
    expect(error.message).toBe('Could not load my.json: HTTP 403 Forbidden');
  });
});
