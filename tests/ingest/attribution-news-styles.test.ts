// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ingestTexts, quotesOf } from './support.ts';

// Invented sentences in US newspaper styles (issue #10); one rule each.
describe('US newspaper styles', () => {
  it('reads "Mr. Barrett said" with a dotted honorific like "Mr Barrett said"', () => {
    expect(
      quotesOf(
        'Kevin Barrett said the deal was bad. Tom Clarke said it was fine.\n' +
          '"Everybody knew what to expect," Mr. Barrett said.',
      ),
    ).toEqual([
      ['Kevin Barrett', 'indirect', 'the deal was bad'],
      ['Tom Clarke', 'indirect', 'it was fine'],
      ['Kevin Barrett', 'direct', 'Everybody knew what to expect'],
    ]);
  });

  it('reads a clergy title before a name as a title ("said the Rev. Ada Marsh")', () => {
    // Someone else spoke first: without the title, the quotes went on as Tom Clarke's.
    expect(
      quotesOf(
        'Tom Clarke said it was fine.\n' +
          '"The town will change," said the Rev. Ada Marsh, of a local church. "It has to."\n' +
          '"We pray for rain," Rabbi Eli Stone said.',
      ),
    ).toEqual([
      ['Tom Clarke', 'indirect', 'it was fine'],
      ['Ada Marsh', 'direct', 'The town will change'],
      ['Ada Marsh', 'direct', 'It has to.'],
      ['Eli Stone', 'direct', 'We pray for rain'],
    ]);
    // Clergy words that are also surnames (Bishop, Pastor) stay names.
    expect(quotesOf('Tom Clarke said it was fine.\nRob Bishop said it was not.')).toEqual([
      ['Tom Clarke', 'indirect', 'it was fine'],
      ['Rob Bishop', 'indirect', 'it was not'],
    ]);
  });

  it('reads a title word after a lone given name as a surname ("said Carla King")', () => {
    // "King" right after the given name "Carla": a surname, so the quote is hers (it went
    // unresolved). Controls: titles before a name ("King Ali Hassan", "Majority Leader Mitch
    // Oakes", "Deputy Chief Ada Marsh") stay titles.
    expect(
      quotesOf(
        'Tom Clarke said it was fine.\n' +
          '"People say it does not matter," said Carla King, a local Democrat.\n' +
          'King Ali Hassan said the talks would go on.\n' +
          'Senate Majority Leader Mitch Oakes said the bill was dead.\n' +
          'Deputy Chief Ada Marsh said the road was closed.',
      ),
    ).toEqual([
      ['Tom Clarke', 'indirect', 'it was fine'],
      ['Carla King', 'direct', 'People say it does not matter'],
      ['Ali Hassan', 'indirect', 'the talks would go on'],
      ['Mitch Oakes', 'indirect', 'the bill was dead'],
      ['Ada Marsh', 'indirect', 'the road was closed'],
    ]);
  });

  it('keeps a middle initial inside the name ("Loretta E. Lynch said")', () => {
    expect(quotesOf('At the firm, Loretta E. Lynch said she was asked to present.')).toEqual([
      ['Loretta E. Lynch', 'indirect', 'she was asked to present'],
    ]);
  });

  it('does not give a surname to someone of another article when a full name precedes it', () => {
    const corpus = ingestTexts({
      'a.txt': 'T\nRep. Stephen Lynch said the law was clear.',
      'b.txt':
        'T\nAt the firm, Loretta E. Lynch said she was asked.\nLynch said the client ignored her.',
    });
    const names = new Map(corpus.actors.map((a) => [a.id as string, a.name]));
    expect(
      corpus.quotes.filter((q) => q.articleId === 'b').map((q) => names.get(q.speakerId)),
    ).toEqual(['Loretta E. Lynch', 'Loretta E. Lynch']);
  });

  it('does not take ", said the union expected …" for an inverted attribution', () => {
    expect(
      quotesOf(
        'Phil Smith, a spokesman for the miners, said the union expected production to improve.',
      ),
    ).toEqual([['Phil Smith', 'indirect', 'the union expected production to improve']]);
  });

  it('reads a name followed by several asides (age, place, description) before the verb', () => {
    expect(
      quotesOf(
        'Jillian Chase, 27, a Tinder user in New York, said the election would come up in chats.',
      ),
    ).toEqual([['Jillian Chase', 'indirect', 'the election would come up in chats']]);
  });
});

