import { afterEach, describe, expect, it, vi } from 'vitest';
import { corpusErrorOf } from './support.ts';
import { CorpusError } from '../../src/corpus/corpus-error.ts';
import { validateInPieces } from '../../src/loader/corpus-pieces.ts';
import type { PieceMessage } from '../../src/loader/corpus-protocol.ts';
import { fetchCorpus, fetchCorpusText } from '../../src/loader/fetch-corpus.ts';
import { CORPUS_LIMITS } from '../../src/corpus/limits.ts';
import { StatementSchema } from '../../src/corpus/schema.ts';
import { parseJsonText, validateCorpus } from '../../src/corpus/parse-corpus.ts';
import { contentSecurityPolicy, corpusOriginAllowed } from '../../src/loader/corpus-origins.ts';
import { smallCorpus } from '../fixtures/corpus/fixtures.ts';

// Hostile corpora (issue #9): inputs a shared ?corpus= link can carry. Each case is small; the
// limits are exercised at their edges, not by building a 200 MB file.

type Mutable = Record<string, unknown> & {
  articles: Record<string, unknown>[];
  actors: Record<string, unknown>[];
  quotes: unknown[];
  layout?: unknown;
};

function corpus(): Mutable {
  return smallCorpus() as unknown as Mutable;
}

async function failure(promise: Promise<unknown>): Promise<CorpusError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CorpusError);
  return error as CorpusError;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the schema bounds every number and string it accepts', () => {
  it('rejects a layout coordinate that overflows the drawing (1e308), naming the limit', () => {
    const bad = corpus();
    bad.layout = { positions: { 'sergey-lavrov': [1e308, -1e308] } };
    const error = corpusErrorOf(() => validateCorpus(bad));
    expect(error.message).toContain(
      'layout.positions.sergey-lavrov[0]: beyond the limit of ±1,000,000',
    );
    expect(error.message).toContain('layout.positions.sergey-lavrov[1]');
    const fine = corpus();
    fine.layout = { positions: { 'sergey-lavrov': [-999_999.5, 1e6] } };
    expect(validateCorpus(fine).layout?.positions['sergey-lavrov']).toEqual([-999_999.5, 1e6]);
  });

  it('rejects a 2 MB actor name, naming the limit', () => {
    const bad = corpus();
    (bad.actors[0] as { name: string }).name = 'L'.repeat(2_000_000);
    expect(corpusErrorOf(() => validateCorpus(bad)).message).toContain(
      'actors[0].name: longer than the limit of 1,000 characters',
    );
  });

  it('rejects too many records before checking any of them, in both load paths', () => {
    const bad = corpus();
    bad.quotes = new Array(CORPUS_LIMITS.quotes + 1).fill(null);
    const expected = 'The corpus has 1,000,001 quotes, more than the limit of 1,000,000.';
    const onThread = corpusErrorOf(() => validateCorpus(bad));
    expect(onThread.kind).toBe('limit');
    expect(onThread.message).toBe(expected);
    const sent: PieceMessage[] = [];
    expect(corpusErrorOf(() => validateInPieces(bad, (m) => sent.push(m))).message).toBe(expected);
    expect(sent).toEqual([]);
  });

  it('refuses millions of tiny records before JSON.parse can exhaust the memory', () => {
    const tiny = `{"version":1,"quotes":[${'{},'.repeat(CORPUS_LIMITS.structures)}{}]}`;
    const error = corpusErrorOf(() => parseJsonText(tiny));
    expect(error.kind).toBe('limit');
    expect(error.message).toContain('more than 5,000,000 objects and lists');
    expect(parseJsonText('{"a":[{"b":"[{"}]}')).toEqual({ a: [{ b: '[{' }] });
  });

  it('rejects a date that no calendar has (2021-02-31), keeps leap days', () => {
    const bad = corpus();
    (bad.articles[0] as Record<string, unknown>).date = '2021-02-31';
    expect(corpusErrorOf(() => validateCorpus(bad)).message).toContain(
      'articles[0].date: not a real calendar date',
    );
    (bad.articles[0] as Record<string, unknown>).date = '2021-13-01';
    expect(corpusErrorOf(() => validateCorpus(bad)).message).toContain('not a real calendar date');
    (bad.articles[0] as Record<string, unknown>).date = '2024-02-29';
    expect(validateCorpus(bad).articles[0]?.date).toBe('2024-02-29');
  });

  it('strips bidi controls from names and titles on load (U+202E would reverse them)', () => {
    const bad = corpus();
    (bad.actors[0] as Record<string, unknown>).name = '\u202EvorvaL yegreS';
    (bad.actors[0] as Record<string, unknown>).aliases = ['\u2067Lavrov\u2069'];
    (bad.articles[0] as Record<string, unknown>).title = 'Title \u202Bx\u202C';
    const loaded = validateCorpus(bad);
    expect(loaded.actors[0]?.name).toBe('vorvaL yegreS');
    expect(loaded.actors[0]?.aliases).toEqual(['Lavrov']);
    expect(loaded.articles[0]?.title).toBe('Title x');
  });
});

