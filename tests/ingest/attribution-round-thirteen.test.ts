// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { quotesOf } from './support.ts';

// Invented sentences for the thirteenth attribution round (issue #10).
describe('a signature line after a quote', () => {
  it('gives each quote of a collection of reactions to the name signed under it', () => {
    // Reader comments, epigraphs: "“…” ― Name" on one line each, no verb.
    expect(
      quotesOf(
        'Readers wrote in after the debate.\n\n“He is not fit for office, and he knows it.” ― Sonya Marsh\n“He scares me and my children.” — Pam Ortiz',
      ),
    ).toEqual([
      ['Sonya Marsh', 'direct', 'He is not fit for office, and he knows it.'],
      ['Pam Ortiz', 'direct', 'He scares me and my children.'],
    ]);
  });

  it('reads no dateline under a quote as its speaker', () => {
    // "— Kyiv, March 3" says where and when, not who.
    const quotes = quotesOf(
      'Day two of the talks.\n\n“We stand together and we will not be moved.” — Kyiv, March 3',
    );
    expect(quotes.map(([speaker]) => speaker)).not.toContain('Kyiv');
  });

  it('takes no name after a dash that goes on as a clause', () => {
    // The capitalised words after the bar are the subject of the writer's next clause.
    const quotes = quotesOf(
      'Notes from the valley.\n\n“The bridge stays shut until the spring.” ― Ada Marsh Park is closed too.',
    );
    expect(quotes.map(([speaker]) => speaker)).not.toContain('Ada Marsh');
    expect(quotes.map(([speaker]) => speaker)).not.toContain('Ada Marsh Park');
  });
});
