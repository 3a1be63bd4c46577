import clauseEndFile from '../../../data/models/clause-end.json';
import {
  quoteWordCount,
  type RawAttribution,
  type SentenceInput,
} from '../attribution/sentence.ts';
import type { RuleId } from '../attribution/rule.ts';
import { loadClauseEndModel, predictClauseEnd, type ClauseEndModel } from './clause-end-model.ts';
import type { ClauseContext } from './clause-features.ts';

/**
 * Where the reported clause after a cue ends ("X said the plan failed, challenging …"): the
 * rules find the cue, the start and a first end; the learned clause-end model
 * (data/models/clause-end.json) re-chooses the end, with the rules' end as one of its features.
 * Pure apart from the optional training observer; never mutates its input.
 */

/** Rules whose statement follows its cue in the same sentence. */
const CUE_FIRST_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'speaker-verb-clause',
  'speech-act-object',
  'participle',
  'quoted-as',
  'according-to',
]);

/** One clause the model is asked about: its context, the furthest end allowed, the text. */
export interface ObservedClause {
  ctx: ClauseContext;
  limit: number;
  text: string;
}

let bundled: ClauseEndModel | null = null;
let observer: ((clause: ObservedClause) => void) | null = null;

/** The committed model, parsed once. */
export function bundledClauseEndModel(): ClauseEndModel {
  bundled ??= loadClauseEndModel(clauseEndFile);
  return bundled;
}

/**
 * Training hook (scripts/train only): `fn` sees every clause the model is asked about, in
 * ingest order; null removes it. Ingest output does not depend on it.
 */
export function observeClauses(fn: ((clause: ObservedClause) => void) | null): void {
  observer = fn;
}

/** The model's question for `raw`, or null when the raw is not a cue-first reported clause. */
function clauseOf(
  s: SentenceInput,
  raw: RawAttribution,
  next: RawAttribution | undefined,
): { ctx: ClauseContext; limit: number } | null {
  const { stream, from, to } = s;
  if (
    raw.kind === 'direct' ||
    !CUE_FIRST_RULES.has(raw.rule) ||
    raw.parts.length !== 1 ||
    !raw.cue ||
    raw.cue[1] > raw.start
  )
    return null;
  let start = from;
  while (start < to && (stream[start]?.start ?? 0) < raw.start) start += 1;
  if (start >= to) return null;
  const cueStart = raw.cue[0];
  let cue = start - 1;
  while (cue >= from && (stream[cue]?.start ?? 0) > cueStart) cue -= 1;
  const clause = stream[start]?.key === 'that' ? start + 1 : start;
  let ruleEnd = clause;
  while (ruleEnd < to && (stream[ruleEnd]?.start ?? 0) < raw.end) ruleEnd += 1;
  while (ruleEnd > clause && stream[ruleEnd - 1]?.kind === 'punct') ruleEnd -= 1;
  const nextStart = next?.start ?? Infinity;
  let limit = clause;
  while (limit < to && (stream[limit]?.start ?? 0) < nextStart) limit += 1;
  return {
    ctx: { stream, from, to, start: clause, cue, ruleEnd, rule: raw.rule },
    limit,
  };
}

/**
 * `raws` (one sentence's attributions, in text order) with the end of each cue-first reported
 * clause chosen by `model`. A clause never grows past the next statement of the sentence.
 * With a null model the rules' ends stay (the observer still sees the clauses).
 */
export function refineClauseEnds(
  s: SentenceInput,
  raws: readonly RawAttribution[],
  model: ClauseEndModel | null,
): RawAttribution[] {
  const { stream, spans, text } = s;
  return raws.map((raw, i) => {
    const q = clauseOf(s, raw, raws[i + 1]);
    if (!q) return raw;
    observer?.({ ...q, text });
    if (!model) return raw;
    const end = predictClauseEnd(model, q.ctx, q.limit);
    const last = stream[end - 1];
    if (end < 0 || end === q.ctx.ruleEnd || !last || last.end === raw.end) return raw;
    const quotes: number[] = [];
    for (let k = q.ctx.start; k < end; k += 1) {
      const t = stream[k];
      if (t?.kind === 'quote') quotes.push(t.quote);
    }
    const quoted = quotes.some((n) => quoteWordCount(spans[n], text) >= 3);
    return {
      ...raw,
      kind: quoted ? 'mixed' : 'indirect',
      end: last.end,
      parts: [[raw.start, last.end]],
      quotes,
    };
  });
}
