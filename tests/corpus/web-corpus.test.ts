import { describe, expect, it } from 'vitest';
import { fullActorGraph } from '../../src/loader/corpus-protocol.ts';
import { slimCorpus } from '../../src/corpus/slim-corpus.ts';
import { validateCorpus } from '../../src/corpus/parse-corpus.ts';
import type { Corpus } from '../../src/corpus/schema.ts';
import {
  assembleWebCorpus,
  checkArticles,
  checkHead,
  checkManifest,
  checkQuoteShard,
  checkTextShard,
  looksLikeWebManifest,
  textShardOf,
  type WebCorpusOptions,
  type WebFile,
} from '../../src/corpus/web-corpus.ts';
import { webCorpusFiles } from '../../src/graph/web-corpus-files.ts';
import type { WebManifest } from '../../src/corpus/web-schema.ts';
import { hubCorpus, smallCorpus } from '../fixtures/corpus/fixtures.ts';
import { corpusErrorOf } from '../loader/support.ts';

/** The JSON files parsed (graph.bin is tested in tests/graph/graph-summary.test.ts). */
function parsed(files: readonly WebFile[]): Map<string, unknown> {
  return new Map(
    files.flatMap((f) => ('text' in f ? [[f.file, JSON.parse(f.text) as unknown] as const] : [])),
  );
}

const toWebCorpus = (corpus: Corpus, options?: WebCorpusOptions) => webCorpusFiles(corpus, options);

/** What the app rebuilds from the files: the corpus without bodies, and every body. */
function readBack(files: Map<string, unknown>) {
  const manifest = checkManifest(files.get('manifest.json'));
  const head = checkHead(manifest, files.get(manifest.head.file));
  const records = checkArticles(manifest, files.get(manifest.articles.file));
  const shards = manifest.quoteShards.map((s, n) =>
    checkQuoteShard(manifest, n, files.get(s.file)),
  );
  const corpus = assembleWebCorpus(manifest, head, records, shards);
  const texts = manifest.textShards.flatMap((s, n) =>
    checkTextShard(manifest, records, n, files.get(s.file)),
  );
  return { manifest, corpus, texts };
}

const small = (): Corpus => validateCorpus(smallCorpus());

describe('toWebCorpus and its reader', () => {
  it('round-trips: the records, the graph and every body come back as they were', () => {
    const original = validateCorpus(hubCorpus(40));
    const files = toWebCorpus(original, { quotesPerShard: 7, textsPerShard: 3 });
    const { manifest, corpus, texts } = readBack(parsed(files));
    expect(manifest.quoteShards.length).toBe(Math.ceil(original.quotes.length / 7));
    expect(corpus).toEqual(slimCorpus(original));
    expect(texts).toEqual(original.articles.map((a) => a.text));
    const graph = (c: Parameters<typeof fullActorGraph>[0]) => {
      const g = fullActorGraph(c);
      return { nodes: g.nodes, edges: g.edges };
    };
    expect(graph(corpus)).toEqual(graph(original));
  });

  it('keeps the layout and statements, and is deterministic', () => {
    const original = small();
    expect(toWebCorpus(original)).toEqual(toWebCorpus(original));
    const { corpus } = readBack(parsed(toWebCorpus(original)));
    expect(corpus.layout).toEqual(original.layout);
    expect(corpus.statements).toEqual(original.statements);
  });

  it('starts with the manifest, which the sniff recognises and a corpus does not', () => {
    const [first] = toWebCorpus(small());
    expect(first?.file).toBe('manifest.json');
    expect(looksLikeWebManifest(JSON.parse(first && 'text' in first ? first.text : 'null'))).toBe(
      true,
    );
    expect(looksLikeWebManifest(smallCorpus())).toBe(false);
  });

  it('finds each article in its text shard', () => {
    const files = parsed(toWebCorpus(small(), { textsPerShard: 2 }));
    const manifest = checkManifest(files.get('manifest.json'));
    expect(textShardOf(manifest, 0)).toEqual({ shard: 0, offset: 0 });
    expect(textShardOf(manifest, 3)).toEqual({ shard: 1, offset: 1 });
    expect(textShardOf(manifest, manifest.counts.articles)).toBeNull();
  });
});

