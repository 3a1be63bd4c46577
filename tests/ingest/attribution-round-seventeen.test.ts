import { describe, expect, it } from 'vitest';
import { quotesOf } from './support.ts';

// Round seventeen: a quote no rule attributed is someone's words only where its sentence
// reports speech (a cue, a statement noun, or a colon before the quote).
const SAID = 'Jan Novak said the talks were over.\n';

describe('an unattributed quote in a sentence that reports no speech', () => {
  it('is a chant, a scare phrase or a document, not a statement', () => {
    expect(
      quotesOf(`${SAID}The crowd marched to the square chanting "we want our jobs back now".`),
    ).toEqual([['Jan Novak', 'indirect', 'the talks were over']]);
    expect(
      quotesOf(
        `${SAID}The rules bar anyone who "acted personally and substantially as an official".`,
      ),
    ).toEqual([['Jan Novak', 'indirect', 'the talks were over']]);
  });

  it('is a statement when the sentence has a word of speech or a colon', () => {
    expect(
      quotesOf(`${SAID}It is denouncing what it calls "the biggest attack on the city in years".`),
    ).toContainEqual(['Jan Novak', 'direct', 'the biggest attack on the city in years']);
    expect(
      quotesOf(`${SAID}His remarks about "the city paying for the new bridge" drew applause.`),
    ).toContainEqual(['Jan Novak', 'direct', 'the city paying for the new bridge']);
    expect(
      quotesOf(`${SAID}The mayor was blunt: "the sale of stolen goods must end."`),
    ).toContainEqual(['Jan Novak', 'direct', 'the sale of stolen goods must end.']);
  });
});

describe('a transcript quoted turn by turn', () => {
  // Invented: a broadcast transcript whose paragraphs each open a quotation mark, as papers
  // print them, with a stage direction in between.
  const TRANSCRIPT = [
    'On Sunday, Senator Jan Novak spoke to host Eva Lund about the budget.',
    '',
    '"LUND: Let us start with the budget vote. Will you back it?',
    '',
    '"(CROSSTALK.)',
    '',
    '"NOVAK: I will not back a budget that cuts the schools.',
    '',
    '"LUND: Not even with the new amendment?',
    '',
    '"NOVAK: Not even then, and I said so to the leader."',
  ].join('\n');

  it('gives each turn to the person its label names, not to the last speaker', () => {
    expect(quotesOf(TRANSCRIPT)).toEqual([
      ['Eva Lund', 'direct', 'Let us start with the budget vote. Will you back it?'],
      ['Jan Novak', 'direct', 'I will not back a budget that cuts the schools.'],
      ['Eva Lund', 'direct', 'Not even with the new amendment?'],
      ['Jan Novak', 'direct', 'Not even then, and I said so to the leader.'],
    ]);
  });

  it('reads no transcript into a single line in capitals', () => {
    expect(quotesOf('WASHINGTON: Jan Novak said the vote would fail.')).toEqual([
      ['Jan Novak', 'indirect', 'the vote would fail'],
    ]);
  });
});

describe('a quote whose attribution goes on "adding that …"', () => {
  it('is two statements of the same speaker: the quote and what was added', () => {
    expect(
      quotesOf('"We will win this," Jan Novak said, adding that the vote would come next week.'),
    ).toEqual([
      ['Jan Novak', 'direct', 'We will win this'],
      ['Jan Novak', 'indirect', 'the vote would come next week'],
    ]);
  });

  it('keeps "citing …" as the reason, not a statement', () => {
    expect(
      quotesOf('"The country has changed," Jan Novak said, citing the release of prisoners.'),
    ).toEqual([['Jan Novak', 'direct', 'The country has changed']]);
  });
});
