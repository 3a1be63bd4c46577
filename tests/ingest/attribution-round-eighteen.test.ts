// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ingestTexts } from './support.ts';

// Invented sentences for the eighteenth attribution round (issue #10): bare surnames resolved
// within the article, reported speech.

/** [speaker name, kind, text, rule id] of each quote of the corpus, in corpus order. */
function attributedIn(files: Record<string, string>): [string, string, string, string][] {
  const corpus = ingestTexts(files);
  const names = new Map(corpus.actors.map((a) => [a.id as string, a.name]));
  return corpus.quotes.map((q) => [
    names.get(q.speakerId) ?? q.speakerId,
    q.kind,
    q.text,
    q.rule ?? '',
  ]);
}

/** The same for a one-article corpus whose first line is a neutral title. */
function attributed(text: string): [string, string, string, string][] {
  return attributedIn({ 'a.txt': `Title\n${text}` });
}

describe('a bare surname the body never gives in full', () => {
  const OTHER = 'School news\nIlse Brandt, a teacher, said the school would close.';

  it('is the person the headline names, not a namesake of another article', () => {
    expect(
      attributedIn({
        'a.txt': OTHER,
        'b.txt': 'Maria Brandt wins the mayoral vote\n“We did it,” Brandt said on Sunday night.',
      }),
    ).toEqual([
      ['Ilse Brandt', 'indirect', 'the school would close', 'speaker-verb-clause'],
      ['Maria Brandt', 'direct', 'We did it', 'quote-then-speaker'],
    ]);
  });

  it('still finds a namesake of another article when the headline names nobody', () => {
    expect(
      attributedIn({
        'a.txt': OTHER,
        'b.txt': 'The mayoral vote\n“We did it,” Brandt said on Sunday night.',
      }),
    ).toEqual([
      ['Ilse Brandt', 'indirect', 'the school would close', 'speaker-verb-clause'],
      ['Ilse Brandt', 'direct', 'We did it', 'quote-then-speaker'],
    ]);
  });
});

describe('a capitalised word that another article ran into a name', () => {
  // "The Wisconsin Republican says …" makes "Wisconsin Republican" a person of that article.
  const OTHER = 'Title\nThe Wisconsin Republican says the plan will fail.';

  it('is no surname: a party word elsewhere is not that person', () => {
    expect(
      attributedIn({
        'a.txt': OTHER,
        'b.txt': 'Title\nRepublican leaders said the plan would fail.',
      }),
    ).toEqual([
      ['Wisconsin Republican', 'indirect', 'the plan will fail', 'speaker-verb-clause'],
      ['Unknown speaker', 'indirect', 'the plan would fail', 'speaker-verb-clause'],
    ]);
  });
});

describe('a party plural as the subject', () => {
  it('names nobody alone or after a quantifier', () => {
    expect(
      attributed(
        'Democrats said the plan would fail. Many Democrats have warned the bank not to act this year.',
      ),
    ).toEqual([
      ['Unknown speaker', 'indirect', 'the plan would fail', 'speaker-verb-clause'],
      ['Unknown speaker', 'indirect', 'the bank not to act this year', 'speaker-verb-clause'],
    ]);
  });

  it('names a caucus after capitalised words', () => {
    expect(attributed('Fellow Republicans said the plan would fail.')).toEqual([
      ['Fellow Republicans', 'indirect', 'the plan would fail', 'speaker-verb-clause'],
    ]);
  });
});

describe('a relative clause on the speaker named after a direct quote', () => {
  it('reports more of that speaker’s words', () => {
    expect(
      attributed(
        '“We show anger,” said Ada Stone, who acknowledged the plan was her fourth choice.',
      ),
    ).toEqual([
      ['Ada Stone', 'direct', 'We show anger', 'quote-then-speaker'],
      ['Ada Stone', 'indirect', 'the plan was her fourth choice', 'speaker-verb-clause'],
    ]);
    expect(
      attributed(
        '“It was fine,” said Ed Vale, a doctor from Englewood, New Jersey, who said he knows the owners.',
      ),
    ).toEqual([
      ['Ed Vale', 'direct', 'It was fine', 'quote-then-speaker'],
      ['Ed Vale', 'indirect', 'he knows the owners', 'speaker-verb-clause'],
    ]);
  });

  it('reports nothing when the relative clause has no cue of its own', () => {
    expect(
      attributed(
        '“It will help,” Jan Novak, who works at a plant in Sacramento, said on a call set up by unions.',
      ),
    ).toEqual([['Jan Novak', 'direct', 'It will help', 'quote-then-speaker']]);
  });

  it('is not the speaker’s when it follows the person spoken to', () => {
    expect(
      attributed(
        '“This is a friend,” Tom Ross told Eva Lund, who opened the door and said she would vote.',
      ),
    ).toEqual([['Tom Ross', 'direct', 'This is a friend', 'quote-then-speaker']]);
  });
});

