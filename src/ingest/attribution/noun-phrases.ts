import {
  AUXILIARIES,
  BOUNDARY_WORDS,
  CUE_LIKE,
  LEADING_ADVERBIALS,
  NOT_A_SUBJECT,
  PARENTHETICAL,
  PREPOSITIONS,
  SAY_VERBS,
  SUBJECT_PARTICIPLES,
} from '../clause-lexicon.ts';
import {
  CUE_VERBS,
  DOCUMENT_NOUNS,
  ORG_HEAD_NOUNS,
  PERSON_ROLE_NOUNS,
  SPEAKER_VERB_FILLERS,
  TITLE_WORDS,
  WEEKDAYS,
} from '../lexicon.ts';
import { isCapitalized } from '../tokenize.ts';
import {
  type NpRange,
  type SentenceInput,
  abbreviationDot,
  clauseStart,
  isPunct,
  NOUN_DETERMINERS,
  nounUse,
} from './sentence.ts';

/**
 * Finding the speaker phrase of a cue: the noun phrase before a verb (with its apposition),
 * after an inverted "said", after "according to", or the sentence subject for participles.
 */

/**
 * Subject of a passive report "X was quoted [by TASS] as saying …", given the index of
 * "saying"; null when the words before it are not that frame.
 */
export function quotedAsSubject(s: SentenceInput, v: number): NpRange | null {
  const { stream, from } = s;
  if (stream[v]?.key !== 'saying' || stream[v - 1]?.key !== 'as') return null;
  for (let q = v - 2; q >= Math.max(from, v - 8); q -= 1) {
    const t = stream[q];
    if (!t || t.kind === 'quote' || isPunct(t)) return null;
    if (t.key !== 'quoted' && t.key !== 'cited') continue;
    if (!/^(?:was|were|is|are|been|being)$/.test(stream[q - 1]?.key ?? '')) return null;
    const np = npBefore(s, q);
    return np && s.isSpeaker(np.np) ? np.np : null;
  }
  return null;
}

/**
 * Whoever follows "according to" is the source ("according to a new poll", "according to
 * people familiar with the talks"): a speaker the resolver knows, or any short phrase, then
 * honestly unknown.
 */
export function sourceOfAccording(s: SentenceInput, np: NpRange): boolean {
  if (s.isSpeaker(np)) return true;
  const first = s.stream[np.from];
  return (
    np.to - np.from <= 10 && !!first && first.kind === 'word' && !NOT_A_SUBJECT.test(first.key)
  );
}

/**
 * A subject the resolver cannot name but that still says something ("Supporters of the plan
 * say", "Almost half of respondents said"): up to eight words, no quote, no verb of its own.
 * The speaker is then honestly unknown.
 */
export function looseSubject(
  s: SentenceInput,
  np: NpRange,
  verb: string,
  thatFollows = false,
): boolean {
  // "Fact-checkers noted that …": any cue verb with an explicit "that" reports words.
  if (!(SAY_VERBS.has(verb) || thatFollows) || np.to - np.from > 8) return false;
  const first = s.stream[np.from];
  if (!first || first.kind !== 'word') return false;
  // "Many conservatives have said", "Most of the candidates said", "one questioner claimed
  // that", "…, one slide says": a quantifier with its head ("one" alone still says nothing).
  const quantified = QUANTIFIERS.test(first.key) && np.to - np.from >= 2;
  if (NOT_A_SUBJECT.test(first.key) && !quantified) return false;
  for (let k = np.from; k < np.to; k += 1) {
    const t = s.stream[k];
    if (!t || t.kind === 'quote' || t.kind === 'punct') return false;
    if (t.kind === 'word' && (CUE_LIKE.has(t.key) || AUXILIARIES.has(t.key))) return false;
    // "The minister also rejected claims": a verb inside is no subject.
    if (t.kind === 'word' && /ed$/.test(t.text) && !SUBJECT_PARTICIPLES.has(t.key)) return false;
  }
  return true;
}

const QUANTIFIERS = /^(?:some|many|most|all|none|one)$/;

/** Periods of a time phrase between a subject and its verb ("this month", "last week"). */
const PERIOD_NOUNS =
  /^(?:week|month|year|weekend|morning|afternoon|evening|night|spring|summer|fall|autumn|winter)$/;

