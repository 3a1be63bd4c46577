import { describe, expect, it } from 'vitest';
import {
  FOLD_THRESHOLD,
  foldStatements,
  jaccard,
  normaliseTokens,
  shingleHashes,
  type FoldInput,
} from '../../src/ingest/fold-statements.ts';
import type { ActorId, QuoteId } from '../../src/corpus/schema.ts';
import { AGENCY, DIFFERENT, OTHER_SPEAKER, REPOSTS } from '../fixtures/statements/reposts.ts';

const sim = (a: string, b: string) =>
  jaccard(shingleHashes(normaliseTokens(a)), shingleHashes(normaliseTokens(b)));

describe('foldStatements', () => {
  const all = [AGENCY, ...REPOSTS, ...DIFFERENT, OTHER_SPEAKER];

  it('folds the agency quote and its three reposts into one statement, and nothing else', () => {
    const statements = foldStatements(all);
    expect(statements).toHaveLength(1);
    const [statement] = statements;
    expect(new Set(statement?.quoteIds)).toEqual(new Set([AGENCY, ...REPOSTS].map((q) => q.id)));
    expect(statement?.speakerId).toBe(AGENCY.speakerId);
  });

  it('orders reports first seen first and takes the first wording, date and outlets', () => {
    const [statement] = foldStatements(all);
    // TASS and Sputnik share the earliest date: corpus order breaks the tie; undated last.
    expect(statement?.quoteIds).toEqual([
      'tass-0412#1',
      'sputnik-0412#1',
      'rt-0413#2',
      'press-tv-x#3',
    ]);
    expect(statement?.text).toBe(AGENCY.text);
    expect(statement?.firstDate).toBe('2024-04-12');
    expect(statement?.outlets).toEqual(['TASS', 'Sputnik', 'RT', 'Press TV']);
    expect(statement?.id).toBe('s:tass-0412#1');
  });

  it('does not depend on which copy the corpus meets first', () => {
    const forward = foldStatements(all);
    const backward = foldStatements([...all].reverse());
    expect(backward.map((s) => [...s.quoteIds].sort())).toEqual(
      forward.map((s) => [...s.quoteIds].sort()),
    );
    expect(foldStatements(all)).toEqual(forward);
  });

  it('keeps the reposts above the threshold and the different quotes below it', () => {
    for (const repost of REPOSTS)
      expect(sim(AGENCY.text, repost.text)).toBeGreaterThanOrEqual(FOLD_THRESHOLD);
    for (const other of DIFFERENT)
      expect(sim(AGENCY.text, other.text)).toBeLessThan(FOLD_THRESHOLD);
  });

  it('never folds two quotes of one article, nor quotes of different speakers', () => {
    const again: FoldInput = { ...AGENCY, id: 'tass-0412#2' as QuoteId };
    expect(foldStatements([AGENCY, again])).toEqual([]);
    expect(foldStatements([AGENCY, OTHER_SPEAKER])).toEqual([]);
  });

  it('folds the same way for a speaker with many quotes (signature buckets, not all pairs)', () => {
    const others: FoldInput[] = Array.from({ length: 60 }, (_, i) => ({
      ...AGENCY,
      id: `other-${i}#1` as QuoteId,
      articleId: `other-${i}`,
      text: `On day ${i} of the talks the ministry issued statement number ${i} about grain exports ${i * 7}`,
    }));
    const statements = foldStatements([AGENCY, ...others, ...REPOSTS, ...DIFFERENT]);
    expect(statements.map((s) => [...s.quoteIds].sort())).toEqual([
      [AGENCY, ...REPOSTS].map((q) => q.id).sort(),
    ]);
  });

  it('gives back the first wording exactly, whatever its characters', () => {
    // Kept as UTF-8 inside the folder: accents, non-Latin script, emoji and a lone surrogate
    // (which UTF-8 cannot carry, so it is kept as it is) must all come back unchanged.
    for (const extra of ['— «Élysée»', 'Москва заявила', 'ok 👍🏽', 'broken \uD800 half']) {
      const first = { ...AGENCY, text: `${AGENCY.text} ${extra}` };
      const copy = {
        ...REPOSTS[0],
        date: '2099-01-01',
        text: `${AGENCY.text} ${extra}`,
      } as FoldInput;
      const [statement] = foldStatements([first, copy]);
      expect(statement?.text).toBe(first.text);
    }
  });

  it('ignores case, accents and punctuation', () => {
    expect(normaliseTokens('«Élysée» said: “NO—never.”')).toEqual([
      'elysee',
      'said',
      'no',
      'never',
    ]);
  });

  it('stays near-linear: 20,000 copies of one statement fold in one pass', () => {
    const speakerId = 'a' as ActorId;
    const inputs: FoldInput[] = Array.from({ length: 20_000 }, (_, i) => ({
      id: `a${i}#1` as QuoteId,
      speakerId,
      text: `${AGENCY.text} ${i % 3 === 0 ? 'indeed' : ''}`,
      articleId: `a${i}`,
      date: null,
      outlet: `Outlet ${i % 50}`,
    }));
    const [statement, ...rest] = foldStatements(inputs);
    expect(rest).toEqual([]);
    expect(statement?.quoteIds).toHaveLength(20_000);
    expect(statement?.outlets).toHaveLength(50);
  });
});
