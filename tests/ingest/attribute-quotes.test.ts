// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ingestTexts, quotesOf } from './support.ts';

// Small invented sentences, one rule each; names are either in data/actors.json or discovered.
describe('direct quotes', () => {
  it('splits a quote interrupted by its cue into two statements by the same speaker', () => {
    expect(
      quotesOf('"Guys, don\'t try your luck," Lavrov joked. "Russia is not going to join NATO."'),
    ).toEqual([
      ['Sergey Lavrov', 'direct', "Guys, don't try your luck"],
      ['Sergey Lavrov', 'direct', 'Russia is not going to join NATO.'],
    ]);
  });

  it('reads inverted attribution with an apposition and records the role', () => {
    const corpus = ingestTexts({
      'a.txt': 'T\n"We will not be intimidated," said Jan Novak, the ministry\'s spokesman.',
    });
    expect(corpus.quotes[0]?.speakerId).toBe('jan-novak');
    expect(corpus.actors.find((a) => a.id === 'jan-novak')).toMatchObject({
      kind: 'person',
      name: 'Jan Novak',
    });
  });

  it('attributes a quote introduced by a colon', () => {
    expect(quotesOf('Stoltenberg told reporters: "The door remains open."')).toEqual([
      ['Jens Stoltenberg', 'direct', 'The door remains open.'],
    ]);
  });

  it('gives an unattributed quote paragraph to the previous speaker', () => {
    expect(
      quotesOf('"We are ready," Putin said.\n"We have always been ready."').map((q) => q[0]),
    ).toEqual(['Vladimir Putin', 'Vladimir Putin']);
  });

  it('does not take scare quotes for statements', () => {
    expect(
      quotesOf('The so-called "security" agreement was a ‘downright escape’ from reality.'),
    ).toEqual([]);
  });
});

describe('reported speech', () => {
  it('reads "X said (that) …" with adjuncts and strips speaker and cue from the text', () => {
    expect(quotesOf('Lavrov said on Sunday that Moscow is suspending its mission.')).toEqual([
      ['Sergey Lavrov', 'indirect', 'Moscow is suspending its mission'],
    ]);
    expect(quotesOf('The Kremlin said in a statement the talks would resume.')).toEqual([
      ['Kremlin', 'indirect', 'the talks would resume'],
    ]);
  });

  it('reads "…, X said" and "…, says <description>"', () => {
    expect(
      quotesOf('NATO is preparing for confrontation, the Russian foreign minister said.')[0],
    ).toEqual(['Sergey Lavrov', 'indirect', 'NATO is preparing for confrontation']);
  });

  it('reads according to, accusations and pledges', () => {
    expect(quotesOf('According to Peskov, the sanctions changed nothing.')[0]?.[0]).toBe(
      'Dmitry Peskov',
    );
    expect(quotesOf('Western countries accuse Moscow of massing troops.')[0]).toEqual([
      'The West',
      'indirect',
      'Moscow of massing troops',
    ]);
    expect(quotesOf('Lavrov pledged not to make any unilateral concessions.')[0]).toEqual([
      'Sergey Lavrov',
      'indirect',
      'not to make any unilateral concessions',
    ]);
  });

  it('makes one mixed statement of a reported clause with quoted words', () => {
    expect(
      quotesOf(
        'Lavrov praised the plan, saying it would "reflect modern-day realities and needs".',
      ),
    ).toEqual([['Sergey Lavrov', 'mixed', 'it would "reflect modern-day realities and needs"']]);
  });

  it('gives "a source said" to the unknown actor and a body to itself', () => {
    const corpus = ingestTexts({
      'a.txt':
        'T\nA source said the deal was close.\nThe Russian defence control centre said that a ship entered the sea.',
    });
    expect(corpus.quotes.map((q) => q.speakerId)).toEqual([
      'unknown',
      'russian-defence-control-centre',
    ]);
    expect(corpus.actors.find((a) => a.id === 'unknown')).toMatchObject({
      kind: 'unknown',
      name: 'Unknown speaker',
    });
    expect(corpus.actors.find((a) => a.id === 'russian-defence-control-centre')?.kind).toBe(
      'organization',
    );
  });

  it('does not invent statements from sentences without reporting', () => {
    expect(
      quotesOf('Lavrov met Truss in Moscow on Thursday. Washington announced new sanctions.'),
    ).toEqual([]);
  });
});

