import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildActorQuoteTables, newestFirstOrder } from '../../src/corpus/actor-quotes.ts';
import {
  articleDates,
  groupQuotesByActor,
  indexCorpus,
  quotesOfActor,
  sortNewestFirst,
} from '../../src/corpus/corpus-index.ts';
import { validateCorpus } from '../../src/corpus/parse-corpus.ts';
import type { ActorId, ArticleId, Quote, QuoteId } from '../../src/corpus/schema.ts';
import { hubCorpus, smallCorpus } from '../fixtures/corpus/fixtures.ts';

const corpus = validateCorpus(smallCorpus());
const ids = (quotes: readonly Quote[]) => quotes.map((q) => q.id);

describe('actor quote tables', () => {
  it('give each actor the quotes grouped by speaker and by mention, newest first', () => {
    const index = indexCorpus(corpus);
    const { bySpeaker, byMention } = groupQuotesByActor(corpus.quotes);
    for (const actor of corpus.actors) {
      expect(ids(quotesOfActor(index, actor.id, 'said'))).toEqual(
        ids(sortNewestFirst(bySpeaker.get(actor.id) ?? [], index.articlesById)),
      );
      expect(ids(quotesOfActor(index, actor.id, 'about'))).toEqual(
        ids(sortNewestFirst(byMention.get(actor.id) ?? [], index.articlesById)),
      );
    }
    expect(quotesOfActor(index, 'sergey-lavrov' as ActorId, 'said')).toHaveLength(4);
    expect(quotesOfActor(index, 'nobody' as ActorId, 'said')).toEqual([]);
  });

  it('count a quote once per mentioned actor, even when the mention repeats', () => {
    const quote = corpus.quotes[0] as Quote;
    const twice = { ...quote, mentions: ['nato', 'nato'] as ActorId[] };
    const tables = buildActorQuoteTables(corpus.actors, [twice], articleDates(corpus));
    const nato = corpus.actors.findIndex((a) => a.id === 'nato');
    expect((tables.aboutStart[nato + 1] ?? 0) - (tables.aboutStart[nato] ?? 0)).toBe(1);
    expect(tables.aboutQuotes).toHaveLength(1);
  });

  it('stay correct at hub scale (one actor with 3,000 quotes)', () => {
    const hub = validateCorpus(hubCorpus(3000));
    const index = indexCorpus(hub);
    const said = quotesOfActor(index, 'sergey-lavrov' as ActorId, 'said');
    expect(ids(said)).toEqual(ids(sortNewestFirst(hub.quotes, index.articlesById)));
  });
});

describe('newestFirstOrder', () => {
  it('is the order of sortNewestFirst for any dates, articles and offsets', () => {
    const quoteArb = fc.record({
      articleId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      start: fc.nat(50),
    });
    const dateArb = fc.option(fc.constantFrom('2021-01-01', '2021-06-01', '2022-01-01'));
    fc.assert(
      fc.property(
        fc.array(quoteArb, { maxLength: 40 }),
        fc.record({ a: dateArb, b: dateArb, c: dateArb, d: dateArb }),
        (raw, dates) => {
          const quotes = raw.map(
            (q, i) =>
              ({
                ...q,
                id: `q${i}` as QuoteId,
                articleId: q.articleId as ArticleId,
              }) as Quote,
          );
          // Article "e" is missing from the table: treated as undated, like sortNewestFirst does.
          const dateOf = new Map(
            Object.entries(dates).map(([id, date]) => [id as ArticleId, date]),
          );
          const articlesById = new Map([...dateOf].map(([id, date]) => [id, { date }] as const));
          const order = [...newestFirstOrder(quotes, dateOf)].map((i) => quotes[i]?.id);
          expect(order).toEqual(ids(sortNewestFirst(quotes, articlesById)));
        },
      ),
    );
  });
});
