import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import { constants as osConstants } from 'node:os';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import { CORPUS_VERSION, CorpusSchema } from '../../src/corpus/schema.ts';
import { formatSchemaIssues } from '../../src/corpus/parse-corpus.ts';
import { articleFormatOf, CorpusBuilder } from '../../src/ingest/build-corpus.ts';
import { DEFAULT_MAX_BYTES, tooLargeReason } from '../../src/ingest/decode-input.ts';
import { buildActorGraph, type GraphQuote } from '../../src/graph/build-actor-graph.ts';
import { layoutGraph } from '../../src/graph/layout-graph.ts';
import { loadKnownActors, loadOutlets } from './load-data.ts';

/**
 * `npm run ingest -- <input-dir> --out <corpus.json> [--actors <file>]… [--verbose] [--stats]`
 *
 * Thin shell around src/ingest: lists the folder's .txt and .md files in name order, feeds them one by
 * one to the CorpusBuilder and streams each record to the output as soon as it exists (articles
 * directly, quotes through a side file), so memory stays flat however big the corpus is.
 * Exit 0 whenever a corpus was written (bad files land in `rejected`); 2 when nothing could be
 * written (missing folder, unwritable output, bad options); 1 if the written corpus fails its
 * own schema (a bug).
 */

const USAGE =
  'usage: npm run ingest -- <input-dir> --out <corpus.json> [--actors <file>] [--verbose] [--stats]';
const VALIDATE_LIMIT = 2000;

interface Options {
  inputDir: string;
  out: string;
  actors: string[];
  verbose: boolean;
  stats: boolean;
}

function parseArgs(argv: readonly string[]): Options | string {
  let inputDir: string | null = null;
  let out: string | null = null;
  const actors: string[] = [];
  let verbose = false;
  let stats = false;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] ?? '';
    if (a === '--out' || a === '-o') out = argv[++i] ?? null;
    else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a === '--actors') {
      const f = argv[++i];
      if (!f) return '--actors needs a file';
      actors.push(f);
    } else if (a.startsWith('--actors=')) actors.push(a.slice(9));
    else if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--stats') stats = true;
    else if (a === '--help' || a === '-h') return USAGE;
    else if (a.startsWith('-')) return `unknown option ${a}`;
    else if (inputDir === null) inputDir = a;
    else return `unexpected argument ${a}`;
  }
  if (!inputDir) return 'missing <input-dir>';
  if (!out) return 'missing --out <corpus.json>';
  return { inputDir, out, actors, verbose, stats };
}

/** Buffered writer on a file descriptor: few syscalls, no growing in-memory document. */
class Sink {
  private chunks: string[] = [];
  private size = 0;
  constructor(private readonly fd: number) {}
  write(s: string): void {
    this.chunks.push(s);
    this.size += s.length;
    if (this.size > 1 << 16) this.flush();
  }
  flush(): void {
    if (this.chunks.length === 0) return;
    const text = this.chunks.join('');
    // One write of the string; a short write (rare on files) is finished byte-exactly.
    const written = writeSync(this.fd, text);
    if (written < Buffer.byteLength(text)) writeAll(this.fd, Buffer.from(text).subarray(written));
    this.chunks = [];
    this.size = 0;
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
  const opts = parsed;
  let entries: Dirent[];
  let realDir: string;
  try {
    if (!statSync(opts.inputDir).isDirectory()) throw new Error('not a directory');
    realDir = realpathSync(opts.inputDir);
    entries = readdirSync(opts.inputDir, { withFileTypes: true })
      // HTML is not read yet (it needs the page extractor): listed, it would be ingested as text.
      .filter((d) => ['txt', 'md'].includes(articleFormatOf(d.name) ?? ''))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    process.stderr.write(`ingest: cannot read input folder ${opts.inputDir}: ${fsReason(error)}\n`);
    return 2;
  }
  const unsafe = unsafeTarget(opts.out);
  if (unsafe) {
    process.stderr.write(`ingest: refusing to write ${opts.out}: ${unsafe}\n`);
    return 2;
  }
  let builder: CorpusBuilder;
  try {
    builder = new CorpusBuilder({
      knownActors: loadKnownActors(opts.actors),
      outlets: loadOutlets(),
      explain: opts.verbose,
    });
  } catch (error) {
    process.stderr.write(`ingest: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }

  const tmp = `${opts.out}.tmp-${process.pid}`;
  const quotesTmp = `${opts.out}.quotes-${process.pid}`;
  for (const signal of SIGNALS) process.on(signal, onSignal);
  try {
    return await writeCorpus(opts, entries, realDir, builder, tmp, quotesTmp, started);
  } catch (error) {
    removeTemps();
    process.stderr.write(`ingest: cannot write ${opts.out}: ${fsReason(error)}\n`);
    return 2;
  }
}

async function writeCorpus(
  opts: Options,
  entries: readonly Dirent[],
  realDir: string,
  builder: CorpusBuilder,
  tmp: string,
  quotesTmp: string,
  started: number,
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
  for (const entry of entries) {
    await yieldSometimes();
    const name = entry.name;
    let result;
    const input = openInput(opts.inputDir, realDir, entry);
    if (typeof input !== 'number') result = builder.reject(name, input.reason);
    else {
      try {
        // One open + fstat + read per file (no separate stat).
        const st = fstatSync(input);
        if (!st.isFile()) result = builder.reject(name, 'not a regular file');
        else if (st.size > DEFAULT_MAX_BYTES)
          result = builder.reject(name, tooLargeReason(st.size));
        else result = builder.add(name, readWhole(input, st.size));
      } catch (error) {
        result = builder.reject(name, `unreadable: ${fsReason(error)}`);
      } finally {
        closeSync(input);
      }
    }
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
    }
    if (opts.verbose) for (const line of result.explanations) process.stderr.write(`${line}\n`);
  }
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
    `ingested ${builder.articleCount} articles, ${builder.quoteCount} quotes, ${actors.length} actors, ${builder.rejected.length} rejected, ${statements.length} statements folded → ${basename(opts.out)}\n`,
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
        layoutMs,
        foldMs: Math.round(builder.folder.elapsedMs),
        statements: statements.length,
      })}\n`,
    );
  }
  return status;
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
