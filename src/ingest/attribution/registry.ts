import { QUOTE_THEN_SPEAKER } from './quote-then-speaker.ts';
import { SPEAKER_THEN_QUOTE } from './speaker-then-quote.ts';
import { CONTINUATION } from './continuation.ts';
import { EMBEDDED_UNATTRIBUTED } from './embedded-unattributed.ts';
import { INTERVIEW_ANSWER } from './interview-answer.ts';
import { CLAUSE_THEN_SPEAKER } from './clause-then-speaker.ts';
import { CLAUSE_RESUMED } from './clause-resumed.ts';
import { ACCORDING_TO } from './according-to.ts';
import { SPEAKER_VERB_CLAUSE } from './speaker-verb-clause.ts';
import { PARTICIPLE } from './participle.ts';
import { QUOTED_AS } from './quoted-as.ts';
import { SPEECH_ACT_OBJECT } from './speech-act-object.ts';
import { NOMINAL_REPORT } from './nominal-report.ts';
import { REPORTED_QUESTION } from './reported-question.ts';
import type { AttributionRule, RuleId } from './rule.ts';

/**
 * Every attribution rule, in the order the extractor tries them on a sentence (direct quotes
 * first; a sentence holding a standalone direct quote is not searched for reported speech).
 * The control flow lives in ../attribute-quotes.ts (its helpers beside this file); this registry
 * names, documents and tests each rule (tests/ingest/attribution-rules.test.ts runs every example).
 */
export const ATTRIBUTION_RULES: readonly AttributionRule[] = [
  QUOTE_THEN_SPEAKER,
  SPEAKER_THEN_QUOTE,
  CONTINUATION,
  EMBEDDED_UNATTRIBUTED,
  INTERVIEW_ANSWER,
  CLAUSE_THEN_SPEAKER,
  CLAUSE_RESUMED,
  ACCORDING_TO,
  SPEAKER_VERB_CLAUSE,
  PARTICIPLE,
  QUOTED_AS,
  SPEECH_ACT_OBJECT,
  NOMINAL_REPORT,
  REPORTED_QUESTION,
];

const BY_ID = new Map<string, AttributionRule>(ATTRIBUTION_RULES.map((r) => [r.id, r]));

/** The rule with this id (every id the extractor emits is registered). */
export function ruleById(id: RuleId): AttributionRule {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`unregistered attribution rule "${id}"`);
  return rule;
}
