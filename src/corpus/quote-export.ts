import type { Actor, ActorId, ArticleId, Quote, QuoteId, QuoteKind } from './schema.ts';
import type { SlimArticle } from './slim-corpus.ts';

/**
 * Quotes as rows for spreadsheets and scripts (CSV, JSON), and the citation and permalink of
 * one quote. Pure: nothing here reads the page or the clock.
 */

/** One exported quote: everything a reader needs to cite it and find it again. */
export interface QuoteExportRow {
  id: QuoteId;
  date: string | null;
  outlet: string | null;
  title: string;
  file: string;
  /** The original's address, when the article came from a saved web page that names it. */
  url: string | null;
  speaker: string;
  speakerId: ActorId;
  text: string;
  kind: QuoteKind;
  cue: string | null;
  mentions: { id: ActorId; name: string }[];
  start: number;
  end: number;
  permalink: string;
}

/** What the rows are built from: the corpus lookups the explorer already holds. */
export interface QuoteExportLookups {
  actorsById: ReadonlyMap<ActorId, Pick<Actor, 'name'>>;
  articlesById: ReadonlyMap<
    ArticleId,
    Pick<SlimArticle, 'date' | 'outlet' | 'title' | 'file' | 'url'>
  >;
}

/**
 * The permalink of a quote: `base` (the app's address, with `?corpus=` when it is not the
 * bundled one) with `quote=<id>` set; every other view parameter is dropped, so the link opens
 * the quote in its article whatever the sender was looking at. Pure.
 */
export function quotePermalink(base: string, id: QuoteId): string {
  return permalinkPrefix(base) + encodeURIComponent(id);
}

/** `base` reduced to its `corpus` parameter, ending in `quote=`. */
function permalinkPrefix(base: string): string {
  const url = new URL(base);
  const corpus = url.searchParams.get('corpus');
  url.search = '';
  url.hash = '';
  if (corpus !== null) url.searchParams.set('corpus', corpus);
  url.searchParams.set('quote', '');
  return url.href;
}

/**
 * One row per quote, in the order given. Unknown speakers and mentioned actors fall back to
 * their id (a corpus always resolves them; the fallback keeps a row rather than lose it).
 * `permalinkBase` as for {@link quotePermalink}. Pure; O(quotes + mentions).
 */
export function quoteExportRows(
  quotes: readonly Quote[],
  lookups: QuoteExportLookups,
  permalinkBase: string,
): QuoteExportRow[] {
  const nameOf = (id: ActorId) => lookups.actorsById.get(id)?.name ?? id;
  // One URL parse, then string concatenation: 100,000 `new URL` calls cost ~100 ms.
  const prefix = permalinkPrefix(permalinkBase);
  return quotes.map((q) => {
    const article = lookups.articlesById.get(q.articleId);
    return {
      id: q.id,
      date: article?.date ?? null,
      outlet: article?.outlet ?? null,
      title: article?.title ?? '',
      file: article?.file ?? '',
      url: article?.url ?? null,
      speaker: nameOf(q.speakerId),
      speakerId: q.speakerId,
      text: q.text,
      kind: q.kind,
      cue: q.cue,
      mentions: [...new Set(q.mentions)].map((id) => ({ id, name: nameOf(id) })),
      start: q.start,
      end: q.end,
      permalink: prefix + encodeURIComponent(q.id),
    };
  });
}

/** The CSV columns, in order: the header row of every quotes CSV. */
export const QUOTE_CSV_COLUMNS = [
  'id',
  'date',
  'outlet',
  'title',
  'file',
  'url',
  'speaker',
  'speaker_id',
  'text',
  'kind',
  'cue',
  'mentions',
  'mention_ids',
  'start',
  'end',
  'permalink',
] as const;

/** Joins several names in one CSV cell. */
const LIST_SEPARATOR = '; ';
const BOM = '\uFEFF';
/** Cells a spreadsheet would run as a formula (CSV injection): = + - @, tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF, quotes doubled.
 * Text that a spreadsheet would take for a formula gets a leading apostrophe (OWASP's advice):
 * a corpus from a shared link is untrusted, and `=HYPERLINK(…)` in a quote must stay text.
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The start of every quotes CSV: a UTF-8 byte order mark and the header row. */
export function csvHead(): string {
  return `${BOM}${QUOTE_CSV_COLUMNS.join(',')}\r\n`;
}

