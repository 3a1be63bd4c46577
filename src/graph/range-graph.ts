import { edgeIdOf, type EdgeId } from '../corpus/edge-id.ts';
import type { SlimArticle } from '../corpus/slim-corpus.ts';
import type { Actor, ArticleId, Quote, QuoteId } from '../corpus/schema.ts';
import type { StatementRef } from '../corpus/statements.ts';
import type { QuoteFilters } from '../corpus/filter-quotes.ts';
import {
  actorPairs,
  countingOrder,
  graphNodes,
  type ActorGraph,
  type GraphEdge,
} from './build-actor-graph.ts';

/**
 * What a date range needs to cut a graph out of the quotes of one outlet and kind, without
 * filtering, folding and grouping every quote again: the timeline's brush moves the range
 * many times a second, and at 100,000 quotes a rebuild is ~80 ms of main thread per step.
 *
 * Built once per (quotes, outlet, kind, counting): the candidates (quotes of that outlet and
 * kind whose article is known), each one's day and speaker, the reports of each folded
 * statement in first-seen order, and the graph of every candidate, whose edges hold their quotes newest
 * first. A range then keeps a run of each edge's quotes (binary search on the days) and drops
 * reports whose statement has an earlier report in the range.
 */
export interface RangeIndex {
  readonly actors: readonly Actor[];
  /** Quotes of the outlet and kind with a known article, in corpus order. */
  readonly candidates: readonly Quote[];
  /** Distinct article dates of the candidates, ascending. */
  readonly days: readonly string[];
  /** Per candidate: index into `days`, or -1 when its article is undated. */
  readonly dayOf: Int32Array;
  /** Actor id → index in `actors` (its first actor). */
  readonly actorIndex: ReadonlyMap<string, number>;
  /** Per candidate: index of its speaker in `actors` (first of an id), or -1. */
  readonly speakerOf: Int32Array;
  /** Per candidate: 1 when it is one of two or more candidates reporting a folded statement. */
  readonly inGroup: Uint8Array;
  /** Those statements' reports, first seen first: `groupItems[start[g]..start[g+1]]`. */
  readonly groupStart: Int32Array;
  readonly groupItems: Int32Array;
  /** The edges of every candidate's graph, in (source, target) order: ids and actor indices. */
  readonly edgeIds: readonly EdgeId[];
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  /** Per edge: its candidates newest first, undated last, `edgeItems[start[e]..start[e+1]]`. */
  readonly edgeStart: Int32Array;
  readonly edgeItems: Int32Array;
  /** Per edge: where its undated candidates begin. */
  readonly edgeUndated: Int32Array;
}

/** Where the candidates of a range are: their article dates. */
export type RangeArticles = ReadonlyMap<ArticleId, Pick<SlimArticle, 'date' | 'outlet'>>;

/**
 * Indexes `quotes` for `rangeSelection` under the outlet and kind of `filters` (its dates are
 * ignored). With `statementsByQuote` the graphs count distinct statements (the first report of
 * each folded statement within the range), as `distinctStatements` does; with null, every
 * report. Pure: reads its arguments, never mutates them. O(quotes + mentions), about one graph
 * build.
 */
