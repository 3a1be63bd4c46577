import type { SlimArticle } from '../../corpus/slim-corpus.ts';
import type { ActorId, ArticleId, Quote, QuoteKind } from '../../corpus/schema.ts';

/**
 * The timeline's numbers, apart from React: statements placed on a day axis and aggregated
 * into bins (one per few pixels), so 100,000 statements draw as a few hundred marks per row.
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date `YYYY-MM-DD`. Pure. */
export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** The ISO date `YYYY-MM-DD` of a day number. Pure. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Statements on the day axis: `days[i]` is the day of `quotes[i]`, or -1 when undated. */
export interface TimelineDays {
  quotes: readonly Quote[];
  days: Int32Array;
  /** First and last dated day, or null when nothing is dated. */
  span: { min: number; max: number } | null;
  undated: number;
}

/** Places each quote at its article's date. Pure; O(quotes), one date parse per distinct date. */
export function timelineDays(
  quotes: readonly Quote[],
  articlesById: ReadonlyMap<ArticleId, Pick<SlimArticle, 'date'>>,
): TimelineDays {
  const days = new Int32Array(quotes.length);
  const parsed = new Map<string, number>();
  let min = Infinity;
  let max = -Infinity;
  let undated = 0;
  for (let i = 0; i < quotes.length; i++) {
    const date = articlesById.get((quotes[i] as Quote).articleId)?.date ?? null;
    if (date === null) {
      days[i] = -1;
      undated += 1;
      continue;
    }
    let day = parsed.get(date);
    if (day === undefined) {
      day = dayNumber(date);
      parsed.set(date, day);
    }
    days[i] = day;
    if (day < min) min = day;
    if (day > max) max = day;
  }
  return { quotes, days, span: min <= max ? { min, max } : null, undated };
}

const KIND_BIT: Readonly<Record<QuoteKind, number>> = { direct: 1, indirect: 2, mixed: 4 };

/** One row's marks: per bin, how many statements, the first (earliest) one, and their kinds. */
export interface RowBins {
  counts: Int32Array;
  /** Index into `TimelineDays.quotes` of the bin's first statement, -1 for an empty bin. */
  first: Int32Array;
  /** Bit set of the kinds in the bin (direct 1, indirect 2, mixed 4). */
  kinds: Uint8Array;
}

/** Binned timeline: `binCount` equal bins over [span.min, span.max + 1). */
export interface TimelineBins {
  binCount: number;
  /** Days per bin (fractional when there are more pixels than days). */
  binDays: number;
  density: Int32Array;
  rows: Map<ActorId, RowBins>;
}

/** The bin of a day. Pure. */
export function binOfDay(day: number, span: { min: number }, binDays: number, binCount: number) {
  return Math.min(binCount - 1, Math.max(0, Math.floor((day - span.min) / binDays)));
}

/**
 * Bins the dated statements: a density over all of them and one RowBins per actor of `rows`
 * (by speaker). At most one bin per day. Pure; O(quotes + rows × bins).
 */
export function binTimeline(
  data: TimelineDays,
  rows: readonly ActorId[],
  maxBins: number,
): TimelineBins | null {
  const { span, days, quotes } = data;
  if (!span) return null;
  const spanDays = span.max - span.min + 1;
  const binCount = Math.max(1, Math.min(spanDays, Math.floor(maxBins)));
  const binDays = spanDays / binCount;
  const density = new Int32Array(binCount);
  const rowBins = new Map<ActorId, RowBins>();
  for (const id of rows) {
    rowBins.set(id, {
      counts: new Int32Array(binCount),
      first: new Int32Array(binCount).fill(-1),
      kinds: new Uint8Array(binCount),
    });
  }
  for (let i = 0; i < quotes.length; i++) {
    const day = days[i] as number;
    if (day < 0) continue;
    const bin = binOfDay(day, span, binDays, binCount);
    density[bin] = (density[bin] as number) + 1;
    const quote = quotes[i] as Quote;
    const row = rowBins.get(quote.speakerId);
    if (!row) continue;
    row.counts[bin] = (row.counts[bin] as number) + 1;
    const first = row.first[bin] as number;
    if (first < 0 || day < (days[first] as number)) row.first[bin] = i;
    row.kinds[bin] = (row.kinds[bin] as number) | KIND_BIT[quote.kind];
  }
  return { binCount, binDays, density, rows: rowBins };
}

/** The kind a bin is coloured by: its only kind, or `mixed` when it holds several. */
export function binKind(mask: number): QuoteKind {
  if (mask === KIND_BIT.direct) return 'direct';
  if (mask === KIND_BIT.indirect) return 'indirect';
  return 'mixed';
}

/**
 * Who gets a row (only actors who say something have marks): the selected actor first, then
 * the speakers it talks with most (either direction), then the most quoted speakers up to
 * `limit`. Without a selection, the `limit` most quoted. Ties by id. Pure; O(quotes).
 */
export function timelineRows(
  quotes: readonly Quote[],
  selected: ActorId | null,
  limit: number,
): ActorId[] {
  const said = new Map<ActorId, number>();
  const talk = new Map<ActorId, number>();
  const add = (map: Map<ActorId, number>, id: ActorId) => map.set(id, (map.get(id) ?? 0) + 1);
  for (const quote of quotes) {
    add(said, quote.speakerId);
    if (selected === null) continue;
    if (quote.speakerId === selected) {
      for (const m of new Set(quote.mentions)) if (m !== selected) add(talk, m);
    } else if (quote.mentions.includes(selected)) add(talk, quote.speakerId);
  }
  const ranked = (map: Map<ActorId, number>) =>
    [...map.entries()]
      .filter(([id]) => said.has(id))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([id]) => id);
  const rows = new Set<ActorId>(selected === null ? [] : [selected]);
  for (const id of [...ranked(talk), ...ranked(said)]) {
    if (rows.size >= limit) break;
    rows.add(id);
  }
  return [...rows];
}

/** Keyboard step of the brush: a day, or a fiftieth of the span when that is longer. Pure. */
export function brushStepDays(span: { min: number; max: number }): number {
  return Math.max(1, Math.round((span.max - span.min + 1) / 50));
}

/**
 * A range [from, to] (days, inclusive) moved by `delta` days (`edge` both) or with one end moved
 * (`start`/`end`), kept inside `span` and at least one day long. Pure.
 */
export function adjustRange(
  range: { from: number; to: number },
  span: { min: number; max: number },
  edge: 'both' | 'start' | 'end',
  delta: number,
): { from: number; to: number } {
  let { from, to } = range;
  if (edge === 'both') {
    const width = to - from;
    from = Math.min(Math.max(span.min, from + delta), span.max - width);
    to = from + width;
  } else if (edge === 'start') from = Math.min(Math.max(span.min, from + delta), to);
  else to = Math.max(Math.min(span.max, to + delta), from);
  return { from, to };
}
