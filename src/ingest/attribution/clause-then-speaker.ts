import { CUE_VERBS } from '../lexicon.ts';
import type { AttributionRule } from './rule.ts';

/** A reported clause followed by its attribution: …, X said. / …, said X. / …, according to X.. */
export const CLAUSE_THEN_SPEAKER: AttributionRule = {
  id: 'clause-then-speaker',
  doc: 'A reported clause followed by its attribution.',
  pattern: '…, X said. / …, said X. / …, according to X.',
  triggers: [...CUE_VERBS, 'according'],
  confidence: 0.85,
  examples: [
    {
      text: 'The talks had failed, Jan Novak said on Monday.',
      speaker: 'Jan Novak',
      statement: 'The talks had failed',
    },
  ],
};