describe('speakers and mentions', () => {
  it('resolves pronouns and descriptions to the most recent compatible person', () => {
    const q = quotesOf(
      'Secretary-General Jens Stoltenberg met Sergei Lavrov. The veteran diplomat said that talks were useful. He added that more would follow.',
    );
    expect(q.map((x) => x[0])).toEqual(['Sergey Lavrov', 'Sergey Lavrov']);
  });

  it('discovers new people next to titles and merges transliterations of known ones', () => {
    const corpus = ingestTexts({
      'a.txt':
        'T\nRussian Deputy Foreign Minister Alexander Grushko has also said that the issue was security.',
      'b.txt': 'T\n"No," Sergei Lavrov said. "Never," Sergey Lavrov added.',
    });
    const grushko = corpus.actors.find((a) => a.id === 'alexander-grushko');
    expect(grushko).toMatchObject({ kind: 'person', role: 'Russian Deputy Foreign Minister' });
    expect(new Set(corpus.quotes.slice(1).map((q) => q.speakerId))).toEqual(
      new Set(['sergey-lavrov']),
    );
  });

  it('lists actors named in the statement, through aliases, but never the speaker', () => {
    const corpus = ingestTexts({
      'a.txt': 'T\n"The Americans push the alliance toward Russia," Lavrov said.',
    });
    expect(corpus.quotes[0]?.mentions).toEqual(['united-states', 'nato', 'russia']);
    const self = ingestTexts({ 'b.txt': 'T\n"Lavrov is always right," Lavrov said.' });
    expect(self.quotes[0]?.mentions).toEqual([]);
  });
});

