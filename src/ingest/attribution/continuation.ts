import type { AttributionRule } from './rule.ts';

/** An unattributed quote paragraph continues the previous speaker: "…," X said. / "…" (next paragraph). */
export const CONTINUATION: AttributionRule = {
  id: 'continuation',
  doc: 'An unattributed quote paragraph continues the previous speaker.',
  pattern: '"…," X said. / "…" (next paragraph)',
  triggers: ['"'],
  confidence: 0.75,
  examples: [
    {
      text: '"We are ready," Jan Novak said.\n"We have always been ready."',
      speaker: 'Jan Novak',
      statement: 'We have always been ready.',
    },
  ],
};
