import { afterEach, describe, expect, it, vi } from 'vitest';
import { corpusQueryOptions } from '../../src/corpus/corpus-query.ts';
import { fetchCorpus, type LoadProgress } from '../../src/corpus/fetch-corpus.ts';
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
  it('keys the query by URL, never goes stale, and passes the abort signal to fetch', async () => {
    const fetchFn = stubFetch(new Response(JSON.stringify(smallCorpus())));
    const options = corpusQueryOptions('data/x.json');
    expect(options.queryKey).toEqual(['corpus', 'data/x.json']);
    expect(options.staleTime).toBe(Infinity);
    const controller = new AbortController();
    await options.queryFn({ signal: controller.signal });
    expect(fetchFn).toHaveBeenCalledWith('data/x.json', { signal: controller.signal });
  });
});
