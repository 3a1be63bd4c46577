import type { Rejected } from '../corpus/schema.ts';

/**
 * The protocol between the page and the ingest worker (src/loader/ingest-worker.ts), imported
 * by both sides, and the pure arithmetic of its progress. Files travel as Blobs (a File is one):
 * the worker reads their bytes itself, so the page never holds or copies them.
 */

/** One dropped or picked file; `path` is its name inside the dropped folder, if any. */
export interface IngestFile {
  path: string;
  blob: Blob;
}

export type IngestRequest =
  /**
   * Starts a run of `total` files with its first batch; the rest follow as `files`. Files come
   * in path order ({@link byPath}: the page sorts them), so the worker extracts each batch as it
   * arrives and the corpus is the same however the files were dropped.
   */
  | { type: 'ingest'; requestId: number; total: number; files: IngestFile[] }
  | { type: 'files'; requestId: number; files: IngestFile[] }
  /**
   * The workspace "both": the corpus at `bundledHref` (the app's own corpus.json) merged with the
   * user's (`ownJson`), laid out; answered with `merged` or `error`.
   */
  | { type: 'merge'; requestId: number; bundledHref: string; ownJson: string }
  /** Stops the run between two files; the worker answers `cancelled`. */
  | { type: 'cancel'; requestId: number };

export interface IngestProgress {
  /**
   * What the worker is doing: reading the files, laying the graph out once all are read, or
   * writing the corpus text. The last two take seconds on 10,000 files, and a bar that sat at
   * "10,000 of 10,000" meanwhile would look hung.
   */
  stage: 'reading' | 'layout' | 'writing';
  /** Files looked at so far (ingested or rejected), of `total`. */
  done: number;
  total: number;
  /** Articles ingested so far. */
  articles: number;
  /** Actors in the graph being laid out (0 while reading). */
  actors: number;
  /** Share of the layout done, 0 to 1 (0 while reading, 1 once writing). */
  layoutShare: number;
  /** Since the run started. */
  elapsedMs: number;
}

export interface IngestSummary {
  articles: number;
  quotes: number;
  actors: number;
  rejected: Rejected[];
  elapsedMs: number;
  /** Where the worker's time went (for npm run bench): waiting on reads, extracting, layout, JSON. */
  phases?: { readMs: number; extractMs: number; layoutMs: number; serializeMs: number };
}

export type IngestReply =
  | ({ type: 'progress'; requestId: number } & IngestProgress)
  /** The whole corpus as JSON text (the contract of src/corpus/schema.ts), ready to store. */
  | { type: 'done'; requestId: number; corpusJson: string; summary: IngestSummary }
  | { type: 'merged'; requestId: number; corpusJson: string }
  | { type: 'cancelled'; requestId: number }
  | { type: 'error'; requestId: number; message: string };

/**
 * Name order, like the CLI's listing (a code-unit comparison, not the locale's), so the same
 * files give the same corpus however they were dropped or picked. A comparator for `sort`.
 */
export function byPath(a: IngestFile, b: IngestFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * Articles per second and the seconds left, from a progress report; null while too little has
 * happened to say (no file done, or under 50 ms). Time left assumes the remaining files go at
 * the rate so far. Pure.
 */
export function ingestRate(
  progress: Pick<IngestProgress, 'done' | 'total' | 'articles' | 'elapsedMs'>,
): { perSecond: number; secondsLeft: number } | null {
  if (progress.done === 0 || progress.elapsedMs < 50) return null;
  const filesPerMs = progress.done / progress.elapsedMs;
  return {
    perSecond: (progress.articles / progress.elapsedMs) * 1000,
    secondsLeft: (progress.total - progress.done) / filesPerMs / 1000,
  };
}
