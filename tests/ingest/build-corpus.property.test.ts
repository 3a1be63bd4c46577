// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorpusSchema } from '../../src/corpus/schema.ts';
import { ingestTexts } from './support.ts';

// Random text, heavy on quote marks, apostrophes, names and reporting verbs: the extractor
// must never throw, keep every offset inside its article and every reference resolvable.
const pieces = fc.constantFrom(
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '«',
  '»',
  '„',
  ' ',
  '\n',
  '\n\n',
  ', ',
  '. ',
  ': ',
  ' - ',
  '—',
  'Lavrov',
  'said',
  'told reporters',
  'he',
  'the minister',
  'According to',
  'NATO',
  'Moscow',
  'Jan Novak',
  'that',
  'added',
  'Russia’s',
  'it’s',
  'accused',
  'of',
  'pledged not to',
  'says',
  ' date 2021-01-01 ',
  'Also on rt.com',
  '©',
  'Ж',
  '😀',
  'é',
);
const article = fc.oneof(
  fc.array(pieces, { maxLength: 60 }).map((p) => p.join('')),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

describe('ingest on random text', () => {
  it('never throws, keeps spans inside the text and validates against CorpusSchema', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 4 }), (texts) => {
        const files = Object.fromEntries(texts.map((t, i) => [`${i}.txt`, t]));
        const corpus = ingestTexts(files);
        const result = CorpusSchema.safeParse(corpus);
        expect(result.success, result.success ? '' : JSON.stringify(result.error.issues[0])).toBe(
          true,
        );
        expect(corpus.articles.length + corpus.rejected.length).toBe(texts.length);
        const actorIds = new Set(corpus.actors.map((a) => a.id));
        for (const q of corpus.quotes) {
          const a = corpus.articles.find((x) => x.id === q.articleId);
          expect(a).toBeDefined();
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(a?.text.length ?? 0);
          expect(actorIds.has(q.speakerId)).toBe(true);
          for (const m of q.mentions) expect(actorIds.has(m)).toBe(true);
          expect(q.mentions).not.toContain(q.speakerId);
        }
        expect(corpus.rejected.every((r) => !r.reason.startsWith('extractor error'))).toBe(true);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('is deterministic: the same input gives the same corpus', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 3 }), (texts) => {
        const files = Object.fromEntries(texts.map((t, i) => [`${i}.txt`, t]));
        expect(ingestTexts(files)).toEqual(ingestTexts(files));
      }),
      { numRuns: 50, seed: 7 },
    );
  });
});
