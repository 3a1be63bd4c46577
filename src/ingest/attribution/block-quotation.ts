import type { QuoteSpan } from '../find-direct-quotes.ts';
import { attributionBefore } from './direct-attribution.ts';
import { type SentenceInput, type SpeakerRef, isPunct } from './sentence.ts';

/**
 * Block quotations whose quote marks the page dropped: a paragraph that ends "X added:" or
 * "X wrote in a statement:" introduces the next paragraph as X's words, set off by layout
 * instead of marks. News copy does this with long excerpts of speeches, posts and statements.
 */

/** Words after which the colon opens a list or a summary, not somebody's words. */
const LIST_WORDS = new Set(['following', 'follows', 'include', 'includes', 'including']);

/** A list item or a dateline-like stub, never a block quotation. */
const LIST_ITEM = /^(?:[-•*–—▪·]|\d+[.):]|\(?[a-z]\)|[ivx]+\.)\s/i;

/** Fewer words than this is a heading, a label or a list entry. */
const MIN_BLOCK_WORDS = 6;

/**
 * The attribution that a sentence ending in a colon gives to a block quotation after it:
 * "<speaker> <cue> [short adjunct]:" with a cue verb and a speaker phrase, the same shape as
 * `X said: "…"` without the quote. Null when the sentence does not end in a colon, when no
 * cue verb or speaker is found, or when a list word ("the following:", "as follows:") shows
 * that a list comes next. Pure; reads only the sentence's tokens.
 */
export function blockIntroduction(
  s: SentenceInput,
): { speaker: Extract<SpeakerRef, { type: 'np' }>; cue: [number, number] } | null {
  if (s.to - s.from < 3 || !isPunct(s.stream[s.to - 1], ':')) return null;
  for (let i = s.from; i < s.to; i += 1) {
    const t = s.stream[i];
    if (t?.kind === 'word' && LIST_WORDS.has(t.key)) return null;
  }
  const found = attributionBefore(s, s.to);
  if (!found || !found.cue || found.speaker.type !== 'np') return null;
  return { speaker: found.speaker, cue: found.cue };
}

/**
 * True when the paragraph [start, end) of `text` reads as a block quotation: no quote mark of
 * its own (a quoted paragraph is attributed by the direct-quote rules), not a list item, at
 * least a short sentence long, and ending like prose. `spans` are the article's quote spans in
 * text order. Pure.
 */
export function isBlockParagraph(
  text: string,
  start: number,
  end: number,
  spans: readonly QuoteSpan[],
): boolean {
  const para = text.slice(start, end);
  if (LIST_ITEM.test(para) || !/[.!?…][)\]’”'"]?$/.test(para)) return false;
  if (para.split(/\s+/).length < MIN_BLOCK_WORDS) return false;
  return !spans.some((q) => q.start < end && q.end > start);
}
