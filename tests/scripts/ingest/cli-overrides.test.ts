// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyCorrections, type Correction } from '../../../src/corpus/corrections.ts';
import { buildOverrides } from '../../../src/corpus/overrides.ts';
import { parseCorpusJson } from '../../../src/corpus/parse-corpus.ts';
import type { Corpus } from '../../../src/corpus/schema.ts';
import { webCorpusFiles, webFileData } from '../../../src/graph/web-corpus-files.ts';
import { runCli } from './cli-bundle.ts';

// The round trip the Corrections section promises: corrections made on the seeds' corpus,
// downloaded as an overrides file, survive `npm run ingest -- … --overrides` of the seeds.
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SEEDS = join(ROOT, 'data/articles');
let dir = '';

const ingest = (...args: string[]) => runCli(args);

function read(file: string): Corpus {
  return parseCorpusJson(readFileSync(file, 'utf8'));
}

let before: Corpus;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qg-overrides-'));
  const r = ingest(SEEDS, '--out', join(dir, 'before.json'));
  expect(r.status, r.stderr).toBe(0);
  before = read(join(dir, 'before.json'));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest --overrides', () => {
  it('keeps a merge, an alias, a speaker change and a rejection across a re-ingest', () => {
    const speakers = new Set(before.quotes.map((q) => q.speakerId));
    const [from, into] = before.actors.filter((a) => a.kind !== 'unknown' && speakers.has(a.id));
    const lavrov = before.quotes.filter((q) => q.speakerId === 'sergey-lavrov');
    const [changed, rejected] = lavrov;
    if (!from || !into || !changed || !rejected) throw new Error('seeds changed: pick others');
    const corrections: Correction[] = [
      { kind: 'merge', from: from.id, into: into.id },
      { kind: 'alias', actorId: into.id, alias: 'Qwertyan' },
      { kind: 'speaker', quoteId: changed.id, speakerId: 'russia' },
      { kind: 'reject', quoteId: rejected.id },
    ];
    const file = join(dir, 'corrections.json');
    writeFileSync(file, JSON.stringify(buildOverrides(before, corrections), null, 2));

    const web = join(dir, 'web');
    const r = ingest(SEEDS, '--out', join(dir, 'after.json'), '--overrides', file, '--web', web);
    expect(r.status, r.stderr).toBe(0);
    // The alias and the merge already steer the extractor; the rest is applied after it.
    expect(r.stdout).toMatch(/applied 3 overrides: 1 rejected quote/);
    const after = read(join(dir, 'after.json'));

    expect(after.actors.map((a) => a.id)).not.toContain(from.id);
    expect(after.actors.find((a) => a.id === into.id)?.aliases).toEqual(
      expect.arrayContaining(['Qwertyan', from.name]),
    );
    expect(after.quotes.find((q) => q.id === changed.id)?.speakerId).toBe('russia');
    expect(after.quotes.map((q) => q.id)).not.toContain(rejected.id);
    expect(after.quotes.length).toBe(before.quotes.length - 1);
    for (const q of after.quotes) expect([q.speakerId, ...q.mentions]).not.toContain(from.id);
    // Same attributions as correcting in the app.
    const expected = applyCorrections(before, corrections);
    const pairs = (c: Corpus) => c.quotes.map((q) => [q.id, q.speakerId]);
    expect(pairs(after)).toEqual(pairs(expected));
    expect(Object.keys(after.layout?.positions ?? {})).not.toContain(from.id);
    // The web corpus is cut from the corrected file, not from the extractor's output.
    for (const f of webCorpusFiles(after)) {
      expect(readFileSync(join(web, f.file)).equals(Buffer.from(webFileData(f))), f.file).toBe(
        true,
      );
    }
  }, 120_000);

  it('refuses an overrides file that is not one, naming it', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ quotes: [{ id: 'x' }] }));
    const r = ingest(SEEDS, '--out', join(dir, 'never.json'), '--overrides', bad);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('bad.json');
  }, 60_000);
});
