// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { quotesOf } from './support.ts';

// Invented sentences for the twelfth attribution round (issue #10): one test per rule.
describe('a block quotation without quote marks', () => {
  it('gives the paragraph after "X added:" to X', () => {
    // The colon closing the paragraph hands the next one, set off by layout alone, to the mayor.
    expect(
      quotesOf(
        'Mayor Ada Marsh opened the new bridge on Monday. Marsh added:\nWe waited twenty years for this crossing. It will carry the whole valley into the next century.',
      ),
    ).toEqual([
      [
        'Ada Marsh',
        'direct',
        'We waited twenty years for this crossing. It will carry the whole valley into the next century.',
      ],
    ]);
  });

  it('reads no block quotation after a colon that announces a list', () => {
    // "the following:" opens the writer's list, not the mayor's words.
    expect(
      quotesOf(
        'Mayor Ada Marsh added the following:\nThe bridge will open in May and the ferry will stop running in June.',
      ),
    ).toEqual([]);
  });
});
