import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../../src/ingest/build-corpus.ts';
import { AnnotationSchema, evaluate, type EvalResult } from '../../src/ingest/evaluate.ts';
import { loadKnownActors, loadOutlets } from '../ingest/load-data.ts';

/**
 * `npm run eval [-- <articles-dir> <annotation.json>] [--verbose] [--json]`, or `npm run eval -- --all`
 * for one line per hand-annotated set (seeds, extra, holdout, unseen, unseen2, unseen3).
 * Ingests the folder with the real pipeline and scores it against the hand annotation.
 * Defaults: data/articles + tests/fixtures/seeds-annotation.json.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs ingest on `dir` in memory and scores it. */
export function runEval(dir: string, annotationFile: string): EvalResult {
  const annotation = AnnotationSchema.parse(JSON.parse(readFileSync(annotationFile, 'utf8')));
  const files = readdirSync(dir)
    .filter((n) => n.toLowerCase().endsWith('.txt'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((file) => ({ file, bytes: readFileSync(join(dir, file)) }));
  const corpus = buildCorpus(files, {
    knownActors: loadKnownActors(),
    outlets: loadOutlets(),
    explain: true,
  });
  return evaluate(corpus, annotation);
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/** Every hand-annotated set: [name, articles folder, annotation file] relative to the root. */
const SETS: readonly [string, string, string][] = [
  ['seeds', 'data/articles', 'tests/fixtures/seeds-annotation.json'],
  ['extra', 'tests/fixtures/ingest/extra', 'tests/fixtures/ingest/extra-annotation.json'],
  ['holdout', 'tests/fixtures/ingest/holdout', 'tests/fixtures/ingest/holdout-annotation.json'],
  ['unseen', 'tests/fixtures/ingest/unseen', 'tests/fixtures/ingest/unseen-annotation.json'],
  ['unseen2', 'tests/fixtures/ingest/unseen2', 'tests/fixtures/ingest/unseen2-annotation.json'],
  ['unseen3', 'tests/fixtures/ingest/unseen3', 'tests/fixtures/ingest/unseen3-annotation.json'],
];

function main(): number {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose') || args.includes('-v');
  const json = args.includes('--json');
  if (args.includes('--all')) {
    // One line per annotated set (`npm run eval -- --all`).
    for (const [name, dir, file] of SETS) {
      const r = runEval(join(ROOT, dir), join(ROOT, file));
      process.stdout.write(
        `${name.padEnd(8)} gold ${String(r.gold).padStart(3)}  P ${pct(r.precision)}  R ${pct(r.recall)}  F1 ${pct(r.f1)}  speaker ${pct(r.speakerAccuracy)}\n`,
      );
      if (verbose)
        for (const m of r.misses)
          process.stdout.write(
            `  ${m.type.padEnd(13)} ${m.file}: "${m.text.slice(0, 80)}" (${m.detail})\n`,
          );
    }
    return 0;
  }
  const positional = args.filter((a) => !a.startsWith('-'));
  const dir = positional[0] ?? join(ROOT, 'data/articles');
  const annotationFile = positional[1] ?? join(ROOT, 'tests/fixtures/seeds-annotation.json');
  const r = runEval(dir, annotationFile);
  if (json) {
    const { misses, ...figures } = r;
    process.stdout.write(
      `${JSON.stringify({ ...figures, misses: verbose ? misses : misses.length })}\n`,
    );
  } else {
    process.stdout.write(
      `gold ${r.gold}, predicted ${r.predicted}, matched ${r.matched}\n` +
        `precision ${pct(r.precision)}  recall ${pct(r.recall)}  F1 ${pct(r.f1)}\n` +
        `speaker accuracy ${pct(r.speakerAccuracy)} (${r.speakerCorrect}/${r.matched})  kind accuracy ${pct(r.kindAccuracy)}\n`,
    );
    if (verbose)
      for (const m of r.misses)
        process.stdout.write(
          `  ${m.type.padEnd(13)} ${m.file}: "${m.text.slice(0, 80)}" (${m.detail})\n`,
        );
    else if (r.misses.length)
      process.stdout.write(`${r.misses.length} misses (--verbose to list)\n`);
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = main();
