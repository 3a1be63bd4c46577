import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import { constants as osConstants } from 'node:os';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import {
  CORPUS_VERSION,
  CorpusSchema,
  type Actor,
  type Corpus,
  type Quote,
} from '../../src/corpus/schema.ts';
import { MANIFEST_FILE } from '../../src/corpus/web-corpus.ts';
import { webCorpusFiles, webFileData } from '../../src/graph/web-corpus-files.ts';
import { readCorpusFile } from '../lib/read-corpus-file.ts';
import { formatSchemaIssues } from '../../src/corpus/parse-corpus.ts';
import {
  articleFormatOf,
  CorpusBuilder,
  withPreviousActors,
  type AddResult,
  type Speculation,
} from '../../src/ingest/build-corpus.ts';
import { DEFAULT_MAX_BYTES, tooLargeReason } from '../../src/ingest/decode-input.ts';
import { buildActorGraph, type GraphQuote } from '../../src/graph/build-actor-graph.ts';
import { layoutGraph } from '../../src/graph/layout-graph.ts';
import { applyCorrections, type Correction } from '../../src/corpus/corrections.ts';
import { OverridesSchema, overridesToCorrections } from '../../src/corpus/overrides.ts';
import { defaultJobs, MAX_JOBS } from './default-jobs.ts';
import { serveIfWorker, SpeculationPool, type WorkerOptions } from './ingest-worker.ts';
import { loadKnownActors, loadOutlets } from './load-data.ts';

/**
 * `npm run ingest -- <input-dir> --out <corpus.json> [--web <dir>] [--actors <file>]… [--overrides <file>] [--jobs N] [--shards DIR] [--append] [--verbose] [--stats]`
 *
 * Thin shell around src/ingest: lists the folder's .txt, .md and .html files in name order, feeds them one by
 * one to the CorpusBuilder and streams each record to the output as soon as it exists (articles
 * directly, quotes through a side file), so memory stays flat however big the corpus is.
 * With `--append` the corpus already at --out is kept as it is (ids, quotes, actors) and only
 * the files it does not hold are ingested, against its actors, and added after its records;
 * statements are folded and the layout computed again over the whole.
 * With `--jobs N` (default: the number of cores, fewer for a small folder: see defaultJobs)
 * N worker threads extract the articles and this thread checks and commits their results in
 * file order (src/ingest/speculative-registry.ts): the output is byte-identical for any N.
 * Reading files, the hostile-input checks and the writing all stay here.
 * Exit 0 whenever a corpus was written (bad files land in `rejected`); 2 when nothing could be
 * written (missing folder, unwritable output, bad options); 1 if the written corpus fails its
 * own schema (a bug).
 *
 * `--overrides` takes the file the app's Corrections section downloads (src/corpus/overrides.ts):
 * its `actors` extend the known actors like an `--actors` file, and its merges and quote
 * decisions are applied to the written corpus (re-read, corrected, laid out, replaced).
 */

const USAGE =
  'usage: npm run ingest -- <input-dir> --out <corpus.json> [--web <dir>] [--actors <file>] [--overrides <file>] [--jobs N] [--shards DIR] [--append] [--verbose] [--stats]';
/** Quote rows per NDJSON shard of `--shards`. */
const SHARD_ROWS = 100_000;
/** Files read ahead per worker thread: enough to keep them busy, few enough to keep memory flat. */
const READ_AHEAD_PER_JOB = 8;
const VALIDATE_LIMIT = 2000;

interface Options {
  inputDir: string;
  out: string;
  /** Where to write the web corpus (manifest.json and its shards) beside the single file. */
  web: string | null;
  actors: string[];
  overrides: string | null;
  verbose: boolean;
  stats: boolean;
  /** Folder for the map's NDJSON shards (docs/scale.md), or null. */
  shards: string | null;
  /** Worker threads; 1 runs everything on the main thread. */
  jobs: number;
  /** Keep the corpus at --out and ingest only the files it does not hold yet. */
  append: boolean;
}

/** Options as given: `jobs` is null when --jobs was not (see {@link defaultJobs}). */
type GivenOptions = Omit<Options, 'jobs'> & { jobs: number | null };