describe('surnames and pronouns in an article with namesakes', () => {
  it('expands a bare surname to the nearest full name before it', () => {
    expect(
      quotesOf(
        'Gary Johnson said the race was open.\nLater, Jeh Johnson said hackers were active.\n' +
          'Johnson said officials should be vigilant.',
      ).map((q) => q[0]),
    ).toEqual(['Gary Johnson', 'Jeh Johnson', 'Jeh Johnson']);
  });

  it('keeps "he" on the one speaking when his given name tells nothing', () => {
    expect(
      quotesOf(
        'Donald Trump said the vote was rigged.\nJeh Johnson said hackers were active. ' +
          '"There is no single point of failure," he said.',
      ).map((q) => q[0]),
    ).toEqual(['Donald Trump', 'Jeh Johnson', 'Jeh Johnson']);
  });
});

describe('speakers after a quote', () => {
  it('reads "Name, a long apposition, said" after the quote', () => {
    expect(
      quotesOf(
        'Tom Clarke spoke first.\n"Their strategy is very clear," Ira Vance, a senior fellow at the ' +
          'institute and a former ambassador, said of the network.',
      ),
    ).toEqual([['Ira Vance', 'direct', 'Their strategy is very clear']]);
  });

  it('reads a role noun before a name as its title ("said MSNBC host Chris Matthews")', () => {
    expect(
      quotesOf('Tom Clarke spoke first.\n"He was very effective," said MSNBC host Chris Matthews.'),
    ).toEqual([['Chris Matthews', 'direct', 'He was very effective']]);
  });
});

describe('sentence and clause boundaries', () => {
  it('starts a new sentence after a closing quote when "X said" goes on with a clause', () => {
    expect(
      quotesOf(
        'Seoul accused the leader of "fanatic recklessness." Park Geun-hye said the state of ' +
          'his mind is "spiraling out of control."',
      ).map((q) => q[2]),
    ).toEqual([
      'the leader of "fanatic recklessness."',
      'the state of his mind is "spiraling out of control."',
    ]);
  });

  it('skips a party-and-state bracket between the name and the verb', () => {
    expect(quotesOf('Gov. Pat McCrory (R) said it would be improper for him to speak.')).toEqual([
      ['Pat McCrory', 'indirect', 'it would be improper for him to speak'],
    ]);
  });

  it('does not resume the clause with a participle (", citing …")', () => {
    expect(
      quotesOf(
        'The country "has made dramatic changes for the better," Tom Clarke said in June, citing ' +
          'the release of prisoners.',
      ).map((q) => q[2]),
    ).toEqual(['The country "has made dramatic changes for the better,"']);
  });
});

