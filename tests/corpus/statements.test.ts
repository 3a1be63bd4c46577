import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../src/corpus/corpus-index.ts';
import { validateCorpus } from '../../src/corpus/parse-corpus.ts';
import {
  distinctStatements,
  indexStatements,
  statementSpread,
} from '../../src/corpus/statements.ts';
import { repostCorpus, smallCorpus } from '../fixtures/corpus/fixtures.ts';

describe('distinctStatements', () => {
  const corpus = validateCorpus(repostCorpus());
  const byQuote = indexStatements(corpus.statements);

  it('keeps the first-seen report of a folded statement and every other quote', () => {
    const kept = distinctStatements(corpus.quotes, byQuote).map((q) => q.id);
    expect(kept).toEqual(['tass-wire#0', 'bbc-answer#0', 'bbc-answer#1']);
  });

  it('keeps the earliest report still present when the first one is filtered out', () => {
    const withoutWire = corpus.quotes.filter((q) => q.articleId !== 'tass-wire');
    const kept = distinctStatements(withoutWire, byQuote).map((q) => q.id);
    expect(kept).toEqual(['rt-repost#0', 'bbc-answer#0', 'bbc-answer#1']);
  });

  it('returns the input itself when nothing is folded', () => {
    const plain = validateCorpus(smallCorpus());
    expect(distinctStatements(plain.quotes, indexStatements(plain.statements))).toBe(plain.quotes);
  });

  it('answers the same arrays with the same result, and new arrays afresh', () => {
    const first = distinctStatements(corpus.quotes, byQuote);
    expect(distinctStatements(corpus.quotes, byQuote)).toBe(first);
    const copy = [...corpus.quotes];
    const again = distinctStatements(copy, byQuote);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

describe('statementSpread', () => {
  it('lists the reports first seen first with outlet and date', () => {
    const corpus = validateCorpus(repostCorpus());
    const index = indexCorpus(corpus);
    const [statement] = corpus.statements ?? [];
    if (!statement) throw new Error('the fixture folds one statement');
    const spread = statementSpread(statement, index.quotesById, index.articlesById);
    expect(spread.outletCount).toBe(3);
    expect(spread.firstOutlet).toBe('TASS');
    expect(spread.reports.map((r) => [r.outlet, r.date])).toEqual([
      ['TASS', '2022-02-01'],
      ['RT', '2022-02-02'],
      ['Sputnik', '2022-02-02'],
    ]);
  });
});
