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
  /** Positions in `quotes` of each speaker's statements, ascending. */
  bySpeaker: ReadonlyMap<ActorId, readonly number[]>;
  /** Positions in `quotes` of the statements mentioning each actor, ascending, once each. */
  byMention: ReadonlyMap<ActorId, readonly number[]>;
  /** Speakers, most statements first, ties by id. */
  speakersByCount: readonly ActorId[];
}

function push(map: Map<ActorId, number[]>, id: ActorId, position: number): void {
  const list = map.get(id);
  if (list) list.push(position);
  else map.set(id, [position]);
}

const byCountThenId = (a: [ActorId, number], b: [ActorId, number]) =>
  b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * Places each quote at its article's date, and indexes the quotes by speaker and by mentioned
 * actor so that choosing rows and binning them on a selection costs the actors' statements,
 * not the whole corpus. Pure; O(quotes + mentions), one date parse per distinct date.
 */
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
  const bySpeaker = new Map<ActorId, number[]>();
  const byMention = new Map<ActorId, number[]>();
  quotes.forEach((quote, i) => {
    push(bySpeaker, quote.speakerId, i);
    for (const m of new Set(quote.mentions)) push(byMention, m, i);
  });
  const speakersByCount = [...bySpeaker.entries()]
    .map(([id, list]): [ActorId, number] => [id, list.length])
    .sort(byCountThenId)
    .map(([id]) => id);
  const span = min <= max ? { min, max } : null;
  return { quotes, days, span, undated, bySpeaker, byMention, speakersByCount };
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
 * (by speaker). At most one bin per day. Pure (the density is remembered per `data` and bin
 * count); O(quotes) the first time for a bin count, O(rows' statements + rows × bins) after.
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
  const density = densityOf(data, span, binCount, binDays);
  const rowBins = new Map<ActorId, RowBins>();
  for (const id of rows) {
    const row: RowBins = {
      counts: new Int32Array(binCount),
      first: new Int32Array(binCount).fill(-1),
      kinds: new Uint8Array(binCount),
    };
    rowBins.set(id, row);
    for (const i of data.bySpeaker.get(id) ?? []) {
      const day = days[i] as number;
      if (day < 0) continue;
      const bin = binOfDay(day, span, binDays, binCount);
      row.counts[bin] = (row.counts[bin] as number) + 1;
      const first = row.first[bin] as number;
      if (first < 0 || day < (days[first] as number)) row.first[bin] = i;
      row.kinds[bin] = (row.kinds[bin] as number) | KIND_BIT[(quotes[i] as Quote).kind];
    }
  }
  return { binCount, binDays, density, rows: rowBins };
}

const densities = new WeakMap<TimelineDays, Map<number, Int32Array>>();

function densityOf(
  data: TimelineDays,
  span: { min: number },
  binCount: number,
  binDays: number,
): Int32Array {
  let byCount = densities.get(data);
  if (!byCount) {
    byCount = new Map();
    densities.set(data, byCount);
  }
  const cached = byCount.get(binCount);
  if (cached) return cached;
  const density = new Int32Array(binCount);
  for (const day of data.days) {
    if (day < 0) continue;
    const bin = binOfDay(day, span, binDays, binCount);
    density[bin] = (density[bin] as number) + 1;
  }
  byCount.set(binCount, density);
  return density;
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
 * `limit`. Without a selection, the `limit` most quoted. Ties by id. Pure; O(the selected
 * actor's statements + limit), through the indexes of {@link timelineDays}.
 */
export function timelineRows(
  data: TimelineDays,
  selected: ActorId | null,
  limit: number,
): ActorId[] {
  const { quotes, bySpeaker, byMention } = data;
  const talk = new Map<ActorId, number>();
  const add = (id: ActorId) => talk.set(id, (talk.get(id) ?? 0) + 1);
  if (selected !== null) {
    for (const i of bySpeaker.get(selected) ?? []) {
      for (const m of new Set((quotes[i] as Quote).mentions)) if (m !== selected) add(m);
    }
    for (const i of byMention.get(selected) ?? []) {
      const speaker = (quotes[i] as Quote).speakerId;
      if (speaker !== selected) add(speaker);
    }
  }
  const talkers = [...talk.entries()]
    .filter(([id]) => bySpeaker.has(id))
    .sort(byCountThenId)
    .map(([id]) => id);
  const rows = new Set<ActorId>(selected === null ? [] : [selected]);
  for (const list of [talkers, data.speakersByCount]) {
    for (const id of list) {
      if (rows.size >= limit) return [...rows];
      rows.add(id);
    }
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
