import type { Quote } from './schema.ts';

/**
 * Reader-facing wording of each extractor rule id a corpus may carry in `quote.rule`
 * (docs/extractor.md documents the rules; tests/corpus/attribution-notes.test.ts keeps this
 * table in step with the ingest's registry). Kept apart from the registry so the page does not
 * load the extractor to explain a quote.
 */
const RULE_NOTES: Readonly<Record<string, string>> = {
  'quote-then-speaker': 'a direct quote followed by its attribution',
  'speaker-then-quote': 'a direct quote introduced by its attribution',
  continuation: 'a quote paragraph that continues the previous speaker',
  'embedded-unattributed': 'quoted words in a sentence that names no speaker',
  'interview-answer': 'an answer in a question-and-answer interview',
  'clause-then-speaker': 'a reported clause followed by its attribution',
  'clause-resumed': 'the second half of a reported clause interrupted by its attribution',
  'according-to': 'a sentence opened by "according to"',
  'speaker-verb-clause': 'a speaker, a reporting verb and what was reported',
  participle: 'a clause continuing the sentence\u2019s speaker ("…, saying …")',
  'quoted-as': 'a passive report ("was quoted as saying")',
  'speech-act-object': 'a speech act whose object is the statement (called, denied, urged…)',
  'nominal-report': 'a statement noun with its owner ("his remarks that …")',
  'reported-question': 'a question reported with its asker ("asked whether …")',
};

/** Below this, an attribution is marked as uncertain on its card (never hidden). */
export const UNCERTAIN_BELOW = 0.6;

export interface AttributionNote {
  /** "a direct quote followed by its attribution", or null for a rule this app does not know. */
  how: string | null;
  /** The cue as written ("told reporters"), when there is one. */
  cue: string | null;
  /** True when the corpus gives a confidence under UNCERTAIN_BELOW. */
  uncertain: boolean;
}

/**
 * How the extractor came to this attribution, for the quote card. Null when the corpus says
 * nothing about it (no rule, no cue, no confidence: older corpora, or hand-made ones). Pure.
 */
export function attributionNote(
  quote: Pick<Quote, 'rule' | 'cue' | 'confidence'>,
): AttributionNote | null {
  const how = quote.rule !== undefined ? (RULE_NOTES[quote.rule] ?? null) : null;
  const uncertain = quote.confidence !== undefined && quote.confidence < UNCERTAIN_BELOW;
  if (how === null && !uncertain) return null;
  return { how, cue: quote.cue, uncertain };
}

/** Every rule id this module can explain (for the test that keeps it complete). */
export function explainedRuleIds(): string[] {
  return Object.keys(RULE_NOTES);
}
