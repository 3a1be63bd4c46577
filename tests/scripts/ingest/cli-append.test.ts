// @vitest-environment node
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCorpusJson } from '../../../src/corpus/parse-corpus.ts';
import type { Corpus } from '../../../src/corpus/schema.ts';
import { runCli } from './cli-bundle.ts';

// `--append` on the seeds: three articles first, then the folder with all five (and one file
// that cannot be read) appended; checked against one ingest of the five.
const SEEDS = join(process.cwd(), 'data/articles');
let dir = '';

const ingest = (...args: string[]) => runCli(args);

const read = (file: string): Corpus => parseCorpusJson(readFileSync(file, 'utf8'));
const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qg-append-'));
  const seeds = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  mkdirSync(join(dir, 'first'));
  mkdirSync(join(dir, 'all'));
  for (const f of seeds.slice(0, 3)) copyFileSync(join(SEEDS, f), join(dir, 'first', f));
  for (const f of seeds) copyFileSync(join(SEEDS, f), join(dir, 'all', f));
  writeFileSync(join(dir, 'all', 'zz-empty.txt'), '');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest --append', () => {
  it('keeps the corpus it finds and adds only the new files, as one ingest of all would', () => {
    const out = join(dir, 'corpus.json');
    expect(ingest(join(dir, 'first'), '--out', out, '--jobs', '1').status).toBe(0);
    const first = read(out);
    const r = ingest(join(dir, 'all'), '--out', out, '--append', '--jobs', '2');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('(3 kept, 2 new)');
    const appended = read(out);
    // The old records come first and unchanged.
    expect(appended.articles.slice(0, 3)).toEqual(first.articles);
    expect(appended.quotes.slice(0, first.quotes.length)).toEqual(first.quotes);
    for (const actor of first.actors) expect(ids(appended.actors)).toContain(actor.id);
    expect(appended.rejected.map((x) => x.file)).toEqual(['zz-empty.txt']);

    const full = join(dir, 'full.json');
    expect(ingest(join(dir, 'all'), '--out', full, '--jobs', '1').status).toBe(0);
    const whole = read(full);
    expect(ids(appended.articles).sort()).toEqual(ids(whole.articles).sort());
    expect(ids(appended.actors)).toEqual(ids(whole.actors));
    const speaker = (c: Corpus) => Object.fromEntries(c.quotes.map((q) => [q.id, q.speakerId]));
    expect(speaker(appended)).toEqual(speaker(whole));
  });

  it('appending the same folder again writes the same bytes', () => {
    const out = join(dir, 'again.json');
    expect(ingest(join(dir, 'all'), '--out', out).status).toBe(0);
    const before = readFileSync(out, 'utf8');
    const r = ingest(join(dir, 'all'), '--out', out, '--append');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('(5 kept, 0 new)');
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('refuses to append to a file that is not a corpus, and leaves it alone', () => {
    const out = join(dir, 'not-a-corpus.json');
    writeFileSync(out, '{"hello": 1}');
    const r = ingest(join(dir, 'all'), '--out', out, '--append');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--append: .*not-a-corpus\.json is not a valid corpus/);
    expect(readFileSync(out, 'utf8')).toBe('{"hello": 1}');
  });
});
