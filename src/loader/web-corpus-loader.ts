import { CorpusError } from '../corpus/corpus-error.ts';
import { parseJsonText } from '../corpus/parse-corpus.ts';
import type { ArticleId, Quote } from '../corpus/schema.ts';
import type { SlimCorpus } from '../corpus/slim-corpus.ts';
import {
  assembleWebCorpus,
  checkArticles,
  checkHead,
  checkManifest,
  checkQuoteShard,
  checkTextShard,
  textShardOf,
} from '../corpus/web-corpus.ts';
import type { WebArticles, WebHead, WebManifest } from '../corpus/web-schema.ts';
import {
  decodeGraphSummary,
  summariseCorpus,
  summaryMismatch,
  type GraphSummary,
} from '../graph/graph-summary.ts';
import { fetchCorpusBytes, fetchCorpusText, type FetchCorpusOptions } from './fetch-corpus.ts';
import type { LoadProgress } from './read-body.ts';

/**
 * Loads a web corpus (src/corpus/web-schema.ts) from its parsed manifest in two steps. First
 * the picture: head.json (actors, layout) and graph.bin (the graphs as columns),
 * each validated. Then, when asked (`complete`), the rest: articles.json and every quote shard
 * at once (the browser spreads them over its connections), each validated as it arrives and in
 * order, then the cross-record checks over the whole, and the graph summary checked against
 * the graphs of the quotes. Article bodies stay on the server until `articleText` asks for one.
 * Used by the corpus worker and by the one-thread path alike, so both accept and reject
 * exactly the same files.
 */

export interface WebCorpusLoad {
  /** Everything but the bodies, validated. */
  corpus: SlimCorpus;
  /** The body of an article, fetched (one text shard) and validated on first use. */
  articleText(id: ArticleId): Promise<string | null>;
}

/** What the first picture needs, validated; `complete` loads and checks everything else. */
export interface WebCorpusPreview {
  manifest: WebManifest;
  head: WebHead;
  summary: GraphSummary;
  /** The bytes of graph.bin as fetched (the worker hands them to the page). */
  summaryBytes: ArrayBuffer;
  /** Starts the rest of the load; call once. */
  complete(options?: CompleteOptions): Promise<WebCorpusLoad>;
}

export interface CompleteOptions {
  /** Each shard's quotes once validated, in shard order. */
  onQuotes?: (quotes: Quote[]) => void;
}

export interface LoadWebCorpusOptions extends Pick<FetchCorpusOptions, 'signal' | 'allowed'> {
  onProgress?: (progress: LoadProgress) => void;
  /** Each download's options beyond these (tests pass short timeouts). */
  fetchOptions?: FetchCorpusOptions;
}

/** Fetches and parses one file beside the manifest; errors name the file. */
export async function fetchShardJson(
  manifestHref: string,
  file: string,
  options: FetchCorpusOptions & { onProgress?: (progress: LoadProgress) => void },
): Promise<unknown> {
  const text = await fetchCorpusText(new URL(file, manifestHref).href, { ...options, label: file });
  try {
    return parseJsonText(text);
  } catch (error) {
    if (error instanceof CorpusError)
      throw new CorpusError(error.kind, `${file}: ${error.message}`);
    throw error;
  }
}

/** Fetches one binary file beside the manifest as an ArrayBuffer of its own. */
async function fetchShardBytes(
  manifestHref: string,
  file: string,
  options: FetchCorpusOptions,
): Promise<ArrayBuffer> {
  const bytes = await fetchCorpusBytes(new URL(file, manifestHref).href, {
    ...options,
    label: file,
  });
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes.buffer as ArrayBuffer)
    : (bytes.slice().buffer as ArrayBuffer);
}

/**
 * Loads the picture of the web corpus whose manifest (already parsed) came from
 * `manifestHref`: head.json and graph.bin, both validated. Rejects with the CorpusError of the
 * first file at fault.
 */
