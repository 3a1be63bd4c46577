// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/ingest/build-corpus.ts';
import { countQuoteMarks, WorkBudget } from '../../src/ingest/work-budget.ts';
import { loadKnownActors, loadOutlets } from '../../scripts/ingest/load-data.ts';

const options = { knownActors: loadKnownActors(), outlets: loadOutlets() };
const encoder = new TextEncoder();
const file = (name: string, text: string) => ({ file: name, bytes: encoder.encode(text) });

describe('per-file work budget', () => {
  it('rejects one sentence of 30,000 quotes before attributing it, the same way every time', () => {
    const files = [
      file('a.txt', `Title\n${'"a" '.repeat(30_000)}`),
      file('b.txt', 'Title\n"We are ready," Lavrov said.\n'),
    ];
    const first = buildCorpus(files, options);
    expect(first.rejected).toEqual([
      {
        file: 'a.txt',
        reason: 'over the per-file work budget (200,000,000 steps) in quote attribution',
      },
    ]);
    expect(first.articles.map((a) => a.file)).toEqual(['b.txt']);
    expect(buildCorpus(files, options)).toEqual(first);
  });

  it('leaves no actor behind from a file rejected during speaker resolution', () => {
    // 300 statements by a person the actors file does not know: resolution walks every earlier
    // speaker, so its cost grows with the square of the statements.
    const long = `Title\n${'Zed Quorb said the talks would go on. '.repeat(300)}`;
    const corpus = buildCorpus(
      [file('a-long.txt', long), file('b.txt', 'Title\n"We are ready," Lavrov said.\n')],
      { ...options, workBudget: 40_000 },
    );
    expect(corpus.rejected).toEqual([
      {
        file: 'a-long.txt',
        reason: 'over the per-file work budget (40,000 steps) in speaker resolution',
      },
    ]);
    expect(corpus.actors.map((a) => a.id)).toEqual(['sergey-lavrov']);
    // The same file alone, with the default budget, is ingested: the limit is about work, not size.
    const alone = buildCorpus([file('a-long.txt', long)], options);
    expect(alone.rejected).toEqual([]);
    expect(alone.actors.map((a) => a.name)).toContain('Zed Quorb');
  });

  it('charges and throws deterministically', () => {
    const budget = new WorkBudget(10);
    budget.charge(10, 'x');
    expect(() => budget.charge(1, 'pairing')).toThrow(
      'over the per-file work budget (10 steps) in pairing',
    );
  });

  it('counts quote marks, not apostrophes inside words', () => {
    expect(countQuoteMarks(`"It's Russia’s," he said. «Oui» ‘no’ 'x'`)).toBe(8);
  });
});