describe('pronoun speakers with gender', () => {
  it('gives "she said" to the last woman, not to the last speaker', () => {
    expect(
      quotesOf(
        'Anna Novak, a senator, said the vote was close. Tom Clarke said the mine was closed.\n' +
          '"We will reopen it," she said.',
      ).map((q) => q[0]),
    ).toEqual(['Anna Novak', 'Tom Clarke', 'Anna Novak']);
  });

  it('does not give "he said" to a man named inside the quote', () => {
    // Gov. Tom Clarke opens the sentence; John Vance is named inside the quote "he said"
    // attributes: talked about, so the pronoun is Tom Clarke's.
    expect(
      quotesOf(
        'Gov. Tom Clarke read the report. "My friend Sen. John Vance brings me a chart every ' +
          'morning," he said.',
      ).map((q) => q[0]),
    ).toEqual(['Tom Clarke']);
  });

  it('knows a name before a bare role phrase ("X, history professor at Y,") as a person', () => {
    // Jo-Ann Rusk (a given name the list lacks) is introduced by a role phrase with no article
    // and no cue: she is a person, so "she said" is hers (it went to no one).
    expect(
      quotesOf(
        'Sen. Tom Clarke spoke first.\n' +
          'Jo-Ann Rusk, history professor at Hale College, studied the plan.\n' +
          '"He would deflect the questions," she said.',
      ).map((q) => q[0]),
    ).toEqual(['Jo-Ann Rusk']);
  });

  it('reads an inverted subject with a descriptive word before the name ("said widow X")', () => {
    // "widow" and "9/11 widow" are no title words: the names after them are still persons
    // after an inverted "said", so the quotes are theirs, not Tom Clarke's going on.
    expect(
      quotesOf(
        'Tom Clarke said it was fine.\n' +
          '"The claims do not hold," said widow Ann Hale.\n' +
          '"They are wrong," said 9/11 widow Eve Stone.',
      ).map((q) => q[0]),
    ).toEqual(['Tom Clarke', 'Ann Hale', 'Eve Stone']);
  });

  it('uses the honorific of the article ("Ms. Roe") when the given name says nothing', () => {
    expect(
      quotesOf(
        'Ms. Roe said the vote was close. Ira Vance, a lawyer, said the mine was closed.\n' +
          '"We will reopen it," she said.',
      ).map((q) => q[0])[2],
    ).toBe('Roe');
  });
});

describe('reported speech beyond a named subject', () => {
  it('keeps a statement whose subject names nobody, with an unknown speaker', () => {
    expect(quotesOf('Almost half of respondents said the party had become more hostile.')).toEqual([
      ['Unknown speaker', 'indirect', 'the party had become more hostile'],
    ]);
  });

  it('reads a rejection, not "The minister also rejected" as the subject of "claims"', () => {
    expect(
      quotesOf('The minister also rejected claims that Moscow was threatening anyone.'),
    ).toEqual([['Unknown speaker', 'indirect', 'claims that Moscow was threatening anyone']]);
  });

  it('splits a reported clause interrupted by its cue into two statements', () => {
    expect(
      quotesOf('Lenox was a juggernaut, Tom Clarke said, until it went bankrupt in 1999.'),
    ).toEqual([
      ['Tom Clarke', 'indirect', 'Lenox was a juggernaut'],
      ['Tom Clarke', 'indirect', 'until it went bankrupt in 1999'],
    ]);
  });

  it('reads "according to" any source, unknown when nobody is named', () => {
    expect(quotesOf('According to a new poll, the senator leads by four points.')).toEqual([
      ['Unknown speaker', 'indirect', 'the senator leads by four points'],
    ]);
  });
});

describe('"told" with a hearer and a bare clause', () => {
  it.each([
    ['Jan Novak told the AP her group never worked with him.', 'her group never worked with him'],
    ['Jan Novak told The Washington Post the plan was dead.', 'the plan was dead'],
    ['Jan Novak told reporters the plan was dead.', 'the plan was dead'],
    ['Jan Novak told his audience they would not back him.', 'they would not back him'],
  ])('%s', (sentence, statement) => {
    expect(quotesOf(sentence)).toEqual([['Jan Novak', 'indirect', statement]]);
  });
});

describe('speech acts whose object is the statement', () => {
  it.each([
    ['Medvedev called the attack a vile, despicable act.', 'the attack a vile, despicable act'],
    ['Jan Novak called for a ceasefire in the region.', 'a ceasefire in the region'],
    ['The Kremlin has denied all three allegations.', 'all three allegations'],
    [
      'Jan Novak described the plan as a disaster for farmers.',
      'the plan as a disaster for farmers',
    ],
    ['Jan Novak dismissed the claims as nonsense.', 'the claims as nonsense'],
    ['Jan Novak called it shameful and wrong.', 'it shameful and wrong'],
    [
      'Jan Novak called for more school investment in a statement on Thursday.',
      'more school investment',
    ],
    ['Jan Novak announced a curfew from midnight to 6 a.m.', 'a curfew from midnight to 6 a.m'],
  ])('%s', (sentence, statement) => {
    expect(quotesOf(sentence).map((q) => q[2])).toEqual([statement]);
  });

  it('reads requests with an object and an infinitive ("asked X to …", "warned X to …")', () => {
    expect(quotesOf('Jan Novak asked the woman to raise her voice.')).toEqual([
      ['Jan Novak', 'indirect', 'the woman to raise her voice'],
    ]);
  });

  it.each([
    'A group called the People Foundation paid for the ads.',
    'Jan Novak was criticized for the delay.',
    'Jan Novak called off the meeting.',
    'Jan Novak called him on Monday.',
    'Jan Novak described the new building.',
  ])('is not fooled by "%s"', (sentence) => {
    expect(quotesOf(sentence)).toEqual([]);
  });
});

