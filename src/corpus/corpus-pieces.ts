import { buildActorGraph, type ActorGraph } from '../graph/build-actor-graph.ts';
import { buildActorQuoteTables, type ActorQuoteTables } from './actor-quotes.ts';
import { articleDates } from './corpus-index.ts';
import { CorpusError, validateCorpus } from './parse-corpus.ts';
import {
  CorpusShapeSchema,
  refineCorpusReferences,
  type Corpus,
  type CorpusShape,
  type Quote,
} from './schema.ts';
import {
  decodeGraph,
  encodeGraph,
  graphTransferList,
  type GraphBuffers,
} from './graph-transfer.ts';
import type { SearchHits } from './search-index.ts';
import { slimArticle, type SlimCorpus } from './slim-corpus.ts';

/**
 * The protocol between the page and the corpus worker, and its pure halves: the worker side
 * (`validateInPieces`: the validated corpus as a head and chunks of quotes) and the page side
 * (`CorpusAssembler`: the pieces back into one corpus). Kept free of Worker APIs so both
 * halves are tested directly in Node.
 */

/** Quotes per message: one chunk deserialises on the page in a few tens of milliseconds. */
export const QUOTE_CHUNK_SIZE = 5000;

/** Everything but the quotes and the article bodies, plus how many quotes will follow. */
export interface CorpusHead extends Omit<SlimCorpus, 'quotes'> {
  quoteCount: number;
}

export type PieceMessage =
  | { type: 'head'; head: CorpusHead }
  | { type: 'quotes'; quotes: Quote[] }
  | { type: 'graph'; graph: GraphBuffers }
  | { type: 'done'; tables: ActorQuoteTables };

export type WorkerMessage =
  | PieceMessage
  | { type: 'progress'; loaded: number; total: number | null }
  | { type: 'error'; kind: CorpusError['kind']; message: string }
  | { type: 'text'; requestId: number; text: string | null }
  | { type: 'search'; requestId: number; hits: SearchHits };

export type PageMessage =
  /** `url` as the user gave it (for messages), `href` resolved against the page (to fetch). */
  | { type: 'load'; url: string; href: string }
  | { type: 'text'; requestId: number; articleId: string }
  | { type: 'search'; requestId: number; query: string };

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

/** The full actor graph of a corpus (every actor, edges' quotes newest first). Pure. */
export function fullActorGraph(
  corpus: Pick<SlimCorpus, 'actors' | 'quotes' | 'articles'>,
): ActorGraph {
  const dates = articleDates(corpus);
  return buildActorGraph(corpus.actors, corpus.quotes, {
    includeIsolated: true,
    quoteDate: (q) => dates.get(q.articleId) ?? null,
  });
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

export interface Assembled {
  corpus: SlimCorpus;
  tables: ActorQuoteTables;
  fullGraph: ActorGraph;
}

/**
 * The page's half: collects the pieces in order and returns the corpus (without bodies) and
 * its tables and full graph once `done` arrives; `null` until then. A worker `error` becomes the CorpusError
 * it names; pieces out of order (a bug) become an error too, never a half corpus.
 */
export class CorpusAssembler {
  #head: CorpusHead | null = null;
  #quotes: Quote[] = [];

  #graph: GraphBuffers | null = null;

  accept(message: WorkerMessage): Assembled | null {
    switch (message.type) {
      case 'error':
        throw new CorpusError(message.kind, message.message);
      case 'head':
        this.#head = message.head;
        this.#quotes = [];
        this.#graph = null;
        return null;
      case 'graph':
        this.#graph = message.graph;
        return null;
      case 'quotes': {
        if (!this.#head) throw new Error('corpus worker: quotes before the head');
        const quotes = this.#quotes;
        for (const quote of message.quotes) quotes.push(quote);
        return null;
      }
      case 'done': {
        const head = this.#head;
        if (!head || this.#quotes.length !== head.quoteCount) {
          throw new Error('corpus worker: finished before every quote arrived');
        }
        const corpus: SlimCorpus = {
          version: head.version,
          articles: head.articles,
          actors: head.actors,
          quotes: this.#quotes,
          rejected: head.rejected,
        };
        if (head.layout) corpus.layout = head.layout;
        const buffers = this.#graph;
        const fullGraph = buffers
          ? decodeGraph(buffers, corpus.actors, corpus.quotes)
          : fullActorGraph(corpus);
        return { corpus, tables: message.tables, fullGraph };
      }
      default:
        return null;
    }
  }
}
