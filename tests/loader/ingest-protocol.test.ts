import { describe, expect, it } from 'vitest';
import { byPath, ingestRate } from '../../src/loader/ingest-protocol.ts';

describe('ingestRate', () => {
  it('says nothing before a file is done or in the first instants', () => {
    expect(ingestRate({ done: 0, total: 10, articles: 0, elapsedMs: 1000 })).toBeNull();
    expect(ingestRate({ done: 3, total: 10, articles: 3, elapsedMs: 10 })).toBeNull();
  });

  it('counts articles per second and the time the remaining files take at the same pace', () => {
    // 200 files in 2 s (150 of them articles): 800 left at 100 files/s.
    expect(ingestRate({ done: 200, total: 1000, articles: 150, elapsedMs: 2000 })).toEqual({
      perSecond: 75,
      secondsLeft: 8,
    });
  });
});

describe('byPath', () => {
  it('orders files by path code unit by code unit, as the CLI lists a folder', () => {
    const file = (path: string) => ({ path, blob: new Blob([]) });
    const paths = ['b.txt', 'a/z.txt', 'B.txt', 'a.txt', 'a/b.txt', 'é.txt', 'a.txt']
      .map(file)
      .sort(byPath)
      .map((f) => f.path);
    expect(paths).toEqual(['B.txt', 'a.txt', 'a.txt', 'a/b.txt', 'a/z.txt', 'b.txt', 'é.txt']);
  });
});
