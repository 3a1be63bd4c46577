import { CUE_VERBS, PARTICIPLE_CUES } from '../lexicon.ts';
import type { StreamToken } from '../segment.ts';

/**
 * Features of one candidate end of a reported clause, for the learned clause-end model.
 * A candidate `e` is a boundary in the token stream: the clause is the tokens [start, e).
 * Only the stream is read (no offsets into other structures), so training (scripts/train) and
 * run time (ingest) see exactly the same features.
 */

/** The word as the model sees it: quote tokens are `"Q"`, punctuation its character. */
export function tokenForm(t: StreamToken | undefined): string {
  if (!t) return '</s>';
  if (t.kind === 'quote') return '"Q"';
  if (t.kind === 'punct') return t.text;
  return t.key;
}

/** Orthographic shape: `Xx`, `x`, `X`, `d`, `p` (punctuation), `q` (quote), `-` (none). */
export function tokenShape(t: StreamToken | undefined): string {
  if (!t) return '-';
  if (t.kind === 'quote') return 'q';
  if (t.kind === 'punct') return 'p';
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'd';
  const first = t.text.charAt(0);
  if (first !== first.toLowerCase()) return t.text === t.text.toUpperCase() ? 'X' : 'Xx';
  return 'x';
}

function lexClass(t: StreamToken | undefined): string {
  if (!t || t.kind !== 'word') return '';
  if (PARTICIPLE_CUES.has(t.key)) return 'pcue';
  if (CUE_VERBS.has(t.key)) return 'cue';
  if (t.key.length > 4 && t.key.endsWith('ing')) return 'ing';
  if (t.key.length > 3 && t.key.endsWith('ed')) return 'ed';
  return '';
}

function bucket(n: number): string {
  if (n <= 4) return String(n);
  if (n <= 6) return '5-6';
  if (n <= 9) return '7-9';
  if (n <= 14) return '10-14';
  if (n <= 20) return '15-20';
  if (n <= 30) return '21-30';
  return '31+';
}

export interface ClauseContext {
  stream: readonly StreamToken[];
  /** Sentence range [from, to) in the stream. */
  from: number;
  to: number;
  /** First token of the clause (after any "that"). */
  start: number;
  /** The cue's first stream token, or -1. */
  cue: number;
  /** The end the rules chose (a candidate boundary), or -1. */
  ruleEnd: number;
  /** The rule that found the clause. */
  rule: string;
}

/**
 * Feature strings of the boundary `e` (start < e ≤ to). Pure; a fresh array per call. Running
 * counts (commas, dashes) and `tail` (only punctuation follows: the sentence's end) are passed
 * in so a left-to-right scan over all candidates stays linear.
 */
export function boundaryFeatures(
  ctx: ClauseContext,
  e: number,
  commasBefore: number,
  dashesBefore: number,
  tail: boolean,
): string[] {
  const { stream, to, start, cue, ruleEnd, rule } = ctx;
  const prev = stream[e - 1];
  const next = e < to ? stream[e] : undefined;
  const next2 = e + 1 < to ? stream[e + 1] : undefined;
  const p = tokenForm(prev);
  const n = tokenForm(next);
  const n2 = tokenForm(next2);
  const len = bucket(e - start);
  const left = bucket(to - e);
  const cueForm = cue >= 0 ? tokenForm(stream[cue]) : '-';
  const nl = lexClass(next);
  const n2l = lexClass(next2);
  const f = [
    'b',
    `end=${tail}`,
    `p=${p}`,
    `n=${n}`,
    `n2=${n2}`,
    `pn=${p}|${n}`,
    `nn2=${n}|${n2}`,
    `ps=${tokenShape(prev)}`,
    `ns=${tokenShape(next)}|${tokenShape(next2)}`,
    `nl=${nl}`,
    `nl2=${n}|${n2l}`,
    `len=${len}`,
    `left=${left}`,
    `end|len=${tail}|${len}`,
    `c=${bucket(commasBefore)}|${n}`,
    `d=${dashesBefore % 2}|${n}`,
    `cue|end=${cueForm}|${tail}`,
    `cue|n=${cueForm}|${n}`,
  ];
  if (next && next.kind === 'word' && next.key.length > 3) f.push(`nsuf=${next.key.slice(-3)}`);
  // Where the rules put the end: the model learns when their evidence outweighs it.
  const r = ruleEnd < 0 ? 'none' : e === ruleEnd ? 'at' : e < ruleEnd ? 'before' : 'after';
  f.push(`r=${r}`, `r|n=${r}|${n}`, `r|p=${r}|${p}`, `r|rule=${r}|${rule}`, `r|len=${r}|${len}`);
  return f;
}