describe('web corpus checks', () => {
  const setUp = () => {
    const files = parsed(toWebCorpus(small(), { quotesPerShard: 2 }));
    const manifest = files.get('manifest.json') as WebManifest;
    return { files, manifest };
  };

  it("takes an archive past the single file's record limits, up to its own", () => {
    const { manifest } = setUp();
    // 200,000 articles make about 1.2 million quotes: over a single file's 1,000,000.
    const shards = (prefix: string, n: number, count: number) =>
      Array.from({ length: n }, (_, i) => ({ file: `${prefix}-${i}.json`, count, bytes: 1 }));
    const archive = (quotes: number) => ({
      ...manifest,
      counts: { ...manifest.counts, articles: 200_000, quotes },
      articles: { ...manifest.articles, count: 200_000 },
      quoteShards: shards('quotes', quotes / 1000, 1000),
      textShards: shards('texts', 200, 1000),
    });
    expect(checkManifest(archive(1_200_000)).counts.quotes).toBe(1_200_000);
    expect(corpusErrorOf(() => checkManifest(archive(10_001_000))).message).toContain(
      'more than the limit of 10,000,000',
    );
  });

  it('names the shard and the record of a bad field', () => {
    const { files, manifest } = setUp();
    const value = files.get('quotes-001.json') as { quotes: Record<string, unknown>[] };
    const quote = value.quotes[1];
    if (!quote) throw new Error('fixture too small');
    quote.start = -4;
    const m = checkManifest(manifest);
    const error = corpusErrorOf(() => checkQuoteShard(m, 1, value));
    expect(error.kind).toBe('schema');
    expect(error.message).toMatch(/^quotes-001\.json: quotes\[1\]\.start: /m);
  });

  it('names the shard and the record of a reference to an unknown actor', () => {
    const { files, manifest: raw } = setUp();
    const manifest = checkManifest(raw);
    const head = checkHead(manifest, files.get('head.json'));
    const records = checkArticles(manifest, files.get('articles.json'));
    const shards = manifest.quoteShards.map((s, n) =>
      checkQuoteShard(manifest, n, files.get(s.file)),
    );
    const victim = shards[2]?.[1];
    if (!victim) throw new Error('fixture too small');
    victim.speakerId = 'nobody' as typeof victim.speakerId;
    const error = corpusErrorOf(() => assembleWebCorpus(manifest, head, records, shards));
    expect(error.message).toContain('quotes-002.json: quotes[1].speakerId: unknown actor "nobody"');
  });

  it('refuses a shard with fewer records than the manifest says', () => {
    const { files, manifest } = setUp();
    const value = files.get('quotes-000.json') as { quotes: unknown[] };
    value.quotes.pop();
    const m = checkManifest(manifest);
    const error = corpusErrorOf(() => checkQuoteShard(m, 0, value));
    expect(error.message).toContain('quotes-000.json: holds 1 quotes, the manifest says 2');
  });

  it('refuses a body whose length is not the one the head announced', () => {
    const { files, manifest: raw } = setUp();
    const manifest = checkManifest(raw);
    const records = checkArticles(manifest, files.get('articles.json'));
    const value = files.get('texts-000.json') as { texts: string[] };
    value.texts[2] = `${value.texts[2] ?? ''}!`;
    const error = corpusErrorOf(() => checkTextShard(manifest, records, 0, value));
    expect(error.message).toMatch(
      /texts-000\.json: texts\[2\]: \d+ characters, articles\.json says \d+/,
    );
  });

  it('refuses a manifest naming a file outside its folder', () => {
    const { manifest } = setUp();
    const bad = { ...manifest, head: { ...manifest.head, file: '../secret.json' } };
    expect(corpusErrorOf(() => checkManifest(bad)).message).toMatch(
      /^manifest\.json: head\.file: /m,
    );
  });
});