describe('rule and confidence of each quote', () => {
  it('records the rule and a lower confidence for a continued speaker than a named one', () => {
    const corpus = ingestTexts({
      'a.txt': 'T\n"We are ready," Jan Novak said.\n"We have always been ready."',
    });
    expect(corpus.quotes.map((q) => [q.rule, q.confidence])).toEqual([
      ['quote-then-speaker', 0.95],
      ['continuation', 0.68],
    ]);
  });

  it('marks a statement with no identifiable speaker as less sure', () => {
    const corpus = ingestTexts({
      'a.txt': 'T\nAlmost half of respondents said the party had changed.',
    });
    expect(corpus.quotes[0]?.rule).toBe('speaker-verb-clause');
    expect(corpus.quotes[0]?.confidence).toBeLessThan(0.85);
  });
});

// Issue #10, second round: reported speech in other verb forms and positions.
describe('reported speech in other forms', () => {
  it('reads a progressive speech act ("X is warning voters that …")', () => {
    expect(
      quotesOf(
        'Jan Novak is warning voters that a defeat would bring the old scandals back.\n' +
          'Eva Dvorak is demanding that the campaign stop using her photo.',
      ),
    ).toEqual([
      ['Jan Novak', 'indirect', 'a defeat would bring the old scandals back'],
      ['Eva Dvorak', 'indirect', 'the campaign stop using her photo'],
    ]);
  });

  it('splits "X said A and said that B" into two statements of the same speaker', () => {
    expect(
      quotesOf(
        'Jan Novak said his recent attacks had given the campaign momentum and said that his rival did not represent the party.',
      ),
    ).toEqual([
      ['Jan Novak', 'indirect', 'his recent attacks had given the campaign momentum'],
      ['Jan Novak', 'indirect', 'his rival did not represent the party'],
    ]);
  });

  it('ends a reported clause at ", although" / ", compared with" (the writer narrates on)', () => {
    expect(
      quotesOf(
        'Eva Dvorak said the program had failed, although most economists disagree with her.',
      ),
    ).toEqual([['Eva Dvorak', 'indirect', 'the program had failed']]);
  });
});

describe('pronoun speakers: given names in data/first-names.json', () => {
  it('gives "she says" to the woman just named, not to an earlier one', () => {
    expect(
      quotesOf(
        'Jennifer Novak said the campaign was fine.\n' +
          'Hillary Dvorak denied that the plan had failed. She says the critics are wrong about it.',
      ),
    ).toEqual([
      ['Jennifer Novak', 'indirect', 'the campaign was fine'],
      ['Hillary Dvorak', 'indirect', 'the plan had failed'],
      ['Hillary Dvorak', 'indirect', 'the critics are wrong about it'],
    ]);
  });
});

describe('US state abbreviations', () => {
  it('reads "Name, of Town, Va., said" and keeps the speaker for "He said" after it', () => {
    expect(
      quotesOf(
        'President George W. Bush spoke at the opening.\n' +
          'Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam for the rights of the nation.\n' +
          'He said the museum compensated for a sanitized version of history.',
      ),
    ).toEqual([
      ['Johnnie Wilson', 'indirect', 'he had fought in Vietnam for the rights of the nation'],
      ['Johnnie Wilson', 'indirect', 'the museum compensated for a sanitized version of history'],
    ]);
  });
});
