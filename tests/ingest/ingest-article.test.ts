import { describe, expect, it } from 'vitest';
import { UNKNOWN_ACTOR_ID } from '../../src/corpus/schema.ts';
import { ActorRegistry } from '../../src/ingest/actor-registry.ts';
import { compileOutlets } from '../../src/ingest/clean-article.ts';
import { articleIdFromFile } from '../../src/ingest/article-id.ts';
import { attributionConfidence } from '../../src/ingest/attribution-confidence.ts';
import { ingestArticle } from '../../src/ingest/ingest-article.ts';

const KNOWN = [
  {
    id: 'jane-roe',
    name: 'Jane Roe',
    kind: 'person' as const,
    aliases: ['Roe'],
    role: 'Foreign Minister',
  },
];

function ingest(text: string) {
  const registry = new ActorRegistry(KNOWN);
  const result = ingestArticle(
    { id: 'a', file: 'a.txt', text },
    { registry, outlets: compileOutlets([]), explain: true },
  );
  return { ...result, registry };
}

describe('articleIdFromFile', () => {
  it('keeps Latin names stable and gives other scripts a readable id plus a hash', () => {
    expect(articleIdFromFile('dir/000_abc.txt')).toBe('000_abc');
    expect(articleIdFromFile('a b.txt')).toBe('a-b');
    const cyr = articleIdFromFile('Путин.txt');
    expect(cyr).toMatch(/^putin-[0-9a-f]{8}$/);
    expect(articleIdFromFile('Путин.txt')).toBe(cyr);
  });
});

describe('attributionConfidence', () => {
  it('lowers a rule confidence for pronouns and unknown speakers', () => {
    const named = attributionConfidence('quote-then-speaker', 'name "Roe"', false);
    const pronoun = attributionConfidence('quote-then-speaker', 'pronoun "she"', false);
    const unknown = attributionConfidence('quote-then-speaker', 'no attribution', true);
    expect(named).toBeGreaterThan(pronoun);
    expect(pronoun).toBeGreaterThan(unknown);
  });
});

describe('ingestArticle', () => {
  it('attributes a direct quote through a pronoun and a reported clause to a new person', () => {
    // Covers the whole step: cleaning, entities, attribution, pronoun resolution, discovery.
    const { quotes, registry } = ingest(
      'Talks resume\n\nForeign Minister Jane Roe spoke on Monday.\n\n' +
        '"We will not yield," she said.\n\nPeter Vance said the talks had failed.',
    );
    expect(quotes.map((q) => [registry.nameOf(q.speakerId), q.kind, q.text, q.rule])).toEqual([
      ['Jane Roe', 'direct', 'We will not yield', 'quote-then-speaker'],
      ['Peter Vance', 'indirect', 'the talks had failed', 'speaker-verb-clause'],
    ]);
  });

  it('points every quote at the span of the cleaned text holding its words', () => {
    // Offsets of a direct quote include its marks; the quote text is the words inside.
    const { article, quotes } = ingest('Title\n\n"This is a test of offsets," Roe said.');
    for (const q of quotes) expect(article.text.slice(q.start, q.end)).toContain(q.text);
    expect(quotes).toHaveLength(1);
  });

  it('leaves an unattributed long quote to the unknown speaker', () => {
    const { quotes } = ingest('Title\n\n"Nobody here has said who wrote these words at all."');
    expect(quotes.map((q) => q.speakerId)).toEqual([UNKNOWN_ACTOR_ID]);
  });
});
