import { buildSync } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let bundle: string | null = null;

/**
 * Path of scripts/ingest/cli.ts bundled into one ES module, built once per test worker.
 * Spawning `node <bundle>` costs ~0.1 s where `node --import tsx cli.ts` costs ~0.8 s of
 * compile-and-load per run, and the hostile-input suite spawns the CLI about twenty times.
 * The bundle sits two folders below the project root, as cli.ts does, so its
 * `import.meta.url`-relative data paths (`../../data/`) and package imports resolve the same.
 * cli.test.ts still runs the CLI through tsx, exactly as `npm run ingest` does.
 */
export function cliBundle(): string {
  if (bundle) return bundle;
  const dir = join(ROOT, 'node_modules/.qg-cli');
  mkdirSync(dir, { recursive: true });
  const target = join(dir, 'cli.mjs');
  // Written under a private name, then renamed: workers building at once never see half a file.
  const partial = join(dir, `cli.${process.pid}.${Date.now()}.mjs`);
  buildSync({
    entryPoints: [join(ROOT, 'scripts/ingest/cli.ts')],
    outfile: partial,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  renameSync(partial, target);
  bundle = target;
  return bundle;
}

/** What one CLI run printed, and how it exited. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(argv: string[], cwd: string): CliRun {
  const r = spawnSync(process.execPath, argv, { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the bundled CLI (see {@link cliBundle}) with `args`, from `cwd` (the project root). */
export function runCli(args: readonly string[], cwd = ROOT): CliRun {
  return run([cliBundle(), ...args], cwd);
}

/**
 * Runs scripts/ingest/cli.ts through tsx, exactly as `npm run ingest` does: for the cases that
 * must prove the sources themselves load (the entry point, worker threads started from `.ts`).
 */
export function runCliFromSource(args: readonly string[], cwd = ROOT): CliRun {
  return run(['--import', 'tsx', join(ROOT, 'scripts/ingest/cli.ts'), ...args], cwd);
}
