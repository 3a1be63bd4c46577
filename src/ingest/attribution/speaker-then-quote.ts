import { CUE_VERBS } from '../lexicon.ts';
import type { AttributionRule } from './rule.ts';

/** A direct quote introduced by its attribution: X said: "…" / X told reporters, "…". */
export const SPEAKER_THEN_QUOTE: AttributionRule = {
  id: 'speaker-then-quote',
  doc: 'A direct quote introduced by its attribution.',
  pattern: 'X said: "…" / X told reporters, "…"',
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
  ],
};
