import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/corpus/fold-text.ts';
import {
  buildSearchIndex,
  buildSearchIndexAsync,
  QUOTE_SHARD_SIZE,
} from '../../src/corpus/search-index.ts';
import { validateCorpus } from '../../src/corpus/parse-corpus.ts';
import { hubCorpus, smallCorpus } from '../fixtures/corpus/fixtures.ts';

const corpus = validateCorpus(smallCorpus());
const index = buildSearchIndex(corpus);
const actorNames = (q: string) => index.search(q).actors.map((h) => h.actor.name);

describe('foldText', () => {
  it('folds case and accents but keeps other scripts', () => {
    expect(foldText('Lávrov ÁLVAREZ')).toBe('lavrov alvarez');
    expect(foldText('Лавров')).toBe('лавров');
  });
});

describe('CorpusSearchIndex', () => {
  it('finds actors by any alias, case- and accent-insensitively, and by prefix', () => {
    expect(actorNames('lavrov')).toEqual(['Sergey Lavrov']);
    expect(actorNames('Lávrov')).toEqual(['Sergey Lavrov']);
    expect(actorNames('alvarez')).toEqual(['José Álvarez']);
    expect(actorNames('stolt')).toEqual(['Jens Stoltenberg']);
    expect(actorNames('the alliance')).toEqual(['NATO']);
  });

  it('reports the alias that matched when it is not the name', () => {
    const [hit] = index.search('Лавров').actors;
    expect(hit?.actor.name).toBe('Sergey Lavrov');
    expect(hit?.alias).toBe('Лавров');
    expect(index.search('Moscow').actors[0]?.alias).toBe('Moscow');
  });

  it('tolerates one typo in longer words', () => {
    expect(actorNames('stoltenbwrg')).toEqual(['Jens Stoltenberg']);
  });

  it('finds quotes by their words, all words required', () => {
    const texts = index.search('join nato').quotes.map((q) => q.text);
    expect(texts).toEqual(['Russia is not going to join NATO']);
    // Function words are not indexed, so they neither match nor block a match.
    expect(index.search('the confrontation').quotes.map((q) => q.id)).toEqual(['reuters-latest#0']);
    expect(index.search('confrontation').quotes.map((q) => q.id)).toEqual(['reuters-latest#0']);
    expect(index.search('zebra').quotes).toEqual([]);
  });

  it('returns nothing for a blank query and honours limits', () => {
    expect(index.search('   ')).toEqual({ actors: [], quotes: [], quotesComplete: true });
    const limited = index.search('nato', { actors: 1, quotes: 2, budgetMs: 1000 });
    expect(limited.quotes).toHaveLength(2);
    expect(limited.quotesComplete).toBe(false);
    const all = index.search('nato', { actors: 1, quotes: 100, budgetMs: 1000 });
    expect(all.quotes.length).toBeGreaterThan(2);
    expect(all.quotesComplete).toBe(true);
  });

  it('builds the same index asynchronously', async () => {
    const asyncIndex = await buildSearchIndexAsync(corpus);
    expect(asyncIndex.search('luck').quotes.map((q) => q.id)).toEqual(['rt-nato#0']);
  });

  // Keystroke timings are measured by `npm run bench:budgets`, not asserted here.
  it('finds a rare word in whichever of many shards holds it', async () => {
    const big = validateCorpus(hubCorpus(5 * QUOTE_SHARD_SIZE));
    const bigIndex = await buildSearchIndexAsync(big);
    expect(bigIndex.search('19999').quotes.map((q) => q.text)).toEqual([
      'Statement number 19999 about the alliance',
    ]);
    expect(bigIndex.search('12345').quotes.map((q) => q.id)).toEqual([
      big.quotes.find((q) => q.text.includes(' 12345 '))?.id,
    ]);
  });
});
