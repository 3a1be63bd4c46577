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
