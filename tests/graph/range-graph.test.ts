// The date-range cut must give what filtering, folding and rebuilding give, on a synthetic
// corpus with undated articles, two outlets (and articles without one), three quote kinds,
// and folded statements whose reports fall on different days (so a range can cut the first
// report away and leave a later one to count).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterQuotes, type QuoteFilters } from '../../src/corpus/filter-quotes.ts';
import type { ArticleId, Quote, QuoteKind, Statement } from '../../src/corpus/schema.ts';
import type { SlimArticle } from '../../src/corpus/slim-corpus.ts';
import { distinctStatements, indexStatements } from '../../src/corpus/statements.ts';
import { buildActorGraph } from '../../src/graph/build-actor-graph.ts';
import { buildRangeIndex, rangeSelection } from '../../src/graph/range-graph.ts';
import { seededRandom } from '../../src/lib/seeded-random.ts';
import { syntheticCorpus } from '../fixtures/graph/synthetic-corpus.ts';

const KINDS: QuoteKind[] = ['direct', 'indirect', 'mixed'];
const synthetic = syntheticCorpus(120, 1500, 3);
const actors = synthetic.actors;
const quotes: Quote[] = synthetic.quotes.map((q, i) => ({ ...q, kind: KINDS[i % 3] as QuoteKind }));
const articlesById = new Map<ArticleId, SlimArticle>();
[...synthetic.articleDates].forEach(([id, date], i) => {
  articlesById.set(id as ArticleId, {
    id: id as ArticleId,
    file: `${id}.txt`,
    title: id,
    // Every seventh article undated; outlets A and B, every fifth without one.
    date: i % 7 === 3 ? null : date,
    dateSource: 'header',
    outlet: i % 5 === 0 ? null : i % 2 ? 'A' : 'B',
  });
});

// Statements: runs of three quotes of one speaker in different articles, ranks shuffled
// against corpus order so the first report is not always the earliest quote.
const random = seededRandom(11);
const statements: Statement[] = [];
const bySpeaker = new Map<string, Quote[]>();
for (const q of quotes) {
  const list = bySpeaker.get(q.speakerId) ?? [];
  if (!list.some((o) => o.articleId === q.articleId)) list.push(q);
  bySpeaker.set(q.speakerId, list);
}
for (const [speakerId, list] of bySpeaker) {
  for (let i = 0; i + 3 <= list.length && statements.length < 150; i += 4) {
    const group = list.slice(i, i + 3).sort(() => random() - 0.5);
    statements.push({
      id: `s:${(group[0] as Quote).id}`,
      speakerId: speakerId as Quote['speakerId'],
      text: 'said something',
      quoteIds: group.map((q) => q.id),
      firstDate: null,
      outlets: [],
    });
  }
}
const statementsByQuote = indexStatements(statements);
const quoteDate = (q: Quote) => articlesById.get(q.articleId)?.date ?? null;

function expected(filters: QuoteFilters, reports: boolean) {
  const filtered = filterQuotes(quotes, articlesById, filters);
  const counted = reports ? filtered : distinctStatements(filtered, statementsByQuote);
  return { filtered, graph: buildActorGraph(actors, counted, { quoteDate }) };
}

const days = [...new Set([...articlesById.values()].map((a) => a.date))]
  .filter((d): d is string => d !== null)
  .sort();
const day = fc.option(
  fc.integer({ min: -1, max: days.length }).map((i) =>
    // Also days before, after and between the corpus's own.
    i < 0 ? '2023-12-31' : i >= days.length ? '2025-01-01' : (days[i] as string),
  ),
  { nil: null },
);

describe('rangeSelection', () => {
  it.each([
    ['statements, all outlets and kinds', { outlet: null, kind: null }, false],
    ['reports, all outlets and kinds', { outlet: null, kind: null }, true],
    ['statements, outlet A, indirect', { outlet: 'A', kind: 'indirect' as QuoteKind }, false],
  ])('matches filter → fold → build on random ranges (%s)', (_name, base, reports) => {
    const index = buildRangeIndex(
      actors,
      quotes,
      articlesById,
      base,
      reports ? null : statementsByQuote,
    );
    fc.assert(
      fc.property(day, day, fc.boolean(), (from, to, includeUndated) => {
        const filters: QuoteFilters = { ...base, from, to, includeUndated };
        const got = rangeSelection(index, from, to, includeUndated);
        const want = expected(filters, reports);
        expect(got.filtered).toEqual(want.filtered);
        expect(got.graph).toEqual(want.graph);
      }),
      { numRuns: 60, seed: 5 },
    );
  });

  it('counts a later report when the range cuts its statement’s first one away', () => {
    const index = buildRangeIndex(
      actors,
      quotes,
      articlesById,
      { outlet: null, kind: null },
      statementsByQuote,
    );
    // A statement whose first report and a later one are dated on different days.
    const found = statements
      .map((s) => s.quoteIds.map((id) => quotes.find((q) => q.id === id) as Quote))
      .find((r) => {
        const [f, l] = r as [Quote, Quote];
        const [a, b] = [quoteDate(f), quoteDate(l)];
        const mentionsOther = (q: Quote) => q.mentions.some((m) => m !== q.speakerId);
        return a !== null && b !== null && a < b && mentionsOther(f) && mentionsOther(l);
      });
    expect(found).toBeDefined();
    const [first, later] = found as [Quote, Quote];
    const counts = (from: string | null) => {
      const { graph } = rangeSelection(index, from, null, false);
      const ids = new Set(graph.edges.flatMap((e) => e.quoteIds));
      return [ids.has(first.id), ids.has(later.id)];
    };
    expect(counts(null)).toEqual([true, false]);
    expect(counts(quoteDate(later))).toEqual([false, true]);
    const speaker = (from: string | null) =>
      rangeSelection(index, from, null, false).graph.nodes.find((n) => n.id === first.speakerId)
        ?.quotedCount;
    expect(speaker(quoteDate(later))).toBeGreaterThan(0);
  });
});
