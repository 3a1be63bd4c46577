import type { QuoteSpan } from './find-direct-quotes.ts';
import { ABBREVIATIONS, CUE_VERBS } from './lexicon.ts';
import { isCapitalized, type StreamSlots, type Token, type TokenKind } from './tokenize.ts';

/**
 * Turns article tokens into an attribution stream (each quote span collapsed into one `quote`
 * token) and cuts it into sentences, never inside a quote. Pure and linear.
 */

export interface StreamToken {
  kind: TokenKind | 'quote';
  start: number;
  end: number;
  text: string;
  key: string;
  /** Index into the article's token array (first token for a quote token; -1 if none). */
  token: number;
  /** Index into the quote spans for `quote` tokens, else -1. */
  quote: number;
  /** Paragraph of the first and last character. */
  para: number;
  endPara: number;
}

function paragraphOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Collapses tokens inside quote spans into one token per span. Linear: tokens are in text order.
 * Mutates: the other tokens are re-used as stream tokens (their StreamSlots are filled in).
 */
export function buildStream(
  tokens: readonly Token[],
  spans: readonly QuoteSpan[],
  paragraphStarts: readonly number[],
): StreamToken[] {
  const out: StreamToken[] = [];
  let si = 0;
  let para = 0;
  let lastQuote = -1;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (!t) continue;
    while (para + 1 < paragraphStarts.length && (paragraphStarts[para + 1] ?? 0) <= t.start)
      para += 1;
    while (si < spans.length && (spans[si]?.end ?? 0) <= t.start) si += 1;
    const span = spans[si];
    if (span && t.start >= span.start && t.start < span.end) {
      if (lastQuote !== si) {
        lastQuote = si;
        out.push({
          start: span.start,
          end: span.end,
          text: '',
          key: '',
          kind: 'quote',
          token: i,
          quote: si,
          para: paragraphOf(paragraphStarts, span.start),
          endPara: paragraphOf(paragraphStarts, Math.max(span.start, span.end - 1)),
        });
      }
      continue;
    }
    // The token object itself becomes the stream token (its slots are filled here).
    const st = t as Token & StreamSlots;
    st.token = i;
    st.quote = -1;
    st.para = para;
    st.endPara = para;
    out.push(st);
  }
  return out;
}

/** Whether the quoted words end a sentence ("…NATO." or "…NATO".). */
export function quoteEndsSentence(text: string, span: QuoteSpan): boolean {
  const last = span.parts[span.parts.length - 1];
  const inner = last ? text.slice(last[0], last[1]).trimEnd() : '';
  return /[.!?…]$/.test(inner) || /^[.!?]/.test(text.slice(span.end, span.end + 1));
}

function startsAttribution(stream: readonly StreamToken[], i: number): boolean {
  for (let k = i; k < Math.min(stream.length, i + 7); k += 1) {
    const t = stream[k];
    if (!t || t.kind === 'quote') return false;
    if (t.kind === 'punct') return false;
    if (CUE_VERBS.has(t.key)) return endsSoon(stream, k + 1, t.para);
  }
  return false;
}

/**
 * After the cue of `"…." Putin said.`, the sentence ends within a short adjunct ("on Monday",
 * "told reporters in Rome"); `"…." Park said Kim's state is …` goes on: a new sentence.
 */
function endsSoon(stream: readonly StreamToken[], k: number, para: number): boolean {
  for (let m = k; m < Math.min(stream.length, k + 6); m += 1) {
    const t = stream[m];
    if (!t || t.para !== para) return true;
    if (t.kind === 'quote') return false;
    if (t.kind === 'punct') return t.text !== '(';
    if (t.key === 'that') return false;
  }
  return !stream[k + 6] || stream[k + 6]?.para !== para;
}

/** Sentences as [from, to) index ranges into the stream. */
export function splitSentences(
  stream: readonly StreamToken[],
  spans: readonly QuoteSpan[],
  text: string,
): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < stream.length; i += 1) {
    const t = stream[i];
    const next = stream[i + 1];
    if (!t) continue;
    let cut = false;
    if (!next) cut = true;
    else if (next.para !== t.endPara) cut = true;
    else if (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?')) {
      const prev = stream[i - 1];
      const abbrev =
        t.text === '.' &&
        !!prev &&
        prev.end === t.start &&
        (ABBREVIATIONS.has(prev.key) || /^\p{Lu}$/u.test(prev.text));
      // A point with a digit right after it, no space between, is a decimal ("98.33 percent",
      // "$1.5 billion"), never a sentence end.
      const decimal = t.text === '.' && next.start === t.end && /^\d/.test(next.text);
      // "(R-S.C.)", "(D-N.Y.)": a point glued to a single capital and its own point is inside
      // initials (a state in a party label), not the end of "R-S".
      const initials =
        t.text === '.' &&
        next.start === t.end &&
        /^\p{Lu}$/u.test(next.text) &&
        stream[i + 2]?.text === '.' &&
        stream[i + 2]?.start === next.end;
      cut =
        !abbrev &&
        !decimal &&
        !initials &&
        (next.kind === 'quote' || isCapitalized(next.text) || /^\d/.test(next.text));
    } else if (t.kind === 'quote') {
      const span = spans[t.quote];
      if (span && quoteEndsSentence(text, span)) {
        if (next.kind === 'quote') cut = true;
        else if (next.kind === 'word' && isCapitalized(next.text))
          cut = !startsAttribution(stream, i + 1);
      }
      if (next.kind === 'punct' && /[.!?]/.test(next.text)) cut = false;
    }
    if (cut) {
      out.push([from, i + 1]);
      from = i + 1;
    }
  }
  return out;
}
