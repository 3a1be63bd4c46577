import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/ingest/find-direct-quotes.ts';
import { buildStream, splitSentences } from '../../src/ingest/segment.ts';
import { tokenize } from '../../src/ingest/tokenize.ts';
import { quotesOf } from './support.ts';

/** The sentences of a one-paragraph text, as text. */
function sentencesOf(text: string): string[] {
  const spans = findQuoteSpans([text], [0]);
  const stream = buildStream(tokenize(text), spans, [0]);
  return splitSentences(stream, spans, text).map(([a, b]) =>
    text.slice(stream[a]?.start ?? 0, stream[b - 1]?.end ?? 0),
  );
}

describe('splitSentences', () => {
  it('ends a sentence at a point before a capital', () => {
    expect(sentencesOf('The talks failed. Roe left.')).toEqual(['The talks failed.', 'Roe left.']);
  });

  it('keeps initials glued to a party label inside the sentence ("(R-S.C.)")', () => {
    expect(sentencesOf('Rep. Jane Roe (R-S.C.) said the plan failed. Vance left.')).toEqual([
      'Rep. Jane Roe (R-S.C.) said the plan failed.',
      'Vance left.',
    ]);
    expect(quotesOf('Rep. Jane Roe (D-N.Y.) said the plan had failed.')).toEqual([
      ['Jane Roe', 'indirect', 'the plan had failed'],
    ]);
  });
});
