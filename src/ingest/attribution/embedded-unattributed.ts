import type { AttributionRule } from './rule.ts';

/** A long quoted passage inside an unattributed sentence is still someone's words: … the words "…" …. */
export const EMBEDDED_UNATTRIBUTED: AttributionRule = {
  id: 'embedded-unattributed',
  doc: "A long quoted passage inside an unattributed sentence is still someone's words, when the sentence reports speech.",
  pattern:
    '… the words "…" … (not after a, the, as, titled …; a cue, a statement noun or a colon in the sentence)',
  triggers: ['"'],
  confidence: 0.4,
  examples: [
    {
      text: 'Jan Novak said the talks were over.\nThe crowd heard the words "we will never give up this land" again.',
      speaker: 'Jan Novak',
      statement: 'we will never give up this land',
    },
  ],
};
