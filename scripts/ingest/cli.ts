import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { CORPUS_VERSION, CorpusSchema } from '../../src/corpus/schema.ts';
import { formatSchemaIssues } from '../../src/corpus/parse-corpus.ts';
import { CorpusBuilder } from '../../src/ingest/build-corpus.ts';
import { DEFAULT_MAX_BYTES, tooLargeReason } from '../../src/ingest/decode-input.ts';
import { buildActorGraph, type GraphQuote } from '../../src/graph/build-actor-graph.ts';
import { layoutGraph } from '../../src/graph/layout-graph.ts';
import { loadKnownActors, loadOutlets } from './load-data.ts';

/**
 * `npm run ingest -- <input-dir> --out <corpus.json> [--actors <file>]… [--verbose] [--stats]`
 *
 * Thin shell around src/ingest: lists the folder's .txt files in name order, feeds them one by
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
    writeSync(this.fd, this.chunks.join(''));
    this.chunks = [];
    this.size = 0;
  }
}

function main(): number {
  const started = performance.now();
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n${parsed === USAGE ? '' : `${USAGE}\n`}`);
    return parsed === USAGE ? 0 : 2;
  }
  const opts = parsed;
  let names: string[];
  try {
    if (!statSync(opts.inputDir).isDirectory()) throw new Error('not a directory');
    names = readdirSync(opts.inputDir)
      .filter((n) => n.toLowerCase().endsWith('.txt'))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (error) {
    process.stderr.write(
      `ingest: cannot read input folder ${opts.inputDir}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
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
  let fd: number;
  let qfd: number;
  try {
    fd = openSync(tmp, 'w');
    qfd = openSync(quotesTmp, 'w+');
  } catch (error) {
    process.stderr.write(
      `ingest: cannot write ${opts.out}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    rmSync(tmp, { force: true });
    return 2;
  }
  const out = new Sink(fd);
  const qout = new Sink(qfd);
  out.write(`{\n  "version": ${CORPUS_VERSION},\n  "articles": [`);
  let firstArticle = true;
  let firstQuote = true;
  // Slim copies for the layout: the graph needs who spoke about whom, not the words.
  const graphQuotes: GraphQuote[] = [];
  for (const name of names) {
    const path = join(opts.inputDir, name);
    let result;
    let input: number | null = null;
    try {
      // One open + fstat + read per file (no separate stat); non-blocking so a FIFO never hangs us.
      input = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
      const st = fstatSync(input);
      if (!st.isFile()) result = builder.reject(name, 'not a regular file');
      else if (st.size > DEFAULT_MAX_BYTES) result = builder.reject(name, tooLargeReason(st.size));
      else result = builder.add(name, readWhole(input, st.size));
    } catch (error) {
      result = builder.reject(
        name,
        `unreadable: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      if (input !== null) closeSync(input);
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
    const n = readSyncAt(qfd, buf, pos);
    if (n <= 0) break;
    writeSync(fd, buf.subarray(0, n));
    pos += n;
  }
  closeSync(qfd);
  rmSync(quotesTmp, { force: true });
  const actors = builder.actors();
  out.write(`${firstQuote ? '' : '\n  '}],\n  "actors": [`);
  actors.forEach((a, i) => out.write(`${i === 0 ? '\n' : ',\n'}    ${JSON.stringify(a)}`));
  out.write(`${actors.length ? '\n  ' : ''}],\n  "rejected": [`);
  builder.rejected.forEach((r, i) =>
    out.write(`${i === 0 ? '\n' : ',\n'}    ${JSON.stringify(r)}`),
  );
  out.write(`${builder.rejected.length ? '\n  ' : ''}]`);
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
  try {
    renameSync(tmp, opts.out);
  } catch (error) {
    process.stderr.write(
      `ingest: cannot write ${opts.out}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    rmSync(tmp, { force: true });
    return 2;
  }

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
    `ingested ${builder.articleCount} articles, ${builder.quoteCount} quotes, ${actors.length} actors, ${builder.rejected.length} rejected → ${basename(opts.out)}\n`,
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

function readSyncAt(fd: number, buf: Buffer, pos: number): number {
  // Imported lazily to keep the top-level import list about the main flow.
  return readSync(fd, buf, 0, buf.length, pos);
}

import { readSync } from 'node:fs';

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(
    `ingest: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 2;
}
