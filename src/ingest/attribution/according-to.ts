import type { AttributionRule } from './rule.ts';

/** "according to" any source opens the sentence: According to X, …. */
export const ACCORDING_TO: AttributionRule = {
  id: 'according-to',
  doc: '"according to" any source opens the sentence.',
  pattern: 'According to X, …',
  triggers: ['according'],
  confidence: 0.85,
  examples: [
    {
      text: 'According to Jan Novak, the talks had failed.',
      speaker: 'Jan Novak',
      statement: 'the talks had failed',
    },
    {
      text: 'According to a new poll, the senator leads by four points.',
      speaker: 'Unknown speaker',
      statement: 'the senator leads by four points',
    },
  ],
};
