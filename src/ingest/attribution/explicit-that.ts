import { PREPOSITIONS, TIME_ADVERBS } from '../clause-lexicon.ts';
import { CUE_VERBS, WEEKDAYS } from '../lexicon.ts';
import { isCapitalized } from '../tokenize.ts';
import { type SentenceInput, isWord } from './sentence.ts';

/** Where an explicit "that" opens a reported clause after its cue, an adjunct or an addressee. */

/**
 * Whether an explicit "that" opens the clause of the cue at `v`, right after it or after a
 * short adjunct ("insisted in June that …", "noted on Friday that …").
 */
export function thatFollows(s: SentenceInput, v: number): boolean {
  const { stream } = s;
  if (stream[v + 1]?.key === 'that') return true;
  const first = stream[v + 1];
  // "reported Saturday that …", "said Tuesday night that …": the wire style's bare weekday.
  if (isWord(first) && WEEKDAYS.has(first.key)) {
    const w = /^(?:morning|afternoon|evening|night)$/.test(stream[v + 2]?.key ?? '')
      ? v + 3
      : v + 2;
    return stream[w]?.key === 'that';
  }
  if (!isWord(first) || !(PREPOSITIONS.has(first.key) || TIME_ADVERBS.has(first.key))) return false;
  for (let m = v + 2; m <= v + 5; m += 1) {
    const mt = stream[m];
    if (!isWord(mt)) return false;
    if (mt.key === 'that') return m > v + 2;
  }
  return false;
}

/**
 * Where an explicit "that" opens the clause although the words at `k` (after the cue, its
 * object and a short adjunct) looked like a bare clause: the adjunct runs on as a participle
 * ("said in an interview broadcast on the agency's website on Monday that …"), or the addressee
 * of "told" runs on into a name ("told public broadcaster Radio Nord that …"). Only words (and
 * possessives) may stand between; a clause's own subject ("said the plan that he …", "told
 * Reuters officials believed that …") never starts such a run. Returns the index after "that",
 * or undefined.
 */
export function thatAfterRunOn(
  s: SentenceInput,
  k: number,
  end: number,
  tellBare: boolean,
): number | undefined {
  const { stream } = s;
  const t = stream[k];
  if (!isWord(t) || isCapitalized(t.text)) return undefined;
  // "-ed" participles and the irregular ones of statements and broadcasts ("a letter sent to
  // lawmakers", "remarks broadcast on", "a news conference held in").
  const participle = /^(?:[a-z][a-z-]{2,}ed|broadcast|given|held|read|sent|shown|written)$/.test(
    t.key,
  );
  if (!participle && !tellBare) return undefined;
  const reach = participle ? 15 : 5;
  let named = false;
  for (let m = k + 1; m < Math.min(end, k + reach); m += 1) {
    const mt = stream[m];
    if (mt?.kind === 'poss') continue;
    if (!isWord(mt) || CUE_VERBS.has(mt.key)) return undefined;
    if (mt.key === 'that') return participle || named ? m + 1 : undefined;
    if (!participle) {
      // The addressee's name: common nouns, then capitalised words, up to "that".
      if (isCapitalized(mt.text)) named = true;
      else if (named) return undefined;
    }
  }
  return undefined;
}
