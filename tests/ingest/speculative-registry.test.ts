import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ArticleSpeculator,
  buildCorpus,
  CorpusBuilder,
  type BuiltCorpus,
  type CorpusBuilderOptions,
} from '../../src/ingest/build-corpus.ts';
import { ActorRegistry } from '../../src/ingest/actor-registry.ts';
import { mergeKnownActors, parseKnownActors } from '../../src/ingest/known-actors.ts';
import { RecordingRegistry, replayRegistryLog } from '../../src/ingest/speculative-registry.ts';
import { loadKnownActors, loadOutlets } from '../../scripts/ingest/load-data.ts';
import {
  coverRankFor,
  createWorld,
  generateArticle,
} from '../../scripts/bench/synthetic-articles.ts';

type File = { file: string; bytes: Uint8Array };

const SEEDS = fileURLToPath(new URL('../../data/articles/', import.meta.url));
const encoder = new TextEncoder();
const world = createWorld({ actors: 200, seed: 5 });
const synthetic: File[] = Array.from({ length: 150 }, (_, i) => {
  const a = generateArticle(world, i, coverRankFor(world, i));
  return { file: a.file, bytes: encoder.encode(a.text) };
});
const seeds: File[] = readdirSync(SEEDS)
  .sort()
  .map((file) => ({ file, bytes: readFileSync(join(SEEDS, file)) }));
// What the CLI meets besides articles: a colliding id, bytes that do not decode, an empty
// file, and one over a small work budget (set below).
const awkward: File[] = [
  { file: 'same.txt', bytes: encoder.encode('Same\n"We are ready," Lavrov said.\n') },
  { file: 'same .txt', bytes: encoder.encode('Same\n"We are not," Blinken said.\n') },
  { file: 'binary.txt', bytes: new Uint8Array([0, 159, 146, 150, 0, 0, 1, 2]) },
  { file: 'empty.txt', bytes: new Uint8Array() },
  {
    file: 'long.txt',
    bytes: encoder.encode(`Long\n${'"Word word word," Jane Roe said. '.repeat(4000)}\n`),
  },
];

/** The corpus a parallel ingest builds: `workers` speculators taking files in turn. */
function speculated(
  files: readonly File[],
  options: CorpusBuilderOptions,
  workers: number,
): { corpus: BuiltCorpus; held: number; redone: number } {
  const speculators = Array.from({ length: workers }, () => new ArticleSpeculator(options));
  // Every worker runs ahead of the commits, as threads do.
  const speculations = files.map((f, i) => speculators[i % workers]?.speculate(f.file, f.bytes));
  const builder = new CorpusBuilder(options);
  const articles = [];
  const quotes = [];
  const explanations = [];
  for (const [i, f] of files.entries()) {
    const r = builder.addSpeculated(f.file, f.bytes, speculations[i] ?? { kind: 'failed' });
    if (r.ok) {
      articles.push(r.article);
      quotes.push(...r.quotes);
      explanations.push(...r.explanations);
    }
  }
  return {
    corpus: {
      version: 1,
      articles,
      actors: builder.actors(),
      quotes,
      rejected: builder.rejected,
      statements: builder.folder.finish(),
      explanations,
    },
    ...builder.speculation,
  };
}

describe('speculative (parallel) ingest', () => {
  const outlets = loadOutlets();
  const repoActors = loadKnownActors();
  const worldActors = mergeKnownActors(repoActors, parseKnownActors(world.actors, 'world'));
  const cases: [string, CorpusBuilderOptions][] = [
    // Synthetic actors known: few discoveries, speculation mostly holds.
    ['known actors', { knownActors: worldActors, outlets, explain: true, workBudget: 2_000_000 }],
    // Synthetic actors unknown: every worker discovers its own people, so answers often differ.
    [
      'discovered actors',
      { knownActors: repoActors, outlets, explain: true, workBudget: 2_000_000 },
    ],
  ];
  const files = [...seeds, ...awkward, ...synthetic];

  for (const [name, options] of cases) {
    it(`gives exactly the sequential corpus for 1, 2 and 3 workers (${name})`, () => {
      const sequential = JSON.stringify(buildCorpus(files, options));
      expect(sequential).toContain('"reason"');
      for (const workers of [1, 2, 3]) {
        const { corpus, held, redone } = speculated(files, options, workers);
        expect(JSON.stringify(corpus)).toBe(sequential);
        expect(held + redone).toBeGreaterThan(0);
        // One worker sees every article in order: its answers are always right, and only the
        // file whose id collides ("same .txt" → same-2) is redone.
        if (workers === 1) expect(redone).toBe(1);
      }
    });
  }

  it('redoes articles whose answers differ when workers discover different actors', () => {
    const discovered = cases[1]?.[1];
    if (!discovered) throw new Error('missing case');
    const { held, redone } = speculated(files, discovered, 3);
    expect(held).toBeGreaterThan(0);
    expect(redone).toBeGreaterThan(0);
  });
});

describe('replayRegistryLog', () => {
  const known = loadKnownActors();

  it('applies a log whose answers hold', () => {
    const recording = new RecordingRegistry(known);
    const id = recording.person('Jane Roe', 'mayor');
    recording.markUsed(id);
    const target = new ActorRegistry(known);
    expect(replayRegistryLog(target, recording.log)).toBe(true);
    expect(target.usedActors()).toEqual(recording.usedActors());
    expect(target.roleOf(id)).toBe('mayor');
  });

  it('undoes everything when an answer differs', () => {
    const recording = new RecordingRegistry(known);
    recording.markUsed(recording.person('Jane Roe', 'mayor'));
    recording.noteAlias('jane-roe', 'Ms Roe');
    recording.findBySurname('Roe');
    const target = new ActorRegistry(known);
    // Another article already made a different Roe: the worker's "one Roe" answer is wrong.
    target.markUsed(target.person('John Roe', null));
    const before = JSON.stringify(target.usedActors());
    expect(replayRegistryLog(target, recording.log)).toBe(false);
    expect(JSON.stringify(target.usedActors())).toBe(before);
    expect(target.findPerson('Jane Roe')).toBeUndefined();
    expect(target.findBySurname('Roe')).toBe('john-roe');
    // …and the undone registry still works: the same calls now succeed.
    const again = new RecordingRegistry(known);
    again.markUsed(again.person('John Roe', null));
    expect(replayRegistryLog(new ActorRegistry(known), again.log)).toBe(true);
  });
});