/** Words in -ly that are nouns or adjectives, not manner adverbs ("the family said"). */
const LY_NOT_ADVERBS =
  /^(?:family|ally|assembly|supply|rally|monopoly|anomaly|bully|belly|early|only|holy|homily|daily|weekly|monthly|quarterly|elderly|friendly|likely|deadly|lonely|costly|ugly|silly|jolly|lily|july|italy|sally|kelly|billy|emily|molly|holly|polly)$/;

/**
 * Whether the word at `j`, right before the cue at `v`, is a manner adverb ("sharply
 * criticized", "flatly denied"): a lower-case -ly word not after a determiner, so that
 * "the family said" keeps its noun.
 */
function mannerAdverbAt(s: SentenceInput, j: number, v: number): boolean {
  const t = s.stream[j];
  if (j !== v - 1 || !t || t.kind !== 'word' || t.key.length < 5) return false;
  if (!/^[a-z]+ly$/.test(t.text) || LY_NOT_ADVERBS.test(t.key)) return false;
  const prev = s.stream[j - 1];
  return !(prev?.kind === 'word' && NOUN_DETERMINERS.has(prev.key)) && prev?.kind !== 'poss';
}

/** NP ending just before `v` (after skipping fillers like "also", "has", "on Sunday"). */
export function npBefore(
  s: SentenceInput,
  v: number,
): { np: NpRange; apposition: NpRange | null } | null {
  const { stream, from } = s;
  let j = v - 1;
  for (;;) {
    const t = stream[j];
    if (j < from || !t) break;
    if (t.kind === 'word' && SPEAKER_VERB_FILLERS.has(t.key)) {
      j -= 1;
      continue;
    }
    // "Trump has sharply criticized …": a manner adverb between subject and cue.
    if (mannerAdverbAt(s, j, v)) {
      j -= 1;
      continue;
    }
    if (t.kind === 'word' && WEEKDAYS.has(t.key) && stream[j - 1]?.key === 'on') {
      j -= 2;
      continue;
    }
    // "Wells Fargo just this month announced": a time phrase between subject and verb.
    if (
      t.kind === 'word' &&
      PERIOD_NOUNS.test(t.key) &&
      /^(?:this|last|next)$/.test(stream[j - 1]?.key ?? '')
    ) {
      j -= 2;
      if (/^(?:earlier|later|just)$/.test(stream[j]?.key ?? '')) j -= 1;
      continue;
    }
    if (t.kind === 'word' && t.key === 'just' && j < v - 1) {
      j -= 1;
      continue;
    }
    // "Sen. Stephen Lynch (D-Mass.) said": a party-and-state bracket after the name.
    if (t.kind === 'punct' && t.text === ')') {
      let o = j - 1;
      while (o > from && j - o <= 8 && !isPunct(stream[o], '(')) o -= 1;
      if (isPunct(stream[o], '(') && o - 1 >= from && stream[o - 1]?.kind === 'word') {
        j = o - 1;
        continue;
      }
    }
    break;
  }
  const end = j + 1;
  let k = j;
  while (k >= from && end - k <= 12) {
    const t = stream[k];
    if (!t || t.kind === 'quote' || t.kind === 'punct') break;
    // By key: "But he said" opens with a capitalised connector, not a name.
    if (t.kind === 'word' && BOUNDARY_WORDS.has(t.key)) {
      // "Minister for Foreign Affairs and Defence": "and" between capitalised words is inside a title.
      if (!(
        t.text === 'and' &&
        isCapitalized(stream[k + 1]?.text ?? '') &&
        isCapitalized(stream[k - 1]?.text ?? '')
      ))
        break;
    }
    k -= 1;
  }
  const start = k + 1;
  if (start < end) return { np: { from: start, to: end }, apposition: null };
  // "Jens Stoltenberg, the alliance's secretary-general, said" / "Lavrov, who …, said".
  if (isPunct(stream[j], ',')) return leadingNameApposition(s, j) ?? commaApposition(s, j);
  return null;
}

/**
 * "Jillian Chase, 27, a Tinder user in New York, said": a name opening the sentence, then
 * several comma-separated asides (age, place, description, relative clause), then the verb.
 */
