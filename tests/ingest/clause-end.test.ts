import { describe, expect, it } from 'vitest';
import type { RawAttribution, SentenceInput } from '../../src/ingest/attribution/sentence.ts';
import { reportedClauseEnd } from '../../src/ingest/attribution/clause-end.ts';
import { findQuoteSpans } from '../../src/ingest/find-direct-quotes.ts';
import { buildStream } from '../../src/ingest/segment.ts';
import { tokenize } from '../../src/ingest/tokenize.ts';
import { quotesOf } from './support.ts';

/** One-paragraph sentence; `clause` is the word the reported clause starts at. */
function clauseOf(
  text: string,
  clause: string,
  cue = { participle: false, npObject: false },
  next: (from: number) => RawAttribution[] = () => [],
): string {
  const spans = findQuoteSpans([text], [0]);
  const stream = buildStream(tokenize(text), spans, [0]);
  const s: SentenceInput = {
    stream,
    from: 0,
    to: stream.length,
    spans,
    text,
    isSpeaker: () => true,
  };
  const from = stream.findIndex((t) => t.text === clause);
  const b = reportedClauseEnd(s, from, stream.length - 1, cue, next);
  return text.slice(stream[from]?.start ?? 0, stream[b.end - 1]?.end ?? 0);
}

describe('reportedClauseEnd', () => {
  it('runs to the end of the sentence when nothing closes the clause', () => {
    expect(clauseOf('Roe said the talks had failed.', 'the')).toBe('the talks had failed');
  });

  it('stops at a semicolon', () => {
    expect(clauseOf('Kyiv says Russia shelled the plant; Moscow denies it.', 'Russia')).toBe(
      'Russia shelled the plant',
    );
  });

  it("stops before the writer's own narration after a comma", () => {
    expect(clauseOf('Roe said the plan failed, although polls show support.', 'the')).toBe(
      'the plan failed',
    );
  });

  it('stops before a second cue of the same subject', () => {
    expect(clauseOf('Roe said the attacks worked and said that more would come.', 'the')).toBe(
      'the attacks worked',
    );
    expect(clauseOf('Roe admitted the name was wrong, but said more would come.', 'the')).toBe(
      'the name was wrong,',
    );
  });

  it('trims trailing adjuncts of a speech-act object and stops at a participle cue', () => {
    const npObject = { participle: false, npObject: true };
    expect(clauseOf('Roe called for more aid in a statement on Thursday.', 'more', npObject)).toBe(
      'more aid',
    );
    expect(clauseOf('Roe praised the plan, saying it would help.', 'the', npObject)).toBe(
      'the plan',
    );
  });

  it('ends a speech-act object before ", who", an aside on a person it names', () => {
    const npObject = { participle: false, npObject: true };
    // The relative clause is about Jan Novak, not part of what Roe praised.
    expect(
      clauseOf('Roe praised the work of Jan Novak, who ran the fund for years.', 'the', npObject),
    ).toBe('the work of Jan Novak');
    // A reported clause (no noun object) keeps its relative clause.
    expect(clauseOf('Roe said she met Jan Novak, who ran the fund.', 'she')).toBe(
      'she met Jan Novak, who ran the fund',
    );
  });

  it('ends a speech-act object before "during a / an", the occasion of the act', () => {
    const npObject = { participle: false, npObject: true };
    // The occasion ("during a campaign stop") is no part of what was criticised.
    expect(
      clauseOf('Roe criticized the law as a mess during a stop in Flint.', 'the', npObject),
    ).toBe('the law as a mess');
    // "during the …" can be part of what was said: kept.
    expect(
      clauseOf('Roe announced it will have staff working during the debate.', 'it', npObject),
    ).toBe('it will have staff working during the debate');
  });

  it('hands a contrasting clause to the next statement only when it holds one', () => {
    const text = 'Roe said the deal was dead, while Vance insists it can be saved.';
    expect(clauseOf(text, 'the')).toBe(text.slice(9, -1));
    const found: RawAttribution = {
      kind: 'indirect',
      start: 0,
      end: 1,
      parts: [[0, 1]],
      cue: null,
      speaker: { type: 'continuation' },
      rule: 'speaker-verb-clause',
      quotes: [],
    };
    expect(clauseOf(text, 'the', undefined, () => [found])).toBe('the deal was dead');
  });

  it('ends at ", and" when a clause with its own speaker and cue follows', () => {
    expect(
      quotesOf('Roe said the deal was dead, and Vance said it could still be saved.').map(
        (q) => q[2],
      ),
    ).toEqual(['the deal was dead', 'it could still be saved']);
    expect(
      quotesOf('Roe said the deal was dead, and the talks would resume.').map((q) => q[2]),
    ).toEqual(['the deal was dead, and the talks would resume']);
  });

  it('ends at a dash and "and" when a clause with its own speaker and cue follows', () => {
    // The dash sets off a second report of the speaker's: two statements.
    expect(
      quotesOf('Roe said the vote would be close — and she noted that turnout was low.').map(
        (q) => q[2],
      ),
    ).toEqual(['the vote would be close', 'turnout was low']);
    // No speaker and cue after the dash: the clause runs on through it.
    expect(
      quotesOf('Roe said the vote would be close — and turnout would be low.').map((q) => q[2]),
    ).toEqual(['the vote would be close — and turnout would be low']);
  });

  it('reads a report inside the narration after ", although"', () => {
    expect(
      quotesOf('Roe said the deal was dead, although aides say talks could resume.').map(
        (q) => q[2],
      ),
    ).toEqual(['the deal was dead', 'talks could resume']);
  });

  it('ends a reported clause at a participle cue, which is a statement of its own', () => {
    expect(
      quotesOf('Roe said the deal was dead, arguing that the talks had been a sham.').map(
        (q) => q[2],
      ),
    ).toEqual(['the deal was dead', 'the talks had been a sham']);
  });
});
