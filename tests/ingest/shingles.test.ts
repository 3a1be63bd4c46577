// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseTokens, shingleHashes, textShingles } from '../../src/ingest/shingles.ts';

// textShingles takes a one-scan path for ASCII text with inert separators and falls back on
// normaliseTokens otherwise: both must give exactly the shingles of the normalised tokens.
const pieces = fc.constantFrom(
  'Lavrov',
  'SAID',
  'u.s.',
  '2024',
  ' ',
  '\n',
  ', ',
  '’',
  '“',
  '”',
  '—',
  '…',
  'Lávrov',
  'e\u0301',
  'ÉCOLE',
  'Σ',
  'ﬁ',
  '\u2000',
  '\u00a0',
  '½',
  'Жук',
  '\ud83d\ude00',
  '\ud800',
);

describe('textShingles', () => {
  it('equals shingleHashes(normaliseTokens(text)) on any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(pieces, { maxLength: 20 }).map((p) => p.join('')),
          fc.string(),
        ),
        (text) => {
          expect([...textShingles(text)]).toEqual([...shingleHashes(normaliseTokens(text))]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('folds case and reads curly quotes and dashes as separators', () => {
    expect([...textShingles('“We will NOT — ever’ leave,” he said')]).toEqual([
      ...shingleHashes(['we', 'will', 'not', 'ever', 'leave', 'he', 'said']),
    ]);
  });

  it('gives sorted distinct hashes, and one shingle for a text of fewer than three words', () => {
    const repeated = textShingles('no no no no no');
    expect(repeated).toHaveLength(1);
    expect(textShingles('two words')).toHaveLength(1);
    expect(textShingles('')).toHaveLength(0);
    const many = textShingles('one two three four five six seven');
    expect([...many]).toEqual([...many].sort((a, b) => a - b));
  });
});
