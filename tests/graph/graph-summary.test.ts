import { describe, expect, it } from 'vitest';
import { CorpusError } from '../../src/corpus/corpus-error.ts';
import { validateCorpus } from '../../src/corpus/parse-corpus.ts';
import { distinctStatements, indexStatements } from '../../src/corpus/statements.ts';
import type { Corpus } from '../../src/corpus/schema.ts';
import { buildActorGraph } from '../../src/graph/build-actor-graph.ts';
import {
  decodeGraphSummary,
  fillQuoteIds,
  graphSummaryBytes,
  PENDING_QUOTE_ID,
  summariseCorpus,
  summaryGraphs,
  summaryMismatch,
} from '../../src/graph/graph-summary.ts';
import { fullCorpusGraph } from '../../src/graph/view-graph.ts';
import { hubCorpus, repostCorpus, smallCorpus } from '../fixtures/corpus/fixtures.ts';

const counts = (c: Corpus) => ({ actors: c.actors.length, quotes: c.quotes.length });
const decode = (c: Corpus, bytes: Uint8Array) =>
  decodeGraphSummary(bytes.slice().buffer, counts(c));

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    return (error as CorpusError).message;
  }
  throw new Error('expected a CorpusError');
}

describe('graph.bin', () => {
  it('gives back the full graph and the distinct-statement graph of a corpus', () => {
    const corpus = validateCorpus(repostCorpus());
    expect(corpus.statements?.length).toBeGreaterThan(0);
    const summary = decode(corpus, graphSummaryBytes(corpus));
    const graphs = summaryGraphs(summary, corpus.actors);
    // The picture's graphs: real counts, quote ids still to come.
    expect(
      graphs.fullGraph.edges.every((e) => e.quoteIds.every((id) => id === PENDING_QUOTE_ID)),
    ).toBe(true);
    expect(graphs.fullGraph.nodes).toEqual(fullCorpusGraph(corpus).nodes);
    fillQuoteIds(graphs, summary, corpus.quotes);
    const { fullGraph, viewGraph } = graphs;
    expect(fullGraph).toEqual(fullCorpusGraph(corpus));
    // What the explorer would build unfiltered: one report per folded statement.
    const dates = new Map(corpus.articles.map((a) => [a.id, a.date]));
    const counted = distinctStatements(corpus.quotes, indexStatements(corpus.statements));
    expect(counted.length).toBeLessThan(corpus.quotes.length);
    expect(viewGraph).toEqual(
      buildActorGraph(corpus.actors, counted, {
        quoteDate: (q) => dates.get(q.articleId) ?? null,
      }),
    );
    // The full graph counts statements too; with no isolated actor it is the view graph.
    expect(viewGraph).toBe(fullGraph);
  });

  it('stores the view graph once when it is the full graph', () => {
    // No folded statements and no isolated actor: the view graph is the full graph.
    const hub = validateCorpus(hubCorpus(12));
    const named = new Set(hub.quotes.flatMap((q) => [q.speakerId, ...q.mentions]));
    const actors = hub.actors.filter((a) => named.has(a.id));
    const corpus = validateCorpus({ ...hub, actors, layout: undefined });
    expect(corpus.statements ?? []).toEqual([]);
    const summary = decode(corpus, graphSummaryBytes(corpus));
    expect(summary.view).toBe(summary.full);
    const graphs = summaryGraphs(summary, corpus.actors);
    fillQuoteIds(graphs, summary, corpus.quotes);
    const { fullGraph, viewGraph } = graphs;
    expect(viewGraph).toBe(fullGraph);
    expect(fullGraph).toEqual(fullCorpusGraph(corpus));
  });

  it('is deterministic and matches the graphs of its own quotes', () => {
    const corpus = validateCorpus(smallCorpus());
    expect(graphSummaryBytes(corpus)).toEqual(graphSummaryBytes(corpus));
    const summary = decode(corpus, graphSummaryBytes(corpus));
    expect(summaryMismatch(summary, summariseCorpus(corpus))).toBeNull();
  });

  it('refuses a summary of another corpus, naming the file', () => {
    const corpus = validateCorpus(smallCorpus());
    const other = validateCorpus(hubCorpus(12));
    const bytes = graphSummaryBytes(other);
    expect(messageOf(() => decode(corpus, bytes))).toMatch(
      /^graph\.bin: made for \d+ actors and \d+ quotes, the manifest says/m,
    );
    // Same shape, other links: passes its own checks, fails against the quotes.
    const summary = decode(other, bytes);
    const moved = { ...other, quotes: other.quotes.slice().reverse() };
    expect(summaryMismatch(summary, summariseCorpus(moved))?.message).toMatch(
      /graph\.bin: the full graph is not the graph of the quotes/,
    );
  });

  it('names the record of a bad column', () => {
    const corpus = validateCorpus(hubCorpus(12));
    const bytes = graphSummaryBytes(corpus);
    const words = new Int32Array(bytes.slice().buffer);
    const nodes = words[4] ?? 0;
    const edges = words[5] ?? 0;
    // The first edge's target (columns: 3 of nodes, then sources, then targets) → its source.
    const targetAt = 9 + 3 * nodes + edges;
    words[targetAt] = words[9 + 3 * nodes] ?? 0;
    expect(messageOf(() => decodeGraphSummary(words.buffer, counts(corpus)))).toMatch(
      /^graph\.bin: full edge 0: target \d+ is not another actor/m,
    );
    expect(messageOf(() => decodeGraphSummary(bytes.slice(0, 40).buffer, counts(corpus)))).toMatch(
      /^graph\.bin: ends before its last column/m,
    );
    const wrongMagic = new Int32Array(bytes.slice().buffer);
    wrongMagic[0] = 7;
    expect(messageOf(() => decodeGraphSummary(wrongMagic.buffer, counts(corpus)))).toMatch(
      /wrong magic number/,
    );
  });
});
