import { describe, expect, it } from 'vitest';
import { corpusErrorOf } from './support.ts';
import { buildActorGraph } from '../../src/graph/build-actor-graph.ts';
import { previewOfParsed, validateInPieces } from '../../src/loader/corpus-pieces.ts';
import { decodeGraphSummary, fillQuoteIds, summaryGraphs } from '../../src/graph/graph-summary.ts';
import {
  CorpusAssembler,
  fullActorGraph,
  type PieceMessage,
} from '../../src/loader/corpus-protocol.ts';
import { indexCorpus, quotesOfActor } from '../../src/corpus/corpus-index.ts';
import { pageMayFetch } from '../../src/loader/load-on-page.ts';
import { validateCorpus } from '../../src/corpus/parse-corpus.ts';
import type { ActorId } from '../../src/corpus/schema.ts';
import { slimCorpus } from '../../src/corpus/slim-corpus.ts';
import { distinctStatements, indexStatements } from '../../src/corpus/statements.ts';
import { repostCorpus, smallCorpus } from '../fixtures/corpus/fixtures.ts';

/** Runs the worker half, feeding each message through a structured clone as postMessage does. */
function pieces(value: unknown, chunkSize = 3): PieceMessage[] {
  const out: PieceMessage[] = [];
  validateInPieces(value, (message) => out.push(structuredClone(message)), chunkSize);
  return out;
}

describe('validateInPieces + CorpusAssembler', () => {
  it('rebuild the validated corpus without article bodies, quotes in chunks, in order', () => {
    const messages = pieces(smallCorpus(), 3);
    expect(messages.map((m) => m.type)).toEqual([
      'head',
      'quotes',
      'quotes',
      'quotes',
      'graph',
      'done',
    ]);
    const assembler = new CorpusAssembler();
    let done: ReturnType<CorpusAssembler['accept']> = null;
    for (const message of messages) done = assembler.accept(message);
    if (!done) throw new Error('no corpus after done');
    const expected = slimCorpus(validateCorpus(smallCorpus()));
    expect(done.corpus).toEqual(expected);
    expect(done.corpus.articles.some((a) => 'text' in a)).toBe(false);
    // The worker's tables answer exactly as tables built on the page would.
    const fromWorker = indexCorpus(done.corpus, done.tables);
    const onPage = indexCorpus(expected);
    for (const actor of expected.actors) {
      for (const role of ['said', 'about'] as const) {
        expect(quotesOfActor(fromWorker, actor.id, role).map((q) => q.id)).toEqual(
          quotesOfActor(onPage, actor.id, role).map((q) => q.id),
        );
      }
    }
    expect(quotesOfActor(fromWorker, 'nato' as ActorId, 'about')).toHaveLength(5);
    // The graph that travelled as buffers is the graph the page would have built.
    const built = buildActorGraph(expected.actors, expected.quotes, {
      includeIsolated: true,
      quoteDate: (q) => onPage.articlesById.get(q.articleId)?.date ?? null,
    });
    expect(done.fullGraph).toEqual(built);
    expect(done.fullGraph.edges.length).toBeGreaterThan(3);
  });

  it('fall back to building the graph on the page when the worker sent none', () => {
    const assembler = new CorpusAssembler();
    let done: ReturnType<CorpusAssembler['accept']> = null;
    for (const message of pieces(smallCorpus())) {
      if (message.type !== 'graph') done = assembler.accept(message);
    }
    expect(done?.fullGraph).toEqual(fullActorGraph(slimCorpus(validateCorpus(smallCorpus()))));
  });

  it('send quotes with the schema fields only, even before they are checked', () => {
    const extra = smallCorpus();
    (extra.quotes[0] as Record<string, unknown>).secret = 'x'.repeat(100);
    const quotes = pieces(extra).flatMap((m) => (m.type === 'quotes' ? m.quotes : []));
    expect(quotes[0]).not.toHaveProperty('secret');
    expect(quotes).toEqual(validateCorpus(extra).quotes);
  });

  it('return the full corpus (bodies included) to the worker', () => {
    const corpus = validateInPieces(smallCorpus(), () => {});
    expect(corpus).toEqual(validateCorpus(smallCorpus()));
  });

  const broken: [string, (c: ReturnType<typeof smallCorpus>) => unknown][] = [
    ['a record field', (c) => ((c.quotes[4] as { kind: string }).kind = 'shouted')],
    ['a cross-record reference', (c) => ((c.quotes[6] as { speakerId: string }).speakerId = 'x')],
    ['an article date', (c) => ((c.articles[1] as { date: string }).date = '1 March')],
    ['the version', (c) => ((c as { version: number }).version = 2)],
    ['quotes that are not a list', (c) => ((c as { quotes: unknown }).quotes = {})],
    ['a span outside its article', (c) => ((c.quotes[7] as { end: number }).end = 1e6)],
  ];
  it.each(broken)('reject %s with exactly the message of validateCorpus', (_, breakIt) => {
    const bad = smallCorpus();
    breakIt(bad);
    const expected = corpusErrorOf(() => validateCorpus(bad));
    const actual = corpusErrorOf(() => validateInPieces(bad, () => {}, 2));
    expect(actual.kind).toBe('schema');
    expect(actual.message).toBe(expected.message);
  });

  it('reject a value that is not an object like validateCorpus', () => {
    for (const value of [null, [], 'corpus', 3]) {
      expect(corpusErrorOf(() => validateInPieces(value, () => {})).message).toBe(
        corpusErrorOf(() => validateCorpus(value)).message,
      );
    }
  });

  it('turn a worker error into the CorpusError it names', () => {
    const assembler = new CorpusAssembler();
    const error = corpusErrorOf(() =>
      assembler.accept({ type: 'error', kind: 'http', message: 'Could not load x: HTTP 404' }),
    );
    expect(error.kind).toBe('http');
    expect(error.message).toBe('Could not load x: HTTP 404');
  });

  it('never hand over a corpus missing quotes', () => {
    const messages = pieces(smallCorpus(), 3);
    const assembler = new CorpusAssembler();
    assembler.accept(messages[0] as PieceMessage);
    expect(() => assembler.accept(messages[messages.length - 1] as PieceMessage)).toThrow(
      /before every quote/,
    );
  });
});

