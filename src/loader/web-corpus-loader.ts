import { CorpusError } from '../corpus/corpus-error.ts';
import { parseJsonText } from '../corpus/parse-corpus.ts';
import type { ArticleId, Quote } from '../corpus/schema.ts';
import type { SlimCorpus } from '../corpus/slim-corpus.ts';
import {
  assembleWebCorpus,
  checkHead,
  checkManifest,
  checkQuoteShard,
  checkTextShard,
  textShardOf,
} from '../corpus/web-corpus.ts';
import type { WebHead } from '../corpus/web-schema.ts';
import { fetchCorpusText, type FetchCorpusOptions, type LoadProgress } from './fetch-corpus.ts';

/**
 * Loads a web corpus (src/corpus/web-schema.ts) from its parsed manifest: head.json and every
 * quote shard at once (the browser spreads them over its connections), each validated as it
 * arrives and in order, then the cross-record checks over the whole; the article bodies stay
 * on the server until `articleText` asks for one. Used by the corpus worker and by the
 * one-thread path alike, so both accept and reject exactly the same files.
 */

export interface WebCorpusLoad {
  /** Everything but the bodies, validated. */
  corpus: SlimCorpus;
  /** The body of an article, fetched (one text shard) and validated on first use. */
  articleText(id: ArticleId): Promise<string | null>;
}

export interface LoadWebCorpusOptions extends Pick<FetchCorpusOptions, 'signal' | 'allowed'> {
  onProgress?: (progress: LoadProgress) => void;
  /** Each shard's quotes once validated, in shard order (the worker streams them on). */
  onQuotes?: (quotes: Quote[]) => void;
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

/**
 * Loads the web corpus whose manifest (already parsed) came from `manifestHref`. Resolves
 * once every quote shard has passed; rejects with the CorpusError of the first file at fault.
 */
export async function loadWebCorpus(
  manifestValue: unknown,
  manifestHref: string,
  options: LoadWebCorpusOptions = {},
): Promise<WebCorpusLoad> {
  const manifest = checkManifest(manifestValue);
  const base = { ...options.fetchOptions, signal: options.signal, allowed: options.allowed };
  const files = [manifest.head, ...manifest.quoteShards];
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  const loaded = files.map(() => 0);
  const report = () =>
    options.onProgress?.({ loaded: loaded.reduce((sum, n) => sum + n, 0), total });
  const downloads = files.map((entry, i) =>
    fetchShardJson(manifestHref, entry.file, {
      ...base,
      onProgress: (p) => {
        loaded[i] = p.loaded;
        report();
      },
    }),
  );
  // Each is awaited in order below; until then a failure must not count as unhandled.
  for (const download of downloads) download.catch(() => {});
  const [headDownload, ...quoteDownloads] = downloads;
  if (!headDownload) throw new Error('no head download');
  const head: WebHead = checkHead(manifest, await headDownload);
  const shards: Quote[][] = [];
  for (const [n, download] of quoteDownloads.entries()) {
    const quotes = checkQuoteShard(manifest, n, await download);
    shards.push(quotes);
    options.onQuotes?.(quotes);
  }
  const corpus = assembleWebCorpus(manifest, head, shards);

  const articleIndex = new Map<string, number>(head.articles.map((a, i) => [a.id, i]));
  const textShards = new Map<number, Promise<string[]>>();
  const articleText = async (id: ArticleId): Promise<string | null> => {
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
      }).then((value) => checkTextShard(manifest, head, place.shard, value));
      textShards.set(place.shard, shard);
      // A failed shard is asked for again next time (the network may be back).
      shard.catch(() => textShards.delete(place.shard));
    }
    return (await shard)[place.offset] ?? null;
  };
  return { corpus, articleText };
}
