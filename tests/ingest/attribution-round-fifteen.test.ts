// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ingestTexts, quotesOf } from './support.ts';

/** [speaker, rule, text] of every quote of a one-article corpus. */
function rulesOf(text: string): [string, string, string][] {
  const corpus = ingestTexts({ 'a.txt': `Title\n${text}` });
  const names = new Map(corpus.actors.map((a) => [a.id as string, a.name]));
  return corpus.quotes.map((q) => [names.get(q.speakerId) ?? q.speakerId, q.rule ?? '', q.text]);
}

// Invented sentences for the fifteenth attribution round (issue #10).
describe('a participle cue read by its verb class', () => {
  it('reads a pledge after a comma as an infinitive of the subject', () => {
    expect(
      rulesOf('Senator Ada Marsh spoke to a gathering of farmers, promising to lift the tariffs.'),
    ).toEqual([['Ada Marsh', 'participle', 'to lift the tariffs']]);
    expect(rulesOf('Mayor Jan Novak revised his plan, vowing to cut the water rates.')).toEqual([
      ['Jan Novak', 'participle', 'to cut the water rates'],
    ]);
  });

  it('reads a participle whose present form takes a bare clause', () => {
    expect(
      rulesOf('Senator Ada Marsh toured the farm, recalling her father had worked there.'),
    ).toEqual([['Ada Marsh', 'participle', 'her father had worked there']]);
    expect(
      rulesOf('Mayor Jan Novak fired the chief, acknowledging that residents had lost trust.'),
    ).toEqual([['Jan Novak', 'participle', 'residents had lost trust']]);
  });

  it('reads a participle request, with or without an addressee', () => {
    expect(
      rulesOf('Senator Ada Marsh sent a letter to the board, calling for an independent audit.'),
    ).toEqual([['Ada Marsh', 'participle', 'an independent audit']]);
    expect(
      rulesOf('Senator Ada Marsh visited the plant, urging the owners to reopen the line.'),
    ).toEqual([['Ada Marsh', 'participle', 'the owners to reopen the line']]);
  });

  it('does not report a participle characterisation', () => {
    // The project's conventions keep ", calling X Y" out (the act is the writer's summary).
    expect(quotesOf('The ministry replied on Monday, calling the warnings absurd.')).toEqual([]);
  });

  it('finds the subject after a leading participial adjunct', () => {
    // "Chastened" is no name: the adjunct runs on to the comma before the subject.
    expect(
      rulesOf(
        'Chastened by the polls, as well as by donors, Senator Ada Marsh revised her plan, promising to focus on workers.',
      ),
    ).toEqual([['Ada Marsh', 'participle', 'to focus on workers']]);
  });
});

