import { describe, expect, it } from 'vitest';
import { compareActors } from '../../src/corpus/compare-actors.ts';
import type { ActorId, ArticleId, Quote, QuoteId } from '../../src/corpus/schema.ts';

const quote = (id: string, articleId: string, speaker: string, mentions: string[], start = 0) =>
  ({
    id: id as QuoteId,
    articleId: articleId as ArticleId,
    speakerId: speaker as ActorId,
    mentions: mentions as ActorId[],
    kind: 'direct',
    start,
    end: start + 10,
    text: id,
  }) as unknown as Quote;

const articles = new Map<ArticleId, { date: string | null }>([
  ['monday' as ArticleId, { date: '2024-03-04' }],
  ['tuesday' as ArticleId, { date: '2024-03-05' }],
  ['undated' as ArticleId, { date: null }],
]);

describe('compareActors', () => {
  const quotes = [
    quote('b-answers', 'tuesday', 'b', ['a']),
    quote('a-first', 'monday', 'a', ['b', 'b'], 5),
    quote('a-earlier', 'monday', 'a', ['c', 'b'], 1),
    quote('a-undated', 'undated', 'a', ['b']),
    quote('c-about-a', 'monday', 'c', ['a']),
    quote('a-about-c', 'tuesday', 'a', ['c']),
  ];
  const a = 'a' as ActorId;
  const b = 'b' as ActorId;

  it('lines up what each said about the other by date, oldest first, undated last', () => {
    const c = compareActors(quotes, articles, a, b);
    expect(c.rows.map((r) => r.date)).toEqual(['2024-03-04', '2024-03-05', null]);
    expect(c.rows[0]?.aboutB.map((q) => q.id)).toEqual(['a-earlier', 'a-first']);
    expect(c.rows[0]?.aboutA).toEqual([]);
    expect(c.rows[1]?.aboutA.map((q) => q.id)).toEqual(['b-answers']);
    expect(c.rows[2]?.aboutB.map((q) => q.id)).toEqual(['a-undated']);
  });

  it('counts each side once per quote, and leaves out third parties', () => {
    const c = compareActors(quotes, articles, a, b);
    expect(c.aboutBCount).toBe(3);
    expect(c.aboutACount).toBe(1);
    const swapped = compareActors(quotes, articles, b, a);
    expect([swapped.aboutBCount, swapped.aboutACount]).toEqual([1, 3]);
  });

  it('compares nothing for one actor with itself or with someone never mentioned', () => {
    expect(compareActors(quotes, articles, a, a).rows).toEqual([]);
    const none = compareActors(quotes, articles, b, 'c' as ActorId);
    expect([none.rows.length, none.aboutACount, none.aboutBCount]).toEqual([0, 0, 0]);
  });
});