describe('the worker sends nothing it has not validated', () => {
  it('quotes: [null, …] gets the schema message, and no quote chunk reaches the page', () => {
    const bad = corpus();
    bad.quotes[0] = null;
    const sent: PieceMessage[] = [];
    const error = corpusErrorOf(() =>
      validateInPieces(bad, (m) => sent.push(structuredClone(m)), 3),
    );
    expect(error.message).toContain('quotes[0]: Invalid input: expected object, received null');
    expect(sent.map((m) => m.type)).toEqual(['head']);
  });

  it('a bad record in a later chunk stops the stream before that chunk', () => {
    const bad = corpus();
    (bad.quotes[4] as { start: number }).start = -1;
    const sent: PieceMessage[] = [];
    const error = corpusErrorOf(() =>
      validateInPieces(bad, (m) => sent.push(structuredClone(m)), 2),
    );
    expect(error.message).toContain('quotes[4].start');
    const quotes = sent.flatMap((m) => (m.type === 'quotes' ? m.quotes : []));
    expect(quotes).toHaveLength(4);
    expect(quotes.every((q) => q.start >= 0)).toBe(true);
  });
});

function stubFetch(respond: (url: string, init?: RequestInit) => Promise<Response>) {
  const fn = vi.fn(respond);
  vi.stubGlobal('fetch', fn);
  return fn;
}

describe('the download refuses what it must not load', () => {
  it('refuses bytes that are not UTF-8, naming the byte, instead of showing U+FFFD', async () => {
    const good = new TextEncoder().encode(JSON.stringify(corpus()));
    const at = good.indexOf(0xd0); // a Cyrillic letter: replace its lead byte with garbage
    const bad = good.slice();
    bad[at] = 0xff;
    stubFetch(() => Promise.resolve(new Response(bad)));
    const error = await failure(fetchCorpus('c.json'));
    expect(error.kind).toBe('encoding');
    expect(error.message).toBe(
      `c.json is not valid UTF-8 text (invalid bytes at byte ${at}). Save the corpus as UTF-8.`,
    );
  });

  it('refuses a body announced or streamed over the byte limit', async () => {
    stubFetch(() =>
      Promise.resolve(
        new Response('{}', { headers: { 'content-length': String(CORPUS_LIMITS.bytes + 1) } }),
      ),
    );
    const announced = await failure(fetchCorpusText('big.json'));
    expect(announced.kind).toBe('limit');
    expect(announced.message).toBe('big.json is larger than the limit of 200 MB for a corpus.');

    // No Content-Length: the same 1 MB chunk again and again, until the reader gives up.
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let pulled = 0;
    stubFetch(() =>
      Promise.resolve(
        new Response(
          new ReadableStream<Uint8Array>({
            pull(controller) {
              pulled++;
              controller.enqueue(chunk);
            },
          }),
        ),
      ),
    );
    const streamed = await failure(fetchCorpusText('endless.json'));
    expect(streamed.message).toBe('endless.json is larger than the limit of 200 MB for a corpus.');
    expect(pulled).toBeLessThan(210);
  });

  it('refuses a response that a redirect brought from a refused origin', async () => {
    stubFetch(() => {
      const response = new Response(JSON.stringify(corpus()));
      Object.defineProperty(response, 'url', { value: 'http://evil.example/c.json' });
      return Promise.resolve(response);
    });
    const error = await failure(
      fetchCorpusText('https://app.example/c.json', {
        allowed: (href) => corpusOriginAllowed(href, 'https://app.example', []),
      }),
    );
    expect(error.kind).toBe('origin');
    expect(error.message).toBe(
      'Refused https://app.example/c.json: the server redirected to http://evil.example, which this site does not load corpora from.',
    );
  });
});

