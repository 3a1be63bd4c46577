import { STATEMENT_NOUNS } from '../lexicon.ts';
import type { AttributionRule } from './rule.ts';

/** A statement noun with its owner and a "that" clause: X's statement that … / his remarks that …. */
export const NOMINAL_REPORT: AttributionRule = {
  id: 'nominal-report',
  doc: 'A statement noun with its owner and a "that" clause.',
  pattern: "X's statement that … / his remarks that …",
  triggers: [...STATEMENT_NOUNS],
  confidence: 0.7,
  examples: [
    {
      text: "The crowd cheered after Jan Novak's statement that the border would stay open.",
      speaker: 'Jan Novak',
      statement: 'the border would stay open',
    },
  ],
};
