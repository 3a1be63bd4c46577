import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TRAIN_OPTIONS, trainClauseEnd } from '../../../scripts/train/train-clause-end.ts';
import { loadClauseEndModel } from '../../../src/ingest/learned/clause-end-model.ts';

/** A tiny PolNeAR-shaped training folder, written by the test (no third-party text). */
const dir = mkdtempSync(join(tmpdir(), 'qg-train-'));
const ARTICLES: Record<string, [string, { text: string; form: string }[]]> = {
  'a.txt': [
    'Mayor Ann Lee said the bridge would reopen in May, standing beside the river. Council member Tom Ruiz said the repairs had cost too much, citing the budget.',
    [
      { text: 'the bridge would reopen in May', form: 'indirect' },
      { text: 'the repairs had cost too much', form: 'indirect' },
    ],
  ],
  'b.txt': [
    'Governor Mia Park said the schools would stay open, speaking on the radio. Senator Bo Chan said the law was unfair to farmers.',
    [
      { text: 'the schools would stay open', form: 'indirect' },
      { text: 'the law was unfair to farmers', form: 'indirect' },
    ],
  ],
};
mkdirSync(join(dir, 'articles'));
const gold: Record<string, { quotes: unknown[] }> = {};
for (const [file, [body, quotes]] of Object.entries(ARTICLES)) {
  writeFileSync(join(dir, 'articles', file), `Headline of ${file}\n\n${body}\n`);
  gold[file] = { quotes };
}
writeFileSync(
  join(dir, 'gold-speech-split.json'),
  JSON.stringify({ source: 'test', articles: gold }),
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hash = (v: unknown): string => createHash('sha256').update(JSON.stringify(v)).digest('hex');

describe('train:clause-end', () => {
  it('reproduces the same weights from the same data, and they load', () => {
    // Every feature counts on a sample this small.
    const options = { ...TRAIN_OPTIONS, minCount: 1 };
    const a = trainClauseEnd(dir, Infinity, options);
    const b = trainClauseEnd(dir, Infinity, options);
    expect(hash(a)).toBe(hash(b));
    expect(Object.keys(a.weights).length).toBeGreaterThan(0);
    // The participial tails are not in the gold: cutting before them is what it learned.
    expect((a.weights['n=,'] ?? 0) > 0 || (a.weights['r|n=before|,'] ?? 0) > 0).toBe(true);
    expect(loadClauseEndModel(a).weights.size).toBe(Object.keys(a.weights).length);
  });
});
