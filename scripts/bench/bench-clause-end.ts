import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorpusBuilder } from '../../src/ingest/build-corpus.ts';
import { loadKnownActors, loadOutlets } from '../ingest/load-data.ts';

/**
 * `npm run bench:clause-end [-- <articles-dir>] [--rounds N]`: the cost of the learned
 * clause-end model (src/ingest/learned/). Ingests the folder (default data/articles) N times
 * (default 400) in memory with the model off and on, alternating, and prints one JSON line:
 * articles/s of each and the model's added cost in per cent. In-process, so CLI startup and
 * file writing are left out (they would only dilute the cost).
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function main(): void {
  const args = process.argv.slice(2);
  const r = args.indexOf('--rounds');
  const rounds = r >= 0 ? Number(args[r + 1]) : 400;
  const dir = args[0] && !args[0].startsWith('--') ? args[0] : join(ROOT, 'data/articles');
  const files = readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, bytes: readFileSync(join(dir, file)) }));
  const knownActors = loadKnownActors();
  const outlets = loadOutlets();
  const run = (learnedClauseEnds: boolean): number => {
    const builder = new CorpusBuilder({ knownActors, outlets, learnedClauseEnds });
    const t0 = performance.now();
    for (const f of files) builder.add(f.file, f.bytes);
    return performance.now() - t0;
  };
  // Warm up both paths (JIT, the model's one-time parse) before measuring.
  for (let i = 0; i < 20; i += 1) {
    run(false);
    run(true);
  }
  let off = 0;
  let on = 0;
  for (let i = 0; i < rounds; i += 1) {
    off += run(false);
    on += run(true);
  }
  const articles = files.length * rounds;
  process.stdout.write(
    `${JSON.stringify({
      articles,
      offPerSecond: Math.round(articles / (off / 1000)),
      onPerSecond: Math.round(articles / (on / 1000)),
      addedCostPercent: Number((((on - off) / off) * 100).toFixed(1)),
    })}\n`,
  );
}

main();