function parseArgs(argv: readonly string[]): GivenOptions | string {
  let inputDir: string | null = null;
  let out: string | null = null;
  let web: string | null = null;
  const actors: string[] = [];
  let overrides: string | null = null;
  let verbose = false;
  let stats = false;
  let shards: string | null = null;
  let jobs: string | null = null;
  let append = false;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] ?? '';
    if (a === '--out' || a === '-o') out = argv[++i] ?? null;
    else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a === '--web') {
      web = argv[++i] ?? null;
      if (!web) return '--web needs a folder';
    } else if (a.startsWith('--web=')) web = a.slice(6);
    else if (a === '--actors') {
      const f = argv[++i];
      if (!f) return '--actors needs a file';
      actors.push(f);
    } else if (a.startsWith('--actors=')) actors.push(a.slice(9));
    else if (a === '--overrides') {
      const f = argv[++i];
      if (!f) return '--overrides needs a file';
      overrides = f;
    } else if (a.startsWith('--overrides=')) overrides = a.slice(12);
    else if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--stats') stats = true;
    else if (a === '--append') append = true;
    else if (a === '--shards') {
      shards = argv[++i] ?? null;
      if (!shards) return '--shards needs a folder';
    } else if (a.startsWith('--shards=')) shards = a.slice(9);
    else if (a === '--jobs' || a === '-j') jobs = argv[++i] ?? '';
    else if (a.startsWith('--jobs=')) jobs = a.slice(7);
    else if (a === '--help' || a === '-h') return USAGE;
    else if (a.startsWith('-')) return `unknown option ${a}`;
    else if (inputDir === null) inputDir = a;
    else return `unexpected argument ${a}`;
  }
  if (!inputDir) return 'missing <input-dir>';
  if (!out) return 'missing --out <corpus.json>';
  if (jobs !== null && (!/^[1-9][0-9]*$/.test(jobs) || Number(jobs) > MAX_JOBS))
    return `--jobs needs a whole number from 1 to ${MAX_JOBS}, got "${jobs}"`;
  return {
    inputDir,
    out,
    web,
    actors,
    overrides,
    verbose,
    stats,
    shards,
    jobs: jobs === null ? null : Number(jobs),
    append,
  };
}

/**
 * Buffered writer on a file descriptor: each string is UTF-8 encoded straight into one reused
 * buffer, so there are few syscalls, no joined copy of the pending strings and no second pass
 * to count their bytes. No growing in-memory document.
 */
class Sink {
  private readonly buf = Buffer.allocUnsafe(1 << 16);
  private used = 0;
  constructor(private readonly fd: number) {}
  write(s: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit: with that much room the string fits whole.
    const most = s.length * 3;
    if (this.used + most > this.buf.length) {
      this.flush();
      if (most > this.buf.length) {
        writeAll(this.fd, Buffer.from(s));
        return;
      }
    }
    this.used += this.buf.write(s, this.used);
  }
  flush(): void {
    if (this.used === 0) return;
    writeAll(this.fd, this.buf.subarray(0, this.used));
    this.used = 0;
  }
}

/**
 * One line for a failed file-system call, without the path: Node's messages end with
 * `, open '/home/…/in/x.txt'`, which would leak local paths into the corpus and make the
 * output depend on how the input folder was named.
 */
function fsReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  const message = error.message
    .replace(/^[A-Z0-9_]+: /, '')
    .replace(/, [a-z]+(?: '[^']*')*(?: -> '[^']*')?$/, '');
  return code && message !== code ? `${message} (${code})` : message;
}

