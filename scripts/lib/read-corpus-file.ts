import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { Corpus } from '../../src/corpus/schema.ts';

/**
 * Above this size a corpus file is read record by record rather than with one JSON.parse: V8's
 * longest string is about 512 MiB, and a 200,000-article corpus is larger than that.
 */
export const WHOLE_PARSE_MAX_BYTES = 256 * 1024 * 1024;

/** The lines of `file`, without their ends, read in 1 MiB chunks (never the whole file at once). */
export function* fileLines(file: string): Generator<string> {
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    let rest: Buffer = Buffer.alloc(0);
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n <= 0) break;
      // A fresh buffer each time (chunk is reused), so `rest` may stay a view into it.
      const data = Buffer.concat([rest, chunk.subarray(0, n)]);
      let start = 0;
      for (let end = data.indexOf(10, start); end !== -1; end = data.indexOf(10, start)) {
        yield data.toString('utf8', start, end);
        start = end + 1;
      }
      rest = data.subarray(start);
    }
    if (rest.length > 0) yield rest.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

const LIST_KEYS = ['articles', 'quotes', 'actors', 'rejected', 'statements'] as const;

/**
 * Reads a corpus in the layout `npm run ingest` writes it (one record per line inside each
 * top-level list, one `"id": [x, y]` per line in the layout), which is what lets a corpus over
 * V8's longest string be read at all. Returns null when the lines are not in that layout (a
 * corpus written by something else): parse it whole instead. Records are parsed, not validated.
 */
export function parseCorpusLines(lines: Iterable<string>): Corpus | null {
  const corpus: Record<string, unknown> = {};
  const positions: Record<string, [number, number]> = {};
  let list: unknown[] | null = null;
  let inLayout = false;
  let inPositions = false;
  let closed = false;
  const record = (line: string): string => line.trim().replace(/,$/, '');
  // A line that is not one whole record means another layout: not an error, just not ours.
  const parsed = (text: string): unknown => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  };
  for (const line of lines) {
    if (closed) {
      if (line.trim() !== '') return null;
      continue;
    }
    if (list) {
      if (/^ {2}\](,)?$/.test(line)) list = null;
      else if (line.startsWith('    ')) {
        const item = parsed(record(line));
        if (item === undefined) return null;
        list.push(item);
      } else return null;
      continue;
    }
    if (inPositions) {
      if (/^ {4}\}$/.test(line)) inPositions = false;
      else if (line.startsWith('      ')) {
        const entry = parsed(`{${record(line)}}`);
        if (entry === undefined) return null;
        Object.assign(positions, entry);
      } else return null;
      continue;
    }
    if (inLayout) {
      if (/^ {4}"positions": \{$/.test(line)) inPositions = true;
      else if (/^ {2}\}$/.test(line)) inLayout = false;
      else return null;
      continue;
    }
    if (line === '{') continue;
    if (line === '}') {
      closed = true;
      continue;
    }
    const version = /^ {2}"version": (\d+),$/.exec(line);
    if (version) {
      corpus.version = Number(version[1]);
      continue;
    }
    const open = /^ {2}"(\w+)": \[(\],?)?$/.exec(line);
    const key = open?.[1];
    if (open && key && (LIST_KEYS as readonly string[]).includes(key)) {
      const items: unknown[] = [];
      corpus[key] = items;
      if (!open[2]) list = items;
      continue;
    }
    if (/^ {2}"layout": \{$/.test(line)) {
      corpus.layout = { positions };
      inLayout = true;
      continue;
    }
    return null;
  }
  if (!closed || list || inLayout) return null;
  return corpus as unknown as Corpus;
}

/**
 * The corpus in `file`, parsed but not validated: whole when small enough, else line by line
 * (see parseCorpusLines). Throws when a large file is not in the ingest's layout.
 */
export function readCorpusFile(file: string): Corpus {
  if (statSync(file).size <= WHOLE_PARSE_MAX_BYTES)
    return JSON.parse(readFileSync(file, 'utf8')) as Corpus;
  const corpus = parseCorpusLines(fileLines(file));
  if (!corpus)
    throw new Error(
      `${file} is too large to parse whole and not laid out as npm run ingest writes it`,
    );
  return corpus;
}
