import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findQuoteSpans } from '../../src/ingest/find-direct-quotes.ts';

/**
 * `npm run bench:hostile`: hostile inputs of issue #9 through the real ingest CLI, one child
 * process per file (startup included), and the quote pairing alone at growing sizes to show it
 * is linear. Prints one JSON line per case; exit 1 when a 10 MB file of quote marks takes 2 s
 * or more, or when a case is not rejected.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TARGET_SECONDS = 2;
const SIZE = 10_000_000;

/** ~10 MB of hostile text (whole code points, never over SIZE bytes). */
function fill(unit: string): string {
  const bytes = Buffer.byteLength(unit);
  return unit.repeat(Math.floor((SIZE - 6) / bytes));
}

const CASES: Record<string, string> = {
  'straight-double-quotes': fill('"'),
  'curly-double-quotes': fill('“'),
  'mixed-marks': fill('"\'“”«»‘’ '),
  'short-quotes-one-sentence': `Title\n${'"a" '.repeat(30_000)}`,
};

function main(): number {
  const dir = mkdtempSync(join(tmpdir(), 'qg-bench-hostile-'));
  let ok = true;
  try {
    for (const [name, body] of Object.entries(CASES)) {
      const input = join(dir, name);
      mkdirSync(input);
      const text = body.startsWith('Title\n') ? body : `Title\n${body}`;
      writeFileSync(join(input, `${name}.txt`), text);
      const out = join(dir, `${name}.json`);
      const started = performance.now();
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', join(ROOT, 'scripts/ingest/cli.ts'), input, '--out', out],
        { encoding: 'utf8', cwd: ROOT },
      );
      const seconds = (performance.now() - started) / 1000;
      const rejected =
        child.status === 0
          ? (JSON.parse(readFileSync(out, 'utf8')) as { rejected: { reason: string }[] }).rejected
          : [];
      const row = {
        case: name,
        MB: Math.round(Buffer.byteLength(text) / 1e5) / 10,
        seconds: Math.round(seconds * 100) / 100,
        status: child.status,
        reason: rejected[0]?.reason ?? null,
      };
      if (row.status !== 0 || !row.reason || (row.MB >= 9.9 && seconds >= TARGET_SECONDS))
        ok = false;
      process.stdout.write(`${JSON.stringify(row)}\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // The pairing alone, in process: doubling the marks should double the time, not quadruple it.
  for (const marks of [250_000, 500_000, 1_000_000, 2_000_000]) {
    const paragraph = '"a" ‘b’ «c» '.repeat(marks / 6);
    const started = performance.now();
    const spans = findQuoteSpans([paragraph], [0]).length;
    const ms = performance.now() - started;
    process.stdout.write(
      `${JSON.stringify({ case: 'pairing-only', marks, spans, ms: Math.round(ms), marksPerMs: Math.round(marks / ms) })}\n`,
    );
  }
  return ok ? 0 : 1;
}

process.exitCode = main();