// Rules added for wire, live-blog, interview and agency styles (tests/fixtures/ingest/unseen).
describe('more attribution styles', () => {
  it('gives "X and Y said" to the first-named and mentions the second', () => {
    const corpus = ingestTexts({
      'a.txt': 'T\nLavrov and Blinken said after the meeting that the talks had been useful.',
    });
    expect(corpus.quotes.map((q) => [q.speakerId, q.mentions])).toEqual([
      ['sergey-lavrov', ['antony-blinken']],
    ]);
  });

  it('resolves "the ministry" to the ministry named before', () => {
    expect(
      quotesOf(
        'Zakharova spoke for the Russian Foreign Ministry on Monday.\nIn a statement, the ministry said the ambassador had been summoned.',
      ).map((q) => q[0]),
    ).toEqual(['Russian Foreign Ministry']);
  });

  it('reads "was quoted by TASS as saying"', () => {
    expect(
      quotesOf('Peskov was quoted by TASS as saying that Moscow saw no reason to change course.'),
    ).toEqual([['Dmitry Peskov', 'indirect', 'Moscow saw no reason to change course']]);
  });

  it('splits "…, while Iran insists that …" into a second statement with its own speaker', () => {
    expect(
      quotesOf(
        'Western officials have accused Iran of dragging its feet, while Iran insists that the US must lift all sanctions.',
      ).map((q) => q[0]),
    ).toEqual(['Unknown speaker', 'Iran']);
  });

  it('credits "X told Y that …, his office said" to X', () => {
    expect(
      quotesOf(
        'Erdogan told Putin in a phone call that Ankara was ready to host talks, his office said.',
      ).map((q) => q[0]),
    ).toEqual(['Recep Tayyip Erdogan']);
  });

  it('finds a trailing attribution after a quote that ends with its comma', () => {
    expect(
      quotesOf(
        'The meeting was a "theatrical performance," Russian envoy Vassily Nebenzia told journalists.',
      ).map((q) => q[0]),
    ).toEqual(['Vassily Nebenzia']);
  });

  it('resolves a description to the person named right after it', () => {
    expect(
      quotesOf(
        'NATO will keep its door open, the alliance\'s top official said. "We will not accept spheres of influence," said Jens Stoltenberg.',
      ).map((q) => q[0]),
    ).toEqual(['Jens Stoltenberg', 'Jens Stoltenberg']);
  });

  it('keeps "a senior US defense official" unknown', () => {
    expect(
      quotesOf('"We are watching closely," a senior US defense official said.').map((q) => q[0]),
    ).toEqual(['Unknown speaker']);
  });

  it('does not take a book title sentence for a statement', () => {
    expect(
      quotesOf('In his book "Revolution", published in 2016, he wrote about Europe\'s autonomy.'),
    ).toEqual([]);
  });

  it('reads interview answers as the interviewee’s words and skips the questions', () => {
    expect(
      quotesOf(
        'Question: Do you see prospects for dialogue?\nSergey Lavrov: We have never refused dialogue.\nQ: What about the OSCE?\nA: The organisation has become an instrument of policy.',
      ),
    ).toEqual([
      ['Sergey Lavrov', 'direct', 'We have never refused dialogue.'],
      ['Sergey Lavrov', 'direct', 'The organisation has become an instrument of policy.'],
    ]);
  });

  it('drops live-blog entry headings that repeat a quote', () => {
    expect(
      quotesOf(
        "14:30 GMT — Peskov: 'Remarks are alarming'\nPeskov said Biden's remarks were alarming.",
      ).map((q) => q[2]),
    ).toEqual(["Biden's remarks were alarming"]);
  });
});

// Rules added for the second unseen batch (tests/fixtures/ingest/unseen2).
describe('second-batch attribution styles', () => {
  it('links a family-name-first follow-up to the person named in full', () => {
    expect(
      quotesOf(
        'Spokesperson Li Haidong said the move was dangerous.\n"The US is trying to create tensions," Li said.',
      ).map((q) => q[0]),
    ).toEqual(['Li Haidong', 'Li Haidong']);
  });

  it('reads past an abbreviated month before "that"', () => {
    expect(
      quotesOf('Zelensky said on Jan. 15 that Ukraine would never agree to a freeze.'),
    ).toEqual([['Volodymyr Zelensky', 'indirect', 'Ukraine would never agree to a freeze']]);
  });

  it('reads ", adding that …" after a quote that ends with its comma', () => {
    expect(
      quotesOf(
        'Peskov called the plan "extremely dangerous," adding that it would escalate the conflict.',
      ).map((q) => [q[0], q[2]]),
    ).toEqual([
      // The characterisation is a statement of its own (docs/extractor.md).
      ['Dmitry Peskov', 'the plan "extremely dangerous,"'],
      ['Dmitry Peskov', 'it would escalate the conflict'],
    ]);
  });

  it('does not take a cue word used as a noun for a verb', () => {
    expect(
      quotesOf(
        'Lavrov told TASS that Kyiv had to accept Moscow\'s demands "or the army will resolve the issue."',
      ).map((q) => [q[0], q[1]]),
    ).toEqual([['Sergey Lavrov', 'mixed']]);
  });

  it('gives "Mr X\'s spokesperson" an actor of its own', () => {
    expect(
      quotesOf(
        "Rishi Sunak visited Kyiv.\nMr Sunak's spokesperson told journalists that there were no plans to send jets.",
      ).map((q) => q[0]),
    ).toEqual(["Mr Sunak's spokesperson"]);
  });
});

