import { CUE_VERBS } from '../lexicon.ts';
import type { AttributionRule } from './rule.ts';

/** The second half of a reported clause interrupted by its cue: …, X said, …. */
export const CLAUSE_RESUMED: AttributionRule = {
  id: 'clause-resumed',
  doc: 'The second half of a reported clause interrupted by its cue.',
  pattern: '…, X said, …',
  triggers: [...CUE_VERBS],
  confidence: 0.8,
  examples: [
    {
      text: 'Lenox was a juggernaut, Tom Clarke said, until it went bankrupt in 1999.',
      speaker: 'Tom Clarke',
      statement: 'until it went bankrupt in 1999',
    },
  ],
};
