import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  filterQuotes,
  isCompleteDate,
  isFiltering,
  NO_FILTERS,
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
        (from, to, outlet, kind) => {
          const filters = { from, to, outlet, kind };
          const kept = new Set(filterQuotes(corpus.quotes, articlesById, filters));
          for (const q of corpus.quotes) {
            const a = articlesById.get(q.articleId);
            const ok =
              (kind === null || q.kind === kind) &&
              (outlet === null || a?.outlet === outlet) &&
              (from === null || (a?.date != null && a.date >= from)) &&
              (to === null || (a?.date != null && a.date <= to));
            expect(kept.has(q)).toBe(ok);
          }
        },
      ),
    );
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