describe('pageMayFetch', () => {
  const page = 'https://app.example';
  it.each([
    ['https://app.example/corpus.json', true],
    // Any HTTPS host used to be allowed (connect-src https:); now only the build's own list.
    ['https://data.example/news.json', false],
    ['http://localhost:8080/c.json', true],
    ['http://127.0.0.1:5173/c.json', true],
    ['http://data.example/news.json', false],
    ['ftp://data.example/news.json', false],
  ])('%s → %s, as the page CSP connect-src says', (href, allowed) => {
    expect(pageMayFetch(new URL(href), page)).toBe(allowed);
  });
});

describe('fullActorGraph', () => {
  it('counts one quote per folded statement, as the explorer does by default', () => {
    const corpus = slimCorpus(validateCorpus(repostCorpus()));
    const graph = fullActorGraph(corpus);
    const counted = distinctStatements(corpus.quotes, indexStatements(corpus.statements));
    expect(counted.length).toBeLessThan(corpus.quotes.length);
    const quoted = graph.nodes.reduce((sum, n) => sum + n.quotedCount, 0);
    expect(quoted).toBe(counted.length);
    const unfolded = fullActorGraph({ ...corpus, statements: undefined });
    expect(unfolded.nodes.reduce((sum, n) => sum + n.quotedCount, 0)).toBe(corpus.quotes.length);
  });
});

describe('previewOfParsed', () => {
  it('draws the graph a validated corpus would, before the quotes are validated', () => {
    const raw = repostCorpus();
    const preview = previewOfParsed(raw, 1)?.preview;
    if (!preview) throw new Error('no preview');
    const validated = validateCorpus(repostCorpus());
    expect(preview.quoteCount).toBe(validated.quotes.length);
    expect(preview.actors).toEqual(validated.actors);
    const decoded = decodeGraphSummary(preview.summary, {
      actors: validated.actors.length,
      quotes: validated.quotes.length,
    });
    const graphs = summaryGraphs(decoded, validated.actors);
    fillQuoteIds(graphs, decoded, validated.quotes);
    expect(graphs.fullGraph).toEqual(fullActorGraph(validated));
  });

  it('hands its checked head to validateInPieces, which then builds no graph', () => {
    const raw = repostCorpus();
    const early = previewOfParsed(raw, 1);
    if (!early) throw new Error('no preview');
    const types: string[] = [];
    const corpus = validateInPieces(raw, (m) => types.push(m.type), 3, {
      head: early.head,
      sendGraph: false,
    });
    expect(types).not.toContain('graph');
    expect(types.at(-1)).toBe('done');
    expect(corpus).toEqual(validateCorpus(repostCorpus()));
  });

  it('leaves small corpora to be validated first', () => {
    expect(previewOfParsed(smallCorpus())).toBeNull();
    expect(previewOfParsed(smallCorpus(), 1)).not.toBeNull();
  });

  it('makes none when a quote is not shaped like one or names an unknown actor', () => {
    const unshaped = smallCorpus() as { quotes: Record<string, unknown>[] };
    unshaped.quotes[2] = { ...unshaped.quotes[2], mentions: [42] };
    expect(previewOfParsed(unshaped, 1)).toBeNull();
    const unknown = smallCorpus() as { quotes: Record<string, unknown>[] };
    unknown.quotes[0] = { ...unknown.quotes[0], speakerId: 'nobody-at-all' };
    expect(previewOfParsed(unknown, 1)).toBeNull();
    expect(previewOfParsed({ quotes: 'no' }, 1)).toBeNull();
  });
});
