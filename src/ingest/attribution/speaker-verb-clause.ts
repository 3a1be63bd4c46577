import { ACCUSE_VERBS, CUE_VERBS, INFINITIVE_VERBS, OBJECT_INFINITIVE_VERBS } from '../lexicon.ts';
import type { AttributionRule } from './rule.ts';

/** A speaker, a reporting verb, and the reported clause: X said (that) … / X told Y that … / X accused Y of … / X pledged to …. */
export const SPEAKER_VERB_CLAUSE: AttributionRule = {
  id: 'speaker-verb-clause',
  doc: 'A speaker, a reporting verb, and the reported clause.',
  pattern: 'X said (that) … / X told Y that … / X accused Y of … / X pledged to …',
  triggers: [...CUE_VERBS, ...ACCUSE_VERBS, ...INFINITIVE_VERBS, ...OBJECT_INFINITIVE_VERBS],
  confidence: 0.85,
  examples: [
    {
      text: 'Jan Novak told reporters on Sunday that the talks had failed.',
      speaker: 'Jan Novak',
      statement: 'the talks had failed',
    },
    {
      text: 'In each of the five states, about half of voters say they prefer an outsider.',
      speaker: 'Unknown speaker',
      statement: 'they prefer an outsider',
    },
    {
      text: 'Zelensky urged the West not to create panic.',
      speaker: 'Volodymyr Zelensky',
      statement: 'the West not to create panic',
    },
  ],
};
