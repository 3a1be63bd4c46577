import type { z } from 'zod';
import { CorpusError } from './corpus-error.ts';
import { formatIssuePath } from './parse-corpus.ts';
import { refineCorpusReferences, type Corpus, type Quote } from './schema.ts';
import { slimArticle, type SlimCorpus } from './slim-corpus.ts';
import {
  QuoteShardSchema,
  TextShardSchema,
  WEB_FORMAT,
  WEB_VERSION,
  WebArticlesSchema,
  WebHeadSchema,
  WebManifestSchema,
  type ShardEntry,
  type WebArticles,
  type WebHead,
  type WebManifest,
} from './web-schema.ts';

/**
 * The web corpus (web-schema.ts) both ways: the writer (a corpus to its files) for the ingest
 * CLI and the build, and the reader's pure checks (one shard at a time, then the cross-record
 * rules over the whole) for the app. No I/O here; the loader fetches.
 */

/** Quotes per shard: one shard parses and validates in a few tens of milliseconds. */
export const QUOTES_PER_SHARD = 5000;
/** Article bodies per text shard: one open article costs one small download. */
export const TEXTS_PER_SHARD = 50;

export const MANIFEST_FILE = 'manifest.json';
export const HEAD_FILE = 'head.json';
export const ARTICLES_FILE = 'articles.json';
/** The graph summary's name (src/graph/graph-summary.ts writes its bytes). */
export const GRAPH_FILE = 'graph.bin';

/** One file of a web corpus: its name (beside the manifest) and its JSON text or its bytes. */
export type WebFile = { file: string; text: string } | { file: string; bytes: Uint8Array };

export interface WebCorpusOptions {
  quotesPerShard?: number;
  textsPerShard?: number;
}

const pad = (n: number) => String(n).padStart(3, '0');

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/**
 * Cuts a validated corpus into its web files: the manifest first, then head.json, graph.bin
 * (`graphSummary`: the bytes src/graph/graph-summary.ts makes of this corpus), articles.json,
 * the quote shards and the text shards. Deterministic (same corpus, same bytes). Pure; does not
 * mutate `corpus`.
 */
export function toWebCorpus(
  corpus: Corpus,
  graphSummary: Uint8Array,
  options: WebCorpusOptions = {},
): WebFile[] {
  const quotesPer = Math.max(1, Math.floor(options.quotesPerShard ?? QUOTES_PER_SHARD));
  const textsPer = Math.max(1, Math.floor(options.textsPerShard ?? TEXTS_PER_SHARD));
  const head: WebHead = { actors: corpus.actors };
  if (corpus.layout) head.layout = corpus.layout;
  const articles: WebArticles = {
    articles: corpus.articles.map((a) => ({ ...slimArticle(a), textLength: a.text.length })),
    rejected: corpus.rejected,
  };
  if (corpus.statements) articles.statements = corpus.statements;
  const entry = (file: string, text: string, count: number): [ShardEntry, WebFile] => [
    { file, count, bytes: utf8Bytes(text) },
    { file, text },
  ];
  const [headEntry, headFile] = entry(HEAD_FILE, JSON.stringify(head), corpus.actors.length);
  const graphEntry: ShardEntry = {
    file: GRAPH_FILE,
    count: corpus.actors.length,
    bytes: graphSummary.byteLength,
  };
  const [articlesEntry, articlesFile] = entry(
    ARTICLES_FILE,
    JSON.stringify(articles),
    corpus.articles.length,
  );
  const files: WebFile[] = [headFile, { file: GRAPH_FILE, bytes: graphSummary }, articlesFile];
  const quoteShards: ShardEntry[] = [];
  for (let at = 0, n = 0; at < corpus.quotes.length; at += quotesPer, n += 1) {
    const quotes = corpus.quotes.slice(at, at + quotesPer);
    const [e, f] = entry(`quotes-${pad(n)}.json`, JSON.stringify({ quotes }), quotes.length);
    quoteShards.push(e);
    files.push(f);
  }
  const textShards: ShardEntry[] = [];
  for (let at = 0, n = 0; at < corpus.articles.length; at += textsPer, n += 1) {
    const texts = corpus.articles.slice(at, at + textsPer).map((a) => a.text);
    const [e, f] = entry(`texts-${pad(n)}.json`, JSON.stringify({ texts }), texts.length);
    textShards.push(e);
    files.push(f);
  }
  const manifest: WebManifest = {
    format: WEB_FORMAT,
    version: WEB_VERSION,
    corpusVersion: corpus.version,
    counts: {
      articles: corpus.articles.length,
      actors: corpus.actors.length,
      quotes: corpus.quotes.length,
      rejected: corpus.rejected.length,
    },
    head: headEntry,
    graph: graphEntry,
    articles: articlesEntry,
    quoteShards,
    textShards,
  };
  return [{ file: MANIFEST_FILE, text: `${JSON.stringify(manifest, null, 2)}\n` }, ...files];
}

