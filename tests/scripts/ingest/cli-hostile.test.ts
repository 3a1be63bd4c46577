import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCorpusJson } from '../../../src/corpus/parse-corpus.ts';
import { cliBundle, runCli } from './cli-bundle.ts';

// Hostile input through the real CLI (issue #9, ingest side): each case is a folder or an
// output target an attacker or an accident could produce.
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// The CLI as one bundled module (see cli-bundle.ts): the same code, without tsx's start-up.
const CLI = cliBundle();
const GOOD = 'Title\n"We are ready," Lavrov said.\n';
let dir = '';

const ingest = (args: string[], cwd?: string) => runCli(args, cwd);

/** A fresh folder under the test's temp dir holding `files` (name → content). */
function folder(name: string, files: Record<string, string | Buffer> = {}): string {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(path, file), content);
  return path;
}

/** Temporary files the CLI writes next to its output. */
function partials(path: string): string[] {
  return readdirSync(path).filter((n) => /\.(?:tmp|quotes)-\d+$/.test(n));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qg-cli-hostile-'));
});

// Thousands of files (the interruption case): slow to delete on a busy machine.
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('ingest CLI: per-file work budget (#9.1)', () => {
  it('rejects files of quote marks with a reason and ingests the others', () => {
    const input = folder('budget', {
      'a-good.txt': GOOD,
      // 10 MB of straight double quotes: over the quote-mark limit.
      'b-marks.txt': `Title\n${'"'.repeat(10_000_000)}`,
      // 120 kB: one sentence of 30,000 short quotes; attribution would be quadratic in it.
      'c-one-sentence.txt': `Title\n${'"a" '.repeat(30_000)}`,
      'd-good.txt': GOOD,
    });
    const out = join(dir, 'budget.json');
    // In worker threads: the budget must hold where the extraction runs, not only in this thread.
    const r = ingest([input, '--out', out, '--jobs', '2']);
    expect(r.status).toBe(0);
    const corpus = parseCorpusJson(readFileSync(out, 'utf8'));
    expect(corpus.articles.map((a) => a.file)).toEqual(['a-good.txt', 'd-good.txt']);
    expect(corpus.rejected).toEqual([
      { file: 'b-marks.txt', reason: 'too many quote marks (10,000,000 > 200,000 limit)' },
      {
        file: 'c-one-sentence.txt',
        reason: 'over the per-file work budget (200,000,000 steps) in quote attribution',
      },
    ]);
  });
});

