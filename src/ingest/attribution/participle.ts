import { PARTICIPLE_CUES } from '../lexicon.ts';
import type { AttributionRule } from './rule.ts';

/** A participle continues the sentence's speaker with a clause of its own: X praised …, saying …. */
export const PARTICIPLE: AttributionRule = {
  id: 'participle',
  doc: "A participle continues the sentence's speaker with a clause of its own.",
  pattern: 'X praised …, saying …',
  triggers: [...PARTICIPLE_CUES],
  confidence: 0.8,
  examples: [
    {
      text: 'Lavrov praised the plan, saying it would "reflect modern-day realities and needs".',
      speaker: 'Sergey Lavrov',
      statement: 'it would "reflect modern-day realities and needs"',
    },
  ],
};
