import { ACCORDING_TO, leadingAccordingTo } from './according-to.ts';
import { relativeAt } from './clause-links.ts';
import { CLAUSE_RESUMED } from './clause-resumed.ts';
import { CLAUSE_THEN_SPEAKER } from './clause-then-speaker.ts';
import { CONTINUATION } from './continuation.ts';
import { directQuotes, embeddedUnattributed } from './direct-quotes.ts';
import { EMBEDDED_UNATTRIBUTED } from './embedded-unattributed.ts';
import { NOMINAL_REPORT, nominalReports } from './nominal-report.ts';
import { PARTICIPLE } from './participle.ts';
import { QUOTE_THEN_SPEAKER } from './quote-then-speaker.ts';
import { QUOTED_AS } from './quoted-as.ts';
import { REPORTED_QUESTION, reportedQuestions } from './reported-question.ts';
import type { AttributionSieve } from './rule.ts';
import { type RawAttribution, type SentenceInput, clauseStart, isPunct } from './sentence.ts';
import { SPEAKER_THEN_QUOTE } from './speaker-then-quote.ts';
import { SPEAKER_VERB_CLAUSE } from './speaker-verb-clause.ts';
import { SPEECH_ACT_OBJECT } from './speech-act-object.ts';
import { subjectVerbClause } from './subject-verb-clause.ts';
import { trailingAttribution } from './trailing-attribution.ts';

/** The sieves of the sentence driver; ./registry.ts puts them in precedence order. */

export const DIRECT_QUOTES: AttributionSieve = {
  id: 'direct-quotes',
  rules: [QUOTE_THEN_SPEAKER, SPEAKER_THEN_QUOTE, CONTINUATION],
  unless: [],
  merge: 'all',
  find: directQuotes,
};

/**
 * "…, X said." One find, or the two halves of a clause split by its cue. "Erdogan told his
 * counterpart that …, his office said": the words are the inner subject's when the resolver
 * names that subject and it opens the sentence.
 */
function trailingReport(s: SentenceInput): RawAttribution[] {
  const { stream, from, to, text } = s;
  const all = trailingAttribution(s);
  const trailing = all?.[0];
  if (!all || !trailing) return [];
  if (all.length > 1) return all;
  let cut = from;
  while (cut < to && (stream[cut]?.start ?? 0) < trailing.end) cut += 1;
  const inner = subjectVerbClause({ ...s, to: cut })[0];
  // Only a speaker the resolver can name: "Most participants agreed that …, the minister added".
  const innerNp = inner?.speaker.type === 'np' ? inner.speaker.np : null;
  const innerSpeaker = innerNp && s.isSpeaker(innerNp) ? innerNp.from : -1;
  const reportedBy = trailing.cue ? !/^according/i.test(text.slice(...trailing.cue)) : false;
  return [inner && reportedBy && innerSpeaker === clauseStart(s) ? inner : trailing];
}

export const TRAILING_ATTRIBUTION: AttributionSieve = {
  id: 'trailing-attribution',
  rules: [CLAUSE_THEN_SPEAKER, CLAUSE_RESUMED],
  unless: ['direct-quotes'],
  merge: 'all',
  find: trailingReport,
};

export const ACCORDING_TO_SIEVE: AttributionSieve = {
  id: 'according-to',
  rules: [ACCORDING_TO],
  unless: ['direct-quotes', 'trailing-attribution'],
  merge: 'all',
  find: (s) => {
    const q = leadingAccordingTo(s);
    return q ? [q] : [];
  },
};

export const SUBJECT_VERB: AttributionSieve = {
  id: 'subject-verb',
  rules: [SPEAKER_VERB_CLAUSE, PARTICIPLE, QUOTED_AS, SPEECH_ACT_OBJECT],
  unless: ['direct-quotes', 'trailing-attribution', 'according-to'],
  merge: 'all',
  find: subjectVerbClause,
};

/**
 * "He said he had not seen the video, and when asked …, he said, 'I hope not.'": the words
 * before a standalone direct quote's attribution may hold a report of their own. The
 * subject-verb rules read that part only (the quote and its attribution stay claimed).
 */
