import { describe, expect, it } from 'vitest';
import { groupQuotesByActor, indexCorpus, sortNewestFirst } from '../../src/corpus/corpus-index.ts';
import { validateCorpus } from '../../src/corpus/parse-corpus.ts';
import type { ActorId, ArticleId } from '../../src/corpus/schema.ts';
import { smallCorpus } from '../fixtures/corpus/fixtures.ts';

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