/**
 * Whether a parsed JSON value claims to be a web manifest (its `format` field). A sniff only:
 * the manifest is validated by `checkManifest`. Pure.
 */
export function looksLikeWebManifest(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<string, unknown>).format === WEB_FORMAT
  );
}

/** `file: path: message` lines, at most five, the way the single-file errors read. */
function shardIssues(file: string, issues: readonly z.core.$ZodIssue[]): string {
  const lines = issues
    .slice(0, 5)
    .map((issue) => `${file}: ${formatIssuePath(issue.path) || '(root)'}: ${issue.message}`);
  if (issues.length > 5) lines.push(`… and ${issues.length - 5} more problems`);
  return lines.join('\n');
}

function checked<T>(schema: z.ZodType<T>, file: string, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new CorpusError(
      'schema',
      `The corpus does not match the format:\n${shardIssues(file, result.error.issues)}`,
    );
  }
  return result.data;
}

function countMismatch(file: string, what: string, found: number, expected: number): CorpusError {
  return new CorpusError(
    'schema',
    `The corpus does not match the format:\n${file}: holds ${found} ${what}, the manifest says ${expected}.`,
  );
}

/** The validated manifest, or a CorpusError naming the field at fault. Pure. */
export function checkManifest(value: unknown, file = MANIFEST_FILE): WebManifest {
  const manifest = checked(WebManifestSchema, file, value);
  const quotes = manifest.quoteShards.reduce((sum, s) => sum + s.count, 0);
  if (quotes !== manifest.counts.quotes) {
    throw countMismatch(file, 'quotes in its shards', quotes, manifest.counts.quotes);
  }
  const texts = manifest.textShards.reduce((sum, s) => sum + s.count, 0);
  if (texts !== manifest.counts.articles) {
    throw countMismatch(file, 'article bodies in its shards', texts, manifest.counts.articles);
  }
  if (manifest.articles.count !== manifest.counts.articles) {
    throw countMismatch(
      file,
      'articles in its articles file',
      manifest.articles.count,
      manifest.counts.articles,
    );
  }
  return manifest;
}

/** The validated head: as many actors as the manifest says. Pure. */
export function checkHead(manifest: WebManifest, value: unknown): WebHead {
  const file = manifest.head.file;
  const head = checked(WebHeadSchema, file, value);
  if (head.actors.length !== manifest.counts.actors)
    throw countMismatch(file, 'actors', head.actors.length, manifest.counts.actors);
  return head;
}

/** The validated articles, rejected files and statements; counts as the manifest says. Pure. */
export function checkArticles(manifest: WebManifest, value: unknown): WebArticles {
  const file = manifest.articles.file;
  const records = checked(WebArticlesSchema, file, value);
  for (const field of ['articles', 'rejected'] as const) {
    if (records[field].length !== manifest.counts[field]) {
      throw countMismatch(file, field, records[field].length, manifest.counts[field]);
    }
  }
  return records;
}

/** The validated quotes of quote shard `n`; as many as the manifest says. Pure. */
export function checkQuoteShard(manifest: WebManifest, n: number, value: unknown): Quote[] {
  const entry = manifest.quoteShards[n];
  if (!entry) throw new RangeError(`no quote shard ${n}`);
  const { quotes } = checked(QuoteShardSchema, entry.file, value);
  if (quotes.length !== entry.count) {
    throw countMismatch(entry.file, 'quotes', quotes.length, entry.count);
  }
  return quotes;
}

/**
 * Where the body of article number `articleIndex` lives: its text shard and its place there,
 * or null when there is no such article. Pure.
 */
