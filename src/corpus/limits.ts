/**
 * What the app accepts from a corpus, whoever made it. A corpus from `?corpus=` is untrusted:
 * these bounds keep one shared link from freezing or crashing the reader's tab. Every limit is
 * named in the message that rejects it, and listed in the README (## Limits).
 * No zod here, so the page can read them without loading the validator.
 */
export const CORPUS_LIMITS = {
  /** Bytes of the corpus file (the 20,000-article benchmark corpus is about 60 MB). */
  bytes: 200 * 1024 * 1024,
  articles: 100_000,
  actors: 100_000,
  /** The 20,000-article benchmark corpus has about 120,000. */
  quotes: 1_000_000,
  rejected: 100_000,
  /**
   * `{` and `[` in the file, counted before JSON.parse: millions of tiny records (`{},`) would
   * exhaust the worker's memory while parsing, before any record count could be checked. A
   * corpus at the record limits holds about 2.5 million objects and lists.
   */
  structures: 5_000_000,
  /**
   * Characters of one article body: the ingest's file limit (10 MiB), so every article the
   * ingest accepts loads (UTF-8 never has fewer bytes than characters).
   */
  articleText: 10 * 1024 * 1024,
  /** Characters of a quote's text. */
  quoteText: 100_000,
  /** Characters of an id, a name, an alias, a title, an outlet, a role, a cue or a file name. */
  label: 1_000,
  /** Characters of a rejection reason. */
  reason: 10_000,
  /** Aliases per actor, mentions per quote. */
  listItems: 1_000,
  /** Largest absolute layout coordinate (ingest layouts span a few thousand units). */
  coordinate: 1_000_000,
} as const;

/**
 * Record counts of a web corpus (web-schema.ts), which loads in pieces: each file is still held
 * to CORPUS_LIMITS.bytes, but the whole may be ten times the single file's (a 200,000-article
 * archive has about 1.2 million quotes).
 */
export const WEB_CORPUS_LIMITS = {
  articles: 1_000_000,
  actors: CORPUS_LIMITS.actors,
  quotes: 10_000_000,
  rejected: 1_000_000,
} as const;

/** How long a download may keep the user waiting. */
export const DOWNLOAD_TIMEOUTS = {
  /** From the request to the response headers. */
  responseMs: 30_000,
  /** Longest silence between two chunks of the body. */
  idleMs: 30_000,
  /** The whole download, however steadily the bytes drip in. */
  totalMs: 5 * 60_000,
} as const;

/** `200 MB` style, for limit messages. */
export function formatLimitBytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