/** The rows as CSV lines, each ended by CRLF: what follows `csvHead`, in as many parts as wanted. */
export function csvRows(rows: readonly QuoteExportRow[]): string {
  let out = '';
  for (const r of rows) {
    const cells = [
      r.id,
      r.date ?? '',
      r.outlet ?? '',
      r.title,
      r.file,
      r.url ?? '',
      r.speaker,
      r.speakerId,
      r.text,
      r.kind,
      r.cue ?? '',
      r.mentions.map((m) => m.name).join(LIST_SEPARATOR),
      r.mentions.map((m) => m.id).join(LIST_SEPARATOR),
    ].map(csvField);
    cells.push(String(r.start), String(r.end), csvField(r.permalink));
    out += `${cells.join(',')}\r\n`;
  }
  return out;
}

/**
 * The rows as CSV: RFC 4180 (CRLF line ends, a header row), with a UTF-8 byte order mark so
 * spreadsheet programs read Cyrillic and curly quotes as UTF-8. Pure.
 */
export function quotesToCsv(rows: readonly QuoteExportRow[]): string {
  return csvHead() + csvRows(rows);
}

/** What a JSON export says about itself besides its rows. */
export interface QuoteExportMeta {
  /** The corpus address as the user gave it. */
  corpus: string;
  /** How the quotes were narrowed, in words ("outlet RT, 2021-01-01 to 2021-12-31"), or "". */
  filters: string;
}

const EMPTY_QUOTES = '"quotes": []';

/**
 * A JSON export in parts, so a million rows never have to be one string: `head`, then
 * `rows(chunk, first)` for each chunk in order, then `tail`. Joined, the parts are exactly
 * `quotesToJson` of all the rows (JSON.stringify's two-space layout). Pure.
 */
export function jsonExportParts(meta: QuoteExportMeta, count: number) {
  const empty = `${JSON.stringify(
    {
      format: 'quotegraph-quotes',
      version: 1,
      corpus: meta.corpus,
      filters: meta.filters,
      count,
      quotes: [],
    },
    null,
    2,
  )}\n`;
  const at = empty.lastIndexOf(EMPTY_QUOTES);
  return {
    /** Up to the open bracket of the quotes; the whole document when there are none. */
    head: count === 0 ? empty : empty.slice(0, at + EMPTY_QUOTES.length - 1),
    rows: (rows: readonly QuoteExportRow[], first: boolean): string =>
      rows
        .map((row, i) => {
          // A row's JSON holds no raw line break (strings escape them): indent every line.
          const text = `    ${JSON.stringify(row, null, 2).replace(/\n/g, '\n    ')}`;
          return `${first && i === 0 ? '\n' : ',\n'}${text}`;
        })
        .join(''),
    tail: count === 0 ? '' : '\n  ]\n}\n',
  };
}

/** The rows as one JSON document: `{ format, version, corpus, filters, count, quotes }`. Pure. */
export function quotesToJson(rows: readonly QuoteExportRow[], meta: QuoteExportMeta): string {
  const parts = jsonExportParts(meta, rows.length);
  return parts.head + parts.rows(rows, true) + parts.tail;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function citationDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

/**
 * How to cite a quote: `Sergey Lavrov, quoted by RT, 23 Sep 2021: "…"`, then the permalink
 * on its own line. Without an outlet the article's title (or file) stands in ("quoted in");
 * an undated article gives no date rather than a guessed one. Pure.
 */
export function quoteCitation(row: QuoteExportRow): string {
  const source = row.outlet ? `quoted by ${row.outlet}` : `quoted in "${row.title || row.file}"`;
  const date = row.date ? `, ${citationDate(row.date)}` : '';
  return `${row.speaker}, ${source}${date}: "${row.text}"\n${row.permalink}`;
}

/**
 * The filters in words, for the header of an export: `outlet RT, direct quotes, from
 * 2021-01-01 to 2021-12-31, undated articles included`; "" when nothing is filtered. Pure.
 */
export function describeFilters(filters: {
  from: string | null;
  to: string | null;
  outlet: string | null;
  kind: QuoteKind | null;
  includeUndated: boolean;
}): string {
  const parts: string[] = [];
  if (filters.outlet !== null) parts.push(`outlet ${filters.outlet}`);
  if (filters.kind !== null) parts.push(`${filters.kind} quotes`);
  if (filters.from !== null && filters.to !== null) {
    parts.push(`from ${filters.from} to ${filters.to}`);
  } else if (filters.from !== null) parts.push(`from ${filters.from}`);
  else if (filters.to !== null) parts.push(`until ${filters.to}`);
  if ((filters.from !== null || filters.to !== null) && filters.includeUndated) {
    parts.push('undated articles included');
  }
  return parts.join(', ');
}
