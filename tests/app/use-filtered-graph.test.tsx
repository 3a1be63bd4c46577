// The explorer's graph for the URL's filters, on the small fixture (which has actors that
// neither speak nor are mentioned) and the repost fixture (folded statements).
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../src/corpus/corpus-index.ts';
import { NO_FILTERS, type QuoteFilters } from '../../src/corpus/filter-quotes.ts';
import { validateCorpus } from '../../src/corpus/parse-corpus.ts';
import { slimCorpus } from '../../src/corpus/slim-corpus.ts';
import { filterQuotes } from '../../src/corpus/filter-quotes.ts';
import { distinctStatements } from '../../src/corpus/statements.ts';
import { buildActorGraph } from '../../src/graph/build-actor-graph.ts';
import { useFilteredGraph } from '../../src/app/use-filtered-graph.ts';
import { fullActorGraph } from '../../src/loader/corpus-protocol.ts';
import { repostCorpus, smallCorpus } from '../fixtures/corpus/fixtures.ts';

function loaded(raw: unknown) {
  const corpus = slimCorpus(validateCorpus(raw));
  return { corpus, index: indexCorpus(corpus), fullGraph: fullActorGraph(corpus) };
}

describe('useFilteredGraph', () => {
  it.each([
    ['small', smallCorpus()],
    ['reposts', repostCorpus()],
  ])('unfiltered, derives from the full graph what a rebuild gives (%s)', (_name, raw) => {
    const data = loaded(raw);
    const { result } = renderHook(() => useFilteredGraph(data, NO_FILTERS, false));
    const counted = distinctStatements(data.corpus.quotes, data.index.statementsByQuote);
    const rebuilt = buildActorGraph(data.corpus.actors, counted, {
      quoteDate: (q) => data.index.articlesById.get(q.articleId)?.date ?? null,
    });
    expect(result.current.graph).toEqual(rebuilt);
    // Derived, not rebuilt: the edges are the full graph's own.
    expect(result.current.graph.edges).toBe(data.fullGraph.edges);
  });

  it.each([
    ['statements', false],
    ['reports', true],
  ])(
    'with a date range, gives the graph a rebuild of the range gives (%s)',
    async (_name, reports) => {
      const data = loaded(repostCorpus());
      const dates = data.corpus.articles
        .map((a) => a.date)
        .filter((d) => d !== null)
        .sort();
      // From the second date on: the first report of a folded statement may fall outside.
      const filters: QuoteFilters = { ...NO_FILTERS, from: dates[1] ?? null, to: null };
      const { result } = renderHook(() => useFilteredGraph(data, filters, reports));
      // At first the range is filtered and rebuilt; then the range index, built over a few
      // tasks, takes over with a graph of its own making.
      const rebuiltFirst = result.current.graph;
      await waitFor(() => expect(result.current.graph).not.toBe(rebuiltFirst));
      expect(result.current.graph).toEqual(rebuiltFirst);
      const filtered = filterQuotes(data.corpus.quotes, data.index.articlesById, filters);
      const counted = reports
        ? filtered
        : distinctStatements(filtered, data.index.statementsByQuote);
      const rebuilt = buildActorGraph(data.corpus.actors, counted, {
        quoteDate: (q) => data.index.articlesById.get(q.articleId)?.date ?? null,
      });
      expect(result.current.filtered).toEqual(filtered);
      expect(result.current.graph).toEqual(rebuilt);
      expect(result.current.graph.edges.length).toBeGreaterThan(0);
    },
  );

  it('counts every report when asked to, on a corpus with folded statements', () => {
    const data = loaded(repostCorpus());
    const { result } = renderHook(() => useFilteredGraph(data, NO_FILTERS, true));
    const weight = result.current.graph.edges.reduce((s, e) => s + e.quoteIds.length, 0);
    const statements = data.fullGraph.edges.reduce((s, e) => s + e.quoteIds.length, 0);
    expect(weight).toBeGreaterThan(statements);
  });

  it('keeps the undated count right while the range moves and when the outlet changes', () => {
    // The small fixture has one undated note (no outlet) among dated RT and other articles.
    const data = loaded(smallCorpus());
    const { result, rerender } = renderHook(
      ({ filters }: { filters: QuoteFilters }) => useFilteredGraph(data, filters, false),
      {
        initialProps: {
          filters: { ...NO_FILTERS, from: '2021-01-01', to: '2021-12-31' } as QuoteFilters,
        },
      },
    );
    expect(result.current.undated).toBe(1);
    rerender({ filters: { ...NO_FILTERS, from: '2022-01-01', to: '2022-12-31' } });
    expect(result.current.undated).toBe(1);
    // The undated note has no outlet: with an outlet set it is not among the left-out quotes.
    rerender({ filters: { ...NO_FILTERS, from: '2022-01-01', to: '2022-12-31', outlet: 'RT' } });
    expect(result.current.undated).toBe(0);
    rerender({ filters: NO_FILTERS });
    expect(result.current.undated).toBe(0);
  });
});
