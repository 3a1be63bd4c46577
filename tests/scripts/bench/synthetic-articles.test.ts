import { describe, expect, it } from 'vitest';
import { ActorSchema, CorpusSchema } from '../../../src/corpus/schema.ts';
import { seededRandom } from '../../../src/lib/seeded-random.ts';
import {
  coverRankFor,
  createWorld,
  generateArticle,
  isRepost,
  plannedCorpusPart,
  repostArticle,
  sampleRank,
} from '../../../scripts/bench/synthetic-articles.ts';
import { buildCorpus } from '../../../src/ingest/build-corpus.ts';

// Small worlds (a few hundred actors, a few hundred articles) keep these fast; the properties
// checked are the ones the 20,000-article benchmark relies on.

describe('createWorld', () => {
  const world = createWorld({ actors: 500, seed: 7 });

  it('creates the requested number of valid, uniquely named actors of every kind', () => {
    expect(world.actors).toHaveLength(500);
    for (const actor of world.actors) expect(() => ActorSchema.parse(actor)).not.toThrow();
    expect(new Set(world.actors.map((a) => a.id)).size).toBe(500);
    const kinds = new Set(world.actors.map((a) => a.kind));
    expect(kinds).toEqual(new Set(['person', 'organization', 'country']));
    // A surname alias must name exactly one actor, or the extractor could not resolve it.
    const aliases = world.actors.flatMap((a) => a.aliases);
    expect(new Set(aliases).size).toBe(aliases.length);
  });

  it('is deterministic in the seed', () => {
    expect(createWorld({ actors: 500, seed: 7 }).actors).toEqual(world.actors);
    expect(createWorld({ actors: 500, seed: 8 }).actors).not.toEqual(world.actors);
  });

  it('draws actors with a heavy tail: the top 1% takes far more than 1% of the draws', () => {
    const random = seededRandom(1);
    const counts = new Array<number>(world.actors.length).fill(0);
    const draws = 50_000;
    for (let i = 0; i < draws; i++) {
      const r = sampleRank(world, random);
      counts[r] = (counts[r] ?? 0) + 1;
    }
    const top = counts.slice(0, 5).reduce((s, n) => s + n, 0);
    expect(top / draws).toBeGreaterThan(0.25);
    // …while the median actor is rare: well under 1% of the most central one.
    const median = [...counts].sort((x, y) => x - y)[Math.floor(counts.length / 2)] ?? 0;
    expect(median).toBeLessThan((counts[0] ?? 0) / 100);
  });
});

