import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeJsonObject } from '../../../scripts/lib/write-json.ts';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('writeJsonObject', () => {
  it('writes the text JSON.stringify would, element by element', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'qg-json-'));
    const file = path.join(dir, 'out.json');
    // Arrays long enough to cross the 1 MiB write buffer, an empty one, scalars and nesting.
    const value = {
      version: 1,
      articles: Array.from({ length: 3000 }, (_, i) => ({ id: `a${i}`, text: 'x'.repeat(500) })),
      rejected: [],
      note: 'quote "marks" and\nnewlines',
      nested: { k: [1, 2] },
    };
    await writeJsonObject(file, value);
    expect(await readFile(file, 'utf8')).toBe(JSON.stringify(value));
  });
});