function reportedBeforeQuote(
  s: SentenceInput,
  earlier: readonly RawAttribution[],
): RawAttribution[] {
  const { stream } = s;
  // Without a direct quote the subject-verb sieve has already read the whole sentence.
  if (earlier.length === 0) return [];
  let cut = s.to;
  for (const d of earlier) {
    let i = s.from;
    while (i < cut && (stream[i]?.start ?? 0) < d.start) i += 1;
    cut = Math.min(cut, d.speaker.type === 'np' ? Math.min(i, d.speaker.np.from) : i);
  }
  while (
    cut > s.from &&
    (isPunct(stream[cut - 1], ',;:—–') ||
      /^(?:and|but|then|while)$/.test(stream[cut - 1]?.key ?? ''))
  )
    cut -= 1;
  if (cut - clauseStart(s) < 4) return [];
  return subjectVerbClause({ ...s, to: cut });
}

export const REPORTED_BEFORE_QUOTE: AttributionSieve = {
  id: 'reported-before-quote',
  rules: SUBJECT_VERB.rules,
  unless: ['trailing-attribution', 'according-to', 'subject-verb'],
  merge: 'disjoint',
  find: reportedBeforeQuote,
};

/**
 * '"We show anger," said Ada Stone, who acknowledged that the plan was her fourth choice.': a
 * relative clause on the speaker named after a direct quote may report more of that speaker's
 * words. Only the relative clause is read, and what it reports goes to the quote's speaker.
 */
function reportedAfterQuote(
  s: SentenceInput,
  earlier: readonly RawAttribution[],
): RawAttribution[] {
  const { stream } = s;
  const found: RawAttribution[] = [];
  for (const d of earlier) {
    if (d.kind !== 'direct' || d.rule !== 'quote-then-speaker' || d.speaker.type !== 'np') continue;
    const { np } = d.speaker;
    if ((stream[np.from]?.start ?? 0) < d.end) continue;
    // The relative clause opens at the first ", who" after the name and its aside, if any
    // (not after an object: '"…," Tom told Jan Novak, who …' is about Novak).
    if (!isPunct(stream[np.to], ',')) continue;
    let who = -1;
    for (let k = np.to; k < Math.min(s.to - 2, np.to + 12); k += 1) {
      const t = stream[k];
      if (!t || t.kind === 'quote' || isPunct(t, ';:.!?')) break;
      if (isPunct(t, ',') && stream[k + 1]?.key === 'who') {
        who = k + 1;
        break;
      }
    }
    if (who < 0) continue;
    // Only the relative clause's own cue ("who said", "who has long argued"): the main verb
    // after it ('"…," Ada Stone, who works at the plant, said') is the quote's attribution.
    for (const r of subjectVerbClause({ ...s, from: np.from })) {
      let v = who;
      while (v < s.to && (stream[v]?.start ?? 0) < (r.cue?.[0] ?? 0)) v += 1;
      if (r.cue && relativeAt(s, v) === who) found.push({ ...r, speaker: d.speaker });
    }
  }
  return found;
}

export const REPORTED_AFTER_QUOTE: AttributionSieve = {
  id: 'reported-after-quote',
  rules: SUBJECT_VERB.rules,
  unless: ['trailing-attribution', 'according-to', 'subject-verb'],
  merge: 'disjoint',
  find: reportedAfterQuote,
};

export const EMBEDDED_QUOTES: AttributionSieve = {
  id: 'embedded-quotes',
  rules: [EMBEDDED_UNATTRIBUTED],
  unless: ['direct-quotes'],
  merge: 'all',
  find: embeddedUnattributed,
};

export const NOMINAL_REPORTS: AttributionSieve = {
  id: 'nominal-reports',
  rules: [NOMINAL_REPORT],
  unless: [],
  merge: 'outside',
  find: nominalReports,
};

export const REPORTED_QUESTIONS: AttributionSieve = {
  id: 'reported-questions',
  rules: [REPORTED_QUESTION],
  unless: [],
  merge: 'disjoint',
  find: reportedQuestions,
};
