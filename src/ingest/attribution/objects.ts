import {
  ADJUNCT_NOUNS,
  CALLED_PARTICLES,
  OBJECT_DETERMINERS,
  OBJECT_PRONOUNS,
  PREPOSITIONS,
  TIME_ADVERBS,
} from '../clause-lexicon.ts';
import { AS_COMPLEMENT_VERBS, WEEKDAYS } from '../lexicon.ts';
import { isCapitalized } from '../tokenize.ts';
import { type SentenceInput, isPunct, wordCount } from './sentence.ts';

/** What sits between a cue and its reported clause: hearers ("told reporters"), adjuncts, objects. */

/** Skips "on Thursday", "in a statement", "at a news conference" so a bare clause can follow. */
export function skipAdjunct(s: SentenceInput, k: number): number {
  const { stream, to } = s;
  let i = k;
  for (let round = 0; round < 2; round += 1) {
    const t = stream[i];
    if (!t || t.kind !== 'word') return i;
    if (
      WEEKDAYS.has(t.key) ||
      (TIME_ADVERBS.has(t.key) && !/^(?:this|last|here|there)$/.test(t.key))
    ) {
      i += 1;
      continue;
    }
    if (t.key === 'on' && WEEKDAYS.has(stream[i + 1]?.key ?? '')) {
      i += 2;
      continue;
    }
    if (/^(?:in|at|during|on)$/.test(t.key)) {
      let m = i + 1;
      while (
        m < to &&
        m - i <= 5 &&
        stream[m]?.kind === 'word' &&
        !ADJUNCT_NOUNS.has(stream[m]?.key ?? '')
      )
        m += 1;
      if (m < to && m - i <= 5 && ADJUNCT_NOUNS.has(stream[m]?.key ?? '')) {
        i = m + 1;
        continue;
      }
    }
    return i;
  }
  return i;
}

/** Object of "told reporters …": up to the first "that", preposition or punctuation (≤ 6 words). */
export function skipObject(s: SentenceInput, v: number): number {
  const { stream, to } = s;
  let k = v + 1;
  while (k < to && k - v <= 6) {
    const t = stream[k];
    if (!t || (t.kind !== 'word' && t.kind !== 'poss')) break;
    if (t.key === 'that' || (PREPOSITIONS.has(t.key) && !isCapitalized(t.text))) break;
    k += 1;
  }
  return k;
}

/**
 * End of the hearer after "told" when it is short and clearly delimited: a pronoun ("told him"),
 * a name or outlet ("told POLITICO", "told The Washington Post", "told the AP"), a determiner
 * and one noun ("told his audience"), a bare plural ("told reporters"); -1 otherwise.
 */
export function tellObjectEnd(s: SentenceInput, v: number): number {
  const { stream, to } = s;
  const k = v + 1;
  const t = stream[k];
  if (!t || t.kind !== 'word') return -1;
  const capsRun = (from: number): number => {
    let e = from;
    while (e < to && e - from < 4) {
      const w = stream[e];
      if (!w || w.kind !== 'word' || !isCapitalized(w.text)) break;
      e += 1;
    }
    return e;
  };
  if (OBJECT_PRONOUNS.test(t.key)) return k + 1;
  if (t.key === 'the') {
    const e = capsRun(k + 1);
    if (e > k + 1) return e;
    const n = stream[k + 1];
    return n && n.kind === 'word' && !isCapitalized(n.text) ? k + 2 : -1;
  }
  if (isCapitalized(t.text)) {
    const e = capsRun(k);
    return e > k ? e : -1;
  }
  if (OBJECT_DETERMINERS.test(t.key)) {
    const n = stream[k + 1];
    return n && n.kind === 'word' && !isCapitalized(n.text) ? k + 2 : -1;
  }
  return /s$/.test(t.key) && !isCapitalized(t.text) ? k + 1 : -1;
}

/**
 * Start of the statement of a speech act whose object is the statement (NP_OBJECT_VERBS), or -1:
 * "called for a ceasefire" → "a ceasefire"; "called the attack a vile act" → "the attack a vile
 * act"; "described X as Y" (needs "as"); "denied that …" → the clause; "denied the claims".
 */
export function npObjectClause(
  s: SentenceInput,
  v: number,
  end: number,
  // The verb's class-bearing form: ", calling for …" reads as "calls for".
  key: string = s.stream[v]?.key ?? '',
): number {
  const { stream } = s;
  const k = v + 1;
  const next = stream[k];
  if (!next || isPunct(next) || k >= end) return -1;
  if (next.key === 'that' && !/^(?:called|calls)$/.test(key)) return k + 1;
  if (key === 'called' || key === 'calls') {
    if (next.key === 'for') return k + 1;
    if (next.key === 'on' || CALLED_PARTICLES.test(next.key)) return -1;
    // "called him a liar", "called it shameful" — but "called him on Monday" is a phone call.
    const after = stream[k + 1];
    if (
      /^(?:him|her|them|me|us|you|it)$/.test(next.key) &&
      (!after ||
        isPunct(after) ||
        PREPOSITIONS.has(after.key) ||
        /^(?:and|but|or)$/.test(after.key))
    )
      return -1;
    // A characterisation names its object then what it is called: at least three words.
    return wordCount(stream, k, Math.min(end, k + 4), s.spans, s.text) >= 2 ? k : -1;
  }
  if (AS_COMPLEMENT_VERBS.has(key)) {
    for (let m = k; m < Math.min(end, k + 12); m += 1) {
      const mt = stream[m];
      if (!mt || isPunct(mt)) return -1;
      if (mt.key === 'as') return m > k ? k : -1;
    }
    return -1;
  }
  if (
    next.kind === 'word' &&
    /^(?:to|on|about|of|in|at|by|with|from|up|out|off|back)$/.test(next.key)
  )
    return -1;
  return k;
}
