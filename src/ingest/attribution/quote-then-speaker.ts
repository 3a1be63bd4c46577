import { INVERSION_VERBS } from '../lexicon.ts';
import type { AttributionRule } from './rule.ts';

/**
 * A direct quote followed by its attribution: "…," X said / "…," said X / "…," according to X /
 * "…" ― X (a signature line).
 */
export const QUOTE_THEN_SPEAKER: AttributionRule = {
  id: 'quote-then-speaker',
  doc: 'A direct quote followed by its attribution.',
  pattern: '"…," X said / "…," said X / "…," according to X / "…" ― X',
  triggers: ['"', ...INVERSION_VERBS, 'according', '―', '—'],
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
    {
      text: 'Readers wrote in.\n\n“He is not fit for office, and he knows it.” ― Sonya Marsh\n“He scares me.” — Pam Ortiz',
      speaker: 'Sonya Marsh',
      statement: 'He is not fit for office, and he knows it.',
    },
    {
      text: 'Readers wrote in.\n\n“He is not fit for office.” ― Sonya Marsh\n“He scares me and my children.” — Pam Ortiz',
      speaker: 'Pam Ortiz',
      statement: 'He scares me and my children.',
    },
  ],
};
