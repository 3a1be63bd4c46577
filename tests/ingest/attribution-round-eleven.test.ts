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
