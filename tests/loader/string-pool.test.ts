import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/corpus/schema.ts';
import { StringPool } from '../../src/loader/string-pool.ts';

// What pooling must never do: change a value. (That the copies are gone is a heap figure: see
// docs/performance.md; JavaScript cannot tell two equal strings apart.)
const quote = (id: string, speakerId: string, mentions: string[]): Quote =>
  ({
    id,
    articleId: 'art-1',
    speakerId,
    text: 'We will not be intimidated',
    kind: 'direct',
    start: 0,
    end: 10,
    cue: 'said',
    mentions,
    rule: 'quote-then-speaker',
  }) as Quote;

describe('StringPool', () => {
  it('leaves every field of quotes from separate messages as it was', () => {
    const pool = new StringPool([{ id: 'jan-novak' } as never], [{ id: 'art-1' } as never]);
    const first = [quote('q1', 'jan-novak', ['nato', 'jan-novak'])];
    // A second message: structured clones, as a worker's messages arrive.
    const second = structuredClone([quote('q2', 'jan-novak', ['nato'])]);
    const before = structuredClone([...first, ...second]);
    pool.internQuotes(first);
    pool.internQuotes(second);
    expect([...first, ...second]).toEqual(before);
  });

  it('keeps a null cue and an absent rule as they were', () => {
    const pool = new StringPool([], []);
    const q = { ...quote('q3', 'someone', []), cue: null } as Quote;
    delete q.rule;
    pool.internQuotes([q]);
    expect(q.cue).toBeNull();
    expect('rule' in q).toBe(false);
  });
});
