import { z } from 'zod';
import { buildActorQuoteTables } from '../corpus/actor-quotes.ts';
import { articleDates } from '../corpus/corpus-index.ts';
import {
  fullActorGraph,
  QUOTE_CHUNK_SIZE,
  type CorpusHead,
  type PieceMessage,
} from './corpus-protocol.ts';
import { CorpusError } from '../corpus/corpus-error.ts';
import { checkRecordCounts, validateCorpus } from '../corpus/parse-corpus.ts';
import {
  CorpusShapeSchema,
  QuoteSchema,
  refineCorpusReferences,
  type Corpus,
  type CorpusShape,
  type Quote,
} from '../corpus/schema.ts';
import { encodeGraph, graphTransferList } from './graph-transfer.ts';
import { encodeGraphSummary, summariseCorpus } from '../graph/graph-summary.ts';
import type { CorpusPreview } from './corpus-protocol.ts';
import { slimArticle, type SlimCorpus } from '../corpus/slim-corpus.ts';

/**
 * The worker's half of the corpus protocol (see corpus-protocol.ts): the validated corpus as
 * a head, chunks of quotes, the graph and the per-actor tables.
 */

const HeadSchema = CorpusShapeSchema.omit({ quotes: true });
const QuoteListSchema = z.array(QuoteSchema);

/** A corpus without its quotes, validated (what previewOfParsed hands to validateInPieces). */
export type ValidatedHead = z.infer<typeof HeadSchema>;

/** How validateInPieces may skip work done already. */
export interface PiecesOptions {
  /** The head as previewOfParsed validated it: not validated again. */
  head?: ValidatedHead;
  /** False when the page has the graph already (from a preview): none is built or sent. */
  sendGraph?: boolean;
}

