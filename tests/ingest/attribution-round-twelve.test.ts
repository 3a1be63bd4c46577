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

describe('a final apposition on a name inside a reported clause', () => {
  it('ends the report before the writer’s gloss on the name', () => {
    // "the alliance that links …" tells the reader who NATO is; the minister did not say it.
    expect(
      quotesOf(
        'Defense Minister Ada Marsh said the money would be better spent with NATO, the alliance that links thirty countries.',
      ),
    ).toEqual([['Ada Marsh', 'indirect', 'the money would be better spent with NATO']]);
  });

  it('keeps an apposition closed by a second comma', () => {
    expect(
      quotesOf(
        'Defense Minister Ada Marsh said Acme, the largest supplier, would close two plants.',
      ),
    ).toEqual([['Ada Marsh', 'indirect', 'Acme, the largest supplier, would close two plants']]);
  });
});

describe('a leading prepositional adjunct before a resumed clause', () => {
  it('reports the main clause after the attribution, not the adjunct', () => {
    // "During her years in office" only sets the time of what she said about the parks.
    expect(
      quotesOf('During her years in office, Mayor Ada Marsh said, the city has doubled its parks.'),
    ).toEqual([['Ada Marsh', 'indirect', 'the city has doubled its parks']]);
  });
});

describe('a subordinate clause before a resumed clause', () => {
  it('reads both halves, even when the main clause opens with an -ing subject', () => {
    // After "Though …," the main clause must follow the attribution: it is the second half.
    expect(
      quotesOf(
        'Though the first transition was smooth, Ada Marsh said, replacing the board would be bitter.',
      ),
    ).toEqual([
      ['Ada Marsh', 'indirect', 'Though the first transition was smooth'],
      ['Ada Marsh', 'indirect', 'replacing the board would be bitter'],
    ]);
  });
});

describe('a commitment verb after an opening adjunct', () => {
  it('reads "agreed to …" as the commitment, not as a trailing attribution', () => {
    // "to" after "agreed" opens what was agreed; "In the end" is no report.
    expect(
      quotesOf('In the end, the Acme board agreed to lend the city five million dollars.'),
    ).toEqual([['Acme board', 'indirect', 'to lend the city five million dollars']]);
  });
});

describe('a noun object before ", but" and a new subject', () => {
  it('ends the object where the writer’s next clause starts', () => {
    // "but Mayor Marsh would go further" is the writer's contrast, not more of the request.
    expect(
      quotesOf(
        'Governor Jan Novak called for cutting the sales tax to four percent, but Mayor Ada Marsh would go further.',
      ),
    ).toEqual([['Jan Novak', 'indirect', 'cutting the sales tax to four percent']]);
  });
});

describe('"said as much"', () => {
  it('reads no reported clause in "as much"', () => {
    // "as much" points back to an earlier statement; the adjunct after it says nothing.
    expect(quotesOf('Mayor Ada Marsh said as much in an interview on Thursday morning.')).toEqual(
      [],
    );
  });
});
