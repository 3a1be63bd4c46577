import { leadingAccordingTo } from './attribution/according-to.ts';
import { directFromSpan } from './attribution/build-statement.ts';
import { attributionAfter, attributionBefore } from './attribution/direct-attribution.ts';
import { nominalReports } from './attribution/nominal-report.ts';
import { reportedQuestions } from './attribution/reported-question.ts';
import {
  type RawAttribution,
  type SentenceInput,
  clauseStart,
  isPunct,
  isTitleCase,
  quoteWordCount,
} from './attribution/sentence.ts';
import { subjectVerbClause } from './attribution/subject-verb-clause.ts';
import { trailingAttribution } from './attribution/trailing-attribution.ts';
import { TRIGGER_WORDS } from './clause-lexicon.ts';

/**
 * Finds the statements of one sentence and how they are attributed: direct quotes (with the
 * attribution after, before, or in a neighbouring sentence), reported speech ("X said that …",
 * "…, X said", "according to X, …", "X accused Y of …", "X pledged not to …",
 * "X's statement that …") and mixed speech (a reported clause containing quoted words).
 * Pure: speakers are returned as noun-phrase ranges for the resolver.
 *
 * Conventions (written down once, with an example each, in docs/extractor.md):
 * - a quote interrupted by its attribution is two quotes; a quote running over paragraphs is one;
 * - a reported clause containing quoted words is ONE mixed quote;
 * - scare quotes (one or two words inside a sentence) are never statements on their own;
 * - "…, he said, noting …": the statement is the clause before the attribution.
 */

/**
 * All statements in one sentence. Direct quotes first; when the sentence holds a standalone
 * direct quote the rest of it is attribution, so reported-speech rules only run otherwise
 * (nominal reports "X's statement that …" always run).
 */
export function attributeSentence(s: SentenceInput): RawAttribution[] {
  const { stream, from, to, spans, text } = s;
  const out: RawAttribution[] = [];
  // Every rule needs a quote or one of these words: most sentences are dismissed in one pass.
  let candidate = false;
  for (let i = from; i < to && !candidate; i += 1) {
    const t = stream[i];
    candidate = !!t && (t.kind === 'quote' || (t.kind === 'word' && TRIGGER_WORDS.has(t.key)));
  }
  if (!candidate) return out;
  let standalone = false;
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
      standalone = true;
    } else if (before && (endsHere || isPunct(stream[i + 1], ',;:—–'))) {
      out.push(directFromSpan(s, i, before.speaker, before.cue, 'speaker-then-quote'));
      standalone = true;
    } else if (atStart && (endsHere || words >= 3) && !isTitleCase(span, text)) {
      if (words >= 3 || span.closed) {
        out.push(directFromSpan(s, i, { type: 'continuation' }, null, 'continuation'));
        standalone = true;
      }
    }
  }
  if (!standalone) {
    const trailingAll = trailingAttribution(s);
    const trailing = trailingAll?.[0];
    if (trailingAll && trailing && trailingAll.length > 1) out.push(...trailingAll);
    else if (trailing) {
      // "Erdogan told his counterpart that …, his office said": the words are the inner subject's.
      let cut = from;
      while (cut < to && (stream[cut]?.start ?? 0) < trailing.end) cut += 1;
      const inner = subjectVerbClause({ ...s, to: cut })[0];
      // Only a speaker the resolver can name: "Most participants agreed that …, the minister added".
      const innerNp = inner?.speaker.type === 'np' ? inner.speaker.np : null;
      const innerSpeaker = innerNp && s.isSpeaker(innerNp) ? innerNp.from : -1;
      const reportedBy = trailing.cue ? !/^according/i.test(text.slice(...trailing.cue)) : false;
      out.push(inner && reportedBy && innerSpeaker === clauseStart(s) ? inner : trailing);
    } else {
      const q = leadingAccordingTo(s);
      if (q) out.push(q);
      else out.push(...subjectVerbClause(s));
    }
    // Long quoted passages inside an unattributed sentence are still someone's words.
    let used: Set<number> | null = null;
    for (let i = from; i < to; i += 1) {
      const t = stream[i];
      if (!t || t.kind !== 'quote') continue;
      used ??= new Set(out.flatMap((o) => o.quotes));
      if (used.has(t.quote)) continue;
      const span = spans[t.quote];
      if (!span || quoteWordCount(span, text) < 5 || isTitleCase(span, text)) continue;
      out.push(directFromSpan(s, i, { type: 'continuation' }, null, 'embedded-unattributed'));
    }
  }
  for (const n of nominalReports(s)) {
    if (!out.some((o) => o.start <= n.start && n.end <= o.end)) out.push(n);
  }
  for (const n of reportedQuestions(s)) {
    if (!out.some((o) => o.start < n.end && n.start < o.end)) out.push(n);
  }
  return out.sort((a, b) => a.start - b.start);
}