/** Throws the canonical CorpusError of `validateCorpus`, whose message lists the first issues. */
function rejectLikeValidateCorpus(value: unknown): never {
  validateCorpus(value);
  // validateCorpus accepts what the pieces rejected: cannot happen with the same schema.
  throw new CorpusError('schema', 'The corpus does not match the format.');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates a parsed corpus with the schema of `CorpusSchema` and emits it in pieces for the
 * page: the head (validated; articles without bodies), the quotes in chunks of `chunkSize`,
 * the full actor graph (as buffers), then `done` with the per-actor quote tables.
 *
 * Nothing leaves unchecked: record counts are checked before anything is parsed, and each
 * chunk of quotes is validated just before it is sent (so the page deserialises one chunk
 * while the next is checked; a bad record stops the stream before its chunk). To overlap the
 * page's work with the rest, the graph is sent before the cross-record references are checked;
 * `done` comes only once they have passed. Until `done` the receiver must treat the pieces as
 * provisional, and discard them if an error comes instead: they are well-formed records, but
 * may name unknown actors or articles.
 *
 * Any problem anywhere is reported by running `validateCorpus` on the whole value, so the
 * CorpusError and its message are exactly those of the one-piece path. Returns the validated
 * corpus, bodies included. Pure apart from calling `emit`.
 */
export function validateInPieces(
  value: unknown,
  emit: (message: PieceMessage, transfer: ArrayBuffer[]) => void,
  chunkSize = QUOTE_CHUNK_SIZE,
  options: PiecesOptions = {},
): Corpus {
  if (!isRecord(value) || !Array.isArray(value.quotes)) rejectLikeValidateCorpus(value);
  checkRecordCounts(value);
  const rawQuotes: unknown[] = value.quotes;
  const head = options.head
    ? { success: true as const, data: options.head }
    : HeadSchema.safeParse(value);
  if (!head.success) rejectLikeValidateCorpus(value);
  const { articles, actors, rejected, layout, statements, version } = head.data;
  const slimHead: CorpusHead = {
    version,
    articles: articles.map(slimArticle),
    actors,
    rejected,
    quoteCount: rawQuotes.length,
  };
  if (layout) slimHead.layout = layout;
  if (statements) slimHead.statements = statements;
  emit({ type: 'head', head: slimHead }, []);

  const quotes: Quote[] = [];
  for (let at = 0; at < rawQuotes.length; at += chunkSize) {
    const checked = QuoteListSchema.safeParse(rawQuotes.slice(at, at + chunkSize));
    if (!checked.success) rejectLikeValidateCorpus(value);
    for (const quote of checked.data) quotes.push(quote);
    emit({ type: 'quotes', quotes: checked.data }, []);
  }
  try {
    if (options.sendGraph !== false) {
      const graph = encodeGraph(
        fullActorGraph({ actors, articles, quotes, statements }),
        actors,
        quotes,
      );
      emit({ type: 'graph', graph }, graphTransferList(graph));
    }
  } catch {
    // A quote names an unknown actor or article: the reference checks below say which.
  }

  const corpus: CorpusShape = { version, articles, actors, quotes, rejected };
  if (layout) corpus.layout = layout;
  if (statements) corpus.statements = statements;
  let broken = false;
  refineCorpusReferences(corpus, {
    addIssue: () => {
      broken = true;
    },
  });
  if (broken) rejectLikeValidateCorpus(value);

  const tables = buildActorQuoteTables(actors, quotes, articleDates(corpus));
  emit({ type: 'done', tables }, [
    tables.saidStart.buffer,
    tables.saidQuotes.buffer,
    tables.aboutStart.buffer,
    tables.aboutQuotes.buffer,
  ] as ArrayBuffer[]);
  return corpus;
}

/**
 * Below this many quotes a single-file corpus is validated before its first picture: the check
 * takes milliseconds there, and a preview would only draw the graph twice.
 */
export const PREVIEW_MIN_QUOTES = 2_000;

/** True when `value` has the fields a graph reads, naming only actors of `actorIds`. */
function graphReadable(value: unknown, actorIds: ReadonlySet<string>): boolean {
  if (!isRecord(value)) return false;
  const { id, articleId, speakerId, mentions } = value;
  return (
    typeof id === 'string' &&
    typeof articleId === 'string' &&
    typeof speakerId === 'string' &&
    actorIds.has(speakerId) &&
    Array.isArray(mentions) &&
    mentions.every((m) => typeof m === 'string' && actorIds.has(m))
  );
}

/**
 * The first picture of a parsed single-file corpus, in the web corpus's preview form, made
 * before its quotes are validated: the head (actors, articles, layout, statements) passes the
 * schema, and the graph summary is built from quotes only checked to have the fields a graph
 * reads and to name known actors. The page may draw it while `validateInPieces` checks
 * everything; like a web corpus's picture it is withdrawn if that fails, and nothing a quote
 * says is shown before then (names come from the validated actors). Returns the validated head
 * too, for `validateInPieces`. Null when the corpus has fewer than `minQuotes` quotes, or
 * anything fails (validation will then say what). Pure.
 */
export function previewOfParsed(
  value: unknown,
  minQuotes = PREVIEW_MIN_QUOTES,
): { preview: CorpusPreview; head: ValidatedHead } | null {
  if (!isRecord(value) || !Array.isArray(value.quotes)) return null;
  const rawQuotes: unknown[] = value.quotes;
  if (rawQuotes.length < minQuotes) return null;
  try {
    checkRecordCounts(value);
  } catch {
    return null;
  }
  const head = HeadSchema.safeParse(value);
  if (!head.success) return null;
  const { articles, actors, layout, statements, version } = head.data;
  const actorIds = new Set<string>(actors.map((a) => a.id));
  if (!rawQuotes.every((q) => graphReadable(q, actorIds))) return null;
  // Checked above: id, articleId, speakerId and mentions are strings, the actors known.
  const quotes = rawQuotes as Quote[];
  let bytes: Uint8Array;
  try {
    const summary = summariseCorpus({ actors, articles, quotes, statements });
    bytes = encodeGraphSummary(summary, { actors: actors.length, quotes: quotes.length });
  } catch {
    // Something the checks above do not cover (an unknown article): validation reports it.
    return null;
  }
  const preview: CorpusPreview = {
    version,
    actors,
    quoteCount: quotes.length,
    summary: bytes.slice().buffer,
  };
  if (layout) preview.layout = layout;
  return { preview, head: head.data };
}

/**
 * Emits an already validated corpus (a web corpus's shards, checked as they arrived) in the
 * pieces `validateInPieces` sends: head, quote chunks, the graph (unless `sendGraph` is false),
 * then `done` with the tables. Pure apart from calling `emit`; the typed arrays it emits are transferred, not copied.
 */
export function emitValidatedPieces(
  corpus: SlimCorpus,
  emit: (message: PieceMessage, transfer: ArrayBuffer[]) => void,
  options: { chunkSize?: number; sendGraph?: boolean } = {},
): void {
  const { chunkSize = QUOTE_CHUNK_SIZE, sendGraph = true } = options;
  const { quotes, ...rest } = corpus;
  emit({ type: 'head', head: { ...rest, quoteCount: quotes.length } }, []);
  for (let at = 0; at < quotes.length; at += chunkSize) {
    emit({ type: 'quotes', quotes: quotes.slice(at, at + chunkSize) }, []);
  }
  // A web corpus's page has the graph from its preview already.
  if (sendGraph) {
    const graph = encodeGraph(fullActorGraph(corpus), corpus.actors, quotes);
    emit({ type: 'graph', graph }, graphTransferList(graph));
  }
  const tables = buildActorQuoteTables(corpus.actors, quotes, articleDates(corpus));
  emit({ type: 'done', tables }, [
    tables.saidStart.buffer,
    tables.saidQuotes.buffer,
    tables.aboutStart.buffer,
    tables.aboutQuotes.buffer,
  ] as ArrayBuffer[]);
}
