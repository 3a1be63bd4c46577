import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../../src/ingest/build-corpus.ts';
import {
  AnnotationSchema,
  evaluate,
  groupMisses,
  ratio,
  type EvalResult,
} from '../../src/ingest/evaluate.ts';
import { loadKnownActors, loadOutlets } from '../ingest/load-data.ts';

/**
 * `npm run eval [-- <articles-dir> [--gold <gold.json> | <gold.json>]] [--verbose] [--json]
 * [--limit N] [--by-rule]`, or `npm run eval -- --all` for one line per hand-annotated set.
 * Ingests the folder with the real pipeline and scores it against the gold: the project's hand
 * annotations (span matching) or outside gold such as PolNeAR's `gold-speech-split.json` (word-set
 * matching; see src/ingest/evaluate.ts). Prints P, R, F1, speaker accuracy (named gold only),
 * attributed F1 and recall per kind; `--verbose` lists the misses grouped by category (at most
 * `--limit` examples per group, default 6; `--limit 0` for all); `--by-rule` adds one line per
 * attribution rule (statements, precision, right speaker); `--learned` turns on the learned
 * clause-end model.
 * Defaults: data/articles + tests/fixtures/seeds-annotation.json.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs ingest on `dir` in memory and scores it. */
export function runEval(dir: string, annotationFile: string, learned = false): EvalResult {
  const annotation = AnnotationSchema.parse(JSON.parse(readFileSync(annotationFile, 'utf8')));
  const files = readdirSync(dir)
    .filter((n) => n.toLowerCase().endsWith('.txt'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((file) => ({ file, bytes: readFileSync(join(dir, file)) }));
  const corpus = buildCorpus(files, {
    knownActors: loadKnownActors(),
    outlets: loadOutlets(),
    explain: true,
    learnedClauseEnds: learned,
  });
  return evaluate(corpus, annotation);
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function fixed(x: number): string {
  return x.toFixed(3);
}

/**
 * One line per attribution rule, most statements first: how many it produced, its precision
 * (matched a gold statement) and how many of those went to the right speaker. Where a rule
 * stands is where to look first when the figures move.
 */
export function formatByRule(r: EvalResult): string {
  const rows = Object.entries(r.byRule).sort(
    (a, b) => b[1].predicted - a[1].predicted || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  );
  const width = Math.max(4, ...rows.map(([rule]) => rule.length));
  let out = `${'rule'.padEnd(width)}  statements  matched  precision  right speaker\n`;
  for (const [rule, s] of rows)
    out +=
      `${rule.padEnd(width)}  ${String(s.predicted).padStart(10)}  ${String(s.matched).padStart(7)}` +
      `  ${fixed(ratio(s.matched, s.predicted)).padStart(9)}  ${fixed(ratio(s.attributed, s.matched)).padStart(13)}\n`;
  return out;
}

/** The report `npm run eval` prints for one gold file. */
export function formatReport(r: EvalResult, verbose: boolean, limit: number): string {
  const kinds = Object.entries(r.recallByKind)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([k, v]) => `${k} ${fixed(v.recall)} (${v.matched}/${v.gold})`)
    .join('  ');
  let out =
    `gold ${r.gold}, predicted ${r.predicted}, matched ${r.matched} (${r.match} matching)\n` +
    `P ${fixed(r.precision)}  R ${fixed(r.recall)}  F1 ${fixed(r.f1)}  ` +
    `speaker ${fixed(r.speakerAccuracy)} (${r.speakerCorrect}/${r.namedMatched} named` +
    (r.match === 'words' ? `; strict ${fixed(r.strictSpeakerAccuracy)})  ` : ')  ') +
    `attributed F1 ${fixed(r.attributedF1)}\n` +
    `recall by kind: ${kinds}  kind accuracy ${pct(r.kindAccuracy)}\n`;
  if (verbose) {
    for (const [category, list] of groupMisses(r.misses)) {
      out += `${category}: ${list.length}\n`;
      for (const m of limit > 0 ? list.slice(0, limit) : list)
        out += `    ${m.file}: "${m.text.slice(0, 110)}" (${m.detail})\n`;
    }
  } else if (r.misses.length) out += `${r.misses.length} misses (--verbose to list by category)\n`;
  return out;
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
  const byRule = args.includes('--by-rule');
  const json = args.includes('--json');
  // The learned clause-end model (docs/extractor.md, Learned components), off by default.
  const learned = args.includes('--learned');
  const valued = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] ?? '';
    if (a === '--gold' || a === '--limit') {
      const v = args[i + 1];
      if (v === undefined || v.startsWith('-')) {
        process.stderr.write(`eval: ${a} needs a value\n`);
        return 2;
      }
      valued.set(a, v);
      i += 1;
    } else if (!a.startsWith('-')) positional.push(a);
  }
  const limit = Number(valued.get('--limit') ?? 6);
  if (args.includes('--all')) {
    // One line per annotated set (`npm run eval -- --all`).
    for (const [name, dir, file] of SETS) {
      const r = runEval(join(ROOT, dir), join(ROOT, file), learned);
      process.stdout.write(
        `${name.padEnd(8)} gold ${String(r.gold).padStart(3)}  P ${pct(r.precision)}  R ${pct(r.recall)}  F1 ${pct(r.f1)}  speaker ${pct(r.speakerAccuracy)}  attributed F1 ${pct(r.attributedF1)}\n`,
      );
      if (verbose)
        for (const m of r.misses)
          process.stdout.write(
            `  ${m.type.padEnd(13)} ${m.file}: "${m.text.slice(0, 80)}" (${m.detail})\n`,
          );
    }
    return 0;
  }
  const dir = positional[0] ?? join(ROOT, 'data/articles');
  const annotationFile =
    valued.get('--gold') ?? positional[1] ?? join(ROOT, 'tests/fixtures/seeds-annotation.json');
  if (!existsSync(dir) || !existsSync(annotationFile)) {
    process.stderr.write(`eval: no such ${existsSync(dir) ? 'gold file' : 'folder'}\n`);
    return 2;
  }
  const r = runEval(dir, annotationFile, learned);
  if (json) {
    const { misses, ...figures } = r;
    process.stdout.write(
      `${JSON.stringify({ ...figures, misses: verbose ? misses : misses.length })}\n`,
    );
  } else {
    process.stdout.write(formatReport(r, verbose, limit));
    if (byRule) process.stdout.write(formatByRule(r));
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = main();
