import { SPEAKER_VERB_FILLERS } from '../lexicon.ts';
import type { SentenceInput } from './sentence.ts';

/**
 * How a cue verb links to the words before it: a coordinated second verb ("and said"), a
 * participle ("by promising"), a relative clause ("who said"), a leading subordinate clause.
 * Read by ./subject-verb-clause.ts to choose where the cue's speaker comes from.
 */

/**
 * Index of the "and" / "but" that coordinates the cue at `v` with an earlier verb, with at
 * most one perfect auxiliary or sequencing adverb between ("and said", "but has said", "and
 * also said", "and later said"); -1 when there is none.
 */
export function coordinatedAt(s: SentenceInput, v: number): number {
  const { stream } = s;
  const aux = /^(?:has|have|had|also|later|then)$/.test(stream[v - 1]?.key ?? '') ? 1 : 0;
  return /^(?:and|but)$/.test(stream[v - 1 - aux]?.key ?? '') ? v - 1 - aux : -1;
}

/** Words before a participle cue that keep it the sentence subject's act ("by promising to …"). */
export const PARTICIPLE_OPENERS = /^(?:by|while)$/;

/** Conjunctions that open a leading subordinate clause ("After …, the main clause"). */
export const SUBORDINATORS =
  /^(?:after|while|although|though|because|since|when|if|as|before|until|once|whereas)$/;

/**
 * Index of the "who" that opens a relative clause whose verb is at `v` ("who said", "who has
 * long argued", "who also told"), or -1.
 */
export function relativeAt(s: SentenceInput, v: number): number {
  let w = v - 1;
  while (w > s.from && w >= v - 3 && SPEAKER_VERB_FILLERS.has(s.stream[w]?.key ?? '')) w -= 1;
  return s.stream[w]?.key === 'who' && w > s.from ? w : -1;
}
