// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { AnnotationSchema, evaluate, groupMisses } from '../../src/ingest/evaluate.ts';
import { ingestTexts } from './support.ts';

// One invented article, scored against outside-style gold ({ quotes: [...] }, whole content spans).
const ARTICLE =
  'Title\n"We will not be intimidated," Jan Novak said.\n' +
  'Jan Novak said that the ministry would publish the report on Monday.\n' +
  'Officials said the talks had failed.\n';

// A direct quote with its right speaker and a reported clause with a wrong one.
const DIRECT_AND_WRONG_SPEAKER = [
  { text: '“We will not be intimidated,”', speaker: 'Jan Novak', kind: 'direct', named: true },
  {
    text: 'that the ministry would publish the report on Monday',
    speaker: 'Someone Else',
    kind: 'indirect',
    named: true,
    cue: 'said',
  },
];

function score(quotes: unknown[]) {
  const corpus = ingestTexts({ 'a.txt': ARTICLE });
  return evaluate(corpus, AnnotationSchema.parse({ articles: { 'a.txt': { quotes } } }));
}

describe('evaluate with outside gold (word-set matching)', () => {
  it('pairs statements sharing half of the larger word set and scores speakers of named gold only', () => {
    const r = score([
      ...DIRECT_AND_WRONG_SPEAKER,
      {
        text: 'the talks had failed',
        speaker: 'unknown',
        kind: 'indirect',
        named: false,
        cue: 'said',
      },
    ]);
    expect(r.match).toBe('words');
    expect(r.matched).toBe(3);
    expect(r.namedMatched).toBe(2);
    expect(r.speakerCorrect).toBe(1);
    // Attributed: both named-right and the unnamed one.
    expect(r.attributed).toBe(2);
    expect(r.recallByKind.indirect).toEqual({ gold: 2, matched: 2, recall: 1 });
    expect(groupMisses(r.misses).map(([c, l]) => [c, l.length])).toEqual([
      ['wrong speaker · named source', 1],
    ]);
  });

  it('scores each attribution rule on its own statements', () => {
    const r = score([...DIRECT_AND_WRONG_SPEAKER]);
    const corpus = ingestTexts({ 'a.txt': ARTICLE });
    const ruleOf = (needle: string) => corpus.quotes.find((q) => q.text.includes(needle))?.rule;
    const direct = ruleOf('intimidated');
    const reported = ruleOf('ministry');
    const unmatched = ruleOf('talks');
    expect(direct && reported && unmatched).toBeTruthy();
    expect(new Set([direct, reported]).size).toBe(2);
    // Every statement is counted once, under its own rule.
    const rows = Object.values(r.byRule);
    expect(rows.reduce((n, s) => n + s.predicted, 0)).toBe(r.predicted);
    expect(rows.reduce((n, s) => n + s.matched, 0)).toBe(r.matched);
    expect(r.byRule[direct ?? '']).toMatchObject({ matched: 1, attributed: 1 });
    // Matched, but given to the wrong speaker: not attributed.
    expect(r.byRule[reported ?? '']?.attributed).toBe((r.byRule[reported ?? '']?.matched ?? 0) - 1);
    const unmatchedRow = r.byRule[unmatched ?? ''];
    expect(unmatchedRow && unmatchedRow.predicted > unmatchedRow.matched).toBe(true);
  });

  it('does not count a fragment sharing less than half of the larger word set', () => {
    const r = score([
      {
        text: 'that the ministry would publish the report on Monday after a long review of every file it holds',
        speaker: 'Jan Novak',
        kind: 'indirect',
        named: true,
        cue: 'said',
      },
    ]);
    expect(r.matched).toBe(0);
    expect(r.misses.find((m) => m.type === 'missed')?.category).toBe(
      'missed indirect · cue said · not in cleaned text',
    );
  });

  it('accepts a speaker named by one shared word (lenient) but not strictly', () => {
    const r = score([
      { text: 'We will not be intimidated', speaker: 'Jan Q. Novak', kind: 'direct', named: true },
    ]);
    expect(r.speakerAccuracy).toBe(1);
    expect(r.strictSpeakerAccuracy).toBe(0);
  });
});
