import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActorId, Quote } from '../../src/corpus/schema.ts';
import { edgeIdOf, parseEdgeId } from '../../src/corpus/edge-id.ts';
import { buildActorGraph } from '../../src/graph/build-actor-graph.ts';
import { NEWS_ACTORS, NEWS_QUOTES, newsQuoteDate } from '../fixtures/graph/news-network.ts';
import { syntheticCorpus } from '../fixtures/graph/synthetic-corpus.ts';

const id = (s: string) => s as ActorId;

describe('buildActorGraph', () => {
  const graph = buildActorGraph(NEWS_ACTORS, NEWS_QUOTES, { quoteDate: newsQuoteDate });

  it('counts quotes said and quotes mentioning each actor', () => {
    const lavrov = graph.nodes.find((n) => n.id === 'sergey-lavrov');
    const saidByLavrov = NEWS_QUOTES.filter((q) => q.speakerId === 'sergey-lavrov').length;
    // Mentioned by others, once per quote; his own self-mention does not count.
    const mentioning = NEWS_QUOTES.filter(
      (q) => q.speakerId !== 'sergey-lavrov' && q.mentions.includes(id('sergey-lavrov')),
    ).length;
    expect(lavrov).toMatchObject({ quotedCount: saidByLavrov, mentionedCount: mentioning });
    expect(saidByLavrov).toBe(10);
    expect(mentioning).toBe(7);
  });

  it('counts a mention repeated inside one quote once, and never makes self-loops', () => {
    const nato = graph.edges.find((e) => e.id === 'sergey-lavrov->nato');
    // Lavrov mentions NATO in 5 distinct quotes, one of which lists it twice.
    expect(nato?.quoteIds).toHaveLength(5);
    expect(new Set(nato?.quoteIds).size).toBe(5);
    expect(graph.edges.some((e) => e.source === e.target)).toBe(false);
  });

  it('makes one edge per directed pair, both directions when both speak of each other', () => {
    const ids = graph.edges.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('sergey-lavrov->jens-stoltenberg');
    expect(ids).toContain('jens-stoltenberg->sergey-lavrov');
    for (const e of graph.edges) expect(e.id).toBe(edgeIdOf(e.source, e.target));
  });

  it('orders each edge’s quotes newest first, undated last', () => {
    const edge = graph.edges.find((e) => e.id === 'sergey-lavrov->nato');
    const articles = edge?.quoteIds.map((q) => q.split('#')[0]);
    // a3 (2022-01-10) ×2, a2 (2021-12-28), a1 (2021-09-23), a4 (undated)
    expect(articles).toEqual(['a3', 'a3', 'a2', 'a1', 'a4']);
  });

  it('keeps input order when no dates are given', () => {
    const plain = buildActorGraph(NEWS_ACTORS, NEWS_QUOTES);
    const edge = plain.edges.find((e) => e.id === 'sergey-lavrov->nato');
    expect(edge?.quoteIds.map((q) => q.split('#')[0])).toEqual(['a1', 'a2', 'a3', 'a3', 'a4']);
  });

  it('leaves out isolated actors unless asked, in actor order', () => {
    expect(graph.nodes.map((n) => n.id)).not.toContain('olaf-scholz');
    const all = buildActorGraph(NEWS_ACTORS, NEWS_QUOTES, { includeIsolated: true });
    expect(all.nodes.map((n) => n.id)).toEqual(NEWS_ACTORS.map((a) => a.id));
    expect(all.nodes.find((n) => n.id === 'olaf-scholz')).toMatchObject({
      quotedCount: 0,
      mentionedCount: 0,
    });
  });

  it('builds the graph of a subset of quotes (a filter) with only the actors involved', () => {
    const a1 = NEWS_QUOTES.filter((q) => q.articleId === 'a1');
    const sub = buildActorGraph(NEWS_ACTORS, a1);
    const involved = new Set(a1.flatMap((q) => [q.speakerId, ...q.mentions]));
    expect(new Set(sub.nodes.map((n) => n.id))).toEqual(involved);
    expect(sub.edges.every((e) => e.quoteIds.every((q) => q.startsWith('a1#')))).toBe(true);
  });

  it('ignores references to unknown actors and does not mutate its inputs', () => {
    const quotes: Quote[] = [
      { ...(NEWS_QUOTES[0] as Quote), speakerId: id('nobody') },
      { ...(NEWS_QUOTES[1] as Quote), mentions: [id('ghost'), id('jens-stoltenberg')] },
    ];
    const before = JSON.stringify(quotes);
    const g = buildActorGraph(NEWS_ACTORS, quotes);
    expect(g.edges.map((e) => e.id)).toEqual(['sergey-lavrov->jens-stoltenberg']);
    expect(JSON.stringify(quotes)).toBe(before);
  });

  it('is deterministic and independent of quote order for counts and edge order', () => {
    const reversed = buildActorGraph(NEWS_ACTORS, [...NEWS_QUOTES].reverse(), {
      quoteDate: newsQuoteDate,
    });
    expect(reversed.nodes).toEqual(graph.nodes);
    expect(reversed.edges.map((e) => e.id)).toEqual(graph.edges.map((e) => e.id));
  });

  it('satisfies its invariants on random quotes', () => {
    const actorIds = NEWS_ACTORS.map((a) => a.id);
    const quoteArb = fc.record({
      speaker: fc.constantFrom(...actorIds),
      mentions: fc.array(fc.constantFrom(...actorIds), { maxLength: 4 }),
      day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(quoteArb, { maxLength: 40 }), (raw) => {
        const quotes = raw.map((r, i) => ({
          ...(NEWS_QUOTES[0] as Quote),
          id: `x#${i}` as Quote['id'],
          speakerId: r.speaker,
          mentions: r.mentions,
        }));
        const date = (q: Pick<Quote, 'id'>) => {
          const d = raw[Number(q.id.slice(2))]?.day;
          return d == null ? null : `2024-01-${String(d).padStart(2, '0')}`;
        };
        const g = buildActorGraph(NEWS_ACTORS, quotes, { quoteDate: date });
        const totalQuoted = g.nodes.reduce((s, n) => s + n.quotedCount, 0);
        expect(totalQuoted).toBe(quotes.length);
        const totalMentioned = g.nodes.reduce((s, n) => s + n.mentionedCount, 0);
        expect(totalMentioned).toBe(g.edges.reduce((s, e) => s + e.quoteIds.length, 0));
        for (const e of g.edges) {
          expect(e.source).not.toBe(e.target);
          expect(e.quoteIds.length).toBeGreaterThan(0);
          const dates = e.quoteIds.map((q) => date(quotes[Number(q.slice(2))] as Quote) ?? '');
          // Newest first, undated ('') last.
          const keys = dates.map((d) => (d === '' ? '0' : d));
          expect([...keys].sort().reverse()).toEqual(keys);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('builds 10,000 actors / 100,000 quotes', () => {
    const { actors, quotes, articleDates } = syntheticCorpus(10_000, 100_000);
    const g = buildActorGraph(actors, quotes, {
      includeIsolated: true,
      quoteDate: (q) => articleDates.get(q.articleId),
    });
    expect(g.nodes).toHaveLength(10_000);
    expect(g.edges.length).toBeGreaterThan(10_000);
    // Its time (a guard against accidental O(n²)) is measured by `npm run bench:budgets`.
  });
});

describe('edge ids', () => {
  it('round-trips through parseEdgeId and rejects non-edges', () => {
    const e = edgeIdOf(id('a-b'), id('c'));
    expect(e).toBe('a-b->c');
    expect(parseEdgeId(e)).toEqual({ source: 'a-b', target: 'c' });
    expect(parseEdgeId('nope')).toBeNull();
    expect(parseEdgeId('->x')).toBeNull();
    expect(parseEdgeId('x->')).toBeNull();
  });
});