describe('colon, according-to and semicolon forms', () => {
  it('continues the speaker of an earlier quote after ", adding:"', () => {
    expect(
      quotesOf(
        '“We will respond,” Zakharova told Sputnik radio, adding: “The West should think twice.”',
      ).map((q) => q[0]),
    ).toEqual(['Maria Zakharova', 'Maria Zakharova']);
  });

  it('reads a quote followed by "according to X"', () => {
    expect(quotesOf('"The door is open," according to Stoltenberg.').map((q) => q[0])).toEqual([
      'Jens Stoltenberg',
    ]);
  });

  it('reads a pull quote "Name: \\"…\\"" as the named person’s words', () => {
    expect(quotesOf('Andriy Yermak: "Peace through strength is the only way."')).toEqual([
      ['Andriy Yermak', 'direct', 'Peace through strength is the only way.'],
    ]);
  });

  it('ends a reported clause at a semicolon', () => {
    expect(quotesOf('Ukraine says Russia shelled the plant; Moscow denies it.')).toEqual([
      ['Ukraine', 'indirect', 'Russia shelled the plant'],
    ]);
  });
});

describe('third-batch attribution styles', () => {
  it('keeps a shared subject with "of" in its title ("Secretary of State X … and said")', () => {
    expect(
      quotesOf(
        'US Secretary of State Antony Blinken called the move irresponsible and said Washington remained ready to talk.',
      ).map((q) => q[0]),
    ).toEqual(['Antony Blinken']);
  });

  it('takes a foreign ministry spokeswoman for "the diplomat", not the next person named', () => {
    expect(
      quotesOf(
        'Zakharova said the decision was absurd.\nThe diplomat added that consumers would pay. Hungarian Foreign Minister Peter Szijjarto warned that the cap was dangerous.',
      ).map((q) => q[0]),
    ).toEqual(['Maria Zakharova', 'Maria Zakharova', 'Peter Szijjarto']);
  });

  it('finds the attribution after a short tail that finishes the quoted phrase', () => {
    expect(
      quotesOf('"We admire the mechanics" of the plan, Jan Novak said. "They are detailed."'),
    ).toEqual([
      ['Jan Novak', 'direct', 'We admire the mechanics'],
      ['Jan Novak', 'direct', 'They are detailed.'],
    ]);
    // A title in quotes, then a report with its own clause: not the quote's attribution.
    expect(
      quotesOf(
        'In his book, "Doomed to Fail," and in an interview, Jan Novak said the mayor lied.',
      ),
    ).toEqual([['Jan Novak', 'indirect', 'the mayor lied']]);
  });

  it('reads no report into a long quote named by a function word ("known as", "titled")', () => {
    const said = 'Jan Novak said the talks were over.\n';
    expect(
      quotesOf(`${said}The crowd heard the words "we will never give up this land" again.`),
    ).toEqual([
      ['Jan Novak', 'indirect', 'the talks were over'],
      ['Jan Novak', 'direct', 'we will never give up this land'],
    ]);
    expect(
      quotesOf(`${said}He kept a memoir titled "how we never gave up this land" later.`),
    ).toEqual([['Jan Novak', 'indirect', 'the talks were over']]);
    expect(
      quotesOf(`${said}The plan, known as "we will never give up this land", failed.`),
    ).toEqual([['Jan Novak', 'indirect', 'the talks were over']]);
  });

  it('reads a capitalised cue word in an aside as part of a name ("United States")', () => {
    expect(
      quotesOf(
        '"Their plan is clear," Jan Novak, a former United States envoy to Peru, said of it.',
      ),
    ).toEqual([['Jan Novak', 'direct', 'Their plan is clear']]);
  });

  it('reads no cue inside a capitalised name ("the United States said")', () => {
    expect(quotesOf('"The plan failed," the United States said.')).toEqual([
      ['United States', 'direct', 'The plan failed'],
    ]);
    expect(quotesOf('The plan failed, the United States said.')).toEqual([
      ['United States', 'indirect', 'The plan failed'],
    ]);
  });
});
