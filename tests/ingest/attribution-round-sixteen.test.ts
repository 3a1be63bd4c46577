// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ingestTexts } from './support.ts';

// Invented sentences for the sixteenth attribution round (issue #10): speakers' names.

/** [speaker name, kind, text, rule id] of each quote of a one-article corpus. */
function attributed(text: string): [string, string, string, string][] {
  const corpus = ingestTexts({ 'a.txt': `Title\n${text}` });
  const names = new Map(corpus.actors.map((a) => [a.id as string, a.name]));
  return corpus.quotes.map((q) => [
    names.get(q.speakerId) ?? q.speakerId,
    q.kind,
    q.text,
    q.rule ?? '',
  ]);
}

describe('a known surname alias before another name word', () => {
  it('reads "Cameron Vale" as a new person, not the known actor aliased "Cameron"', () => {
    // "Cameron" is David Cameron's alias in data/actors.json; here it is a given name.
    expect(
      attributed('“The debate moved few voters,” wrote Cameron Vale for the polling firm.'),
    ).toEqual([['Cameron Vale', 'direct', 'The debate moved few voters', 'quote-then-speaker']]);
  });

  it('still reads the alias alone as the known actor', () => {
    expect(attributed('“We will hold the vote,” Cameron said.')).toEqual([
      ['David Cameron', 'direct', 'We will hold the vote', 'quote-then-speaker'],
    ]);
  });
});

describe('a bare surname after the full name', () => {
  it('names the speaker by the full name given earlier with an unlisted given name', () => {
    // "Ilsabet" is in no given-name list, so nothing framed "Ilsabet Okafor" as a person.
    expect(
      attributed(
        'Ilsabet Okafor loves the school her daughter attends.\n\n“We need the money,” said Okafor, who has four children.',
      ),
    ).toEqual([['Ilsabet Okafor', 'direct', 'We need the money', 'quote-then-speaker']]);
  });

  it('takes no body’s name as a person’s full name', () => {
    // "Budget Committee Republicans" names a group; "Republicans" alone is no surname of it.
    const speakers = attributed(
      'The Budget Committee Republicans met on Monday.\n\nRepublicans said the plan would fail.',
    ).map(([speaker]) => speaker);
    expect(speakers).not.toContain('Budget Committee Republicans');
  });
});

describe('a kin word before a name', () => {
  it('tells the gender of the person it precedes for a later pronoun', () => {
    // "Terry" is given to both sexes; "widow" says "she" is Terry Strand, not Ada Marsh.
    expect(
      attributed(
        'Senator Ada Marsh backed the bill on Monday.\n\n“The veto is wrong,” said 9/11 widow Terry Strand.\n\nStrand accused the government of delays.\n\n“We are tired of waiting,” she said.',
      ),
    ).toEqual([
      ['Terry Strand', 'direct', 'The veto is wrong', 'quote-then-speaker'],
      ['Terry Strand', 'indirect', 'the government of delays', 'speaker-verb-clause'],
      ['Terry Strand', 'direct', 'We are tired of waiting', 'quote-then-speaker'],
    ]);
  });
});
