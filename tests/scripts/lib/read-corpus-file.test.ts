import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileLines, parseCorpusLines } from '../../../scripts/lib/read-corpus-file.ts';
import { cliBundle } from '../ingest/cli-bundle.ts';

// The seeds' corpus as the ingest writes it: the layout the reader expects.
let written = '';
beforeAll(() => {
  const out = join(mkdtempSync(join(tmpdir(), 'qg-read-')), 'corpus.json');
  const r = spawnSync(process.execPath, [cliBundle(), 'data/articles', '--out', out], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`ingest failed: ${r.stderr}`);
  written = readFileSync(out, 'utf8');
});

describe('parseCorpusLines', () => {
  it('reads a corpus as npm run ingest writes it, record by record, to the same value', () => {
    expect(parseCorpusLines(written.split('\n'))).toEqual(JSON.parse(written));
  });

  it('reads empty lists and keeps the key order', () => {
    const text = [
      '{',
      '  "version": 1,',
      '  "articles": [],',
      '  "quotes": [],',
      '  "actors": [',
      '    {"id":"a","name":"A","kind":"person","aliases":[]}',
      '  ],',
      '  "rejected": [],',
      '  "statements": [],',
      '  "layout": {',
      '    "positions": {',
      '      "a": [1.5, -2]',
      '    }',
      '  }',
      '}',
      '',
    ];
    const corpus = parseCorpusLines(text);
    expect(corpus).toEqual(JSON.parse(text.join('\n')));
    expect(Object.keys(corpus ?? {})).toEqual([
      'version',
      'articles',
      'quotes',
      'actors',
      'rejected',
      'statements',
      'layout',
    ]);
  });

  it('gives up (null) on any other layout of the same JSON', () => {
    const pretty = JSON.stringify(JSON.parse(written), null, 2);
    expect(parseCorpusLines(pretty.split('\n'))).toBeNull();
    expect(parseCorpusLines([JSON.stringify(JSON.parse(written))])).toBeNull();
    expect(parseCorpusLines(written.split('\n').slice(0, -3))).toBeNull();
  });
});

describe('fileLines', () => {
  it('splits a file into its lines across chunk boundaries, multi-byte characters intact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qg-lines-'));
    const file = join(dir, 'lines.txt');
    const long = 'é'.repeat(700_000); // 1.4 MB: a line over two 1 MiB chunks
    writeFileSync(file, `first\n${long}\n\nlast`);
    expect([...fileLines(file)]).toEqual(['first', long, '', 'last']);
  });
});