export function buildRangeIndex(
  actors: readonly Actor[],
  quotes: readonly Quote[],
  articlesById: RangeArticles,
  filters: Pick<QuoteFilters, 'outlet' | 'kind'>,
  statementsByQuote: ReadonlyMap<QuoteId, StatementRef> | null,
): RangeIndex {
  const steps = rangeIndexSteps(actors, quotes, articlesById, filters, statementsByQuote);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Items handled between two yields of `rangeIndexSteps`: a few milliseconds of work. */
const ITEMS_PER_STEP = 20_000;

/**
 * `buildRangeIndex` in steps: yields every few milliseconds of work (one grouping of every
 * candidate's links, ~20–50 ms at 100,000 quotes, is the longest) and returns the same index,
 * so a caller can build it over several tasks. Pure.
 */
export function* rangeIndexSteps(
  actors: readonly Actor[],
  quotes: readonly Quote[],
  articlesById: RangeArticles,
  filters: Pick<QuoteFilters, 'outlet' | 'kind'>,
  statementsByQuote: ReadonlyMap<QuoteId, StatementRef> | null,
): Generator<void, RangeIndex, void> {
  const { outlet, kind } = filters;
  let budget = ITEMS_PER_STEP;
  const spent = () => --budget === 0 && (budget = ITEMS_PER_STEP) > 0;
  const candidates: Quote[] = [];
  const dates: (string | null)[] = [];
  for (const quote of quotes) {
    if (kind !== null && quote.kind !== kind) continue;
    const article = articlesById.get(quote.articleId);
    if (!article || (outlet !== null && article.outlet !== outlet)) continue;
    candidates.push(quote);
    dates.push(article.date);
    if (spent()) yield;
  }
  const days = [...new Set(dates.filter((d): d is string => d !== null))].sort();
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const count = candidates.length;
  const dayOf = new Int32Array(count);
  const actorAt = new Map<string, number>();
  actors.forEach((a, i) => {
    if (!actorAt.has(a.id)) actorAt.set(a.id, i);
  });
  const speakerOf = new Int32Array(count);
  for (let j = 0; j < count; j++) {
    const date = dates[j] ?? null;
    dayOf[j] = date === null ? -1 : (dayIndex.get(date) as number);
    speakerOf[j] = actorAt.get((candidates[j] as Quote).speakerId) ?? -1;
    if (spent()) yield;
  }

  // The reports of each folded statement among the candidates, first seen first: numbered
  // groups, then two stable counting sorts (by rank, then by group).
  const groupOf = new Int32Array(count).fill(-1);
  const rankOf = new Int32Array(count);
  const groupNumbers = new Map<unknown, number>();
  const groupSizes: number[] = [];
  let maxRank = 0;
  if (statementsByQuote && statementsByQuote.size > 0) {
    for (let j = 0; j < count; j++) {
      const ref = statementsByQuote.get((candidates[j] as Quote).id);
      if (!ref) continue;
      let g = groupNumbers.get(ref.statement);
      if (g === undefined) {
        g = groupSizes.length;
        groupNumbers.set(ref.statement, g);
        groupSizes.push(0);
      }
      groupOf[j] = g;
      rankOf[j] = ref.rank;
      groupSizes[g] = (groupSizes[g] as number) + 1;
      maxRank = Math.max(maxRank, ref.rank);
      if (spent()) yield;
    }
  }
  // Only statements with two or more candidates among them need a check.
  const inGroup = new Uint8Array(count);
  const members: number[] = [];
  for (let j = 0; j < count; j++) {
    const g = groupOf[j] as number;
    if (g >= 0 && (groupSizes[g] as number) > 1) {
      inGroup[j] = 1;
      members.push(j);
    }
  }
  yield;
  const memberArray = Int32Array.from(members);
  const ranks = Int32Array.from(members, (j) => rankOf[j] as number);
  const groups = Int32Array.from(members, (j) => groupOf[j] as number);
  const byRank = countingOrder(ranks, null, members.length, maxRank + 1);
  const byGroup = countingOrder(groups, byRank, members.length, groupSizes.length);
  const groupItems = Int32Array.from(byGroup, (m) => memberArray[m] as number);
  const starts: number[] = [];
  for (let k = 0; k < groupItems.length; k++) {
    const g = groups[byGroup[k] as number] as number;
    if (k === 0 || g !== groups[byGroup[k - 1] as number]) starts.push(k);
  }
  starts.push(groupItems.length);
  const groupStart = Int32Array.from(starts);

  // The triples of every candidate's graph order each edge's quotes newest first, undated
  // last, ties in input order: exactly the order the graph of any subset of them has.
  // Newest first is days descending, undated last (key = days.length), ties in corpus order.
  const dayKeys = Int32Array.from(dayOf, (d) => (d < 0 ? days.length : days.length - 1 - d));
  const order = countingOrder(dayKeys, null, count, days.length + 1);
  yield;
  const pairs = actorPairs(actors, candidates, { order });
  yield;
  const edgeIds: EdgeId[] = [];
  const edgeStarts: number[] = [];
  const sources: number[] = [];
  const targets: number[] = [];
  for (let i = 0; i < pairs.count; i++) {
    const s = pairs.source[i] as number;
    const t = pairs.target[i] as number;
    if (i > 0 && s === pairs.source[i - 1] && t === pairs.target[i - 1]) continue;
    edgeStarts.push(i);
    sources.push(s);
    targets.push(t);
    edgeIds.push(edgeIdOf((actors[s] as Actor).id, (actors[t] as Actor).id));
    if (spent()) yield;
  }
  edgeStarts.push(pairs.count);
  const edgeStart = Int32Array.from(edgeStarts);
  const edgeItems = pairs.quote;
  const edgeUndated = new Int32Array(edgeIds.length);
  for (let e = 0; e < edgeIds.length; e++) {
    let k = edgeStart[e] as number;
    const end = edgeStart[e + 1] as number;
    // Undated quotes come last: find where they begin.
    while (k < end && (dayOf[edgeItems[k] as number] as number) >= 0) k++;
    edgeUndated[e] = k;
  }
  return {
    actors,
    actorIndex: actorAt,
    candidates,
    days,
    dayOf,
    speakerOf,
    inGroup,
    groupStart,
    groupItems,
    edgeIds,
    edgeSource: Int32Array.from(sources),
    edgeTarget: Int32Array.from(targets),
    edgeStart,
    edgeItems,
    edgeUndated,
  };
}

/** What a date range keeps: its quotes in corpus order and their graph. */
export interface RangeSelection {
  filtered: readonly Quote[];
  graph: ActorGraph;
}

/**
 * The quotes of `index` within `from`..`to` (inclusive ISO dates, null for open; undated ones
 * only with `includeUndated`) and their graph: the same as `filterQuotes` with those dates,
 * then (when the index counts statements) `distinctStatements`, then `buildActorGraph` with
 * newest-first quotes, as a test checks on random ranges. Pure. O(candidates + kept quotes +
 * edges · log quotes per edge).
 */
export function rangeSelection(
  index: RangeIndex,
  from: string | null,
  to: string | null,
  includeUndated: boolean,
): RangeSelection {
  const { actors, candidates, days, dayOf, speakerOf, inGroup, groupStart, groupItems } = index;
  const lo = from === null ? 0 : lowerBound(days, from);
  const hi = (to === null ? days.length : upperBound(days, to)) - 1;
  const count = candidates.length;
  const inRange = new Uint8Array(count);
  const filtered: Quote[] = [];
  for (let j = 0; j < count; j++) {
    const d = dayOf[j] as number;
    if (d < 0 ? includeUndated : d >= lo && d <= hi) {
      inRange[j] = 1;
      filtered.push(candidates[j] as Quote);
    }
  }
  // Counted: in range, and no earlier report of its statement is (one pass over each folded
  // statement's reports, however many outlets carried it).
  const counted = new Uint8Array(count);
  const quoted = new Int32Array(actors.length);
  const count1 = (j: number) => {
    counted[j] = 1;
    const s = speakerOf[j] as number;
    if (s >= 0) quoted[s] = (quoted[s] as number) + 1;
  };
  for (let j = 0; j < count; j++) if (inRange[j] && !inGroup[j]) count1(j);
  for (let g = 0; g + 1 < groupStart.length; g++) {
    for (let k = groupStart[g] as number; k < (groupStart[g + 1] as number); k++) {
      const j = groupItems[k] as number;
      if (inRange[j]) {
        count1(j);
        break;
      }
    }
  }

  const { edgeIds, edgeSource, edgeTarget, edgeStart, edgeItems, edgeUndated } = index;
  const mentioned = new Int32Array(actors.length);
  const kept: GraphEdge[] = [];
  for (let e = 0; e < edgeIds.length; e++) {
    const start = edgeStart[e] as number;
    const undated = edgeUndated[e] as number;
    // Dated quotes are newest first: the range is the run from the first day <= hi to the
    // first day < lo.
    const runStart = firstAtOrBelow(dayOf, edgeItems, start, undated, hi);
    const runEnd = firstAtOrBelow(dayOf, edgeItems, runStart, undated, lo - 1);
    const quoteIds: QuoteId[] = [];
    for (let k = runStart; k < runEnd; k++) {
      const j = edgeItems[k] as number;
      if (counted[j]) quoteIds.push((candidates[j] as Quote).id);
    }
    if (includeUndated) {
      for (let k = undated; k < (edgeStart[e + 1] as number); k++) {
        const j = edgeItems[k] as number;
        if (counted[j]) quoteIds.push((candidates[j] as Quote).id);
      }
    }
    if (quoteIds.length === 0) continue;
    const t = edgeTarget[e] as number;
    kept.push({
      id: edgeIds[e] as EdgeId,
      source: (actors[edgeSource[e] as number] as Actor).id,
      target: (actors[t] as Actor).id,
      quoteIds,
    });
    // Each quote mentions its target once and has one speaker: a target's mentions are the
    // sum of its incoming edges.
    mentioned[t] = (mentioned[t] as number) + quoteIds.length;
  }

  const nodes = graphNodes(actors, index.actorIndex, quoted, mentioned, false);
  return { filtered, graph: { nodes, edges: kept } };
}

/** First index in sorted `values` whose value is >= `value`. */
function lowerBound(values: readonly string[], value: string): number {
  let a = 0;
  let b = values.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((values[mid] as string) < value) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** First index in sorted `values` whose value is > `value`. */
function upperBound(values: readonly string[], value: string): number {
  let a = 0;
  let b = values.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((values[mid] as string) <= value) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** In `items[a..b)`, days descending: the first position whose day is <= `day` (b if none). */
function firstAtOrBelow(
  dayOf: Int32Array,
  items: Int32Array,
  a: number,
  b: number,
  day: number,
): number {
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((dayOf[items[mid] as number] as number) > day) a = mid + 1;
    else b = mid;
  }
  return a;
}
