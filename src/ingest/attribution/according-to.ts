import { CUE_VERBS } from '../lexicon.ts';
import { buildIndirect } from './build-statement.ts';
import { npAfter, sourceOfAccording } from './noun-phrases.ts';
import { type RawAttribution, type SentenceInput, clauseStart, isPunct } from './sentence.ts';
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

/** "According to X, …" at the start of the sentence. */
export function leadingAccordingTo(s: SentenceInput): RawAttribution | null {
  const { stream, to } = s;
  const a = clauseStart(s);
  if (stream[a]?.key !== 'according' || stream[a + 1]?.key !== 'to') return null;
  const np = npAfter(s, a + 2);
  if (!np || !sourceOfAccording(s, np)) return null;
  // "According to exit polls conducted for the AP by Edison Research, …": the source's
  // phrase may run on past its head (a participle, a preposition) to the comma that ends it;
  // the head is the source, the words after the comma the statement.
  let comma = np.to;
  while (
    comma < to &&
    comma - np.to <= 20 &&
    stream[comma]?.kind === 'word' &&
    !CUE_VERBS.has(stream[comma]?.key ?? '')
  )
    comma += 1;
  if (!isPunct(stream[comma], ',')) return null;
  // The head ends before a participle that runs on ("exit polls conducted for …"): the polls,
  // not the outlet named in the participle's phrase, are the source.
  if (comma > np.to)
    for (let k = np.from + 1; k < np.to; k += 1)
      if (/^[a-z]+ed$/.test(stream[k]?.text ?? '')) {
        np.to = k;
        break;
      }
  const cue: [number, number] = [stream[a]?.start ?? 0, stream[a + 1]?.end ?? 0];
  return buildIndirect(
    s,
    [comma + 1, to],
    cue,
    { type: 'np', np, apposition: null },
    'according-to',
  );
}