/** What a non-regular file is, for messages. */
function kindOf(st: Stats): string {
  if (st.isSymbolicLink()) return 'a symbolic link';
  if (st.isDirectory()) return 'a directory';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Why `out` must not be replaced (it exists and is not a regular file), or null. */
function unsafeTarget(out: string): string | null {
  let st: Stats;
  try {
    st = lstatSync(out);
  } catch {
    return null; // missing (or unreachable: the write itself will say why)
  }
  return st.isFile() ? null : `it exists and is ${kindOf(st)}, not a regular file`;
}

function isInside(dir: string, target: string): boolean {
  const rel = relative(dir, target);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/**
 * Opens one input entry for reading, or says why it is not read. Symbolic links are followed
 * only to a target inside the input folder (`realDir`, itself resolved); anything else is
 * rejected without reading it, and the reason never names the target. O_NOFOLLOW: a file
 * swapped for a link after the listing is not followed either.
 */
function openInput(dir: string, realDir: string, entry: Dirent): number | { reason: string } {
  let path = join(dir, entry.name);
  if (entry.isSymbolicLink()) {
    try {
      path = realpathSync(path);
    } catch {
      return { reason: 'broken symbolic link (not followed)' };
    }
    if (!isInside(realDir, path))
      return { reason: 'symbolic link to outside the input folder (not followed)' };
  }
  try {
    // Non-blocking so a FIFO never hangs us.
    return openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    return { reason: `unreadable: ${fsReason(error)}` };
  }
}

/** Temporary files not yet renamed or removed: deleted on any failure and on signals. */
const temps = new Set<string>();

function removeTemps(): void {
  for (const t of temps) rmSync(t, { force: true });
  temps.clear();
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function onSignal(signal: (typeof SIGNALS)[number]): void {
  const writing = temps.size > 0;
  removeTemps();
  process.stderr.write(`ingest: interrupted (${signal})${writing ? ', nothing written' : ''}\n`);
  process.exit(128 + (osConstants.signals[signal] ?? 0));
}

let lastYield = 0;
/** Lets signal handlers run now and then (the ingest itself is synchronous). */
async function yieldSometimes(): Promise<void> {
  const now = performance.now();
  if (now - lastYield < 20) return;
  await new Promise((resolve) => setImmediate(resolve));
  lastYield = performance.now();
}

async function main(): Promise<number> {
  const started = performance.now();
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n${parsed === USAGE ? '' : `${USAGE}\n`}`);
    return parsed === USAGE ? 0 : 2;
  }
  let entries: Dirent[];
  let realDir: string;
  try {
    if (!statSync(parsed.inputDir).isDirectory()) throw new Error('not a directory');
    realDir = realpathSync(parsed.inputDir);
    entries = readdirSync(parsed.inputDir, { withFileTypes: true })
      .filter((d) => articleFormatOf(d.name) !== null)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    process.stderr.write(
      `ingest: cannot read input folder ${parsed.inputDir}: ${fsReason(error)}\n`,
    );
    return 2;
  }
  const opts: Options = { ...parsed, jobs: parsed.jobs ?? defaultJobs(entries.length) };
  const unsafe = unsafeTarget(opts.out);
  if (unsafe) {
    process.stderr.write(`ingest: refusing to write ${opts.out}: ${unsafe}\n`);
    return 2;
  }
  let builder: CorpusBuilder;
  let corrections: Correction[] = [];
  let workerOptions: WorkerOptions;
  const html = entries.some((d) => articleFormatOf(d.name) === 'html');
  let previous: Corpus | null = null;
  try {
    if (opts.overrides) corrections = loadOverrides(opts.overrides);
    if (opts.append) previous = loadPrevious(opts.out);
    // An overrides file is also an actors file: its aliases steer the extractor itself.
    const known = loadKnownActors(opts.overrides ? [...opts.actors, opts.overrides] : opts.actors);
    workerOptions = {
      knownActors: previous ? withPreviousActors(known, previous.actors) : known,
      outlets: loadOutlets(),
      explain: opts.verbose,
    };
    // The DOM code (linkedom, Readability) loads only when the folder holds saved pages.
    const readHtml = html
      ? (await import('../../src/ingest/html-article.ts')).readHtmlArticle
      : undefined;
    builder = new CorpusBuilder({ ...workerOptions, readHtml });
    if (previous) {
      builder.restore(previous);
      // Files the corpus holds are not read again; files it rejected are tried again.
      const held = new Set(previous.articles.map((a) => a.file));
      entries = entries.filter((e) => !held.has(e.name));
      const tried = new Set(entries.map((e) => e.name));
      for (const r of previous.rejected) if (!tried.has(r.file)) builder.rejected.push(r);
    }
  } catch (error) {
    process.stderr.write(`ingest: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }

  const tmp = `${opts.out}.tmp-${process.pid}`;
  const quotesTmp = `${opts.out}.quotes-${process.pid}`;
  for (const signal of SIGNALS) process.on(signal, onSignal);
  try {
    const source: ResultSource =
      opts.jobs > 1 && entries.length > 1
        ? parallelResults(opts, entries, realDir, builder, workerOptions)
        : sequentialResults(opts, entries, realDir, builder);
    const status = await writeCorpus(opts, source, builder, tmp, quotesTmp, started, previous);
    if (status === 0 && corrections.length > 0) applyOverrides(opts.out, corrections, tmp);
    // After the overrides: the web corpus is the single file as finally written, corrections and all.
    if (opts.web !== null && status === 0) {
      try {
        writeWebCorpus(opts.out, opts.web, builder.articleCount <= VALIDATE_LIMIT);
      } catch (error) {
        process.stderr.write(
          `ingest: cannot write the web corpus ${opts.web}: ${fsReason(error)}\n`,
        );
        return 2;
      }
    }
    return status;
  } catch (error) {
    removeTemps();
    process.stderr.write(`ingest: cannot write ${opts.out}: ${fsReason(error)}\n`);
    return 2;
  }
}

/** Each input file's outcome, in file order (the builder has taken it when it is yielded). */
type ResultSource = AsyncGenerator<{ name: string; result: AddResult }, void, undefined>;

/** What reading one entry gave: its bytes, or the reason it is rejected without extraction. */
type ReadOutcome = { bytes: Buffer } | { reason: string };

/** Reads one input entry with the hostile-input checks (links, non-files, size, errors). */
function readEntry(opts: Options, realDir: string, entry: Dirent): ReadOutcome {
  const input = openInput(opts.inputDir, realDir, entry);
  if (typeof input !== 'number') return input;
  try {
    // One open + fstat + read per file (no separate stat).
    const st = fstatSync(input);
    if (!st.isFile()) return { reason: 'not a regular file' };
    if (st.size > DEFAULT_MAX_BYTES) return { reason: tooLargeReason(st.size) };
    return { bytes: readWhole(input, st.size) };
  } catch (error) {
    return { reason: `unreadable: ${fsReason(error)}` };
  } finally {
    closeSync(input);
  }
}

async function* sequentialResults(
  opts: Options,
  entries: readonly Dirent[],
  realDir: string,
  builder: CorpusBuilder,
): ResultSource {
  for (const entry of entries) {
    await yieldSometimes();
    const read = readEntry(opts, realDir, entry);
    const result =
      'reason' in read
        ? builder.reject(entry.name, read.reason)
        : builder.add(entry.name, read.bytes);
    yield { name: entry.name, result };
  }
}

/**
 * Worker threads extract, this thread commits in file order. Reads a bounded window ahead so
 * memory does not grow with the folder; the pool is closed however the loop ends.
 */
async function* parallelResults(
  opts: Options,
  entries: readonly Dirent[],
  realDir: string,
  builder: CorpusBuilder,
  options: WorkerOptions,
): ResultSource {
  const html = entries.some((d) => articleFormatOf(d.name) === 'html');
  const pool = new SpeculationPool(new URL(import.meta.url), opts.jobs, options, html);
  type Slot = { name: string; read: ReadOutcome; speculation: Promise<Speculation> | null };
  const window: Slot[] = [];
  let next = 0;
  try {
    while (next < entries.length || window.length > 0) {
      while (next < entries.length && window.length < opts.jobs * READ_AHEAD_PER_JOB) {
        const entry = entries[next++];
        if (!entry) break;
        const read = readEntry(opts, realDir, entry);
        const speculation = 'bytes' in read ? pool.speculate(entry.name, read.bytes) : null;
        window.push({ name: entry.name, read, speculation });
      }
      const slot = window.shift();
      if (!slot) break;
      await yieldSometimes();
      const result =
        'reason' in slot.read
          ? builder.reject(slot.name, slot.read.reason)
          : builder.addSpeculated(
              slot.name,
              slot.read.bytes,
              (await slot.speculation) ?? { kind: 'failed' },
            );
      yield { name: slot.name, result };
    }
  } finally {
    await pool.close();
  }
}

async function writeCorpus(
  opts: Options,
  source: ResultSource,
  builder: CorpusBuilder,
  tmp: string,
  quotesTmp: string,
  started: number,
  previous: Corpus | null,
): Promise<number> {
  // 'wx': never write through a file or link planted at the temporary name.
  const fd = openSync(tmp, 'wx');
  temps.add(tmp);
  const qfd = openSync(quotesTmp, 'wx+');
  temps.add(quotesTmp);
  const out = new Sink(fd);
  const qout = new Sink(qfd);
  out.write(`{\n  "version": ${CORPUS_VERSION},\n  "articles": [`);
  let firstArticle = true;
  let firstQuote = true;
  // Slim copies for the layout: the graph needs who spoke about whom, not the words.
  const graphQuotes: GraphQuote[] = [];
  const shards = opts.shards ? new ShardWriter(opts.shards) : null;
  const written = (async function* (): ResultSource {
    // --append: the corpus's own records first, as they were, then the new files'.
    if (previous) {
      const quotesOf = new Map<string, Quote[]>();
      for (const q of previous.quotes) {
        const list = quotesOf.get(q.articleId);
        if (list) list.push(q);
        else quotesOf.set(q.articleId, [q]);
      }
      for (const article of previous.articles) {
        const quotes = quotesOf.get(article.id) ?? [];
        yield { name: article.file, result: { ok: true, article, quotes, explanations: [] } };
      }
    }
    yield* source;
  })();
  for await (const { name, result } of written) {
    if (!result.ok) {
      if (opts.verbose) process.stderr.write(`${name}: rejected (${result.rejected.reason})\n`);
      continue;
    }
    out.write(`${firstArticle ? '\n' : ',\n'}    ${JSON.stringify(result.article)}`);
    firstArticle = false;
    for (const q of result.quotes) {
      qout.write(`${firstQuote ? '\n' : ',\n'}    ${JSON.stringify(q)}`);
      firstQuote = false;
      graphQuotes.push({
        id: q.id,
        articleId: q.articleId,
        speakerId: q.speakerId,
        mentions: q.mentions,
      });
      shards?.quote(q, result.article.date);
    }
    if (opts.verbose) for (const line of result.explanations) process.stderr.write(`${line}\n`);
  }
  // Reading and extracting every file (the part --jobs spreads), apart from the layout.
  const extractMs = Math.round(performance.now() - started);
  qout.flush();
  out.write(`${firstArticle ? '' : '\n  '}],\n  "quotes": [`);
  out.flush();
  // Append the quotes side file in chunks.
  const buf = Buffer.alloc(1 << 20);
  const qsize = fstatSync(qfd).size;
  for (let pos = 0; pos < qsize;) {
    await yieldSometimes();
    const n = readSync(qfd, buf, 0, buf.length, pos);
    if (n <= 0) break;
    writeAll(fd, buf.subarray(0, n));
    pos += n;
  }
  closeSync(qfd);
  rmSync(quotesTmp, { force: true });
  temps.delete(quotesTmp);
  const actors = builder.actors();
  shards?.finish(actors);
  out.write(`${firstQuote ? '' : '\n  '}],\n  "actors": [`);
  actors.forEach((a, i) => out.write(`${i === 0 ? '\n' : ',\n'}    ${JSON.stringify(a)}`));
  out.write(`${actors.length ? '\n  ' : ''}],\n  "rejected": [`);
  builder.rejected.forEach((r, i) =>
    out.write(`${i === 0 ? '\n' : ',\n'}    ${JSON.stringify(r)}`),
  );
  out.write(`${builder.rejected.length ? '\n  ' : ''}]`);
  const statements = builder.folder.finish();
  out.write(`,\n  "statements": [`);
  statements.forEach((s, i) => out.write(`${i === 0 ? '\n' : ',\n'}    ${JSON.stringify(s)}`));
  out.write(`${statements.length ? '\n  ' : ''}]`);
  await yieldSometimes();
  // The layout is computed once here so every load of the app shows the same picture at once,
  // and a 10,000-actor graph never runs a force simulation in the browser.
  const layoutStarted = performance.now();
  const layout = layoutGraph(buildActorGraph(actors, graphQuotes, { includeIsolated: true }));
  const layoutMs = Math.round(performance.now() - layoutStarted);
  out.write(`,\n  "layout": {\n    "positions": {`);
  Object.entries(layout.positions).forEach(([id, xy], i) =>
    out.write(`${i === 0 ? '\n' : ',\n'}      ${JSON.stringify(id)}: ${JSON.stringify(xy)}`),
  );
  out.write(`${actors.length ? '\n    ' : ''}}\n  }\n}\n`);
  out.flush();
  closeSync(fd);
  await yieldSometimes();
  // Checked again: the target may have been replaced by a link or device while we worked.
  const unsafe = unsafeTarget(opts.out);
  if (unsafe) {
    removeTemps();
    process.stderr.write(`ingest: refusing to write ${opts.out}: ${unsafe}\n`);
    return 2;
  }
  renameSync(tmp, opts.out);
  temps.delete(tmp);

  let status = 0;
  if (builder.articleCount <= VALIDATE_LIMIT) {
    const check = CorpusSchema.safeParse(JSON.parse(readFileSync(opts.out, 'utf8')));
    if (!check.success) {
      process.stderr.write(
        `ingest: BUG: the written corpus fails its schema:\n${formatSchemaIssues(check.error.issues)}\n`,
      );
      status = 1;
    }
  }
  process.stdout.write(
    `ingested ${builder.articleCount} articles${previous ? ` (${previous.articles.length} kept, ${builder.articleCount - previous.articles.length} new)` : ''}, ${builder.quoteCount} quotes, ${actors.length} actors, ${builder.rejected.length} rejected, ${statements.length} statements folded → ${basename(opts.out)}\n`,
  );
  if (opts.stats) {
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(
      `${JSON.stringify({
        articles: builder.articleCount,
        seconds: Math.round(seconds * 1000) / 1000,
        articlesPerSecond: Math.round(builder.articleCount / seconds),
        cpuSeconds: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000) / 1000,
        maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
        extractMs,
        layoutMs,
        foldMs: Math.round(builder.folder.elapsedMs),
        statements: statements.length,
        jobs: opts.jobs,
        speculationHeld: builder.speculation.held,
        speculationRedone: builder.speculation.redone,
      })}\n`,
    );
  }
  return status;
}

/**
 * The corpus an `--append` run adds to: the one at `out`, validated; null when there is none
 * yet (the run is then a first ingest). Throws with the file name when it cannot be used.
 */
function loadPrevious(out: string): Corpus | null {
  let text: string;
  try {
    text = readFileSync(out, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`--append: cannot read ${out}: ${fsReason(error)}`, { cause: error });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`--append: ${out} is not JSON`, { cause: error });
  }
  const checked = CorpusSchema.safeParse(value);
  if (!checked.success)
    throw new Error(
      `--append: ${out} is not a valid corpus:\n${formatSchemaIssues(checked.error.issues)}`,
    );
  return checked.data;
}

/** Files of an earlier web corpus in `dir`: replaced, so no stale shard outlives its manifest. */
const WEB_FILE = /^(?:(?:manifest|head|articles|quotes-\d+|texts-\d+)\.json|graph\.bin)$/;

/**
 * Writes the web corpus of the single-file corpus at `corpusFile` into `dir`. Each file is
 * written under a temporary name and renamed; the manifest comes last, so a reader never
 * finds a manifest naming shards that are not there yet.
 */
function writeWebCorpus(corpusFile: string, dir: string, validate: boolean): void {
  // Record by record when it is over V8's longest string (200,000 articles are).
  const raw: unknown = readCorpusFile(corpusFile);
  // The ingest wrote this corpus a moment ago (and checked small ones): large ones are trusted.
  const corpus = validate ? CorpusSchema.parse(raw) : (raw as Corpus);
  mkdirSync(dir, { recursive: true });
  const unsafe = unsafeTarget(join(dir, MANIFEST_FILE));
  if (unsafe) throw new Error(`${MANIFEST_FILE}: ${unsafe}`);
  for (const name of readdirSync(dir)) if (WEB_FILE.test(name)) rmSync(join(dir, name));
  const [manifest, ...shards] = webCorpusFiles(corpus);
  for (const f of [...shards, ...(manifest ? [manifest] : [])]) {
    const tmp = join(dir, `.${f.file}.tmp-${process.pid}`);
    writeFileSync(tmp, webFileData(f));
    renameSync(tmp, join(dir, f.file));
  }
}

/** The corrections of an overrides file (its actors part is read as an actors file). Throws with the file name. */
function loadOverrides(file: string): Correction[] {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(
      `cannot use overrides file ${file}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const parsed = OverridesSchema.safeParse(value);
  if (!parsed.success)
    throw new Error(
      `cannot use overrides file ${file}: ${formatSchemaIssues(parsed.error.issues)}`,
    );
  return overridesToCorrections(parsed.data);
}

/**
 * Applies merges and quote decisions to the corpus just written and replaces it (through a
 * temporary file). Not streamed: corrections are a human's, made on corpora a human reads.
 */
function applyOverrides(out: string, corrections: readonly Correction[], tmp: string): void {
  const written = CorpusSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
  const corrected = applyCorrections(written, corrections);
  const layout = layoutGraph(
    buildActorGraph(corrected.actors, corrected.quotes, { includeIsolated: true }),
  );
  const fd = openSync(tmp, 'wx');
  temps.add(tmp);
  writeAll(fd, Buffer.from(`${JSON.stringify({ ...corrected, layout }, null, 2)}\n`));
  closeSync(fd);
  renameSync(tmp, out);
  temps.delete(tmp);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const dropped = written.quotes.length - corrected.quotes.length;
  const merged = written.actors.length - corrected.actors.length;
  process.stdout.write(
    `applied ${plural(corrections.length, 'override')}: ${plural(dropped, 'rejected quote')}, ${plural(merged, 'merged actor')}\n`,
  );
}

/**
 * The map's output as NDJSON (schema: docs/scale.md): `quotes-00000.ndjson`, … (one row per
 * quote, {@link SHARD_ROWS} a shard) and `actors.ndjson`, read by scripts/ingest/sql/.
 */
class ShardWriter {
  private fd: number | null = null;
  private sink: Sink | null = null;
  private rows = 0;
  private shard = 0;
  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }
  quote(q: Quote, date: string | null): void {
    if (!this.sink || this.rows % SHARD_ROWS === 0) this.next();
    const row = { seq: this.rows, id: q.id, article_id: q.articleId, speaker_id: q.speakerId };
    this.sink?.write(`${JSON.stringify({ ...row, mentions: q.mentions, date })}\n`);
    this.rows += 1;
  }
  private next(): void {
    this.close();
    const name = `quotes-${String(this.shard).padStart(5, '0')}.ndjson`;
    this.shard += 1;
    this.fd = openSync(join(this.dir, name), 'w');
    this.sink = new Sink(this.fd);
  }
  private close(): void {
    this.sink?.flush();
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.sink = null;
  }
  finish(actors: readonly Actor[]): void {
    this.close();
    const fd = openSync(join(this.dir, 'actors.ndjson'), 'w');
    const sink = new Sink(fd);
    actors.forEach((a, seq) =>
      sink.write(`${JSON.stringify({ seq, id: a.id, name: a.name, kind: a.kind })}\n`),
    );
    sink.flush();
    closeSync(fd);
  }
}

/** The whole content of an open regular file of `size` bytes (less if it shrank meanwhile). */
function readWhole(fd: number, size: number): Buffer {
  const buf = Buffer.allocUnsafe(size);
  let off = 0;
  while (off < size) {
    const n = readSync(fd, buf, off, size - off, off);
    if (n <= 0) break;
    off += n;
  }
  return off === size ? buf : buf.subarray(0, off);
}

/** writeSync until every byte is written (a short write is not an error). */
function writeAll(fd: number, data: Buffer): void {
  for (let off = 0; off < data.length;) off += writeSync(fd, data, off, data.length - off);
}

// In a worker thread this module serves extraction jobs instead (see ingest-worker.ts).
if (!serveIfWorker()) run();

function run(): void {
  main().then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      removeTemps();
      process.stderr.write(
        `ingest: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 2;
    },
  );
}
