// @vitest-environment node
import { spawnSync } from 'node:child_process';
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
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  coverRankFor,
  createWorld,
  generateArticle,
} from '../../../scripts/bench/synthetic-articles.ts';
import { cliBundle } from './cli-bundle.ts';

// `--jobs N` through the real CLI (bundled, see cli-bundle.ts: its worker threads run the
// bundle itself): the output must not depend on N.
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = cliBundle();
let dir = '';
let input = '';
let actorsFile = '';

function ingest(args: string[]): { status: number | null; stats: Record<string, number> } {
  const r = spawnSync(process.execPath, [CLI, ...args, '--stats'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const line = r.stderr.split('\n').find((l) => l.startsWith('{')) ?? '{}';
  return { status: r.status, stats: JSON.parse(line) as Record<string, number> };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qg-cli-jobs-'));
  input = join(dir, 'in');
  mkdirSync(input);
  const seeds = join(ROOT, 'data/articles');
  for (const f of readdirSync(seeds)) copyFileSync(join(seeds, f), join(input, f));
  const world = createWorld({ actors: 150, seed: 11 });
  for (let i = 0; i < 80; i += 1) {
    const a = generateArticle(world, i, coverRankFor(world, i));
    writeFileSync(join(input, a.file), a.text);
  }
  // Rejections and a colliding id, in the middle of the order.
  writeFileSync(join(input, '00100_x.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  writeFileSync(join(input, '00101_x.txt'), '');
  writeFileSync(join(input, '00102_dup.txt'), 'Dup\n"We are ready," Lavrov said.\n');
  writeFileSync(join(input, '00102_dup .txt'), 'Dup\n"We are not," Blinken said.\n');
  actorsFile = join(dir, 'actors.json');
  writeFileSync(actorsFile, JSON.stringify(world.actors));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('ingest CLI --jobs', { timeout: 300_000 }, () => {
  // With the synthetic actors known, workers mostly agree; without, each discovers its own
  // people and many articles are redone on the main thread. Both must give the same bytes.
  for (const [name, extra] of [
    ['known actors', () => ['--actors', actorsFile]],
    ['discovered actors', () => []],
  ] as const) {
    it(`writes the same bytes with 1 and 3 jobs (${name})`, () => {
      const webBytes: string[] = [];
      // Two jobs (the default here) is cli.test.ts's case, from the sources; three is more
      // workers than this machine has cores.
      const outputs = [1, 3].map((jobs) => {
        const out = join(dir, `corpus-${name.replace(' ', '-')}-${jobs}.json`);
        const web = join(dir, `web-${name.replace(' ', '-')}-${jobs}`);
        const r = ingest([input, '--out', out, '--web', web, '--jobs', String(jobs), ...extra()]);
        expect(r.status).toBe(0);
        expect(r.stats.jobs).toBe(jobs);
        expect(r.stats.articles).toBe(87);
        // Threads did the work: most files were taken from a worker (none with one job).
        if (jobs > 1) expect(r.stats.speculationHeld).toBeGreaterThan(0);
        else expect(r.stats.speculationHeld).toBe(0);
        // The web corpus too: every file, byte for byte, whatever the jobs.
        const webFiles = readdirSync(web).sort();
        expect(webFiles).toContain('manifest.json');
        webBytes.push(
          webFiles.map((f) => `${f}\n${readFileSync(join(web, f), 'utf8')}`).join('\n'),
        );
        return readFileSync(out);
      });
      expect(webBytes[1]).toBe(webBytes[0]);
      const corpus = JSON.parse(outputs[0]?.toString() ?? '') as { rejected: unknown[] };
      expect(corpus.rejected).toHaveLength(2);
      expect(outputs[1]?.equals(outputs[0] ?? Buffer.alloc(0))).toBe(true);
    });
  }

  it('refuses a --jobs that is not a whole number from 1 to 64', () => {
    for (const bad of ['0', '-1', 'two', '65', '1.5']) {
      const r = spawnSync(
        process.execPath,
        [CLI, input, '--out', join(dir, 'x.json'), '--jobs', bad],
        {
          cwd: ROOT,
          encoding: 'utf8',
        },
      );
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('--jobs needs a whole number from 1 to 64');
    }
  });
});