export async function loadWebPreview(
  manifestValue: unknown,
  manifestHref: string,
  options: LoadWebCorpusOptions = {},
): Promise<WebCorpusPreview> {
  const manifest = checkManifest(manifestValue);
  const base = { ...options.fetchOptions, signal: options.signal, allowed: options.allowed };
  const rest = [manifest.articles, ...manifest.quoteShards];
  const total = [manifest.head, manifest.graph, ...rest].reduce((sum, f) => sum + f.bytes, 0);
  const loaded = new Map<string, number>();
  const report = () => {
    let sum = 0;
    for (const n of loaded.values()) sum += n;
    options.onProgress?.({ loaded: sum, total });
  };
  const progress = (file: string) => ({
    onProgress: (p: LoadProgress) => {
      loaded.set(file, p.loaded);
      report();
    },
  });
  const headDownload = fetchShardJson(manifestHref, manifest.head.file, {
    ...base,
    ...progress(manifest.head.file),
  });
  const graphDownload = fetchShardBytes(manifestHref, manifest.graph.file, base);
  graphDownload.catch(() => {});
  const head = checkHead(manifest, await headDownload);
  const summaryBytes = await graphDownload;
  loaded.set(manifest.graph.file, summaryBytes.byteLength);
  report();
  const counts = { actors: manifest.counts.actors, quotes: manifest.counts.quotes };
  const summary = decodeGraphSummary(summaryBytes, counts);

  let started = false;
  const complete = async (more: CompleteOptions = {}): Promise<WebCorpusLoad> => {
    if (started) throw new Error('complete() was called twice');
    started = true;
    const downloads = rest.map((entry) =>
      fetchShardJson(manifestHref, entry.file, { ...base, ...progress(entry.file) }),
    );
    // Each is awaited in order below; until then a failure must not count as unhandled.
    for (const download of downloads) download.catch(() => {});
    const [articlesDownload, ...quoteDownloads] = downloads;
    if (!articlesDownload) throw new Error('no articles download');
    const records: WebArticles = checkArticles(manifest, await articlesDownload);
    const shards: Quote[][] = [];
    for (const [n, download] of quoteDownloads.entries()) {
      const quotes = checkQuoteShard(manifest, n, await download);
      shards.push(quotes);
      more.onQuotes?.(quotes);
    }
    const corpus = assembleWebCorpus(manifest, head, records, shards);
    const mismatch = summaryMismatch(summary, summariseCorpus(corpus));
    if (mismatch) throw mismatch;
    return { corpus, articleText: bodies(manifest, records, manifestHref, options) };
  };
  return { manifest, head, summary, summaryBytes, complete };
}

/** `articleText` of a web corpus: one text shard fetched (and validated) per first use. */
function bodies(
  manifest: WebManifest,
  records: WebArticles,
  manifestHref: string,
  options: LoadWebCorpusOptions,
): WebCorpusLoad['articleText'] {
  const articleIndex = new Map<string, number>(records.articles.map((a, i) => [a.id, i]));
  const textShards = new Map<number, Promise<string[]>>();
  return async (id) => {
    const at = articleIndex.get(id);
    const place = at === undefined ? null : textShardOf(manifest, at);
    if (!place) return null;
    let shard = textShards.get(place.shard);
    if (!shard) {
      const entry = manifest.textShards[place.shard];
      if (!entry) return null;
      shard = fetchShardJson(manifestHref, entry.file, {
        ...options.fetchOptions,
        allowed: options.allowed,
      }).then((value) => checkTextShard(manifest, records, place.shard, value));
      textShards.set(place.shard, shard);
      // A failed shard is asked for again next time (the network may be back).
      shard.catch(() => textShards.delete(place.shard));
    }
    return (await shard)[place.offset] ?? null;
  };
}

/**
 * The whole web corpus at once: the picture's files, then everything else. Resolves once
 * every file has passed; rejects with the CorpusError of the first file at fault.
 */
export async function loadWebCorpus(
  manifestValue: unknown,
  manifestHref: string,
  options: LoadWebCorpusOptions & CompleteOptions = {},
): Promise<WebCorpusLoad> {
  const preview = await loadWebPreview(manifestValue, manifestHref, options);
  return preview.complete(options.onQuotes ? { onQuotes: options.onQuotes } : {});
}