describe('ingest CLI: symbolic links (#9.3)', () => {
  it('never follows a link out of the input folder; follows links to files inside it', () => {
    const outside = folder('outside', {
      'secret.txt': 'Secret\n"Password is hunter2," Lavrov said.\n',
    });
    const input = folder('links', { 'a-good.txt': GOOD });
    mkdirSync(join(input, 'sub'));
    writeFileSync(join(input, 'sub', 'inner.txt'), 'Inner\n"Inside," Lavrov said.\n');
    symlinkSync(join(outside, 'secret.txt'), join(input, 'b-out.txt'));
    symlinkSync('../outside/secret.txt', join(input, 'c-out-relative.txt'));
    symlinkSync('/etc/passwd', join(input, 'd-passwd.txt'));
    symlinkSync(join(dir, 'missing'), join(input, 'e-broken.txt'));
    symlinkSync('sub/inner.txt', join(input, 'f-inside.txt'));
    const out = join(dir, 'links.json');
    const r = ingest([input, '--out', out]);
    expect(r.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('root:');
    const corpus = parseCorpusJson(text);
    expect(corpus.articles.map((a) => [a.file, a.title])).toEqual([
      ['a-good.txt', 'Title'],
      ['f-inside.txt', 'Inner'],
    ]);
    const outsideReason = 'symbolic link to outside the input folder (not followed)';
    expect(corpus.rejected).toEqual([
      { file: 'b-out.txt', reason: outsideReason },
      { file: 'c-out-relative.txt', reason: outsideReason },
      { file: 'd-passwd.txt', reason: outsideReason },
      { file: 'e-broken.txt', reason: 'broken symbolic link (not followed)' },
    ]);
  });
});

describe('ingest CLI: interruption and write errors (#9.7)', () => {
  it('removes its partial files when interrupted with SIGINT mid-write', async () => {
    const input = folder('many');
    const seeds = readdirSync(join(ROOT, 'data/articles')).filter((n) => n.endsWith('.txt'));
    for (let i = 0; i < 1500; i += 1) {
      const seed = seeds[i % seeds.length] ?? '';
      copyFileSync(
        join(ROOT, 'data/articles', seed),
        join(input, `${String(i).padStart(5, '0')}.txt`),
      );
    }
    const outDir = folder('many-out');
    const out = join(outDir, 'corpus.json');
    const child = spawn(process.execPath, [CLI, input, '--out', out], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    );
    // Wait until the CLI has started writing (its temporary files exist and grow), then interrupt.
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const tmp = readdirSync(outDir).find((n) => n.includes('.tmp-'));
      if (tmp && lstatSync(join(outDir, tmp)).size > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(partials(outDir).length).toBeGreaterThan(0);
    child.kill('SIGINT');
    const code = await exited;
    expect(code).toBe(130);
    expect(stderr).toContain('interrupted (SIGINT)');
    expect(readdirSync(outDir)).toEqual([]);
  }, 60_000);

  it('reports a write error in one line and leaves no partial file', () => {
    const input = folder('werr', {
      'a.txt': `Title\n${'"We are ready," Lavrov said. '.repeat(2000)}`,
    });
    const outDir = folder('werr-out');
    // A 64 kB file-size limit: the corpus cannot be written (EFBIG, like a full disk).
    const r = spawnSync(
      'bash',
      [
        '-c',
        'ulimit -f 128 && exec "$0" "$@"',
        process.execPath,
        CLI,
        input,
        '--out',
        join(outDir, 'c.json'),
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      `ingest: cannot write ${join(outDir, 'c.json')}: file too large (EFBIG)`,
    ]);
    expect(readdirSync(outDir)).toEqual([]);
  });

  // A real full disk: a 64 kB tmpfs in a private mount namespace (skipped where that is not allowed).
  const canMount =
    spawnSync('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs ${tmpdir()}`])
      .status === 0;
  it.skipIf(!canMount)('says "no space left on device" in one line on a full disk', () => {
    const input = folder('full', {
      'a.txt': `Title\n${'"We are ready," Lavrov said. '.repeat(4000)}`,
    });
    const mnt = folder('full-mnt');
    const script = `mount -t tmpfs -o size=64k tmpfs "$1" && shift && "$@"; code=$?; ls -A "${mnt}"; exit $code`;
    const r = spawnSync(
      'unshare',
      [
        '-rm',
        'sh',
        '-c',
        script,
        'sh',
        mnt,
        process.execPath,
        CLI,
        input,
        '--out',
        join(mnt, 'c.json'),
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      `ingest: cannot write ${join(mnt, 'c.json')}: no space left on device (ENOSPC)`,
    ]);
    // `ls -A` of the full tmpfs, run inside the namespace after the CLI: nothing left behind.
    expect(r.stdout).toBe('');
  });
});

describe('ingest CLI: --out target (#9.8)', () => {
  it('refuses to replace a symbolic link or a named pipe, and leaves it alone', () => {
    const input = folder('target', { 'a.txt': GOOD });
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    const link = join(dir, 'link.json');
    symlinkSync(victim, link);
    const r = ingest([input, '--out', link]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `ingest: refusing to write ${link}: it exists and is a symbolic link, not a regular file\n`,
    );
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(victim);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    const fifo = join(dir, 'pipe.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const p = ingest([input, '--out', fifo]);
    expect(p.status).toBe(2);
    expect(p.stderr).toContain('it exists and is a named pipe, not a regular file');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(partials(dir)).toEqual([]);
  });

  it('still replaces an existing regular file', () => {
    const input = folder('target2', { 'a.txt': GOOD });
    const out = join(dir, 'existing.json');
    writeFileSync(out, 'old');
    expect(ingest([input, '--out', out]).status).toBe(0);
    expect(parseCorpusJson(readFileSync(out, 'utf8')).articles).toHaveLength(1);
  });
});

describe('ingest CLI: paths in the output (#9.13)', () => {
  it('writes the same bytes for a relative and an absolute input folder, naming no local path', async () => {
    const input = folder('paths/in', { 'a.txt': GOOD });
    symlinkSync(join(dir, 'nowhere'), join(input, 'broken.txt'));
    // A socket cannot be opened as a file: its error message names the path it was opened by.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(input, 'socket.txt'), resolve));
    try {
      const base = join(dir, 'paths');
      const rel = ingest(['in', '--out', 'rel.json'], base);
      const abs = ingest([input, '--out', join(base, 'abs.json')], ROOT);
      expect(rel.status).toBe(0);
      expect(abs.status).toBe(0);
      const relText = readFileSync(join(base, 'rel.json'), 'utf8');
      expect(readFileSync(join(base, 'abs.json'), 'utf8')).toBe(relText);
      expect(relText).not.toContain(dir);
      expect(parseCorpusJson(relText).rejected).toEqual([
        { file: 'broken.txt', reason: 'broken symbolic link (not followed)' },
        { file: 'socket.txt', reason: 'unreadable: no such device or address (ENXIO)' },
      ]);
    } finally {
      server.close();
    }
  });
});

describe('ingest CLI: --actors errors (#9.15)', () => {
  it('names the entry (index, id, name) and the field at fault', () => {
    const input = folder('actors-in', { 'a.txt': GOOD });
    const actors = join(dir, 'bad-actors.json');
    writeFileSync(
      actors,
      JSON.stringify({
        actors: [
          { id: 'zed-q', name: 'Zed Quorb', kind: 'person' },
          { id: 'acme', name: 'Acme', kind: 'company' },
          { id: 'Bad Id', name: 'Bad', kind: 'person', aliases: [''] },
        ],
      }),
    );
    const r = ingest([input, '--out', join(dir, 'actors.json'), '--actors', actors]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `ingest: cannot use actors file ${actors}: ` +
        'actors[1] (id "acme", name "Acme"): kind: Invalid option: expected one of "person"|"organization"|"country"; ' +
        'actors[2] (id "Bad Id", name "Bad"): id: ids are lowercase slugs like "sergey-lavrov"; ' +
        'actors[2] (id "Bad Id", name "Bad"): aliases.0: Too small: expected string to have >=1 characters\n',
    );
  });
});

describe('ingest CLI: article ids from non-Latin file names (#9.14)', () => {
  it('derives each id from its own name, unchanged when other files are added', () => {
    const input = folder('ids', { '名前.txt': GOOD, 'Путин.txt': GOOD, 'Lavrov quips.txt': GOOD });
    const ids = (): Record<string, string> => {
      const out = join(dir, 'ids.json');
      expect(ingest([input, '--out', out]).status).toBe(0);
      const corpus = parseCorpusJson(readFileSync(out, 'utf8'));
      return Object.fromEntries(corpus.articles.map((a) => [a.file, a.id]));
    };
    const before = ids();
    expect(before).toEqual({
      'Lavrov quips.txt': 'Lavrov-quips',
      'Путин.txt': expect.stringMatching(/^putin-[0-9a-f]{8}$/),
      '名前.txt': expect.stringMatching(/^[0-9a-f]{8}$/),
    });
    // Files that sort before the others and would also lose every letter.
    writeFileSync(join(input, 'Ангела.txt'), GOOD);
    writeFileSync(join(input, 'あ.txt'), GOOD);
    const after = ids();
    expect(Object.keys(after)).toHaveLength(5);
    expect(new Set(Object.values(after)).size).toBe(5);
    for (const [file, id] of Object.entries(before)) expect(after[file]).toBe(id);
  });
});

describe('ingest CLI: cleaning never silently truncates (#9.12)', () => {
  it('removes only the promo headline from a one-line article, and flags heavy cleaning', () => {
    const sentence = 'The talks in New York went on for hours and covered many topics. ';
    const oneLine =
      'Title\nThe minister spoke to fellow leaders.Also on rt.com America’s exit was a ‘downright escape,’ Putin saysThe talks began. ' +
      sentence.repeat(16_000);
    // A comment-section line cuts the rest: here most of the file.
    const footer = `Title\nOne real paragraph.\nDear readers and commenters,\n${'Spam comment here. '.repeat(50)}`;
    const input = folder('truncation', { 'a-one-line.txt': oneLine, 'b-footer.txt': footer });
    const out = join(dir, 'truncation.json');
    expect(ingest([input, '--out', out]).status).toBe(0);
    const [a, b] = parseCorpusJson(readFileSync(out, 'utf8')).articles;
    // Everything but the marker and its headline is kept.
    expect(a?.text).toBe(
      `The minister spoke to fellow leaders. The talks began. ${sentence.repeat(16_000).trim()}`,
    );
    expect(a?.removedShare).toBeUndefined();
    expect(b?.text).toBe('One real paragraph.');
    expect(b?.removedShare).toBeGreaterThan(0.9);
  });
});

describe('ingest CLI: bidi controls and look-alike names (#9.11)', () => {
  const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

  it('strips bidi controls from names and text, keeping offsets valid, and flags mixed scripts', () => {
    const input = folder('bidi', {
      'a.txt':
        'Title\n"Hello," said Ambassador Zed Quo\u202erb.\n' +
        // A Cyrillic "о" in Lavrov: a look-alike of the known actor.
        '"We are \u2067ready\u2069," Sergey Lavr\u043ev said.\n"Fine," said Lavrov.\n' +
        '"Noted," said Mr Ivanov\u200f.\n',
    });
    const actors = join(dir, 'bidi-actors.json');
    writeFileSync(
      actors,
      JSON.stringify([
        { id: 'ivan-ivanov', name: 'Ivan \u202eIvanov', kind: 'person', aliases: ['Ivanov\u200e'] },
      ]),
    );
    const out = join(dir, 'bidi.json');
    expect(ingest([input, '--out', out, '--actors', actors]).status).toBe(0);
    const corpus = parseCorpusJson(readFileSync(out, 'utf8'));
    const article = corpus.articles[0];
    expect(article?.text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    for (const a of corpus.actors) {
      expect(a.name).not.toMatch(BIDI);
      for (const alias of a.aliases) expect(alias).not.toMatch(BIDI);
    }
    const byId = Object.fromEntries(corpus.actors.map((a) => [a.id, a]));
    expect(byId['zed-quorb']?.name).toBe('Zed Quorb');
    expect(byId['ivan-ivanov']?.name).toBe('Ivan Ivanov');
    expect(byId['sergey-lavr-v']).toMatchObject({ name: 'Sergey Lavr\u043ev', mixedScript: true });
    expect(byId['sergey-lavrov']?.mixedScript).toBeUndefined();
    expect(corpus.quotes.map((q) => [q.text, article?.text.slice(q.start, q.end)])).toEqual([
      ['Hello', '"Hello,"'],
      ['We are ready', '"We are ready,"'],
      ['Fine', '"Fine,"'],
      ['Noted', '"Noted,"'],
    ]);
  });
});
