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
