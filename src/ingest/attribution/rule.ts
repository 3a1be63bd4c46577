import type { RawAttribution, SentenceInput } from './sentence.ts';

/**
 * The shape of one attribution rule of the registry (./registry.ts): a typed id that the
 * extractor writes into each quote (`rule`), the words that trigger it, a one-line doc, the
 * confidence of its finds before speaker resolution, and example sentences with the statement
 * and speaker it must produce.
 */

export type RuleId =
  | 'quote-then-speaker'
  | 'speaker-then-quote'
  | 'continuation'
  | 'embedded-unattributed'
  | 'interview-answer'
  | 'clause-then-speaker'
  | 'clause-resumed'
  | 'according-to'
  | 'speaker-verb-clause'
  | 'participle'
  | 'quoted-as'
  | 'speech-act-object'
  | 'nominal-report'
  | 'reported-question';

export interface RuleExample {
  /** Article body (one paragraph per line). */
  text: string;
  /** Expected speaker's name ("Unknown speaker" for the unknown actor). */
  speaker: string;
  /** Expected statement text, as the corpus writes it. */
  statement: string;
}

export interface AttributionRule {
  id: RuleId;
  doc: string;
  /** The surface pattern, for people reading `--verbose` and the corpus. */
  pattern: string;
  /** Words (or marks) without which the rule cannot fire. */
  triggers: readonly string[];
  /** Reliability of the rule's finds, 0–1, before speaker resolution. */
  confidence: number;
  examples: readonly RuleExample[];
}

/** Names of the sieves of ./registry.ts, in the order they run. */
export type SieveId =
  | 'direct-quotes'
  | 'trailing-attribution'
  | 'according-to'
  | 'subject-verb'
  | 'reported-before-quote'
  | 'reported-after-quote'
  | 'embedded-quotes'
  | 'nominal-reports'
  | 'reported-questions';

/**
 * One pass of the sentence driver (CoreNLP-style ordered sieves): a finder for a group of rules,
 * when it runs, and how its finds merge with those of the sieves before it.
 */
export interface AttributionSieve {
  id: SieveId;
  /** The rules it can emit, in the order it tries them. */
  rules: readonly AttributionRule[];
  /** Skipped when any of these sieves found something earlier in the sentence. */
  unless: readonly SieveId[];
  /**
   * 'all': every find is kept; 'outside': dropped when an earlier statement contains it;
   * 'disjoint': dropped when it overlaps an earlier statement.
   */
  merge: 'all' | 'outside' | 'disjoint';
  /** Pure; `earlier` is what the sieves before it kept, in order. */
  find: (s: SentenceInput, earlier: readonly RawAttribution[]) => RawAttribution[];
}
