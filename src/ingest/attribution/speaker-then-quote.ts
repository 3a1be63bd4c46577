import { CUE_VERBS } from '../lexicon.ts';
import type { AttributionRule } from './rule.ts';

/**
 * A direct quote introduced by its attribution: X said: "…" / X told reporters, "…"; also a
 * block quotation whose marks were lost, the paragraph after one that ends "X added:"
 * (./block-quotation.ts).
 */
export const SPEAKER_THEN_QUOTE: AttributionRule = {
  id: 'speaker-then-quote',
  doc: 'A direct quote introduced by its attribution.',
  pattern: 'X said: "…" / X told reporters, "…" / X added: + a paragraph without marks',
  triggers: ['"', ...CUE_VERBS],
  confidence: 0.95,
  examples: [
    {
      text: 'Stoltenberg told reporters: "The door remains open."',
      speaker: 'Jens Stoltenberg',
      statement: 'The door remains open.',
    },
    {
      text: 'Stoltenberg demurred: "We will not wait for that."',
      speaker: 'Jens Stoltenberg',
      statement: 'We will not wait for that.',
    },
    {
      text: 'Stoltenberg spoke in Brussels. He added:\nThe door remains open to every country that meets the terms.',
      speaker: 'Jens Stoltenberg',
      statement: 'The door remains open to every country that meets the terms.',
    },
  ],
};
