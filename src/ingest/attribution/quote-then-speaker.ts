import { INVERSION_VERBS } from '../lexicon.ts';
import type { AttributionRule } from './rule.ts';

/** A direct quote followed by its attribution: "…," X said / "…," said X / "…," according to X. */
export const QUOTE_THEN_SPEAKER: AttributionRule = {
  id: 'quote-then-speaker',
  doc: 'A direct quote followed by its attribution.',
  pattern: '"…," X said / "…," said X / "…," according to X',
  triggers: ['"', ...INVERSION_VERBS, 'according'],
  confidence: 0.95,
  examples: [
    {
      text: '"The door remains open," Jens Stoltenberg said.',
      speaker: 'Jens Stoltenberg',
      statement: 'The door remains open',
    },
    {
      text: '"We will not be intimidated," said Jan Novak, the ministry\'s spokesman.',
      speaker: 'Jan Novak',
      statement: 'We will not be intimidated',
    },
  ],
};
