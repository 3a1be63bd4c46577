import type { QuoteSpan } from '../find-direct-quotes.ts';
import { ABBREVIATIONS } from '../lexicon.ts';
import type { StreamToken } from '../segment.ts';
import { isCapitalized } from '../tokenize.ts';
import type { RuleId } from './rule.ts';

/**
 * One sentence of the token stream as the attribution rules see it (SentenceInput), what they
 * return (RawAttribution), and small pure helpers over its tokens shared by every rule.
 */

export interface NpRange {
  /** Stream indices [from, to). */
  from: number;
  to: number;
}

export type SpeakerRef =
  { type: 'np'; np: NpRange; apposition: NpRange | null } | { type: 'continuation' };

export interface RawAttribution {
  kind: 'direct' | 'indirect' | 'mixed';
  /** Offsets of the statement in the article text. */
  start: number;
  end: number;
  /** Text ranges that make up the statement's words. */
  parts: [number, number][];
  cue: [number, number] | null;
  speaker: SpeakerRef;
  /** Which rule fired (registered in ./attribution/registry.ts; written into the quote). */
  rule: RuleId;
  /** Quote spans this statement consumed. */
  quotes: number[];
}

export interface SentenceInput {
  stream: readonly StreamToken[];
  from: number;
  to: number;
  spans: readonly QuoteSpan[];
  text: string;
  /** True when the stream range [from, to) can name a speaker (person, body, pronoun, source…). */
  isSpeaker: (np: NpRange) => boolean;
}

export const isWord = (t: StreamToken | undefined): t is StreamToken => !!t && t.kind === 'word';

export const isPunct = (t: StreamToken | undefined, chars = ',;:.!?()—–…'): boolean =>
  !!t && t.kind === 'punct' && chars.includes(t.text);

export function wordCount(
  stream: readonly StreamToken[],
  from: number,
  to: number,
  spans: readonly QuoteSpan[],
  text: string,
): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const t = stream[i];
    if (!t) continue;
    if (t.kind === 'word') n += 1;
    else if (t.kind === 'quote') n += quoteWordCount(spans[t.quote], text);
  }
  return n;
}

export const wordCounts = new WeakMap<QuoteSpan, number>();

/** Words inside a quote span (memoised per span object). */
export function quoteWordCount(span: QuoteSpan | undefined, text: string): number {
  if (!span) return 0;
  const cached = wordCounts.get(span);
  if (cached !== undefined) return cached;
  const n = countWords(span, text);
  wordCounts.set(span, n);
  return n;
}

export function countWords(span: QuoteSpan, text: string): number {
  let n = 0;
  for (const [a, b] of span.parts) {
    let inWord = false;
    for (let i = a; i < b; i += 1) {
      const c = text.charCodeAt(i);
      const word =
        (c >= 48 && c <= 57) ||
        (c >= 65 && c <= 90) ||
        (c >= 97 && c <= 122) ||
        (c >= 0xc0 &&
          c !== 0x2019 &&
          c !== 0x2018 &&
          c !== 0x201c &&
          c !== 0x201d &&
          c !== 0x2014 &&
          c !== 0x2013 &&
          c !== 0x2026 &&
          c !== 0xa0 &&
          /[\p{L}\p{N}]/u.test(text.charAt(i)));
      if (word && !inWord) n += 1;
      inWord = word;
    }
  }
  return n;
}

export const NOUN_DETERMINERS = new Set(
  'the a an its their his her our your my these those this that such any no'.split(' '),
);

/**
 * "Moscow's demands", "the claims": a cue word used as a noun after a possessive or determiner;
 * "the United States": a capitalised one after a capitalised word, part of a name.
 */
export function nounUse(s: SentenceInput, v: number): boolean {
  const prev = s.stream[v - 1];
  const cur = s.stream[v];
  if (!prev) return false;
  if (prev.kind === 'poss' || (prev.kind === 'word' && NOUN_DETERMINERS.has(prev.key))) return true;
  return prev.kind === 'word' && !!cur && isCapitalized(cur.text) && isCapitalized(prev.text);
}

