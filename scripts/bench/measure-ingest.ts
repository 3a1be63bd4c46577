/**
 * Runs the real ingest CLI as a child process and reads its peak memory from GNU time
 * (`/usr/bin/time -v`). With `jobs: 1` it runs `--jobs 1` held to one core with `taskset -c 0`
 * when available; with `jobs: null` it runs the CLI's default (one worker thread per core) on
 * every core.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseTimeVerbose } from './stats.ts';

export interface IngestRunOptions {
  cli: string;
  articlesDir: string;
  actorsFile: string | null;
  outFile: string;
  timeoutMs: number;
  /** `--jobs` for the CLI: 1 (pinned to one core) or null for its default, unpinned. */
  jobs: 1 | null;
}

export interface IngestRun {
  wallMs: number;
  exitCode: number | null;
  peakRssMB: number | null;
  userS: number | null;
  systemS: number | null;
  pinnedToOneCore: boolean;
  /** Worker threads the CLI used (from its `--stats`), or null when it printed none. */
  jobs: number | null;
  stdoutTail: string;
  stderrTail: string;
  /** The CLI's `--stats` line (foldMs, layoutMs, statements …), or null when it printed none. */
  stats: Record<string, unknown> | null;
}

/** The last JSON object line of the CLI's stderr (its `--stats`), or null. */
function parseStats(stderr: string): Record<string, unknown> | null {
  const line = stderr
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{'));
  if (!line) return null;
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const TIME = '/usr/bin/time';
const TASKSET = '/usr/bin/taskset';

/** One ingest run. Effects: writes `outFile` (by the CLI), spawns and waits for a child process. */
export async function runIngestOnce(options: IngestRunOptions): Promise<IngestRun> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'qg-bench-'));
  const timeFile = path.join(scratch, 'time.txt');
  const node = [
    process.execPath,
    '--import',
    'tsx',
    options.cli,
    options.articlesDir,
    '--out',
    options.outFile,
    '--stats',
  ];
  if (options.actorsFile) node.push('--actors', options.actorsFile);
  if (options.jobs === 1) node.push('--jobs', '1');
  const pinned = options.jobs === 1 && existsSync(TASKSET);
  const timed = existsSync(TIME);
  const argv = [
    ...(timed ? [TIME, '-v', '-o', timeFile] : []),
    ...(pinned ? [TASKSET, '-c', '0'] : []),
    ...node,
  ];
  const [command, ...args] = argv as [string, ...string[]];
  const started = performance.now();
  const { exitCode, stdout, stderr } = await new Promise<{
    exitCode: number | null;
    stdout: string;
    stderr: string;
  }>((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-4000)));
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ exitCode: code, stdout: out, stderr: err });
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ exitCode: null, stdout: out, stderr: `${err}\n${e.message}` });
    });
  });
  const wallMs = performance.now() - started;
  const timeText = timed ? await readFile(timeFile, 'utf8').catch(() => '') : '';
  await rm(scratch, { recursive: true, force: true });
  const usage = parseTimeVerbose(timeText);
  const stats = parseStats(stderr);
  return {
    wallMs,
    exitCode,
    peakRssMB: usage.maxRssMB,
    userS: usage.userS,
    systemS: usage.systemS,
    pinnedToOneCore: pinned,
    stdoutTail: stdout.slice(-1500),
    stderrTail: stderr.slice(-1500),
    stats,
    jobs: typeof stats?.jobs === 'number' ? stats.jobs : null,
  };
}
