import { BOUNDARY_WORDS } from '../clause-lexicon.ts';
import { QUESTION_VERBS, QUESTION_WORDS } from '../lexicon.ts';
import { buildIndirect } from './build-statement.ts';
import { looseSubject, npBefore } from './noun-phrases.ts';
import type { AttributionRule } from './rule.ts';
import {
  type RawAttribution,
  type SentenceInput,
  type SpeakerRef,
  clauseStart,
  cueRange,
  isPunct,
  isWord,
  nounUse,
} from './sentence.ts';

/** A question reported with its asker: X asked (Y) whether … / X wondered why …. */
export const REPORTED_QUESTION: AttributionRule = {
  id: 'reported-question',
  doc: 'A question reported after a verb of asking, with the asker as its subject.',
  pattern: 'X asked (Y) whether / if / what …',
  triggers: [...QUESTION_VERBS],
  confidence: 0.7,
  examples: [
    {
      text: 'Jan Novak asked the minister whether the border would stay open.',
      speaker: 'Jan Novak',
      statement: 'whether the border would stay open',
    },
    {
      text: 'Tom Clarke, the union leader, asked why the talks had stalled.',
      speaker: 'Tom Clarke',
      statement: 'why the talks had stalled',
    },
  ],
};

/** Longest hearer between the verb of asking and the question word ("asked Clinton pointedly"). */
const MAX_HEARER = 5;

const PASSIVE_OR_WHEN = /^(?:was|were|is|are|be|been|being|when|if|after|once)$/;

/**
 * Reported questions anywhere in the sentence (they may sit beside a direct quote: "Asked why,
 * she said: '…'"). The question runs from its wh-word to the next comma, dash, semicolon or quote.
 * The asker is the subject before the verb, named or loose ("a woman asked whether …").
 */
export function reportedQuestions(s: SentenceInput): RawAttribution[] {
  const { stream, to } = s;
  const out: RawAttribution[] = [];
  const start = clauseStart(s);
  for (let v = s.from; v < to - 1; v += 1) {
    const vt = stream[v];
    if (!isWord(vt) || !QUESTION_VERBS.has(vt.key) || nounUse(s, v)) continue;
    let w = v + 1;
    while (
      w < to &&
      w - v <= MAX_HEARER &&
      isWord(stream[w]) &&
      !QUESTION_WORDS.has(stream[w]?.key ?? '')
    )
      w += 1;
    if (!QUESTION_WORDS.has(stream[w]?.key ?? '') || !isWord(stream[w + 1])) continue;
    let e = w + 1;
    while (e < to && !isPunct(stream[e], ',;:.!?—–()') && stream[e]?.kind !== 'quote') e += 1;
    // "When asked …", "he was asked whether": the asker goes unnamed, and an unnamed
    // reporter's question is not a statement (as the interview convention has it).
    if (v === start || PASSIVE_OR_WHEN.test(stream[v - 1]?.key ?? '')) continue;
    const np = npBefore(s, v);
    if (!np) continue;
    const before = stream[np.np.from - 1];
    const opens =
      np.np.from === start ||
      isPunct(before, ',;:—–(') ||
      (!!before && BOUNDARY_WORDS.has(before.key));
    if (!opens || !(s.isSpeaker(np.np) || looseSubject(s, np.np, 'said'))) continue;
    const speaker: SpeakerRef = { type: 'np', np: np.np, apposition: np.apposition };
    const q = buildIndirect(s, [w, e], cueRange(s, v, v + 1), speaker, 'reported-question');
    if (q) out.push(q);
    v = e;
  }
  return out;
}
