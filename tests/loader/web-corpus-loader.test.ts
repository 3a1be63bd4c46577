// @vitest-environment happy-dom
// The one-thread path (jsdom has no Worker) reads a web corpus as the worker does.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CorpusError } from '../../src/corpus/corpus-error.ts';
import { validateCorpus } from '../../src/corpus/parse-corpus.ts';
import type { ArticleId } from '../../src/corpus/schema.ts';
import { slimCorpus } from '../../src/corpus/slim-corpus.ts';
import { webCorpusFiles, webFileData } from '../../src/graph/web-corpus-files.ts';
import { fullActorGraph } from '../../src/loader/corpus-protocol.ts';
import { loadCorpus } from '../../src/loader/load-corpus.ts';
import { hubCorpus } from '../fixtures/corpus/fixtures.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Serves `files` under /web/, and records which were asked for. */
function serve(files: Map<string, string | Uint8Array>) {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((input: string | URL) => {
      const url = new URL(String(input));
      const name = url.pathname.replace(/^\/web\//, '');
      asked.push(name);
      const body = files.get(name);
      return Promise.resolve(
        body === undefined
          ? new Response('missing', { status: 404, statusText: 'Not Found' })
          : new Response(typeof body === 'string' ? body : body.slice(), {
              headers: {
                'content-type':
                  typeof body === 'string' ? 'application/json' : 'application/octet-stream',
              },
            }),
      );
    }),
  );
  return asked;
}

const MANIFEST = 'http://localhost/web/manifest.json';
const original = validateCorpus(hubCorpus(30));
const webFiles = () =>
  new Map<string, string | Uint8Array>(
    webCorpusFiles(original, { quotesPerShard: 10, textsPerShard: 1 }).map((f) => [
      f.file,
      webFileData(f),
    ]),
  );
const textOf = (files: Map<string, string | Uint8Array>, name: string): string => {
  const body = files.get(name);
  if (typeof body !== 'string') throw new Error(`${name} is not text`);
  return body;
};

describe('loadCorpus of a web manifest', () => {
  it('loads every quote shard, but no body until one is asked for', async () => {
    const asked = serve(webFiles());
    const loaded = await loadCorpus(MANIFEST);
    expect(loaded.corpus).toEqual(slimCorpus(original));
    expect(loaded.fullGraph).toEqual(fullActorGraph(original));
    expect(asked).toContain('graph.bin');
    expect(asked.some((f) => f.startsWith('texts-'))).toBe(false);
    const article = original.articles[1];
    if (!article) throw new Error('fixture too small');
    expect(loaded.source.peekArticleText(article.id)).toBeUndefined();
    expect(await loaded.source.articleText(article.id)).toBe(article.text);
    expect(asked.filter((f) => f.startsWith('texts-'))).toEqual(['texts-001.json']);
    expect(loaded.source.peekArticleText(article.id)).toBe(article.text);
    expect(await loaded.source.articleText('nope' as ArticleId)).toBeNull();
  });

  it('rejects a corrupt quote shard with the shard and the record', async () => {
    const files = webFiles();
    const shard = JSON.parse(textOf(files, 'quotes-002.json')) as {
      quotes: Record<string, unknown>[];
    };
    const quote = shard.quotes[3];
    if (quote) quote.kind = 'shouted';
    files.set('quotes-002.json', JSON.stringify(shard));
    serve(files);
    const error: unknown = await loadCorpus(MANIFEST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).message).toMatch(/^quotes-002\.json: quotes\[3\]\.kind: /m);
  });

  it('names the shard that is missing or not JSON', async () => {
    const files = webFiles();
    files.delete('quotes-001.json');
    serve(files);
    const missing = await loadCorpus(MANIFEST).catch((e: unknown) => e);
    expect((missing as CorpusError).message).toBe(
      'Could not load quotes-001.json: HTTP 404 Not Found',
    );
    files.set('quotes-001.json', '{"quotes": [');
    serve(files);
    const broken = await loadCorpus(MANIFEST).catch((e: unknown) => e);
    expect((broken as CorpusError).kind).toBe('json');
    expect((broken as CorpusError).message).toMatch(
      /^quotes-001\.json: The corpus is not valid JSON/,
    );
  });

  it('rejects a graph summary that does not say what the quotes say', async () => {
    const files = webFiles();
    const bytes = files.get('graph.bin');
    if (!(bytes instanceof Uint8Array)) throw new Error('no graph.bin');
    // The last word is the last edge's last quote: point it at another quote.
    const words = new Int32Array(bytes.slice().buffer);
    const last = words.length - 1;
    words[last] = ((words[last] ?? 0) + 1) % original.quotes.length;
    files.set('graph.bin', new Uint8Array(words.buffer));
    serve(files);
    const error: unknown = await loadCorpus(MANIFEST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).message).toMatch(/^graph\.bin: the (full|view) graph is not/m);
  });

  it('rejects a body that fails its checks when it is opened', async () => {
    const files = webFiles();
    const texts = JSON.parse(textOf(files, 'texts-000.json')) as { texts: string[] };
    texts.texts[0] = 'short';
    files.set('texts-000.json', JSON.stringify(texts));
    serve(files);
    const loaded = await loadCorpus(MANIFEST);
    const id = original.articles[0]?.id;
    if (!id) throw new Error('fixture too small');
    await expect(loaded.source.articleText(id)).rejects.toThrow(
      /texts-000\.json: texts\[0\]: 5 characters/,
    );
  });
});
