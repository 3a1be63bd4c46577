/**
 * Writes the synthetic benchmark corpus: N plain-text articles plus the actors file the ingest
 * needs to recognise the invented actors (`--actors <file>`, same format as data/actors.json).
 *
 *   npx tsx scripts/bench/generate-articles.ts --articles 20000 --actors 10000 --seed 1 \
 *     --out bench-out/articles --actors-file bench-out/bench-actors.json
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeJsonObject } from '../lib/write-json.ts';
import { parseArgs } from 'node:util';
import {
  coverRankFor,
  createWorld,
  DEFAULT_REPOST_SHARE,
  generateArticle,
  isRepost,
  plannedCorpusPart,
  repostArticle,
  type PlannedCorpusPart,
  type SyntheticArticle,
} from './synthetic-articles.ts';

export interface GenerateOptions {
  articles: number;
  actors: number;
  seed: number;
  /** Directory that receives the .txt files; emptied first. */
  outDir: string;
  /** Where the known-actors JSON goes. */
  actorsFile: string;
  /** If set, also write the generator's plan as a corpus (what a perfect extractor would produce). */
  plannedCorpusFile?: string;
  /** Share of articles that repost the one before (default DEFAULT_REPOST_SHARE; 0 for none). */
  repostShare?: number;
}

export interface GenerateSummary {
  articles: number;
  actors: number;
  seed: number;
  plannedQuotes: number;
  plannedDirect: number;
  plannedIndirect: number;
  /** Articles that repost the one before them (their quotes should fold into statements). */
  reposts: number;
  bytes: number;
  outDir: string;
  actorsFile: string;
  /** The most quoted actors by plan, most first (for the browser benchmark to click). */
  topSpeakers: { id: string; name: string; quotes: number }[];
}

/** Generates and writes the corpus. Effects: replaces `outDir`, writes `actorsFile` and `<outDir>.manifest.json`. */
export async function writeSyntheticCorpus(options: GenerateOptions): Promise<GenerateSummary> {
  const world = createWorld({ actors: options.actors, seed: options.seed });
  await rm(options.outDir, { recursive: true, force: true });
  await mkdir(options.outDir, { recursive: true });
  await mkdir(path.dirname(options.actorsFile), { recursive: true });
  let plannedQuotes = 0;
  let plannedDirect = 0;
  let bytes = 0;
  const spoken = new Map<string, number>();
  const batch: Promise<void>[] = [];
  const plannedArticles: PlannedCorpusPart['article'][] = [];
  const plannedQuoteRecords: PlannedCorpusPart['quotes'] = [];
  const repostShare = options.repostShare ?? DEFAULT_REPOST_SHARE;
  let reposts = 0;
  let previous: SyntheticArticle | null = null;
  for (let i = 0; i < options.articles; i++) {
    const repost = previous !== null && isRepost(options.seed, i, repostShare);
    const article: SyntheticArticle =
      repost && previous
        ? repostArticle(previous, options.seed, i)
        : generateArticle(world, i, coverRankFor(world, i));
    if (repost) reposts += 1;
    // Reposts copy the last original, so one story can travel to several outlets.
    if (!repost) previous = article;
    plannedQuotes += article.planned.length;
    for (const q of article.planned) {
      if (q.kind === 'direct') plannedDirect++;
      spoken.set(q.speakerId, (spoken.get(q.speakerId) ?? 0) + 1);
    }
    bytes += Buffer.byteLength(article.text);
    if (options.plannedCorpusFile) {
      const part = plannedCorpusPart(article);
      plannedArticles.push(part.article);
      for (const q of part.quotes) plannedQuoteRecords.push(q);
    }
    batch.push(writeFile(path.join(options.outDir, article.file), article.text));
    if (batch.length >= 256) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
  await writeFile(options.actorsFile, `${JSON.stringify(world.actors, null, 2)}\n`);
  if (options.plannedCorpusFile) {
    const corpus = {
      version: 1,
      articles: plannedArticles,
      actors: world.actors.map((a) => ({ ...a, role: a.role ?? null })),
      quotes: plannedQuoteRecords,
      rejected: [],
    };
    await writeJsonObject(options.plannedCorpusFile, corpus);
  }
  const byId = new Map(world.actors.map((a) => [a.id, a.name]));
  const topSpeakers = [...spoken.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 25)
    .map(([id, quotes]) => ({ id, name: byId.get(id) ?? id, quotes }));
  const summary: GenerateSummary = {
    articles: options.articles,
    actors: world.actors.length,
    seed: options.seed,
    plannedQuotes,
    plannedDirect,
    plannedIndirect: plannedQuotes - plannedDirect,
    reposts,
    bytes,
    outDir: options.outDir,
    actorsFile: options.actorsFile,
    topSpeakers,
  };
  await writeFile(`${options.outDir}.manifest.json`, `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}

function positiveInt(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${flag} expects a non-negative integer, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' },
      actors: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      'actors-file': { type: 'string' },
      'planned-corpus': { type: 'string' },
      reposts: { type: 'string' },
    },
  });
  const summary = await writeSyntheticCorpus({
    articles: positiveInt(values.articles, 20_000, '--articles'),
    actors: positiveInt(values.actors, 10_000, '--actors'),
    seed: positiveInt(values.seed, 1, '--seed'),
    outDir: values.out ?? 'bench-out/articles',
    actorsFile: values['actors-file'] ?? 'bench-out/bench-actors.json',
    ...(values['planned-corpus'] ? { plannedCorpusFile: values['planned-corpus'] } : {}),
    ...(values.reposts !== undefined ? { repostShare: Number(values.reposts) } : {}),
  });
  const { topSpeakers, ...rest } = summary;
  console.log(JSON.stringify({ ...rest, topSpeakers: topSpeakers.slice(0, 5) }, null, 2));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
