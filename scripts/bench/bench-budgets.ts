import { parseArgs } from 'node:util';
import { validateCorpus } from '../../src/corpus/parse-corpus.ts';
import { buildSearchIndexAsync } from '../../src/corpus/search-index.ts';
import { buildActorGraph } from '../../src/graph/build-actor-graph.ts';
import { median, round } from './stats.ts';
import {
  coverRankFor,
  createWorld,
  generateArticle,
  plannedCorpusPart,
  type PlannedCorpusPart,
} from './synthetic-articles.ts';

/**
 * `npm run bench:budgets [-- --quotes N --actors N --runs N]`: the in-process time budgets that
 * used to be asserted in unit tests, measured where noise cannot fail a build. Builds an
 * in-memory corpus from the benchmark generator's plan (no ingest, no files) and prints one JSON
 * object:
 * - search: each keystroke of a typed query against the full-text index (budget 50 ms, p95 and
 *   worst of the per-keystroke medians over `--runs` runs);
 * - graph: building the actor graph from every quote (a guard against accidental O(n²)).
 * Exit 1 when a budget is missed.
 */

const SEARCH_BUDGET_MS = 50;
const GRAPH_BUDGET_MS = 1500;
// A user typing a word, then a second one; a rare token; a short prefix that matches a lot.
const KEYSTROKES = ['s', 'st', 'sta', 'stat', 'state', 'statement', 'minister sa', 'nato', 'q'];

function plannedCorpus(quotes: number, actors: number) {
  const world = createWorld({ actors, seed: 20_221 });
  const articles: PlannedCorpusPart['article'][] = [];
  const records: PlannedCorpusPart['quotes'] = [];
  for (let i = 0; records.length < quotes; i++) {
    const part = plannedCorpusPart(generateArticle(world, i, coverRankFor(world, i)));
    articles.push(part.article);
    for (const q of part.quotes) if (records.length < quotes) records.push(q);
  }
  return validateCorpus({
    version: 1,
    articles,
    actors: world.actors.map((a) => ({ ...a, role: a.role ?? null })),
    quotes: records,
    rejected: [],
  });
}

function time(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quotes: { type: 'string', default: '100000' },
      actors: { type: 'string', default: '10000' },
      runs: { type: 'string', default: '5' },
    },
  });
  const runs = Math.max(1, Number(values.runs));
  const corpus = plannedCorpus(Number(values.quotes), Number(values.actors));
  const indexStarted = performance.now();
  const index = await buildSearchIndexAsync(corpus);
  const indexMs = performance.now() - indexStarted;
  const keystrokes = KEYSTROKES.map((q) => {
    const times = Array.from({ length: runs }, () => time(() => index.search(q)));
    return { query: q, medianMs: round(median(times), 2) ?? 0 };
  });
  const worstMs = Math.max(...keystrokes.map((k) => k.medianMs));
  const dates = new Map(corpus.articles.map((a) => [a.id, a.date ?? undefined]));
  const graphTimes = Array.from({ length: runs }, () =>
    time(() =>
      buildActorGraph(corpus.actors, corpus.quotes, {
        includeIsolated: true,
        quoteDate: (q) => dates.get(q.articleId),
      }),
    ),
  );
  const graphMs = round(median(graphTimes), 1) ?? 0;
  const result = {
    corpus: { quotes: corpus.quotes.length, actors: corpus.actors.length },
    search: {
      indexMs: round(indexMs, 0),
      keystrokes,
      worstMs,
      budgetMs: SEARCH_BUDGET_MS,
      ok: worstMs <= SEARCH_BUDGET_MS,
    },
    graph: { buildMs: graphMs, budgetMs: GRAPH_BUDGET_MS, ok: graphMs <= GRAPH_BUDGET_MS },
  };
  console.log(JSON.stringify(result, null, 2));
  return result.search.ok && result.graph.ok ? 0 : 1;
}

process.exitCode = await main();
