import { EMBEDDED_QUOTE_CUES, PARTICIPLE_CUES, STATEMENT_NOUNS } from '../lexicon.ts';
import { buildIndirect, directFromSpan } from './build-statement.ts';
import { attributionAfter, attributionBefore } from './direct-attribution.ts';
import {
  type RawAttribution,
  type SentenceInput,
  clauseStart,
  isPunct,
  isTitleCase,
  lastContentIndex,
  quoteWordCount,
} from './sentence.ts';

/**
 * The direct-quote sieve: each quoted passage that stands on its own in the sentence, with its
 * attribution after it (quote-then-speaker), before it (speaker-then-quote) or in a neighbouring
 * sentence (continuation), tried in that order per quote. Any find claims the sentence: the rest
 * of it is attribution, so the reported-speech sieves do not run (see ./registry.ts).
 */
export function directQuotes(s: SentenceInput): RawAttribution[] {
  const { stream, from, to, spans, text } = s;
  const out: RawAttribution[] = [];
  const first = clauseStart(s);
  // The first and last non-punctuation tokens tell, for every quote at once, whether only
  // punctuation precedes it in the clause or follows it in the sentence (one pass, not one per quote).
  const last = Math.min(to, stream.length);
  let firstContent = first;
  while (firstContent < last && stream[firstContent]?.kind === 'punct') firstContent += 1;
  let lastContent = last - 1;
  while (lastContent >= from && stream[lastContent]?.kind === 'punct') lastContent -= 1;
  for (let i = from; i < to; i += 1) {
    const t = stream[i];
    if (!t || t.kind !== 'quote') continue;
    const span = spans[t.quote];
    if (!span) continue;
    const words = quoteWordCount(span, text);
    if (words === 0) continue;
    const prev = stream[i - 1];
    const atStart = i === first || (i > first && firstContent >= i);
    const after = attributionAfter(s, i);
    const before = after ? null : attributionBefore(s, i);
    const endsHere = i === to - 1 || lastContent <= i;
    if (after && (atStart || isPunct(prev, ',:.;—–') || prev?.kind === 'quote' || !prev)) {
      out.push(directFromSpan(s, i, after.speaker, after.cue, 'quote-then-speaker'));
      const added = addedClause(s, after.cue[1], after.speaker);
      if (added) out.push(added);
    } else if (before && (endsHere || isPunct(stream[i + 1], ',;:—–'))) {
      out.push(directFromSpan(s, i, before.speaker, before.cue, 'speaker-then-quote'));
    } else if (
      atStart &&
      (endsHere || words >= 3) &&
      !isTitleCase(span, text) &&
      (words >= 3 || span.closed)
    ) {
      out.push(directFromSpan(s, i, { type: 'continuation' }, null, 'continuation'));
    }
  }
  return out;
}

/**
 * '"…," Novak said, adding that the vote would come next week.': the participle after a quote's
 * attribution reports a clause of its own, by the same speaker (the quote alone would lose it).
 * Only at the end of the sentence: from the participle (and its "that") to the last word, with
 * no other quote in it. Null when the attribution is followed by anything else.
 */
function addedClause(
  s: SentenceInput,
  cueEnd: number,
  speaker: RawAttribution['speaker'],
): RawAttribution | null {
  const { stream, to } = s;
  let m = s.from;
  while (m < to && (stream[m]?.start ?? 0) < cueEnd) m += 1;
  if (speaker.type === 'np') m = Math.max(m, speaker.np.to, speaker.apposition?.to ?? 0);
  if (!isPunct(stream[m], ',')) return null;
  const cue = stream[m + 1];
  if (!cue || cue.kind !== 'word' || !PARTICIPLE_CUES.has(cue.key) || cue.key === 'citing')
    return null;
  const from = stream[m + 2]?.key === 'that' ? m + 3 : m + 2;
  // 'adding that it would take "more hours" before …': quoted words inside the added clause
  // make it one mixed statement, also when the quote opens it ('adding that "…"'); without
  // "that" (', adding: "…"', ', adding "…"') the quote is a direct statement of its own.
  if (stream[m + 2]?.key !== 'that')
    for (let k = from; k < to; k += 1) if (stream[k]?.kind === 'quote') return null;
  // 'adding that "…"' with nothing after the quote: the added words are a direct quote.
  if (stream[from]?.kind === 'quote' && lastContentIndex(s, to) === from + 1)
    return directFromSpan(s, from, speaker, [cue.start, cue.end], 'participle');
  return buildIndirect(s, [from, to], [cue.start, cue.end], speaker, 'participle');
}

/**
 * Quoted passages of five words or more that no earlier sieve used, in a sentence without a
 * standalone direct quote: someone's words even when the sentence names nobody.
 */
export function embeddedUnattributed(
  s: SentenceInput,
  earlier: readonly RawAttribution[],
): RawAttribution[] {
  const { stream, from, to, spans, text } = s;
  const out: RawAttribution[] = [];
  let used: Set<number> | null = null;
  // Whether the sentence reports speech: read once, for its first candidate quote.
  let speaks: boolean | null = null;
  for (let i = from; i < to; i += 1) {
    const t = stream[i];
    if (!t || t.kind !== 'quote') continue;
    used ??= new Set(earlier.flatMap((o) => o.quotes));
    if (used.has(t.quote)) continue;
    const span = spans[t.quote];
    if (!span || quoteWordCount(span, text) < 5 || isTitleCase(span, text)) continue;
    // 'a book titled "…"', 'known as "…"', 'the "…"': quotes that a function word or a naming
    // word brings into the writer's own sentence are names and scare quotes, not reports.
    const prev = stream[i - 1];
    if (prev && prev.kind === 'word' && QUOTE_INTRODUCERS.has(prev.key)) continue;
    // With no word of speech anywhere in the sentence, the quote is a title, a chant, a
    // document's wording or a scare phrase (on PolNeAR dev two in three of these were).
    if (!isPunct(prev, ':') && !(speaks ??= speaksInSentence(s))) continue;
    out.push(directFromSpan(s, i, { type: 'continuation' }, null, 'embedded-unattributed'));
  }
  return out;
}

/**
 * Whether a word of the sentence (outside its quotes) reports speech: a cue (EMBEDDED_QUOTE_CUES)
 * or a noun of statements ("the words", "her remarks").
 */
function speaksInSentence(s: SentenceInput): boolean {
  for (let i = s.from; i < s.to; i += 1) {
    const t = s.stream[i];
    if (t?.kind === 'word' && (EMBEDDED_QUOTE_CUES.has(t.key) || STATEMENT_NOUNS.has(t.key)))
      return true;
  }
  return false;
}

/**
 * Words after which an unattributed quote is named or mentioned, not reported ("into" and
 * "from" bring in a place or a source: 'into "a living room in …"', 'from "the drug trade …"').
 */
const QUOTE_INTRODUCERS = new Set(
  'a an the of as and for like titled entitled when because into from'.split(' '),
);
