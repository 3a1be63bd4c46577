// @vitest-environment node
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCorpusJson } from '../../../src/corpus/parse-corpus.ts';
import { slimCorpus } from '../../../src/corpus/slim-corpus.ts';
import { graphSummaryBytes } from '../../../src/graph/graph-summary.ts';
import {
  assembleWebCorpus,
  checkArticles,
  checkHead,
  checkManifest,
  checkQuoteShard,
  checkTextShard,
} from '../../../src/corpus/web-corpus.ts';
import { runCli, runCliFromSource } from './cli-bundle.ts';

// Runs the real CLI on temporary folders with good and bad files.
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let dir = '';

// Most cases run the bundled CLI (the same code without tsx's ~1 s start-up); the first case and
// the worker-thread case run the sources through tsx, as `npm run ingest` does.
const ingest = (...args: string[]) => runCli(args);
const ingestFromSource = (...args: string[]) => runCliFromSource(args);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qg-cli-'));
  const input = join(dir, 'in');
  mkdirSync(input);
  writeFileSync(join(input, 'a-good.txt'), 'Title\n"We are ready," Lavrov said.\n');
  writeFileSync(join(input, 'b-empty.txt'), '');
  writeFileSync(
    join(input, 'c-binary.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
  );
  writeFileSync(
    join(input, 'd-latin1.txt'),
    Buffer.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0xe9, 0x74, 0xe9]),
  );
  writeFileSync(
    join(input, 'e-unbalanced.txt'),
    'Title\nHe said "this never ends and “this neither.\n',
  );
  writeFileSync(join(input, 'f-no-quotes.txt'), 'Title\nNothing was said today.\n');
  // A 52 MB file: rejected from its size (stat) before it is read.
  writeFileSync(join(input, 'g-huge.txt'), '');
  const big = Buffer.alloc(1024 * 1024, 0x61);
  for (let i = 0; i < 52; i += 1) writeFileSync(join(input, 'g-huge.txt'), big, { flag: 'a' });
  writeFileSync(join(input, 'notes.rtf'), 'ignored: not an article file');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('ingest CLI', { timeout: 30_000 }, () => {
  it('ingests good files, rejects bad ones with reasons, and writes a valid corpus', () => {
    const out = join(dir, 'corpus.json');
    const r = ingestFromSource(join(dir, 'in'), '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ingested 3 articles, \d+ quotes, \d+ actors, 4 rejected/);
    const corpus = parseCorpusJson(readFileSync(out, 'utf8'));
    expect(corpus.articles.map((a) => a.file)).toEqual([
      'a-good.txt',
      'e-unbalanced.txt',
      'f-no-quotes.txt',
    ]);
    expect(corpus.rejected).toEqual([
      { file: 'b-empty.txt', reason: 'empty file' },
      { file: 'c-binary.txt', reason: 'binary file (NUL bytes)' },
      { file: 'd-latin1.txt', reason: 'invalid UTF-8 at byte 6' },
      { file: 'g-huge.txt', reason: 'file too large (52 MB > 10 MB limit)' },
    ]);
    expect(corpus.quotes[0]).toMatchObject({
      id: 'a-good#1',
      speakerId: 'sergey-lavrov',
      text: 'We are ready',
    });
    // The layout is precomputed for the app: a finite position for every actor, nothing else.
    const positions = corpus.layout?.positions ?? {};
    expect(Object.keys(positions).sort()).toEqual(corpus.actors.map((a) => a.id).sort());
    for (const [x, y] of Object.values(positions)) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });

  it('writes the web corpus with --web, replacing an earlier one', () => {
    const out = join(dir, 'web-out', 'corpus.json');
    const web = join(dir, 'web-out', 'web');
    mkdirSync(web, { recursive: true });
    writeFileSync(join(web, 'quotes-099.json'), 'stale');
    writeFileSync(join(web, 'keep.txt'), 'not ours');
    const r = ingest(join(dir, 'in'), '--out', out, '--web', web);
    expect(r.status).toBe(0);
    const corpus = parseCorpusJson(readFileSync(out, 'utf8'));
    const files = new Map(
      readdirSync(web).map((f) => [
        f,
        f.endsWith('.json') ? (JSON.parse(readFileSync(join(web, f), 'utf8')) as unknown) : null,
      ]),
    );
    expect([...files.keys()].sort()).toEqual([
      'articles.json',
      'graph.bin',
      'head.json',
      'keep.txt',
      'manifest.json',
      'quotes-000.json',
      'texts-000.json',
    ]);
    const manifest = checkManifest(files.get('manifest.json'));
    const head = checkHead(manifest, files.get('head.json'));
    const records = checkArticles(manifest, files.get('articles.json'));
    const quotes = checkQuoteShard(manifest, 0, files.get('quotes-000.json'));
    expect(assembleWebCorpus(manifest, head, records, [quotes])).toEqual(slimCorpus(corpus));
    expect(checkTextShard(manifest, records, 0, files.get('texts-000.json'))).toEqual(
      corpus.articles.map((a) => a.text),
    );
    expect(
      readFileSync(join(web, 'graph.bin')).equals(Buffer.from(graphSummaryBytes(corpus))),
    ).toBe(true);
  });

  it('writes the same bytes twice (deterministic output)', () => {
    const a = join(dir, 'one.json');
    const b = join(dir, 'two.json');
    ingest(join(dir, 'in'), '--out', a);
    ingest(join(dir, 'in'), '--out', b);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
  });

  it('runs worker threads from source too, with the same bytes as one job', () => {
    const one = join(dir, 'seeds-1.json');
    const two = join(dir, 'seeds-2.json');
    ingest(join(ROOT, 'data/articles'), '--out', one, '--jobs', '1');
    const r = ingestFromSource(join(ROOT, 'data/articles'), '--out', two, '--jobs', '2', '--stats');
    // Every seed was taken from a worker: the threads loaded the TypeScript sources.
    expect(r.stderr).toContain('"speculationHeld":5');
    expect(readFileSync(two, 'utf8')).toBe(readFileSync(one, 'utf8'));
  });

  it('reads saved web pages (.html, .htm) in one job and in worker threads alike', () => {
    const input = join(dir, 'pages');
    mkdirSync(input, { recursive: true });
    const page = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/html', name));
    writeFileSync(join(input, 'a-saved.html'), page('saved-article.html'));
    writeFileSync(join(input, 'b-hostile.HTM'), page('hostile.html'));
    writeFileSync(join(input, 'c-plain.txt'), 'Title\n"We are ready," Lavrov said.\n');
    const one = join(dir, 'pages-1.json');
    const two = join(dir, 'pages-2.json');
    expect(ingest(input, '--out', one, '--jobs', '1').status).toBe(0);
    const r = ingest(input, '--out', two, '--jobs', '2', '--stats');
    expect(r.status).toBe(0);
    // The threads read the pages themselves (they loaded the HTML reader), and agree.
    expect(r.stderr).toContain('"speculationHeld":3');
    expect(readFileSync(two, 'utf8')).toBe(readFileSync(one, 'utf8'));
    const corpus = parseCorpusJson(readFileSync(one, 'utf8'));
    expect(corpus.rejected).toEqual([]);
    expect(corpus.articles.map((a) => [a.id, a.format, a.url, a.outlet])).toEqual([
      [
        'a-saved',
        'html',
        'https://northern-ledger.example/world/2021/09/23/lavrov-nato',
        'Northern Ledger',
      ],
      ['b-hostile', 'html', undefined, null],
      ['c-plain', undefined, undefined, null],
    ]);
    expect(
      corpus.quotes.some((q) => q.articleId === 'a-saved' && q.speakerId === 'sergey-lavrov'),
    ).toBe(true);
  });

  it('merges an extra actors file and explains attributions with --verbose', () => {
    const input = join(dir, 'in2');
    mkdirSync(input, { recursive: true });
    writeFileSync(
      join(input, 'x.txt'),
      'Title\n"Hello," said Ambassador Zed Quorb.\n"Bye," Quorb added.\n',
    );
    const actors = join(dir, 'actors.json');
    writeFileSync(
      actors,
      JSON.stringify([{ id: 'zed-q', name: 'Zed Quorb', kind: 'person', aliases: ['Quorb'] }]),
    );
    const out = join(dir, 'c2.json');
    const r = ingest(input, '--out', out, '--actors', actors, '--verbose');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('x.txt #1 direct');
    const corpus = parseCorpusJson(readFileSync(out, 'utf8'));
    expect(corpus.quotes.map((q) => q.speakerId)).toEqual(['zed-q', 'zed-q']);
  });

  it('exits non-zero only when nothing can be written', () => {
    expect(ingest(join(dir, 'missing'), '--out', join(dir, 'x.json')).status).toBe(2);
    expect(ingest(join(dir, 'in')).status).toBe(2);
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const r = ingest(join(dir, 'in'), '--out', join(locked, 'sub', 'c.json'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot write/);
  });
});
