import type { RuleId } from './rule.ts';
import {
  type RawAttribution,
  type SentenceInput,
  type SpeakerRef,
  lastContentIndex,
  quoteWordCount,
  quotesIn,
  rangeText,
  wordCount,
} from './sentence.ts';

/** Turning stream ranges into RawAttribution records (direct quotes and reported clauses). */

export function buildIndirect(
  s: SentenceInput,
  clause: [number, number],
  cue: [number, number] | null,
  speaker: SpeakerRef,
  rule: RuleId,
  extra: [number, number] | null = null,
  minWords = 3,
): RawAttribution | null {
  const [a, b0] = clause;
  const b = lastContentIndex(s, b0);
  if (b - a < 1 || wordCount(s.stream, a, b, s.spans, s.text) < minWords) return null;
  const range = rangeText(s, a, b);
  if (!range) return null;
  const parts: [number, number][] = [range];
  let end = range[1];
  if (extra) {
    const eb = lastContentIndex(s, extra[1]);
    const r2 = rangeText(s, extra[0], eb);
    if (r2) {
      parts.push(r2);
      end = r2[1];
    }
  }
  const quotes = [...quotesIn(s, a, b), ...(extra ? quotesIn(s, extra[0], extra[1]) : [])];
  // Scare quotes (one or two words) do not make reported speech mixed.
  const quoted = quotes.some((q) => quoteWordCount(s.spans[q], s.text) >= 3);
  return {
    kind: quoted ? 'mixed' : 'indirect',
    start: range[0],
    end,
    parts,
    cue,
    speaker,
    rule,
    quotes,
  };
}

export function directFromSpan(
  s: SentenceInput,
  qi: number,
  speaker: SpeakerRef,
  cue: [number, number] | null,
  rule: RuleId,
): RawAttribution {
  const t = s.stream[qi];
  const span = s.spans[t?.quote ?? -1];
  return {
    kind: 'direct',
    start: span?.start ?? t?.start ?? 0,
    end: span?.end ?? t?.end ?? 0,
    parts: span ? span.parts.map(([a, b]) => [a, b] as [number, number]) : [],
    cue,
    speaker,
    rule,
    quotes: t ? [t.quote] : [],
  };
}