describe('generateArticle', () => {
  const world = createWorld({ actors: 300, seed: 3 });
  const articles = Array.from({ length: 300 }, (_, i) =>
    generateArticle(world, i, coverRankFor(world, i)),
  );

  it('produces byte-identical articles for the same seed and index', () => {
    const again = generateArticle(createWorld({ actors: 300, seed: 3 }), 5, coverRankFor(world, 5));
    expect(again).toEqual(articles[5]);
    expect(generateArticle(createWorld({ actors: 300, seed: 4 }), 5).text).not.toBe(
      articles[5]?.text,
    );
  });

  it('names files like the seeds, uniquely', () => {
    for (const a of articles) expect(a.file).toMatch(/^\d{5}_[0-9a-f]{16}\.txt$/);
    expect(new Set(articles.map((a) => a.file)).size).toBe(articles.length);
  });

  it('averages about five quotes per article, each one present in the text', () => {
    const quotes = articles.flatMap((a) => a.planned);
    expect(quotes.length / articles.length).toBeGreaterThan(4.5);
    expect(quotes.length / articles.length).toBeLessThan(5.5);
    for (const a of articles) {
      for (const q of a.planned) {
        // Split quotes are planned as "first, second"; each half is in the text.
        for (const part of q.text.split(/, (?=[A-Z][a-z]+ )/))
          expect(a.text).toContain(part.slice(0, 30));
      }
    }
  });

  it('mixes the messy features of real articles', () => {
    const all = articles.map((a) => a.text).join('\n');
    expect(all).toMatch(/^ date \d{4}-\d{2}-\d{2} /m);
    expect(all).toMatch(/This article was last updated on/);
    expect(all).toMatch(/\w\.Also on \S+/);
    expect(all).toMatch(/Share with friends|Like this story\?/);
    expect(all).toMatch(/© \w+ Photo \//);
    expect(all).toMatch(/^[A-Z ]+ \(\w+\) - /m);
    for (const mark of ['"', '“', '‘', '«']) expect(all).toContain(mark);
    for (const cue of ['told reporters', 'joked', 'added', 'According to', ' that '])
      expect(all).toContain(cue);
    expect(all).toMatch(/[“"],? (he|she) (added|said|noted)\./);
    expect(all).toMatch(
      /,” the (minister|president|spokesperson|ambassador|senator|governor|prime minister|deputy minister|opposition leader) (added|said)\./,
    );
    const kinds = new Set(articles.flatMap((a) => a.planned.map((q) => q.kind)));
    expect(kinds).toEqual(new Set(['direct', 'indirect']));
  });

  it('covers every actor when there are at least as many articles as actors', () => {
    const seen = new Set<string>();
    for (const a of articles) {
      for (const q of a.planned) {
        seen.add(q.speakerId);
        q.mentions.forEach((m) => seen.add(m));
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(world.actors.length * 0.95);
    for (const a of world.actors) {
      const mentioned = articles.some((x) =>
        x.text.includes(a.kind === 'person' ? (a.aliases[0] ?? a.name) : a.name),
      );
      expect(mentioned, a.name).toBe(true);
    }
  });
});

describe('plannedCorpusPart', () => {
  it('turns the plan into records that pass the corpus schema', () => {
    const world = createWorld({ actors: 120, seed: 9 });
    const parts = Array.from({ length: 60 }, (_, i) =>
      plannedCorpusPart(generateArticle(world, i, coverRankFor(world, i))),
    );
    const corpus = {
      version: 1,
      articles: parts.map((p) => p.article),
      actors: world.actors,
      quotes: parts.flatMap((p) => p.quotes),
      rejected: [],
    };
    const parsed = CorpusSchema.safeParse(corpus);
    expect(
      parsed.success,
      parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3)),
    ).toBe(true);
    // Spans really point at the quote (not the empty fallback) for almost every quote.
    const located = corpus.quotes.filter((q) => q.end > q.start).length;
    expect(located / corpus.quotes.length).toBeGreaterThan(0.98);
    const dated = corpus.articles.filter((a) => a.date !== null);
    expect(dated.length).toBeGreaterThan(10);
    for (const a of dated) expect(a.title).not.toMatch(/^ ?date /);
  });
});

describe('reposts', () => {
  const world = createWorld({ actors: 200, seed: 3 });

  it('reposts about the share asked, never the first article, deterministically', () => {
    const flags = Array.from({ length: 2000 }, (_, i) => isRepost(3, i, 0.1));
    expect(flags[0]).toBe(false);
    const share = flags.filter(Boolean).length / flags.length;
    expect(share).toBeGreaterThan(0.07);
    expect(share).toBeLessThan(0.13);
    expect(Array.from({ length: 2000 }, (_, i) => isRepost(3, i, 0.1))).toEqual(flags);
    expect(flags.some((_, i) => isRepost(3, i, 0))).toBe(false);
  });

  it('carries the same quotes, which the ingest folds with the original’s', () => {
    const source = generateArticle(world, 7, coverRankFor(world, 7));
    const repost = repostArticle(source, 3, 8);
    expect(repost.file).not.toBe(source.file);
    expect(repost.text).not.toBe(source.text);
    expect(repost.text).not.toMatch(/[“”]/);
    const encoder = new TextEncoder();
    const corpus = buildCorpus(
      [source, repost].map((a) => ({ file: a.file, bytes: encoder.encode(a.text) })),
      { knownActors: world.actors, outlets: [] },
    );
    const fromSource = corpus.quotes.filter((q) => q.articleId === corpus.articles[0]?.id).length;
    expect(fromSource).toBeGreaterThan(0);
    // Nearly every quote of the original has its repost folded with it.
    expect(corpus.statements.length).toBeGreaterThanOrEqual(Math.ceil(fromSource * 0.7));
    for (const s of corpus.statements) expect(s.quoteIds).toHaveLength(2);
  });
});
