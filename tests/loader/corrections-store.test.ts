import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  closeCorrectionsStore,
  loadCorrections,
  saveCorrections,
} from '../../src/loader/corrections-store.ts';
import { corpusKeyForUrl, storedCorrection } from '../../src/loader/stored-correction.ts';

afterEach(() => closeCorrectionsStore());

describe('corrections store', () => {
  it('keeps a list per corpus and reads it back after reopening', async () => {
    const a = corpusKeyForUrl('http://x/a.json');
    const b = corpusKeyForUrl('http://x/b.json');
    const merge = storedCorrection({ kind: 'merge', from: 'x', into: 'y' });
    await saveCorrections(a, [merge]);
    closeCorrectionsStore();
    expect(await loadCorrections(a)).toEqual([merge]);
    expect(await loadCorrections(b)).toEqual([]);
  });

  it('deletes the record when the list becomes empty', async () => {
    const key = corpusKeyForUrl('http://x/c.json');
    await saveCorrections(key, [storedCorrection({ kind: 'reject', quoteId: 'q#1' })]);
    await saveCorrections(key, []);
    expect(await loadCorrections(key)).toEqual([]);
  });
});
