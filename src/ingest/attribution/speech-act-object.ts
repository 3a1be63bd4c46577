import { NP_OBJECT_VERBS } from '../lexicon.ts';
import type { AttributionRule } from './rule.ts';

/** A speech act whose object is the statement (characterise, request, deny, praise, announce, cite): X called Y Z / X called for … / X denied … / X described Y as …. */
export const SPEECH_ACT_OBJECT: AttributionRule = {
  id: 'speech-act-object',
  doc: 'A speech act whose object is the statement (characterise, request, deny, praise, announce).',
  pattern: 'X called Y Z / X called for … / X denied … / X described Y as …',
  triggers: [...NP_OBJECT_VERBS],
  confidence: 0.75,
  examples: [
    { text: 'Jan Novak called for a ceasefire.', speaker: 'Jan Novak', statement: 'a ceasefire' },
    {
      text: 'Medvedev called the attack a vile, despicable act.',
      speaker: 'Dmitry Medvedev',
      statement: 'the attack a vile, despicable act',
    },
    {
      text: 'The Kremlin has denied all three allegations.',
      speaker: 'Kremlin',
      statement: 'all three allegations',
    },
    {
      text: 'Hillary Clinton cited the comments about Machado as examples of his disrespect for women.',
      speaker: 'Hillary Clinton',
      statement: 'the comments about Machado as examples of his disrespect for women',
    },
  ],
};
