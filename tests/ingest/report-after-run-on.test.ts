// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { quotesOf } from './support.ts';

// Invented sentences: a reported clause opened by "that" after an object or adjunct that runs
// on past what the cue's object rules take (issue #10, clause boundaries).
describe('a report opened by "that" after a run-on object or adjunct', () => {
  it('starts after "that" when an adjunct runs on as a participle', () => {
    expect(
      quotesOf(
        "Mara Volk said in an interview broadcast on the agency's website on Monday that the talks would resume.",
      ),
    ).toEqual([['Mara Volk', 'indirect', 'the talks would resume']]);
  });

  it('starts after "that" when the addressee of "told" runs on into a name', () => {
    expect(quotesOf('Mara Volk told public broadcaster Radio Nord that she would stay.')).toEqual([
      ['Mara Volk', 'indirect', 'she would stay'],
    ]);
  });

  it('keeps a bare clause whose own subject is followed by a relative "that"', () => {
    // Neither a participle nor a told-addressee: "the plan that …" is the clause's subject.
    expect(quotesOf('Mara Volk said the plan that she drafted was dead.')).toEqual([
      ['Mara Volk', 'indirect', 'the plan that she drafted was dead'],
    ]);
    expect(quotesOf('Mara Volk told reporters officials believed that the plan was dead.')).toEqual(
      [['Mara Volk', 'indirect', 'officials believed that the plan was dead']],
    );
  });
});
