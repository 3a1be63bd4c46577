import { z } from 'zod';
import { CORPUS_LIMITS as LIMITS, WEB_CORPUS_LIMITS as WEB } from './limits.ts';
import {
  ActorSchema,
  ArticleSchema,
  CORPUS_VERSION,
  LayoutSchema,
  QuoteSchema,
  RejectedSchema,
  StatementSchema,
} from './schema.ts';

/**
 * The web corpus contract: the same records as the single-file corpus (schema.ts), cut into
 * files a browser can load as it needs them. `manifest.json` names every file; `head.json` and
 * `graph.bin` hold what the first picture needs (actors, layout, and the graphs as binary
 * columns: src/graph/graph-summary.ts); `articles.json` (articles without
 * bodies, rejected files, statements) and the quote shards follow once the picture is up; text
 * shards hold the article bodies, fetched when a reader opens one.
 */

/** The `format` field that tells a manifest from a single-file corpus. */
export const WEB_FORMAT = 'quotegraph-web';
/** Version of the web layout (manifest and shard shapes); readers reject unknown versions. */
export const WEB_VERSION = 2;

/**
 * A shard's file name: relative, one path segment, so a manifest can only name files beside
 * itself (never another origin, never a parent folder).
 */
const shardFile = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}\.(?:json|bin)$/, 'expected a file name like quotes-000.json');

const count = (limit: number) =>
  z
    .number()
    .int()
    .nonnegative()
    .max(limit, `more than the limit of ${limit.toLocaleString('en')}`);

const ShardEntrySchema = z.object({
  file: shardFile,
  /** Records in the shard: quotes, or article bodies (in article order). */
  count: count(WEB.quotes),
  /** Bytes of the file as written (for progress; not trusted for anything else). */
  bytes: count(LIMITS.bytes),
});
export type ShardEntry = z.infer<typeof ShardEntrySchema>;

export const WebManifestSchema = z.object({
  format: z.literal(WEB_FORMAT),
  version: z.literal(WEB_VERSION),
  corpusVersion: z.literal(CORPUS_VERSION),
  counts: z.object({
    articles: count(WEB.articles),
    actors: count(WEB.actors),
    quotes: count(WEB.quotes),
    rejected: count(WEB.rejected),
  }),
  head: ShardEntrySchema,
  /** The graph summary (binary); its `count` is the number of actors. */
  graph: ShardEntrySchema,
  articles: ShardEntrySchema,
  quoteShards: z.array(ShardEntrySchema).max(WEB.quotes),
  textShards: z.array(ShardEntrySchema).max(WEB.articles),
});
export type WebManifest = z.infer<typeof WebManifestSchema>;

/** An article in the head: no body, but its length, so quote spans are checked up front. */
export const HeadArticleSchema = ArticleSchema.omit({ text: true }).extend({
  textLength: z.number().int().nonnegative().max(LIMITS.articleText),
});
export type HeadArticle = z.infer<typeof HeadArticleSchema>;

const list = <T extends z.ZodType>(item: T, limit: number) =>
  z.array(item).max(limit, `more than the limit of ${limit.toLocaleString('en')} entries`);

/** What the first picture needs besides graph.bin: nothing per quote. */
export const WebHeadSchema = z.object({
  actors: list(ActorSchema, WEB.actors),
  layout: LayoutSchema.optional(),
});
export type WebHead = z.infer<typeof WebHeadSchema>;

/** The rest of the records but the quotes, loaded after the first picture. */
export const WebArticlesSchema = z.object({
  articles: list(HeadArticleSchema, WEB.articles),
  rejected: list(RejectedSchema, WEB.rejected),
  statements: list(StatementSchema, WEB.quotes).optional(),
});
export type WebArticles = z.infer<typeof WebArticlesSchema>;

export const QuoteShardSchema = z.object({ quotes: list(QuoteSchema, LIMITS.quotes) });
export type QuoteShard = z.infer<typeof QuoteShardSchema>;

export const TextShardSchema = z.object({
  texts: list(
    z
      .string()
      .max(
        LIMITS.articleText,
        `longer than the limit of ${LIMITS.articleText.toLocaleString('en')} characters`,
      ),
    LIMITS.articles,
  ),
});
export type TextShard = z.infer<typeof TextShardSchema>;
