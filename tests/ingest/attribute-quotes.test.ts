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
