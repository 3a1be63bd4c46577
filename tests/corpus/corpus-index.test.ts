import { describe, expect, it } from 'vitest';
import {
  CorpusIndexBuilder,
  groupQuotesByActor,
  indexCorpus,
  sortNewestFirst,
} from '../../src/corpus/corpus-index.ts';
import { slimCorpus } from '../../src/corpus/slim-corpus.ts';
import { validateCorpus } from '../../src/corpus/parse-corpus.ts';
import type { ActorId, ArticleId } from '../../src/corpus/schema.ts';
import { repostCorpus, smallCorpus } from '../fixtures/corpus/fixtures.ts';

const corpus = validateCorpus(smallCorpus());

describe('indexCorpus', () => {
  it('lists outlets and the date range, ignoring undated and outlet-less articles', () => {
    const index = indexCorpus(corpus);
    expect(index.outlets).toEqual(['BBC', 'Reuters', 'RT']);
    expect(index.dateRange).toEqual({ min: '2021-09-23', max: '2022-03-01' });
  });

  it('keeps each article’s quotes in reading order', () => {
    const index = indexCorpus(corpus);
    const starts = (index.quotesByArticle.get('rt-nato' as ArticleId) ?? []).map((q) => q.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts).toHaveLength(3);
  });
});

describe('CorpusIndexBuilder', () => {
  it('fed quotes in chunks, with statements announced first, indexes as indexCorpus does', () => {
    const corpus = slimCorpus(validateCorpus(repostCorpus()));
    const builder = new CorpusIndexBuilder();
    builder.expectStatements(corpus.statements, corpus.quotes.length);
    for (let at = 0; at < corpus.quotes.length; at += 2) {
      builder.addQuotes(corpus.quotes.slice(at, at + 2));
    }
    const built = builder.finish(corpus);
    const whole = indexCorpus(corpus);
    expect([...built.statementsByQuote]).toEqual([...whole.statementsByQuote]);
    expect(built.statementsByQuote.size).toBeGreaterThan(0);
    expect([...built.quotesById.keys()]).toEqual([...whole.quotesById.keys()]);
  });

  it('indexes the statements it is given at finish when another array was announced', () => {
    const corpus = slimCorpus(validateCorpus(repostCorpus()));
    const builder = new CorpusIndexBuilder();
    builder.expectStatements([], corpus.quotes.length);
    builder.addQuotes(corpus.quotes);
    expect(builder.finish(corpus).statementsByQuote.size).toBe(
      indexCorpus(corpus).statementsByQuote.size,
    );
  });
});

describe('groupQuotesByActor', () => {
  it('groups by speaker and by mention, counting a quote once per mentioned actor', () => {
    const { bySpeaker, byMention } = groupQuotesByActor(corpus.quotes);
    expect(bySpeaker.get('sergey-lavrov' as ActorId)).toHaveLength(4);
    expect(byMention.get('nato' as ActorId)).toHaveLength(5);
    expect(byMention.get('jose-alvarez' as ActorId)).toBeUndefined();
  });
});

describe('sortNewestFirst', () => {
  it('orders by article date descending with undated quotes last', () => {
    const { articlesById } = indexCorpus(corpus);
    const sorted = sortNewestFirst(corpus.quotes, articlesById);
    expect(sorted.map((q) => q.id)).toEqual([
      'reuters-latest#0',
      'reuters-latest#1',
      'bbc-talks#0',
      'bbc-talks#1',
      'rt-nato#0',
      'rt-nato#1',
      'rt-nato#2',
      'undated-note#0',
    ]);
  });
});
