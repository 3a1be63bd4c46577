// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { quotesOf } from './support.ts';

// Reported-speech shapes found missing on PolNeAR train (issue #10, second round); invented sentences.
describe('reported speech shapes', () => {
  it('reads "X, who …, said <clause>" as X reporting the clause, not as an inverted "said <NP>"', () => {
    expect(
      quotesOf(
        'Jan Novak, who also sits on the union board, said contractors eventually built a Trump cushion into their bids.',
      ),
    ).toEqual([
      ['Jan Novak', 'indirect', 'contractors eventually built a Trump cushion into their bids'],
    ]);
  });

  it('still reads an inverted attribution with a determined subject', () => {
    expect(quotesOf('The plant will close in May, said the union leader.')).toEqual([
      ['Unknown speaker', 'indirect', 'The plant will close in May'],
    ]);
  });

  it('reads "Title Name, an aside, said <Name> did …" as the subject speaking', () => {
    expect(
      quotesOf('Senator Jan Novak, Democrat of Ohio, said Clinton reached out to him in 2009.'),
    ).toEqual([['Jan Novak', 'indirect', 'Clinton reached out to him in 2009']]);
    expect(
      quotesOf(
        "Conservative economist Ira Vance, who studies tax policy at the institute, said Ivanka Trump's plan did not add up.",
      ),
    ).toEqual([['Ira Vance', 'indirect', "Ivanka Trump's plan did not add up"]]);
  });

  it('takes any cue verb with an explicit "that" after a subject nobody names', () => {
    expect(quotesOf('Fact-checkers soon noted that the figure was wrong.')).toEqual([
      ['Unknown speaker', 'indirect', 'the figure was wrong'],
    ]);
  });

  it('keeps the named reporter of a loose subject\'s words ("…, Novak added")', () => {
    expect(
      quotesOf(
        'Jan Novak said the talks went well.\n' +
          'The majority of participants agreed that the plan should go ahead, Novak added.',
      ),
    ).toEqual([
      ['Jan Novak', 'indirect', 'the talks went well'],
      [
        'Jan Novak',
        'indirect',
        'The majority of participants agreed that the plan should go ahead',
      ],
    ]);
  });

  it("reads a question with its asker, never an unnamed reporter's question", () => {
    expect(quotesOf('Maddow asked Jan Novak pointedly whether he would run again.')).toEqual([
      ['Maddow', 'indirect', 'whether he would run again'],
    ]);
    expect(
      quotesOf('Jan Novak spoke first. When asked whether the plan had failed, he shrugged.'),
    ).toEqual([]);
  });

  it('reads a report inside ", who said …," as the antecedent\'s, then the main clause', () => {
    expect(
      quotesOf(
        'Tom Barkley, who said he typically votes Democratic, said the debate changed his mind.',
      ),
    ).toEqual([
      ['Tom Barkley', 'indirect', 'he typically votes Democratic'],
      ['Tom Barkley', 'indirect', 'the debate changed his mind'],
    ]);
  });

  it('takes a quantified loose subject ("Many conservatives have said …")', () => {
    expect(quotesOf('Many conservatives have said they will not vote for him.')).toEqual([
      ['Unknown speaker', 'indirect', 'they will not vote for him'],
    ]);
  });

  it('never ends a sentence at a decimal point ("98.33 percent", "$1.5 billion")', () => {
    expect(quotesOf('The ministry said that 98.33 percent of the forms were late.')).toEqual([
      ['Unknown speaker', 'indirect', '98.33 percent of the forms were late'],
    ]);
    expect(quotesOf('Jan Novak said the plan costs $1.5 billion a year.')).toEqual([
      ['Jan Novak', 'indirect', 'the plan costs $1.5 billion a year'],
    ]);
  });

  it('reads a bare clause after a short adjunct when a subject pronoun opens it', () => {
    expect(quotesOf('Jan Novak said after the vote he would not accept the offer.')).toEqual([
      ['Jan Novak', 'indirect', 'he would not accept the offer'],
    ]);
    expect(quotesOf('Jan Novak wrote about the plans they made.')).toEqual([]);
  });

  it('reads ", citing …" after a report as a statement of its own', () => {
    expect(
      quotesOf('Jan Novak said the country had changed, citing the release of prisoners.'),
    ).toEqual([
      ['Jan Novak', 'indirect', 'the country had changed'],
      ['Jan Novak', 'indirect', 'the release of prisoners'],
    ]);
  });

  it('leaves a capitalised connector out of the subject ("But he said …")', () => {
    expect(
      quotesOf(
        'Jan Novak said the vote was close. But he said the party would be mistaken to wait.',
      ),
    ).toEqual([
      ['Jan Novak', 'indirect', 'the vote was close'],
      ['Jan Novak', 'indirect', 'the party would be mistaken to wait'],
    ]);
  });

  it('reads "agreed to …" as a commitment, like "pledged to …"', () => {
    expect(quotesOf('Jan Novak agreed to lend the city $5 million.')).toEqual([
      ['Jan Novak', 'indirect', 'to lend the city $5 million'],
    ]);
  });

  it('skips a time phrase between the subject and its cue ("just this month announced")', () => {
    expect(quotesOf('Jan Novak just this month announced he would resign.')).toEqual([
      ['Jan Novak', 'indirect', 'he would resign'],
    ]);
  });

  it('takes a loose subject when "that" follows the cue after a short adjunct', () => {
    expect(quotesOf('Campaign aides insisted in June that the mayor would stay.')).toEqual([
      ['Unknown speaker', 'indirect', 'the mayor would stay'],
    ]);
  });

  it('ends a report inside a leading subordinate clause at its comma', () => {
    expect(
      quotesOf('While Jan Novak said the plan would work, Ann Roe said it was doomed.'),
    ).toEqual([
      ['Jan Novak', 'indirect', 'the plan would work'],
      ['Ann Roe', 'indirect', 'it was doomed'],
    ]);
    expect(quotesOf('After Jan Novak said the plan would work, the party relented.')).toEqual([
      ['Jan Novak', 'indirect', 'the plan would work'],
    ]);
  });

  it('reads "told X to …" as an instruction, and "told X <clause>" as before', () => {
    expect(quotesOf('Jan Novak told his advisers to find another way.')).toEqual([
      ['Jan Novak', 'indirect', 'his advisers to find another way'],
    ]);
    expect(quotesOf('Jan Novak told reporters he plans to run.')).toEqual([
      ['Jan Novak', 'indirect', 'he plans to run'],
    ]);
  });

  it('takes the phrase before a short relative clause as the subject ("People who … say")', () => {
    expect(quotesOf('People who have battled other threats say it could be doing more.')).toEqual([
      ['Unknown speaker', 'indirect', 'it could be doing more'],
    ]);
  });

  it('reads no report into the idiom "Having said that, …"', () => {
    expect(quotesOf('Having said that, there are reasons to doubt the plan.')).toEqual([]);
  });

  it('skips a manner adverb between the subject and its cue ("sharply criticized")', () => {
    expect(quotesOf('Jan Novak has sharply criticized the new toll plan.')).toEqual([
      ['Jan Novak', 'indirect', 'the new toll plan'],
    ]);
    expect(quotesOf('The family flatly denied that the farm was for sale.')).toEqual([
      ['Unknown speaker', 'indirect', 'the farm was for sale'],
    ]);
  });

  it('takes "the" and an acronym as a body for any cue ("The NAACP called for …")', () => {
    expect(quotesOf('The VFWA called for a new bridge over the river.')).toEqual([
      ['VFWA', 'indirect', 'a new bridge over the river'],
    ]);
  });

  it('reads a bare clause after "agreed" ("agreed it was too costly")', () => {
    expect(quotesOf('Jan Novak agreed the toll plan was far too costly.')).toEqual([
      ['Jan Novak', 'indirect', 'the toll plan was far too costly'],
    ]);
  });
});
