import type { AttributionRule } from './rule.ts';

/** A passive report: X was quoted (by Y) as saying …. */
export const QUOTED_AS: AttributionRule = {
  id: 'quoted-as',
  doc: 'A passive report.',
  pattern: 'X was quoted (by Y) as saying …',
  triggers: ['quoted', 'cited'],
  confidence: 0.85,
  examples: [
    {
      text: 'Jan Novak was quoted by TASS as saying the door was open.',
      speaker: 'Jan Novak',
      statement: 'the door was open',
    },
  ],
};