/** "Jan." / "Gen.": a dot glued to an abbreviation does not end the clause. */
export function abbreviationDot(s: SentenceInput, i: number): boolean {
  const t = s.stream[i];
  const prev = s.stream[i - 1];
  return (
    !!t &&
    t.text === '.' &&
    !!prev &&
    prev.kind === 'word' &&
    prev.end === t.start &&
    (ABBREVIATIONS.has(prev.key) || /^\p{Lu}$/u.test(prev.text))
  );
}

export function quoteEndsWithComma(s: SentenceInput, i: number): boolean {
  const span = s.spans[s.stream[i]?.quote ?? -1];
  const last = span?.parts[span.parts.length - 1];
  return !!last && /,\s*$/.test(s.text.slice(Math.max(last[0], last[1] - 3), last[1]));
}

export const titleCases = new WeakMap<QuoteSpan, boolean>();

/** Mostly capitalised words: a title or a name in quotes, not a statement (memoised per span). */
export function isTitleCase(span: QuoteSpan, text: string): boolean {
  let v = titleCases.get(span);
  if (v === undefined) {
    v = computeTitleCase(span, text);
    titleCases.set(span, v);
  }
  return v;
}

export function computeTitleCase(span: QuoteSpan, text: string): boolean {
  // Words ending in sentence punctuation or a comma are a statement, whatever their case.
  const first = span.parts[0]?.[0] ?? 0;
  let e = span.parts[span.parts.length - 1]?.[1] ?? 0;
  while (e > first && /\s/.test(text.charAt(e - 1))) e -= 1;
  if (e > first && '.!?,'.includes(text.charAt(e - 1))) return false;
  const words = span.parts.flatMap(
    ([a, b]) => text.slice(a, b).match(/[\p{L}][\p{L}'’-]*/gu) ?? [],
  );
  const content = words.filter((w) => w.length > 3);
  if (content.length === 0) return false;
  return (
    content.filter((w) => isCapitalized(w)).length / content.length > 0.7 &&
    !/[.!?,]\s*$/.test(
      text.slice(span.parts[0]?.[0] ?? 0, span.parts[span.parts.length - 1]?.[1] ?? 0),
    )
  );
}

/** Start of the reported clause: skips a dateline ("ROME (Sputnik) - ", "MOSCOW, Oct 31 (Reuters) —"). */
export function clauseStart(s: SentenceInput): number {
  const { stream, from, to } = s;
  const first = stream[from];
  if (
    first &&
    first.kind === 'word' &&
    first.text.length > 1 &&
    !(first.text.charCodeAt(1) >= 97 && first.text.charCodeAt(1) <= 122) &&
    first.text === first.text.toUpperCase() &&
    /\p{L}/u.test(first.text)
  ) {
    for (let k = from + 1; k < Math.min(to, from + 12); k += 1) {
      if (stream[k]?.kind === 'punct' && /^[—–]$/.test(stream[k]?.text ?? '')) return k + 1;
    }
  }
  return from;
}

export function lastContentIndex(s: SentenceInput, end: number): number {
  let e = end;
  while (e > s.from && isPunct(s.stream[e - 1], ',;:.!?—–…')) e -= 1;
  return e;
}

export function rangeText(s: SentenceInput, a: number, b: number): [number, number] | null {
  const first = s.stream[a];
  const last = s.stream[b - 1];
  if (!first || !last || b <= a) return null;
  return [first.start, last.end];
}

export function quotesIn(s: SentenceInput, a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i += 1) {
    const t = s.stream[i];
    if (t?.kind === 'quote') out.push(t.quote);
  }
  return out;
}

export function cueRange(s: SentenceInput, v: number, objectEnd: number): [number, number] {
  const a = s.stream[v];
  const b = s.stream[Math.max(v, objectEnd - 1)];
  let start = a?.start ?? 0;
  // Keep a perfect auxiliary ("has said", "had told") as written.
  const aux = s.stream[v - 1];
  if (aux && /^(?:has|have|had)$/.test(aux.key)) start = aux.start;
  return [start, b?.end ?? a?.end ?? 0];
}