describe('the download times out', () => {
  it('when the server never answers', async () => {
    stubFetch(() => new Promise<Response>(() => {}));
    const error = await failure(fetchCorpusText('slow.json', { timeouts: { responseMs: 40 } }));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('slow.json did not answer within 40 ms.');
  });

  it('when the body stalls, and when it drips on past the total time', async () => {
    const stalled = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"version":'));
          },
        }),
      );
    stubFetch(() => Promise.resolve(stalled()));
    const stall = await failure(fetchCorpusText('stall.json', { timeouts: { idleMs: 40 } }));
    expect(stall.kind).toBe('timeout');
    expect(stall.message).toBe('stall.json stopped sending data for 40 ms.');

    const dripping = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          async pull(controller) {
            await new Promise((resolve) => setTimeout(resolve, 5));
            controller.enqueue(new Uint8Array([0x20]));
          },
        }),
      );
    stubFetch(() => Promise.resolve(dripping()));
    const drip = await failure(
      fetchCorpusText('drip.json', { timeouts: { idleMs: 1000, totalMs: 120 } }),
    );
    expect(drip.kind).toBe('timeout');
    expect(drip.message).toBe('The download of drip.json took longer than 120 ms.');
  });
});

describe('the content security policy', () => {
  it('allows corpora from its own origin, loopback and the configured hosts only', () => {
    const page = 'https://app.example';
    const extra = ['https://data.example'];
    expect(corpusOriginAllowed(new URL('https://data.example/c.json'), page, extra)).toBe(true);
    expect(corpusOriginAllowed(new URL('https://other.example/c.json'), page, extra)).toBe(false);
    expect(corpusOriginAllowed(new URL('http://data.example/c.json'), page, extra)).toBe(false);
    const built = contentSecurityPolicy({ dev: false, corpusOrigins: extra });
    expect(built).toContain("connect-src 'self' https://data.example http://localhost:*");
    expect(built).not.toContain('unsafe-inline');
    expect(built).not.toMatch(/connect-src[^;]* https:(?!\/\/)/);
    expect(contentSecurityPolicy({ dev: true, corpusOrigins: [] })).toContain("'unsafe-inline'");
  });
});

describe('a statement is bounded by the articles that can report it', () => {
  const statement = (reports: number) => ({
    id: 's:q0',
    speakerId: 'a',
    text: 'Words.',
    quoteIds: Array.from({ length: reports }, (_, i) => `q${i}`),
    firstDate: null,
    outlets: [],
  });

  it('takes more reports than the per-list limit (agency copy in thousands of articles)', () => {
    expect(StatementSchema.safeParse(statement(CORPUS_LIMITS.listItems + 1)).success).toBe(true);
  });

  it('rejects more reports than there can be articles, naming the limit', () => {
    const result = StatementSchema.safeParse(statement(CORPUS_LIMITS.articles + 1));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('100,000');
  });
});
