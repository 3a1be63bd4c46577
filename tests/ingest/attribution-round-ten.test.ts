// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ingestTexts, quotesOf } from './support.ts';

// Invented sentences for the tenth attribution round (issue #10): people named only by a
// given name of data/first-names.json, and the guard that keeps them from opening reports.
describe('a given name and a capitalised word name a person', () => {
  it('names the full person for a later bare surname, with nothing framing the first mention', () => {
    // The first sentence has no title, cue or role apposition: only "Daniel" (a listed given
    // name) tells that "Daniel Brandt" is a person, so "Brandt said" and "he said" are his.
    expect(
      quotesOf(
        'Laura Lind and Daniel Brandt, who run a bakery in town, went to the hearing.\n' +
          'Brandt said the rules were unfair.\n' +
          '“We will not close,” he said.',
      ),
    ).toEqual([
      ['Daniel Brandt', 'indirect', 'the rules were unfair'],
      ['Daniel Brandt', 'direct', 'We will not close'],
    ]);
  });

  it('keeps a name set off by commas before "said" as its subject', () => {
    // "Marcus Dell Hanley" is a person by his given name alone, so the clause after "said"
    // names a person ("Hanley"); the comma-set name before the cue is still the speaker and
    // that clause the report, not an inverted subject with the description as the report.
    expect(
      quotesOf(
        'The protests followed the arrest of Marcus Dell Hanley.\n' +
          'In a statement, one of the family lawyers, Peter Wallace, said the footage shows Hanley walking away calmly.',
      ),
    ).toEqual([['Peter Wallace', 'indirect', 'the footage shows Hanley walking away calmly']]);
  });
});

describe('a given name that also starts place and company names', () => {
  it('makes no person of "Georgia Power" or "Victoria Police" without a title or role', () => {
    // Georgia and Victoria are listed given names, but here they start a company and a force:
    // unframed, they must not make a person the next "he said" could go to.
    const corpus = ingestTexts({
      'a.txt':
        'T\nGeorgia Power and Victoria Police were at the meeting with Daniel Brandt.\n' +
        '"We will not close," he said.',
    });
    const people = corpus.actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people).not.toContain('Georgia Power');
    expect(people).not.toContain('Victoria Police');
    expect(
      quotesOf('Georgia Power and Victoria Police met Daniel Brandt.\n"We will stay," he said.'),
    ).toEqual([['Daniel Brandt', 'direct', 'We will stay']]);
  });
});

describe('a reported clause resumed after its cue', () => {
  it('ends at the writer\'s ", although …" narration', () => {
    // The resumed half stops at ", although": what follows is the writer's hedge.
    expect(
      quotesOf(
        'The launch, Jan Novak said, was the largest yet, although experts may need days to confirm it.',
      ),
    ).toEqual([
      ['Jan Novak', 'indirect', 'The launch'],
      ['Jan Novak', 'indirect', 'was the largest yet'],
    ]);
  });

  it('does not resume at a ", compared with …" right after the attribution', () => {
    // "compared with …" is the writer's comparison, not more of what Jan Novak said.
    expect(
      quotesOf(
        'The richest tenth would see a cut of $9,000, Jan Novak said, compared with $300 for most families.',
      ),
    ).toEqual([['Jan Novak', 'indirect', 'The richest tenth would see a cut of $9,000']]);
  });
});

describe('unattributed quotes brought in by "into" or "from"', () => {
  it("are the writer's scare quotes, not reports", () => {
    // Five quoted words after "into" / "from" name a place or a source in the writer's own
    // sentence; nobody is reported as saying them.
    expect(
      quotesOf(
        'The award took the reporter into "a small kitchen in a quiet town" last spring.\n' +
          'Officials must be sure the money is not coming from "the sale of stolen goods or worse."',
      ),
    ).toEqual([]);
  });

  it("keeps a five-word quote after another word as someone's words", () => {
    // The control: the same passage after a verb is still an unattributed statement.
    expect(quotesOf('The mayor was blunt: "the sale of stolen goods must end."')).toHaveLength(1);
  });
});

describe('a second verb of the same subject after "and / but" and an auxiliary', () => {
  it('shares the sentence subject across "but has said"', () => {
    // The cue "said" has no subject of its own: "has" stands between it and "but", and the
    // subject is the sentence's, set off from its verb by "like Mr. Lee".
    expect(
      quotesOf(
        'Jan Novak, like Mr. Lee, has encouraged allies to spend more but has said she will hold firm to the pact.',
      ),
    ).toEqual([['Jan Novak', 'indirect', 'she will hold firm to the pact']]);
  });

  it('shares it across "and later said"', () => {
    // A sequencing adverb stands between "and" and the cue, as "has" does above; the first
    // verb ("met") is no speech act, so the sentence holds one report.
    expect(
      quotesOf(
        'Jan Novak, like Mr. Lee, met the allies in Rome and later said she would hold firm.',
      ),
    ).toEqual([['Jan Novak', 'indirect', 'she would hold firm']]);
  });

  it('still shares it across a bare "and said"', () => {
    // The control: the form without an auxiliary, read before this round.
    expect(
      quotesOf('Jan Novak, like Mr. Lee, urged allies to spend more and said she would hold firm.'),
    ).toContainEqual(['Jan Novak', 'indirect', 'she would hold firm']);
  });
});

describe('a reported clause followed by "and" and a statement of its own', () => {
  it('ends before "and" + a subject with its own cue, even without a comma', () => {
    // "Democrats accused …" has its own subject and cue: the next statement, not more of
    // what Republicans said. (A party plural alone names nobody: round eighteen.)
    expect(
      quotesOf(
        'Republicans said they were convinced the agency mishandled the case and Democrats accused the party of playing games.',
      ),
    ).toEqual([
      ['Unknown speaker', 'indirect', 'they were convinced the agency mishandled the case'],
      ['Unknown speaker', 'indirect', 'the party of playing games'],
    ]);
  });

  it('ends there for a lower-case subject too', () => {
    // "the ministry said …" is a second statement with its own subject and cue.
    expect(
      quotesOf('Jan Novak said the talks had failed and the ministry said new talks were planned.'),
    ).toEqual([
      ['Jan Novak', 'indirect', 'the talks had failed'],
      ['Unknown speaker', 'indirect', 'new talks were planned'],
    ]);
  });

  it('keeps a coordinated name inside the clause', () => {
    // The control: "and Lee" has no cue of its own, so the clause runs on through it.
    expect(quotesOf('Jan Novak said the mayor and Lee would meet next week.')).toEqual([
      ['Jan Novak', 'indirect', 'the mayor and Lee would meet next week'],
    ]);
  });
});
