import { expect } from 'vitest';
import { CorpusError } from '../../src/corpus/corpus-error.ts';

/** The CorpusError `fn` throws; fails the test when it throws anything else, or nothing. */
export function corpusErrorOf(fn: () => unknown): CorpusError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    return error as CorpusError;
  }
  throw new Error('expected a CorpusError');
}
