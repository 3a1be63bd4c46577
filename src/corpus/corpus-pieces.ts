import { buildActorQuoteTables } from './actor-quotes.ts';
import { articleDates } from './corpus-index.ts';
import {
  fullActorGraph,
  QUOTE_CHUNK_SIZE,
  type CorpusHead,
  type PieceMessage,
} from './corpus-protocol.ts';
import { CorpusError } from './corpus-error.ts';
import { validateCorpus } from './parse-corpus.ts';
import {
  CorpusShapeSchema,
  refineCorpusReferences,
  type Corpus,
  type CorpusShape,
  type Quote,
} from './schema.ts';
import { encodeGraph, graphTransferList } from './graph-transfer.ts';
import { slimArticle } from './slim-corpus.ts';

/**
 * The worker's half of the corpus protocol (see corpus-protocol.ts): the validated corpus as
 * a head, chunks of quotes, the graph and the per-actor tables.
 */

const HeadSchema = CorpusShapeSchema.omit({ quotes: true });
const QuotesSchema = CorpusShapeSchema.shape.quotes;

/** Throws the canonical CorpusError of `validateCorpus`, whose message lists the first issues. */
function rejectLikeValidateCorpus(value: unknown): never {
  validateCorpus(value);
  // validateCorpus accepts what the pieces rejected: cannot happen with the same schema.
  throw new CorpusError('schema', 'The corpus does not match the format.');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A quote's known fields only (what the schema keeps), in schema order; anything else as is. */
function pickQuote(raw: unknown): Quote {
  if (!isRecord(raw)) return raw as Quote;
  const { id, articleId, speakerId, text, kind, start, end, cue, mentions } = raw;
  return { id, articleId, speakerId, text, kind, start, end, cue, mentions } as Quote;
}

/**
 * Validates a parsed corpus with the schema of `CorpusSchema` and emits it in pieces for the
 * page: the head (validated; articles without bodies), the quotes in chunks of `chunkSize`,
 * the full actor graph (as buffers), then `done` with the per-actor quote tables.
 *
 * To overlap the page's work with the checks, quotes (their schema fields only) and the graph
 * are sent *before* the quotes are validated; `done` comes only once everything, cross-record
 * references included, has passed. For a valid corpus the early pieces equal the validated
 * ones (the quote schema transforms nothing); until `done` the receiver must treat them as
 * provisional, and discard them if an error comes instead.
 *
 * Any problem anywhere is reported by running `validateCorpus` on the whole value, so the
 * CorpusError and its message are exactly those of the one-piece path. Returns the validated
 * corpus, bodies included. Pure apart from calling `emit`.
 */
export function validateInPieces(
  value: unknown,
  emit: (message: PieceMessage, transfer: ArrayBuffer[]) => void,
  chunkSize = QUOTE_CHUNK_SIZE,
): Corpus {
  if (!isRecord(value) || !Array.isArray(value.quotes)) rejectLikeValidateCorpus(value);
  const rawQuotes: unknown[] = value.quotes;
  const head = HeadSchema.safeParse(value);
  if (!head.success) rejectLikeValidateCorpus(value);
  const { articles, actors, rejected, layout, version } = head.data;
  const slimHead: CorpusHead = {
    version,
    articles: articles.map(slimArticle),
    actors,
    rejected,
    quoteCount: rawQuotes.length,
  };
  if (layout) slimHead.layout = layout;
  emit({ type: 'head', head: slimHead }, []);

  const provisional = rawQuotes.map(pickQuote);
  for (let at = 0; at < provisional.length; at += chunkSize) {
    emit({ type: 'quotes', quotes: provisional.slice(at, at + chunkSize) }, []);
  }
  try {
    const graph = encodeGraph(
      fullActorGraph({ actors, articles, quotes: provisional }),
      actors,
      provisional,
    );
    emit({ type: 'graph', graph }, graphTransferList(graph));
  } catch {
    // Malformed quotes: the validation below says what is wrong with them.
  }

  const checked = QuotesSchema.safeParse(rawQuotes);
  if (!checked.success) rejectLikeValidateCorpus(value);
  const quotes = checked.data;
  const corpus: CorpusShape = { version, articles, actors, quotes, rejected };
  if (layout) corpus.layout = layout;
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