export function textShardOf(
  manifest: WebManifest,
  articleIndex: number,
): { shard: number; offset: number } | null {
  let first = 0;
  for (let shard = 0; shard < manifest.textShards.length; shard += 1) {
    const entry = manifest.textShards[shard];
    if (!entry) break;
    if (articleIndex < first + entry.count) return { shard, offset: articleIndex - first };
    first += entry.count;
  }
  return null;
}

/**
 * The validated bodies of text shard `n`: as many as the manifest says, each exactly as long
 * as head.json announced (the quote spans were checked against those lengths). Pure.
 */
export function checkTextShard(
  manifest: WebManifest,
  head: Pick<WebArticles, 'articles'>,
  n: number,
  value: unknown,
): string[] {
  const entry = manifest.textShards[n];
  if (!entry) throw new RangeError(`no text shard ${n}`);
  const { texts } = checked(TextShardSchema, entry.file, value);
  if (texts.length !== entry.count) {
    throw countMismatch(entry.file, 'article bodies', texts.length, entry.count);
  }
  const first = manifest.textShards.slice(0, n).reduce((sum, s) => sum + s.count, 0);
  texts.forEach((text, i) => {
    const expected = head.articles[first + i]?.textLength;
    if (text.length !== expected) {
      throw new CorpusError(
        'schema',
        `The corpus does not match the format:\n${entry.file}: texts[${i}]: ${text.length} characters, ${manifest.articles.file} says ${expected ?? 'no such article'}.`,
      );
    }
  });
  return texts;
}

/**
 * The corpus the explorer holds (no bodies), from a checked head and every quote shard in
 * order, once the cross-record rules of the single-file corpus hold: unique ids, references
 * that resolve, spans inside their article. An issue names the shard and the record in it
 * (`quotes-003.json: quotes[12].speakerId: …`). Pure; the records are shared, not copied.
 */
export function assembleWebCorpus(
  manifest: WebManifest,
  head: WebHead,
  records: WebArticles,
  quoteShards: readonly (readonly Quote[])[],
): SlimCorpus {
  const quotes: Quote[] = [];
  const shardStarts: number[] = [];
  for (const shard of quoteShards) {
    shardStarts.push(quotes.length);
    for (const quote of shard) quotes.push(quote);
  }
  const articles = records.articles.map(({ textLength, ...article }) => ({
    article,
    ref: { id: article.id, text: { length: textLength } },
  }));
  const issues: string[] = [];
  refineCorpusReferences(
    {
      version: manifest.corpusVersion,
      articles: articles.map((a) => a.ref),
      actors: head.actors,
      quotes,
      rejected: records.rejected,
      ...(records.statements ? { statements: records.statements } : {}),
    },
    {
      addIssue: (issue) => {
        if (typeof issue === 'string' || issues.length > 5) return;
        issues.push(locate(manifest, shardStarts, issue.path ?? [], issue.message ?? ''));
      },
    },
  );
  if (issues.length > 0) {
    const lines = issues.slice(0, 5);
    if (issues.length > 5) lines.push('… and more problems');
    throw new CorpusError('schema', `The corpus does not match the format:\n${lines.join('\n')}`);
  }
  const corpus: SlimCorpus = {
    version: manifest.corpusVersion,
    articles: articles.map((a) => a.article),
    actors: head.actors,
    quotes,
    rejected: records.rejected,
  };
  if (head.layout) corpus.layout = head.layout;
  if (records.statements) corpus.statements = records.statements;
  return corpus;
}

/** An issue of the whole corpus, as `file: path: message` in the file that holds the record. */
function locate(
  manifest: WebManifest,
  shardStarts: readonly number[],
  path: readonly PropertyKey[],
  message: string,
): string {
  const [field, at, ...rest] = path;
  if (field === 'quotes' && typeof at === 'number') {
    let n = 0;
    while (n + 1 < shardStarts.length && (shardStarts[n + 1] ?? Infinity) <= at) n += 1;
    const file = manifest.quoteShards[n]?.file ?? manifest.head.file;
    const local = at - (shardStarts[n] ?? 0);
    return `${file}: ${formatIssuePath(['quotes', local, ...rest])}: ${message}`;
  }
  // Actors are the head's; articles, rejected files and statements are articles.json's.
  const file = field === 'actors' ? manifest.head.file : manifest.articles.file;
  return `${file}: ${formatIssuePath(path) || '(root)'}: ${message}`;
}