describe('a comma-set second act after a speech-act object', () => {
  it('ends the object at ", and said" and reads the second report', () => {
    expect(
      rulesOf('Senator Ada Marsh described the vote as ominous, and said the panel might suffer.'),
    ).toEqual([
      ['Ada Marsh', 'speech-act-object', 'the vote as ominous'],
      ['Ada Marsh', 'speaker-verb-clause', 'the panel might suffer'],
    ]);
  });

  it('keeps "described X as Y and said …" without the comma as one', () => {
    // The project's annotations read the comma-free coordination as one statement.
    const quotes = rulesOf('Senator Ada Marsh described the vote as ominous and said it hurt.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.[2]).toContain('said it hurt');
  });
});

describe('a report after the ", but" that ends a speech-act object', () => {
  it('reads the clause after ", but she noted that …"', () => {
    expect(
      rulesOf(
        'Senator Ada Marsh called the vote a mistake, but she noted that the governor backed it.',
      ),
    ).toEqual([
      ['Ada Marsh', 'speech-act-object', 'the vote a mistake'],
      ['Ada Marsh', 'speaker-verb-clause', 'the governor backed it'],
    ]);
  });

  it('reads nothing more when the clause after ", but" reports nothing', () => {
    expect(
      rulesOf(
        'Senator Ada Marsh called for a tax cut of four points, but Mayor Jan Novak would go further.',
      ),
    ).toEqual([['Ada Marsh', 'speech-act-object', 'a tax cut of four points']]);
  });
});

describe('the plural present of a cue verb', () => {
  it('reports a "that" clause after "argue", "warn", "acknowledge"', () => {
    expect(
      rulesOf('Economists at the bank argue that the tax would lower wages in the long run.'),
    ).toEqual([
      ['Unknown speaker', 'speaker-verb-clause', 'the tax would lower wages in the long run'],
    ]);
    expect(
      rulesOf('Even its backers acknowledge that the plan will cost more than promised.'),
    ).toEqual([
      ['Unknown speaker', 'speaker-verb-clause', 'the plan will cost more than promised'],
    ]);
  });

  it('reads no trailing attribution in an infinitive at the end of a sentence', () => {
    // "to explain" is what the agency was challenged to do, not the agency's report.
    expect(
      rulesOf('Jan Novak said the plan had failed, challenging the agency to explain.'),
    ).toEqual([
      [
        'Jan Novak',
        'speaker-verb-clause',
        'the plan had failed, challenging the agency to explain',
      ],
    ]);
  });

  it('takes no bare clause after the base form', () => {
    // Only "that" or a colon opens the report: "suggest" alone is no bare-clause verb.
    expect(quotesOf('Some economists suggest lower rates would help.')).toEqual([]);
  });
});

describe('a participle after a reported clause', () => {
  it('goes on with the speaker of the clause it ends', () => {
    // "Foreign policy analysts" is no name the sentence-subject reader takes for a participle.
    expect(
      rulesOf(
        'Foreign policy analysts said the border mattered most, citing the long frontier with China.',
      ),
    ).toEqual([
      ['Unknown speaker', 'speaker-verb-clause', 'the border mattered most'],
      ['Unknown speaker', 'participle', 'the long frontier with China'],
    ]);
  });

  it('reads "the" and capitalised words as a body for a participle', () => {
    // The resolver does not know "The Daily Ledger", but the phrase names a body.
    expect(
      rulesOf(
        'The Daily Ledger filed a motion to unseal the files, arguing the public had a right to know.',
      ),
    ).toEqual([['Daily Ledger', 'participle', 'the public had a right to know']]);
  });
});

describe('a participle cue after "by" or "while"', () => {
  it('reads "by saying", "by promising to" as the subject\'s act', () => {
    expect(
      rulesOf(
        'Senator Ada Marsh answered the mother on Wednesday by saying the issue was manufactured.',
      ),
    ).toEqual([['Ada Marsh', 'participle', 'the issue was manufactured']]);
    expect(
      rulesOf('Senator Ada Marsh has rallied thousands by promising to impose tariffs on imports.'),
    ).toEqual([['Ada Marsh', 'participle', 'to impose tariffs on imports']]);
  });

  it('reads no report after another preposition', () => {
    // "in saying" is no cue shape the rule takes.
    expect(quotesOf('Senator Ada Marsh was wrong in saying the plan had failed.')).toEqual([]);
  });
});

describe('"one" with its head as a loose subject', () => {
  it('reads "one questioner claimed that" and "…, one slide says"', () => {
    expect(
      rulesOf('At the forum, one questioner claimed that the rules were hurting the army.'),
    ).toEqual([['Unknown speaker', 'speaker-verb-clause', 'the rules were hurting the army']]);
    expect(rulesOf('Six million jobs depend on exports to the south, one slide says.')).toEqual([
      ['Unknown speaker', 'clause-then-speaker', 'Six million jobs depend on exports to the south'],
    ]);
  });

  it('takes no "one" alone as a subject', () => {
    expect(quotesOf('Six million jobs depend on exports to the south, one says.')).toEqual([]);
  });
});

describe('a second speech act after a speech-act object', () => {
  it('ends the object at "and called for" and keeps the speaker', () => {
    // The subject phrase is broken by an aside; the second act goes on with the first's speaker.
    expect(
      rulesOf(
        'Senator Ada Marsh, in particular, has sharply criticized the trade deals and called for steep new tariffs.',
      ),
    ).toEqual([
      ['Ada Marsh', 'speech-act-object', 'the trade deals'],
      ['Ada Marsh', 'speech-act-object', 'steep new tariffs'],
    ]);
  });

  it('keeps a noun object joined by "and" to a noun', () => {
    expect(rulesOf('Senator Ada Marsh praised the nurses and the doctors of the city.')).toEqual([
      ['Ada Marsh', 'speech-act-object', 'the nurses and the doctors of the city'],
    ]);
  });
});

describe('"said his piece"', () => {
  it('reports nothing for the idiom', () => {
    expect(quotesOf('Once Mayor Jan Novak has said his piece, he is ready to move on.')).toEqual(
      [],
    );
  });

  it('still reads a clause that opens with "his piece of"', () => {
    expect(rulesOf('Senator Ada Marsh said his piece of the budget was too small.')).toEqual([
      ['Ada Marsh', 'speaker-verb-clause', 'his piece of the budget was too small'],
    ]);
  });
});

describe('"According to" a source that runs on to its comma', () => {
  it('reads the statement after the comma and keeps the head as the source', () => {
    // The outlet inside the participle's phrase is not the source: the polls are.
    expect(
      rulesOf(
        'According to exit polls conducted for the Daily Ledger by a research firm, most voters feel down about the economy.',
      ),
    ).toEqual([['Unknown speaker', 'according-to', 'most voters feel down about the economy']]);
  });

  it('still reads a short source', () => {
    expect(rulesOf('According to Jan Novak, the talks had failed.')).toEqual([
      ['Jan Novak', 'according-to', 'the talks had failed'],
    ]);
  });
});
