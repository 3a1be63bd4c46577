import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../../src/ingest/build-corpus.ts';
import {
  clauseEndInstances,
  type GoldStatement,
} from '../../src/ingest/learned/clause-end-data.ts';
import type { ClauseEndModelFile } from '../../src/ingest/learned/clause-end-model.ts';
import { trainRankingPerceptron, type TrainOptions } from '../../src/ingest/learned/perceptron.ts';
import { observeClauses, type ObservedClause } from '../../src/ingest/learned/refine-clause.ts';
import { loadKnownActors, loadOutlets } from '../ingest/load-data.ts';

/**
 * `npm run train:clause-end [-- <polnear-train-dir>] [--out <file>] [--limit N]`: retrains
 * data/models/clause-end.json from PolNeAR train (default ../shared/polnear/train, i.e.
 * `articles/*.txt` and `gold-speech-split.json`). Deterministic: same data, same file (the
 * SHA-256 of the weights is printed). Never point it at dev or at a sealed set.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const TRAIN_OPTIONS: TrainOptions = {
  epochs: 8,
  seed: 20161108,
  minWeight: 0.05,
  minCount: 20,
};
const SCALE = 100;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Trains on the first `limit` articles (sorted by name) of `dir`; returns the model file. */
export function trainClauseEnd(
  dir: string,
  limit = Infinity,
  options: TrainOptions = TRAIN_OPTIONS,
): ClauseEndModelFile {
  const gold = JSON.parse(readFileSync(join(dir, 'gold-speech-split.json'), 'utf8')) as {
    articles: Record<string, { quotes: GoldStatement[] }>;
  };
  const knownActors = loadKnownActors();
  const outlets = loadOutlets();
  const files = readdirSync(join(dir, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit);
  const instances = files.flatMap((file) => {
    // The rules' own clauses, as ingest asks the model about them (model answers ignored).
    const clauses: ObservedClause[] = [];
    observeClauses((c) => clauses.push(c));
    try {
      buildCorpus([{ file, bytes: readFileSync(join(dir, 'articles', file)) }], {
        knownActors,
        outlets,
      });
    } finally {
      observeClauses(null);
    }
    return clauseEndInstances(clauses, gold.articles[file]?.quotes ?? []);
  });
  const weights = trainRankingPerceptron(instances, options);
  process.stderr.write(
    `${files.length} articles, ${instances.length} clauses, ${weights.length} features kept\n`,
  );
  return {
    $comment:
      'Clause-end model of the extractor (src/ingest/learned/). Trained by `npm run train:clause-end` on PolNeAR v1.0.0 train (Newell, Margolin & Ruths, LREC 2018), gold-speech-split.json; weights × scale. Do not edit by hand.',
    model: 'clause-end',
    version: 1,
    scale: SCALE,
    weights: Object.fromEntries(weights.map(([f, w]) => [f, Math.round(w * SCALE)])),
  };
}

function main(): void {
  const dir =
    process.argv[2] && !process.argv[2].startsWith('--')
      ? process.argv[2]
      : join(ROOT, '../shared/polnear/train');
  const out = arg('--out') ?? join(ROOT, 'data/models/clause-end.json');
  const limit = Number(arg('--limit') ?? Infinity);
  const file = trainClauseEnd(dir, limit);
  const json = `${JSON.stringify(file, null, 2)}\n`;
  writeFileSync(out, json);
  const hash = createHash('sha256').update(json).digest('hex');
  process.stdout.write(`wrote ${out} (${json.length} bytes, sha256 ${hash})\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
