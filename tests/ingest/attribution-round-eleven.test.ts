// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { quotesOf } from './support.ts';

// Invented sentences for the eleventh attribution round (issue #10): one test per rule.
describe('a dash after a request or noun object', () => {
  it('ends the request at the writer’s gloss set off by a dash', () => {
    // "a demand first made by farmers" glosses the request; the senator did not say it.
    expect(
      quotesOf(
        'Sen. Ada Marsh urged the agency to release the inspection records — a demand first made by farmers in June.',
      ),
    ).toEqual([['Ada Marsh', 'indirect', 'the agency to release the inspection records']]);
  });
});

describe('a request after an opening adjunct', () => {
  it('reads "urged X to" as the speech act, not as an attribution of the adjunct', () => {
    // "to" after the hearer opens what was urged; "In her remarks" is no report.
    expect(
      quotesOf(
        'In her remarks, Mayor Ada Marsh urged residents to conserve water through the summer.',
      ),
    ).toEqual([['Ada Marsh', 'indirect', 'residents to conserve water through the summer']]);
  });
});

describe('a request followed by a second speech act', () => {
  it('ends the infinitive at "and" + a past-tense cue and reads the second act', () => {
    // "criticized" cannot go on the infinitive "to pass …": it is the governor's next act.
    expect(
      quotesOf(
        'Governor Ada Marsh urged lawmakers to pass the budget this week and criticized the delays in the Senate.',
      ),
    ).toEqual([
      ['Ada Marsh', 'indirect', 'lawmakers to pass the budget this week'],
      ['Ada Marsh', 'indirect', 'the delays in the Senate'],
    ]);
  });
});

describe('a bare weekday between the cue and "that"', () => {
  it('lets a descriptive subject report a clause after "noted Friday that"', () => {
    // "that" after the wire style's bare weekday is as explicit as "noted on Friday that".
    expect(
      quotesOf(
        'The Democratic nominee noted Friday that the plant would stay open through the winter.',
      ),
    ).toEqual([['Unknown speaker', 'indirect', 'the plant would stay open through the winter']]);
  });
});

describe('a party-and-state bracket in a trailing attribution', () => {
  it('finds the cue after "Sen. X (R-S.C.)" at the end of the sentence', () => {
    // The bracket belongs to the name; it must not stop the search for "told".
    expect(
      quotesOf(
        'The mayor could approve the plan this year, Sen. Ada Marsh (R-S.C.) told reporters on Thursday.',
      ),
    ).toEqual([['Ada Marsh', 'indirect', 'The mayor could approve the plan this year']]);
  });
});
