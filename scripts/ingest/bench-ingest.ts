import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench:ingest [-- <count>]`: repeats the seed articles into a temp folder of
 * <count> files (default 10,000), runs the real ingest CLI on it with one job (one core) in a
 * child process and prints
 * one JSON line: articles, seconds (whole command, including startup), layoutMs (the graph
 * layout the CLI computes at the end, reported on its own), articles/s (whole command without
 * the layout; with it; processing only) and the child's peak RSS. Exit 1 when the target is missed.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Issue #10: at least 1,500 articles/s on one core (one job: no worker threads).
const TARGET_PER_SECOND = 1500;

function main(): number {
  const count = Number(process.argv[2] ?? 10_000);
  const seedsDir = join(ROOT, 'data/articles');
  const seeds = readdirSync(seedsDir)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  const dir = mkdtempSync(join(tmpdir(), 'qg-bench-ingest-'));
  try {
    const input = join(dir, 'articles');
    mkdirSync(input);
    for (let i = 0; i < count; i += 1) {
      const seed = seeds[i % seeds.length];
      if (!seed) break;
      copyFileSync(join(seedsDir, seed), join(input, `${String(i).padStart(6, '0')}_${seed}`));
    }
    const out = join(dir, 'corpus.json');
    const started = performance.now();
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'scripts/ingest/cli.ts'),
        input,
        '--out',
        out,
        '--stats',
        '--jobs',
        '1',
      ],
      { encoding: 'utf8', cwd: ROOT },
    );
    const seconds = (performance.now() - started) / 1000;
    if (child.status !== 0) {
      process.stderr.write(child.stderr);
      return 1;
    }
    const statsLine = child.stderr.trim().split('\n').pop() ?? '{}';
    const stats = JSON.parse(statsLine) as {
      articles: number;
      articlesPerSecond: number;
      cpuSeconds: number;
      maxRssMB: number;
      layoutMs?: number;
    };
    // The graph layout the CLI computes at the end is reported on its own, not in articles/s.
    const layoutSeconds = (stats.layoutMs ?? 0) / 1000;
    const ingestSeconds = Math.max(0.001, seconds - layoutSeconds);
    const result = {
      articles: stats.articles,
      seconds: Math.round(seconds * 100) / 100,
      layoutMs: stats.layoutMs ?? null,
      // Whole command (startup, reading, ingest, writing) without the layout.
      articlesPerSecond: Math.round(stats.articles / ingestSeconds),
      articlesPerSecondWithLayout: Math.round(stats.articles / seconds),
      processingArticlesPerSecond: stats.articlesPerSecond,
      // On a shared machine wall time includes waiting for a core; CPU time is the one-core cost.
      cpuSeconds: stats.cpuSeconds,
      articlesPerCpuSecond: Math.round(stats.articles / Math.max(0.001, stats.cpuSeconds)),
      peakRssMB: stats.maxRssMB,
      corpusMB: Math.round(statSync(out).size / 1e5) / 10,
      target: TARGET_PER_SECOND,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return result.articlesPerSecond >= TARGET_PER_SECOND ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main();
