import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/corpus/fold-text.ts';
import { buildSearchIndex, buildSearchIndexAsync } from '../../src/corpus/search-index.ts';
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

  it('answers a keystroke within the 50 ms budget at 100,000 quotes', async () => {
    const big = validateCorpus(hubCorpus(100_000));
    const t0 = performance.now();
    const bigIndex = await buildSearchIndexAsync(big);
    const buildMs = performance.now() - t0;
    const times: number[] = [];
    const queries = [
      's',
      'st',
      'sta',
      'stat',
      'statement',
      'statement num',
      'alliance zebra',
      'lav',
    ];
    for (const q of queries) {
      // Best of three: on a shared machine another process can steal any single run.
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const t1 = performance.now();
        bigIndex.search(q);
        best = Math.min(best, performance.now() - t1);
      }
      times.push(best);
    }
    console.info(`100k quotes: index ${buildMs.toFixed(0)} ms; keystrokes`, times.map(Math.round));
    // Found wherever its shard is: a rare word is cheap to look up in every shard.
    expect(bigIndex.search('99999').quotes[0]?.text).toBe(
      'Statement number 99999 about the alliance',
    );
    // The budget stops a search at 25 ms plus one shard; allow scheduler noise on a shared machine.
    expect(Math.max(...times)).toBeLessThan(50);
  }, 60_000);
});
