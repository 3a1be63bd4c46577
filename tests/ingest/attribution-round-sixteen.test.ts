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

describe('a relative who shares a surname', () => {
  it('reads an unlisted given name before the surname of someone named as another person', () => {
    // "Temesha" is in no list; before "Oduya" (Keith Lamont Oduya's surname) it names his wife.
    expect(
      attributed(
        'Keith Lamont Oduya was shot on Tuesday.\n\nTemesha Oduya can be heard yelling to the officers.\n\n“Do not shoot him,” she says.',
      ),
    ).toEqual([['Temesha Oduya', 'direct', 'Do not shoot him', 'quote-then-speaker']]);
  });

  it('leaves a bare surname to the person named first', () => {
    // The relative named by surname alone does not take over "Oduya said".
    const quotes = attributed(
      'Keith Lamont Oduya was shot on Tuesday.\n\nTemesha Oduya watched from the porch.\n\n“I was driving home,” Oduya said in a video recorded earlier.',
    );
    expect(quotes.map(([speaker]) => speaker)).toEqual(['Keith Lamont Oduya']);
  });

  it('takes no sentence-opening word before the surname as a given name', () => {
    // "Beyond Oduya’s debts …" opens a sentence with a preposition: "she" finds nobody there.
    const speakers = attributed(
      'Keith Lamont Oduya ran the shop.\n\nBeyond Oduya’s debts is the question of the lease.\n\n“It was sold,” she said.',
    ).map(([speaker]) => speaker);
    expect(speakers).toEqual(['Unknown speaker']);
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

describe('a descriptor before a body’s proper name', () => {
  it('leaves the lower-case descriptor out of the body’s name', () => {
    // "nonpartisan" describes the office; it is no part of its name.
    expect(
      attributed(
        'The top earners paid most of the taxes, according to the nonpartisan Congressional Budget Office.',
      ),
    ).toEqual([
      [
        'Congressional Budget Office',
        'indirect',
        'The top earners paid most of the taxes',
        'clause-then-speaker',
      ],
    ]);
  });

  it('keeps a body’s name that has no capitalised name after the descriptor', () => {
    // "regional water board": no proper name follows "regional", so the phrase stays whole.
    expect(attributed('The regional water board said the dam was safe.')).toEqual([
      ['Regional water board', 'indirect', 'the dam was safe', 'speaker-verb-clause'],
    ]);
  });
});

describe('a capitalised cue verb before a name', () => {
  it('reads "Said Ellis:" as an inverted attribution to the Ellis named before', () => {
    // "Said" opens the attribution; it is no given name of a second, half-named person.
    expect(
      attributed(
        '“It is hard to avoid,” said Ryan Ellis, a tax consultant.\n\nThe plan has other critics.\n\nSaid Ellis: “I do not get the sense she is interested.”',
      ),
    ).toEqual([
      ['Ryan Ellis', 'direct', 'It is hard to avoid', 'quote-then-speaker'],
      ['Ryan Ellis', 'direct', 'I do not get the sense she is interested.', 'speaker-then-quote'],
    ]);
  });
});

describe('a body named by its last word after its full name', () => {
  it('names "The Times" by the full name given earlier in the article', () => {
    // The article named "New York Times" once; "The Times" is its short form, not a new body.
    expect(
      attributed(
        'Sanders pointed to a New York Times article about the loss.\n\nThe Times on Saturday wrote that the loss was large.',
      ),
    ).toEqual([['New York Times', 'indirect', 'the loss was large', 'speaker-verb-clause']]);
  });

  it('does not read "the House" as the White House named before it', () => {
    expect(
      attributed('The White House was silent.\n\nThe House said the bill would pass.'),
    ).toEqual([['House', 'indirect', 'the bill would pass', 'speaker-verb-clause']]);
  });
});

describe('a generational suffix after a full name', () => {
  it('takes the word before "Jr." as the surname a later mention uses', () => {
    // "Roberts", not "Jr", is what the article calls him after the first mention.
    expect(
      attributed(
        'Chief Justice John G. Roberts Jr. spoke of the court.\n\nTo understand the past, Chief Justice Roberts said, one should visit this museum.',
      ),
    ).toEqual([
      ['John G. Roberts Jr', 'indirect', 'To understand the past', 'clause-then-speaker'],
      ['John G. Roberts Jr', 'indirect', 'one should visit this museum', 'clause-resumed'],
    ]);
  });
});

describe('a cue word used as a noun inside an aside', () => {
  it('keeps "the states" inside the aside of a name after a quote', () => {
    // "states" after "the" is a noun; it does not open a report of its own inside the aside.
    expect(
      attributed(
        '“It is an invasion of our domain,” Ada Marsh, the attorney general of Ohio, one of the states suing the agency, said at an event this month.',
      ),
    ).toEqual([['Ada Marsh', 'direct', 'It is an invasion of our domain', 'quote-then-speaker']]);
  });
});

describe('initials and a suffix in a name before its aside', () => {
  it('reads "Vann R. Marsh II, a writer for …, said" after a quote', () => {
    // The initial's dot and "II" are part of the name set off by the comma.
    expect(
      attributed(
        '"We have done our part already," Vann R. Marsh II, a writer for the magazine, said on Twitter.',
      ),
    ).toEqual([
      ['Vann R. Marsh II', 'direct', 'We have done our part already', 'quote-then-speaker'],
    ]);
  });
});
