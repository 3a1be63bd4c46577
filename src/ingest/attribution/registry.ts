import { INTERVIEW_ANSWER } from './interview-answer.ts';
import type { AttributionRule, AttributionSieve, RuleId } from './rule.ts';
import {
  ACCORDING_TO_SIEVE,
  DIRECT_QUOTES,
  EMBEDDED_QUOTES,
  NOMINAL_REPORTS,
  REPORTED_QUESTIONS,
  REPORTED_AFTER_QUOTE,
  REPORTED_BEFORE_QUOTE,
  SUBJECT_VERB,
  TRAILING_ATTRIBUTION,
} from './sieves.ts';

/**
 * The sentence driver's sieves in precedence order (../attribute-quotes.ts runs exactly this
 * list): direct quotes first, and a sentence holding a standalone direct quote is not searched
 * for reported speech; then a trailing attribution, a leading "according to", a subject and its
 * cue; quoted passages nobody claimed; nominal reports and questions anywhere. Reordering the
 * list, or a sieve's `unless`, changes precedence; nothing else does.
 */
export const ATTRIBUTION_SIEVES: readonly AttributionSieve[] = [
  DIRECT_QUOTES,
  TRAILING_ATTRIBUTION,
  ACCORDING_TO_SIEVE,
  SUBJECT_VERB,
  REPORTED_BEFORE_QUOTE,
  REPORTED_AFTER_QUOTE,
  EMBEDDED_QUOTES,
  NOMINAL_REPORTS,
  REPORTED_QUESTIONS,
];

/**
 * Every attribution rule, in precedence order: the interview answer (whole paragraphs, applied
 * by ../ingest-article.ts before the sentences of a Q&A are read), then each sieve's rules.
 * tests/ingest/attribution-rules.test.ts runs every rule's examples.
 */
export const ATTRIBUTION_RULES: readonly AttributionRule[] = [
  INTERVIEW_ANSWER,
  ...new Set(ATTRIBUTION_SIEVES.flatMap((s) => s.rules)),
];

const BY_ID = new Map<string, AttributionRule>(ATTRIBUTION_RULES.map((r) => [r.id, r]));

/** The rule with this id (every id the extractor emits is registered). */
export function ruleById(id: RuleId): AttributionRule {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`unregistered attribution rule "${id}"`);
  return rule;
}
