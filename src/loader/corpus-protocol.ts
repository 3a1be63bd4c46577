import type { ActorGraph } from '../graph/build-actor-graph.ts';
import { fullCorpusGraph } from '../graph/view-graph.ts';
import type { ActorQuoteTables } from '../corpus/actor-quotes.ts';
import { CorpusError } from '../corpus/corpus-error.ts';
import { decodeGraph, type GraphBuffers } from './graph-transfer.ts';
import { StringPool } from './string-pool.ts';
import type { Quote } from '../corpus/schema.ts';
import type { SearchHits } from '../corpus/search-index.ts';
import type { SlimCorpus } from '../corpus/slim-corpus.ts';
import type { ExportRequest, ExportResult } from './export-data.ts';

/**
 * The protocol between the page and the corpus worker, and the page's pure half
 * (`CorpusAssembler`: the pieces back into one corpus). The worker's half, which needs the
 * schema (zod), is in corpus-pieces.ts; this module stays free of it so the page's first
 * script does not carry the validator. Free of Worker APIs, so both halves are tested in Node.
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

/**
 * A web corpus's first picture (src/loader/web-corpus-loader.ts), before any other piece:
 * validated actors and layout, and graph.bin's bytes (the page decodes the graphs).
 */
export interface CorpusPreview {
  version: SlimCorpus['version'];
  actors: SlimCorpus['actors'];
  layout?: SlimCorpus['layout'];
  quoteCount: number;
  summary: ArrayBuffer;
}

export type WorkerMessage =
  | PieceMessage
  | { type: 'preview'; preview: CorpusPreview }
  | { type: 'progress'; loaded: number; total: number | null }
  | { type: 'error'; kind: CorpusError['kind']; message: string }
  /** `error` when the body could not be fetched or failed its checks (a web corpus). */
  | { type: 'text'; requestId: number; text: string | null; error?: string }
  | { type: 'search'; requestId: number; hits: SearchHits }
  /** The file asked for, or why it could not be made. */
  | { type: 'export'; requestId: number; result: ExportResult | null; error: string | null }
  /** The answer to a `ping`: the worker is alive (see corpus-worker-client.ts). */
  | { type: 'pong' };

export type PageMessage =
  /** `url` as the user gave it (for messages), `href` resolved against the page (to fetch). */
  | { type: 'load'; url: string; href: string }
  /** A corpus the page already has as text (the user's workspace); `label` names it in errors. */
  | { type: 'open'; label: string; text: string }
  | { type: 'text'; requestId: number; articleId: string }
  | { type: 'search'; requestId: number; query: string }
  | { type: 'export'; requestId: number; request: ExportRequest }
  /** After a preview: send the rest of the pieces now (the page has drawn its picture). */
  | { type: 'rest' }
  | { type: 'ping' };

/**
 * The full actor graph of a corpus (every actor, edges' quotes newest first), counting what the
 * explorer counts by default: one quote per folded statement (its first report) when the corpus
 * has `statements`, every quote otherwise. Built once in the loading worker, so the unfiltered
 * view never rebuilds it on the page. Pure.
 */
export function fullActorGraph(
  corpus: Pick<SlimCorpus, 'actors' | 'quotes' | 'articles' | 'statements'>,
): ActorGraph {
  // One definition with the web corpus's graph summary, which must equal it.
  return fullCorpusGraph(corpus);
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
  #strings: StringPool | null = null;

  #graph: GraphBuffers | null = null;
  /** The full graph the page already holds (a web corpus's preview): no graph piece comes. */
  #preset: ActorGraph | null = null;

  /** Uses `graph` as the full graph of the corpus being assembled (it came with the preview). */
  presetGraph(graph: ActorGraph): void {
    this.#preset = graph;
  }

  accept(message: WorkerMessage): Assembled | null {
    switch (message.type) {
      case 'error':
        throw new CorpusError(message.kind, message.message);
      case 'head':
        this.#head = message.head;
        this.#quotes = [];
        this.#strings = new StringPool(message.head.actors, message.head.articles);
        this.#graph = null;
        return null;
      case 'graph':
        this.#graph = message.graph;
        return null;
      case 'quotes': {
        if (!this.#head) throw new Error('corpus worker: quotes before the head');
        const quotes = this.#quotes;
        this.#strings?.internQuotes(message.quotes);
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
        if (head.statements) corpus.statements = head.statements;
        const buffers = this.#graph;
        // The page keeps this assembler (its worker answers later requests): hold nothing.
        this.#head = null;
        this.#quotes = [];
        this.#strings = null;
        this.#graph = null;
        const fullGraph = buffers
          ? decodeGraph(buffers, corpus.actors, corpus.quotes)
          : (this.#preset ?? fullActorGraph(corpus));
        this.#preset = null;
        return { corpus, tables: message.tables, fullGraph };
      }
      default:
        return null;
    }
  }
}