describe('a reported clause coordinated with a commitment', () => {
  it('ends before "and vowed to" / "but pledged to", the subject’s next act', () => {
    expect(
      attributed('Ada Stone said the plan had failed and promised to find a new one.'),
    ).toEqual([
      ['Ada Stone', 'indirect', 'the plan had failed', 'speaker-verb-clause'],
      ['Ada Stone', 'indirect', 'to find a new one', 'speaker-verb-clause'],
    ]);
    expect(
      attributed(
        'The marchers said they wanted justice for the victims, but pledged to remain civil.',
      ),
    ).toEqual([
      ['Unknown speaker', 'indirect', 'they wanted justice for the victims', 'speaker-verb-clause'],
      ['Unknown speaker', 'indirect', 'to remain civil', 'speaker-verb-clause'],
    ]);
  });

  it('keeps a commitment without its infinitive inside the clause', () => {
    expect(attributed('Ada Stone said the mayor had agreed and promised funds.')).toEqual([
      ['Ada Stone', 'indirect', 'the mayor had agreed and promised funds', 'speaker-verb-clause'],
    ]);
  });
});

describe('a body’s name with lower-case connectors', () => {
  it('names the body after "the", with "of" / "on" inside', () => {
    expect(
      attributed(
        'The prisons hold a quarter of the inmates, according to the Federal Bureau of Prisons.',
      ),
    ).toEqual([
      [
        'Federal Bureau of Prisons',
        'indirect',
        'The prisons hold a quarter of the inmates',
        'clause-then-speaker',
      ],
    ]);
  });

  it('needs capitalised words on both sides of the connector', () => {
    expect(
      attributed('The prisons hold a quarter of the inmates, according to the Bureau of prisons.'),
    ).toEqual([
      [
        'Unknown speaker',
        'indirect',
        'The prisons hold a quarter of the inmates',
        'clause-then-speaker',
      ],
    ]);
  });
});

describe('"Del." before a name', () => {
  it('is the title of a delegate, not a speaker named "Del" nor a sentence end', () => {
    expect(
      attributed('“This is a waste of time,” said Del. Ada Marsh of the Virgin Islands.'),
    ).toEqual([['Ada Marsh', 'direct', 'This is a waste of time', 'quote-then-speaker']]);
  });
});

describe('", adding that …" with quoted words after a direct quote', () => {
  it('is a statement of its own with the quoted words in it', () => {
    expect(
      attributed(
        '“We see no link,” Jan Novak said, adding that it would take "more hours" before details emerge.',
      ),
    ).toEqual([
      ['Jan Novak', 'direct', 'We see no link', 'quote-then-speaker'],
      ['Jan Novak', 'indirect', 'it would take "more hours" before details emerge', 'participle'],
    ]);
  });

  it('is a direct quote when the quote is all it adds', () => {
    expect(
      attributed(
        '“We have a careful army,” Jan Novak said, adding that “some of the rules they ask you to follow are absurd.”',
      ),
    ).toEqual([
      ['Jan Novak', 'direct', 'We have a careful army', 'quote-then-speaker'],
      ['Jan Novak', 'direct', 'some of the rules they ask you to follow are absurd.', 'participle'],
    ]);
  });

  it('leaves ", adding, “…”" to the direct-quote rules', () => {
    expect(
      attributed('“We see no link,” Jan Novak said, adding, “We will know more tomorrow.”'),
    ).toEqual([
      ['Jan Novak', 'direct', 'We see no link', 'quote-then-speaker'],
      ['Jan Novak', 'direct', 'We will know more tomorrow.', 'speaker-then-quote'],
    ]);
  });
});

describe('a subordinate clause after a speech act’s object', () => {
  it('ends the object before "after / when / though" and a new subject', () => {
    expect(
      attributed(
        'Gov. Jan Novak described the senator as a “disgrace” after she attacked the police.',
      ),
    ).toEqual([['Jan Novak', 'indirect', 'the senator as a “disgrace”', 'speech-act-object']]);
  });

  it('reads the subordinate clause for a report of its own', () => {
    expect(
      attributed(
        'Gov. Jan Novak criticized the news media, though he added that the coverage had helped him.',
      ),
    ).toEqual([
      ['Jan Novak', 'indirect', 'the news media', 'speech-act-object'],
      ['Jan Novak', 'indirect', 'the coverage had helped him', 'speaker-verb-clause'],
    ]);
  });

  it('keeps the occasion of a request and a subordinator before a noun', () => {
    expect(
      attributed('Gov. Jan Novak called for the ban after Ada Stone was attacked in the park.'),
    ).toEqual([
      [
        'Jan Novak',
        'indirect',
        'the ban after Ada Stone was attacked in the park',
        'speech-act-object',
      ],
    ]);
    expect(attributed('Gov. Jan Novak criticized the plan as costly before the vote.')).toEqual([
      ['Jan Novak', 'indirect', 'the plan as costly before the vote', 'speech-act-object'],
    ]);
  });
});
