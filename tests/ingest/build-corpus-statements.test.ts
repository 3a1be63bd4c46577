import { describe, expect, it } from 'vitest';
import { CorpusSchema } from '../../src/corpus/schema.ts';
import { ingestTexts } from './support.ts';

// An agency story and two reposts with light edits, plus an unrelated story by the same speaker.
const agency = `Nebenzia calls council meeting a farce
date 2022-04-05
UNITED NATIONS, April 5. /TASS/. "Our Western colleagues did not want to listen to the facts. They came with ready-made conclusions," Russia's Permanent Representative to the UN Vassily Nebenzia told journalists on Tuesday.`;
const repost = `Russian envoy slams UN meeting
date 2022-04-06
Russia's Permanent Representative to the UN Vassily Nebenzia said: "Our Western colleagues did not want to listen to facts, they came with ready-made conclusions."`;
const repost2 = `UN envoy: West ignored facts
"Our Western colleagues did not want to listen to the facts. They came with their ready-made conclusions," Russia's UN envoy Vassily Nebenzia told journalists.`;
const other = `Nebenzia on grain deal
date 2022-07-01
"The facts about the grain deal speak for themselves, and our Western colleagues know it," Russia's UN envoy Vassily Nebenzia told journalists.`;

describe('CorpusBuilder statements', () => {
  it('folds the reposts into one statement, leaves the other quote alone, and validates', () => {
    const corpus = ingestTexts({
      'a.txt': agency,
      'b.txt': repost,
      'c.txt': repost2,
      'd.txt': other,
    });
    expect(corpus.quotes.length).toBeGreaterThanOrEqual(4);
    expect(corpus.statements).toHaveLength(1);
    const [statement] = corpus.statements;
    expect(statement?.quoteIds.map((id) => id.split('#')[0])).toEqual(['a', 'b', 'c']);
    expect(statement?.firstDate).toBe('2022-04-05');
    expect(CorpusSchema.safeParse(corpus).success).toBe(true);
  });

  it('is deterministic', () => {
    const files = { 'a.txt': agency, 'b.txt': repost, 'c.txt': repost2 };
    expect(ingestTexts(files).statements).toEqual(ingestTexts(files).statements);
  });
});

describe('statements in the schema', () => {
  it('rejects a statement naming an unknown quote or a quote of another speaker', () => {
    const corpus = ingestTexts({ 'a.txt': agency, 'b.txt': repost });
    const [statement] = corpus.statements;
    if (!statement) throw new Error('expected a statement');
    const broken = {
      ...corpus,
      statements: [{ ...statement, quoteIds: [...statement.quoteIds, 'nope#1'] }],
    };
    const result = CorpusSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown quote "nope#1"');
    const wrongSpeaker = { ...corpus, statements: [{ ...statement, speakerId: 'unknown' }] };
    expect(CorpusSchema.safeParse(wrongSpeaker).error?.issues[0]?.message).toMatch(
      /is not by "unknown"/,
    );
  });

  it('keeps statements optional', () => {
    const without: Record<string, unknown> = { ...ingestTexts({ 'a.txt': agency }) };
    delete without.statements;
    expect(CorpusSchema.safeParse(without).success).toBe(true);
  });
});
