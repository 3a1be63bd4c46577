import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  countUndated,
  filterQuotes,
  isCompleteDate,
  isFiltering,
  NO_FILTERS,
  quoteCoverage,
} from '../../src/corpus/filter-quotes.ts';
import { indexCorpus } from '../../src/corpus/corpus-index.ts';
import { validateCorpus } from '../../src/corpus/parse-corpus.ts';
import { smallCorpus } from '../fixtures/corpus/fixtures.ts';

const corpus = validateCorpus(smallCorpus());
const { articlesById } = indexCorpus(corpus);
const ids = (qs: readonly { id: string }[]) => qs.map((q) => q.id);

describe('filterQuotes', () => {
  it('returns the same array when nothing is filtered', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(filterQuotes(corpus.quotes, articlesById, NO_FILTERS)).toBe(corpus.quotes);
  });

  it('keeps an inclusive date range and drops undated articles once a date is set', () => {
    const result = filterQuotes(corpus.quotes, articlesById, {
      ...NO_FILTERS,
      from: '2022-01-10',
      to: '2022-03-01',
    });
    expect(ids(result)).toEqual([
      'bbc-talks#0',
      'bbc-talks#1',
      'reuters-latest#0',
      'reuters-latest#1',
    ]);
    const onlyTo = filterQuotes(corpus.quotes, articlesById, { ...NO_FILTERS, to: '2021-12-31' });
    expect(ids(onlyTo)).toEqual(['rt-nato#0', 'rt-nato#1', 'rt-nato#2']);
  });

  it('filters by outlet and by kind, combined with AND', () => {
    expect(
      ids(filterQuotes(corpus.quotes, articlesById, { ...NO_FILTERS, outlet: 'BBC' })),
    ).toEqual(['bbc-talks#0', 'bbc-talks#1']);
    expect(
      ids(filterQuotes(corpus.quotes, articlesById, { ...NO_FILTERS, kind: 'indirect' })),
    ).toEqual(['rt-nato#2']);
    expect(
      filterQuotes(corpus.quotes, articlesById, { ...NO_FILTERS, outlet: 'BBC', kind: 'indirect' }),
    ).toEqual([]);
  });

  it('every kept quote satisfies every filter, and every dropped one violates one (property)', () => {
    const dates = ['2021-01-01', '2021-09-23', '2022-01-10', '2022-03-01', '2023-01-01'];
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...dates), { nil: null }),
        fc.option(fc.constantFrom(...dates), { nil: null }),
        fc.option(fc.constantFrom('RT', 'BBC', 'Reuters', 'Nope'), { nil: null }),
        fc.option(fc.constantFrom('direct' as const, 'indirect' as const, 'mixed' as const), {
          nil: null,
        }),
        fc.boolean(),
        (from, to, outlet, kind, includeUndated) => {
          const filters = { from, to, outlet, kind, includeUndated };
          const kept = new Set(filterQuotes(corpus.quotes, articlesById, filters));
          for (const q of corpus.quotes) {
            const a = articlesById.get(q.articleId);
            const undatedIn = includeUndated && a !== undefined && a.date === null;
            const ok =
              (kind === null || q.kind === kind) &&
              (outlet === null || a?.outlet === outlet) &&
              (from === null || undatedIn || (a?.date != null && a.date >= from)) &&
              (to === null || undatedIn || (a?.date != null && a.date <= to));
            expect(kept.has(q)).toBe(ok);
          }
        },
      ),
    );
  });
});

describe('undated articles under a date range', () => {
  it('are left out by default, counted, and kept with includeUndated', () => {
    const range = { ...NO_FILTERS, to: '2021-12-31' };
    const undated = corpus.articles.filter((a) => a.date === null).map((a) => a.id);
    const undatedQuotes = corpus.quotes.filter((q) => undated.includes(q.articleId));
    expect(undatedQuotes.length).toBeGreaterThan(0);
    expect(countUndated(corpus.quotes, articlesById, range)).toBe(undatedQuotes.length);
    const included = filterQuotes(corpus.quotes, articlesById, { ...range, includeUndated: true });
    expect(new Set(ids(included))).toEqual(
      new Set([...ids(filterQuotes(corpus.quotes, articlesById, range)), ...ids(undatedQuotes)]),
    );
    // Outlet and kind still apply to them.
    expect(countUndated(corpus.quotes, articlesById, { ...range, outlet: 'Nope' })).toBe(0);
  });
});

describe('quoteCoverage', () => {
  it('names the articles, date span and outlets a set of quotes comes from', () => {
    const bbc = filterQuotes(corpus.quotes, articlesById, { ...NO_FILTERS, outlet: 'BBC' });
    expect(quoteCoverage(bbc, articlesById)).toEqual({
      articles: 1,
      dateRange: { min: '2022-01-10', max: '2022-01-10' },
      outlets: 1,
      undatedArticles: 0,
    });
    const all = quoteCoverage(corpus.quotes, articlesById);
    expect(all.articles).toBe(corpus.articles.length);
    expect(all.undatedArticles).toBe(1);
    expect(quoteCoverage([], articlesById)).toEqual({
      articles: 0,
      dateRange: null,
      outlets: 0,
      undatedArticles: 0,
    });
  });
});

describe('isCompleteDate', () => {
  it('accepts complete real dates from year 1000 on, nothing being typed', () => {
    expect(isCompleteDate('2021-10-01')).toBe(true);
    expect(isCompleteDate('2024-02-29')).toBe(true);
    // Chromium's value after the first digits of the year have been typed.
    expect(isCompleteDate('0002-10-01')).toBe(false);
    expect(isCompleteDate('0202-10-01')).toBe(false);
    expect(isCompleteDate('2023-02-29')).toBe(false);
    expect(isCompleteDate('2021-13-01')).toBe(false);
    expect(isCompleteDate('2021-1-01')).toBe(false);
    expect(isCompleteDate('')).toBe(false);
  });
});