export function leadingNameApposition(
  s: SentenceInput,
  j: number,
  start = clauseStart(s),
): { np: NpRange; apposition: NpRange | null } | null {
  const { stream } = s;
  if (!isPunct(stream[j], ',')) return null;
  if (j - start > 40) return null;
  let c0 = start;
  // "Vann R. Newkirk II, a writer for …,": an initial's dot stays inside the name.
  const inName = (k: number): boolean => stream[k]?.kind === 'word' || abbreviationDot(s, k);
  while (c0 < j && inName(c0) && c0 - start < 6) c0 += 1;
  if (c0 === start || !isPunct(stream[c0], ',') || c0 >= j) return null;
  // A name, not a title ("The UK Defence Secretary, Ben Wallace, said" is the comma case).
  for (let k = start; k < c0; k += 1) {
    const t = stream[k];
    if (t && t.kind !== 'word') continue;
    if (!t || !isCapitalized(t.text) || TITLE_WORDS.has(t.key) || PERSON_ROLE_NOUNS.has(t.key))
      return null;
  }
  if (/^(?:the|a|an)$/.test(stream[start]?.key ?? '')) return null;
  for (let k = c0 + 1; k < j; k += 1) {
    const t = stream[k];
    // "Johnnie Wilson, of Springfield, Va., said": an abbreviation's dot stays inside the aside.
    if (!t || t.kind === 'quote' || (isPunct(t, ';:.!?') && !abbreviationDot(s, k))) return null;
    // A cue word inside the aside is its own report, unless capitalised ("United States") or
    // a noun after a determiner ("one of the states suing the EPA").
    if (t.kind === 'word' && CUE_VERBS.has(t.key) && !isCapitalized(t.text) && !nounUse(s, k))
      return null;
  }
  const np = { from: start, to: c0 };
  return s.isSpeaker(np) ? { np, apposition: { from: c0 + 1, to: j } } : null;
}

/** The comma cases of `npBefore`; undefined when none applies. */
export function commaApposition(
  s: SentenceInput,
  j: number,
): { np: NpRange; apposition: NpRange | null } | null {
  const { stream, from } = s;
  {
    let c1 = j - 1;
    while (c1 >= from && j - c1 < 25 && !isPunct(stream[c1], ',;:')) c1 -= 1;
    if (c1 < from || !isPunct(stream[c1], ',')) return null;
    const segment = { from: c1 + 1, to: j };
    const first = stream[c1 + 1];
    const inner = npBefore(s, c1);
    // "Moscow, however, says": a parenthetical adverb between subject and verb.
    if (stream.slice(c1 + 1, j).every((t) => t.kind === 'word' && PARENTHETICAL.has(t.key))) {
      return inner ? { np: inner.np, apposition: null } : null;
    }
    if (!inner) return null;
    if (first && /^(?:who|which|whose)$/.test(first.key)) return { np: inner.np, apposition: null };
    // "X, speaking after the meeting, argued": a participle aside, not a description of X.
    if (first && first.kind === 'word' && /^[a-z]+ing$/.test(first.text))
      return { np: inner.np, apposition: null };
    // "Russia's envoy to the UN, Vassily Nebenzia, said": the name between the commas is the speaker.
    const segFirst = stream[segment.from];
    if (
      segFirst &&
      segFirst.kind === 'word' &&
      isCapitalized(segFirst.text) &&
      s.isSpeaker(segment)
    ) {
      const innerFirst = stream[inner.np.from];
      if (innerFirst && !isCapitalized(innerFirst.text))
        return { np: segment, apposition: inner.np };
      if (innerFirst && /^(?:the|a|an)$/i.test(innerFirst.text))
        return { np: segment, apposition: inner.np };
      if (
        stream
          .slice(inner.np.from, inner.np.to)
          .some((t) => t.kind === 'poss' || (t.kind === 'word' && !isCapitalized(t.text)))
      )
        return { np: segment, apposition: inner.np };
    }
    return { np: inner.np, apposition: segment };
  }
}

