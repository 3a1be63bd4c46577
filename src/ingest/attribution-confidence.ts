import { ruleById } from './attribution/registry.ts';
import type { RuleId } from './attribution/rule.ts';

/**
 * Confidence of an attribution, 0–1, two decimals (deterministic): the rule's reliability
 * times how directly the speaker was resolved (a name in the cue's phrase is surest; a pronoun,
 * a description or the previous speaker less so; no speaker at all least).
 */
export function attributionConfidence(rule: RuleId, how: string, unknown: boolean): number {
  const base = ruleById(rule).confidence;
  let factor = 1;
  if (unknown) factor = 0.7;
  else if (how.startsWith('pronoun')) factor = 0.85;
  else if (how.startsWith('continues') || how.startsWith('interviewee')) factor = 0.9;
  else if (how.startsWith('salient')) factor = 0.6;
  else if (how.startsWith('description') || how.includes('→')) factor = 0.8;
  return Math.round(base * factor * 100) / 100;
}
