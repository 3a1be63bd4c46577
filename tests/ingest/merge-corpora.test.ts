import { describe, expect, it } from 'vitest';
import { validateCorpus } from '../../src/corpus/parse-corpus.ts';
import type { Corpus } from '../../src/corpus/schema.ts';
import { buildCorpus } from '../../src/ingest/build-corpus.ts';
import { mergeCorpora } from '../../src/ingest/merge-corpora.ts';
import { loadKnownActors, loadOutlets } from '../../scripts/ingest/load-data.ts';

const options = { knownActors: loadKnownActors(), outlets: loadOutlets() };
const encoder = new TextEncoder();

/** A validated corpus of in-memory articles (name → text), as the ingest makes it. */
function corpusOf(files: Record<string, string>): Corpus {
  const built = buildCorpus(
    Object.entries(files).map(([file, text]) => ({ file, bytes: encoder.encode(text) })),
    options,
  );
  return validateCorpus({ ...built, explanations: undefined });
}

const SAID = '"Russia is not going to join NATO, and nobody should think otherwise," Lavrov said.';
const bundled = corpusOf({
  'news.txt': ` date 2021-09-23 Lavrov in New York\n${SAID}\n`,
  'other.txt': 'Markets\n"We are ready," Jens Stoltenberg said.\n',
});
const own = corpusOf({
  // Same file name as a bundled one, and a repost of its statement.
  'news.txt': ` date 2021-09-24 Repost\n${SAID}\n`,
  'own-2.txt': 'Talks\n"We will talk," said Sauli Niinisto.\n',
  'empty.txt': '',
});

describe('mergeCorpora', () => {
  const merged = mergeCorpora(bundled, own);

  it('keeps every id unique: a taken article id and its quotes get the next free suffix', () => {
    expect(merged.articles.map((a) => a.id)).toEqual(['news', 'other', 'news-2', 'own-2']);
    const renamed = merged.quotes.filter((q) => q.articleId === 'news-2');
    expect(renamed.length).toBeGreaterThan(0);
    for (const q of renamed) expect(q.id).toMatch(/^news-2#\d+$/);
    // The bundled records come first and unchanged.
    expect(merged.quotes.slice(0, bundled.quotes.length)).toEqual(bundled.quotes);
    // The result is a corpus: every reference resolves (validateCorpus checks them).
    expect(() => validateCorpus(merged)).not.toThrow();
  });

  it('has one record per actor and folds a statement reported in both corpora', () => {
    const ids = merged.actors.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['sergey-lavrov', 'jens-stoltenberg']));
    const folded = merged.statements?.find((s) => s.speakerId === 'sergey-lavrov');
    expect(folded?.quoteIds.map((id) => id.split('#')[0])).toEqual(['news', 'news-2']);
    expect(folded?.firstDate).toBe('2021-09-23');
  });

  it('keeps the rejected files of both, and is the first corpus when the second is empty', () => {
    expect(merged.rejected.map((r) => r.file)).toEqual(['empty.txt']);
    const alone = mergeCorpora(bundled, {
      ...bundled,
      articles: [],
      quotes: [],
      actors: [],
      rejected: [],
    });
    expect(alone.articles).toEqual(bundled.articles);
    expect(alone.quotes).toEqual(bundled.quotes);
    expect(alone.statements).toEqual(bundled.statements ?? []);
  });

  it('does not change its inputs', () => {
    const before = JSON.stringify(own);
    mergeCorpora(bundled, own);
    expect(JSON.stringify(own)).toBe(before);
  });
});