/** NP starting at `i` (inverted attribution ", said Jens Stoltenberg, the …"). */
export function npAfter(s: SentenceInput, i: number): NpRange | null {
  const { stream, to } = s;
  let k = i;
  while (k < to && k - i < 12) {
    const t = stream[k];
    if (!t || t.kind === 'quote' || t.kind === 'punct') break;
    if (
      t.kind === 'word' &&
      !isCapitalized(t.text) &&
      (PREPOSITIONS.has(t.key) || BOUNDARY_WORDS.has(t.key))
    ) {
      // "according to a statement from the Chinese Foreign Ministry": the source follows the document.
      const ofDocument =
        /^(?:from|by|of)$/.test(t.key) && DOCUMENT_NOUNS.has(stream[k - 1]?.key ?? '');
      if (
        !ofDocument &&
        !(/^(?:for|of|and)$/.test(t.key) && isCapitalized(stream[k + 1]?.text ?? ''))
      )
        break;
    }
    if (t.kind === 'word' && k > i && CUE_VERBS.has(t.key) && !PERSON_ROLE_NOUNS.has(t.key)) break;
    k += 1;
  }
  return k > i ? { from: i, to: k } : null;
}

/**
 * "Chastened by the analyses, …", "Speaking to reporters, …": a capitalised -ed / -ing word and a
 * preposition open a participial adjunct before the subject, not a name.
 */
function leadingParticiple(s: SentenceInput, a: number): boolean {
  const t = s.stream[a];
  const n = s.stream[a + 1];
  return (
    t?.kind === 'word' &&
    /^[A-Z][a-z]{3,}(?:ed|ing)$/.test(t.text) &&
    n?.kind === 'word' &&
    PREPOSITIONS.has(n.key)
  );
}

/** A word that can open a leading subject: capitalised, or an article. */
function subjectOpener(text: string, key: string | undefined): boolean {
  return isCapitalized(text) || /^(?:the|a|an)$/.test(key ?? '');
}

/** Subject of the sentence, for participle cues (", saying they …"). */
export function leadingSubject(
  s: SentenceInput,
  before: number,
  // Whether the phrase read may speak; by default only a phrase the resolver names.
  accept: (np: NpRange) => boolean = s.isSpeaker,
): NpRange | null {
  const { stream } = s;
  let a = clauseStart(s);
  const first = stream[a];
  if (first && (LEADING_ADVERBIALS.has(first.key) || leadingParticiple(s, a))) {
    // "Chastened by the analyses, as well as complaints …, Trump revised …": the adjunct runs
    // on to the comma before a word that can open the subject.
    let k = a;
    while (
      k < before &&
      !(isPunct(stream[k], ',') && subjectOpener(stream[k + 1]?.text ?? '', stream[k + 1]?.key))
    )
      k += 1;
    if (k >= before) return null;
    a = k + 1;
  }
  let k = a;
  while (k < before) {
    const t = stream[k];
    if (!t) break;
    if (t.kind === 'poss') {
      k += 1;
      continue;
    }
    if (t.kind !== 'word') break;
    const ok =
      isCapitalized(t.text) ||
      /^(?:the|a|an|top|veteran|senior|long-serving|former)$/.test(t.key) ||
      TITLE_WORDS.has(t.key) ||
      PERSON_ROLE_NOUNS.has(t.key) ||
      ORG_HEAD_NOUNS.has(t.key) ||
      // "Secretary of State Antony Blinken": a connector between capitalised words.
      (/^(?:of|for|and)$/.test(t.key) &&
        k > a &&
        isCapitalized(stream[k - 1]?.text ?? '') &&
        isCapitalized(stream[k + 1]?.text ?? ''));
    if (!ok) break;
    k += 1;
  }
  if (k === a) return null;
  const np = { from: a, to: k };
  return accept(np) ? np : null;
}

/**
 * "The New York Times filed a motion, arguing …": "the" and capitalised words only, at least
 * two, name a body even when the resolver does not know it.
 */
export function namedBody(s: SentenceInput, np: NpRange): boolean {
  if (np.to - np.from < 2 || s.stream[np.from]?.key !== 'the') return false;
  for (let k = np.from + 1; k < np.to; k += 1) {
    const t = s.stream[k];
    if (!t || t.kind !== 'word' || !isCapitalized(t.text)) return false;
  }
  return true;
}
