import type { RuleId } from './attribution/rule.ts';
import type { QuoteSpan } from './find-direct-quotes.ts';
import {
  ABBREVIATIONS,
  ACCUSE_VERBS,
  BARE_CLAUSE_VERBS,
  CLAUSE_END_AFTER_COMMA,
  CUE_VERBS,
  DOCUMENT_NOUNS,
  INFINITIVE_VERBS,
  INVERSION_VERBS,
  AS_COMPLEMENT_VERBS,
  NP_OBJECT_VERBS,
  OBJECT_INFINITIVE_VERBS,
  ORG_HEAD_NOUNS,
  PARTICIPLE_CUES,
  PROGRESSIVE_CUES,
  PERSON_ROLE_NOUNS,
  SPEAKER_VERB_FILLERS,
  STATEMENT_NOUNS,
  TITLE_WORDS,
  WEEKDAYS,
} from './lexicon.ts';
import type { StreamToken } from './segment.ts';
import { isCapitalized } from './tokenize.ts';

/**
 * Finds the statements of one sentence and how they are attributed: direct quotes (with the
 * attribution after, before, or in a neighbouring sentence), reported speech ("X said that …",
 * "…, X said", "according to X, …", "X accused Y of …", "X pledged not to …",
 * "X's statement that …") and mixed speech (a reported clause containing quoted words).
 * Pure: speakers are returned as noun-phrase ranges for the resolver.
 *
 * Conventions (written down once, with an example each, in docs/extractor.md):
 * - a quote interrupted by its attribution is two quotes; a quote running over paragraphs is one;
 * - a reported clause containing quoted words is ONE mixed quote;
 * - scare quotes (one or two words inside a sentence) are never statements on their own;
 * - "…, he said, noting …": the statement is the clause before the attribution.
 */

export interface NpRange {
  /** Stream indices [from, to). */
  from: number;
  to: number;
}

export type SpeakerRef =
  { type: 'np'; np: NpRange; apposition: NpRange | null } | { type: 'continuation' };

export interface RawAttribution {
  kind: 'direct' | 'indirect' | 'mixed';
  /** Offsets of the statement in the article text. */
  start: number;
  end: number;
  /** Text ranges that make up the statement's words. */
  parts: [number, number][];
  cue: [number, number] | null;
  speaker: SpeakerRef;
  /** Which rule fired (registered in ./attribution/registry.ts; written into the quote). */
  rule: RuleId;
  /** Quote spans this statement consumed. */
  quotes: number[];
}

export interface SentenceInput {
  stream: readonly StreamToken[];
  from: number;
  to: number;
  spans: readonly QuoteSpan[];
  text: string;
  /** True when the stream range [from, to) can name a speaker (person, body, pronoun, source…). */
  isSpeaker: (np: NpRange) => boolean;
}

const BOUNDARY_WORDS = new Set(
  'that and but while as because when after before if although though since whereas who which where whom whose than so or nor'.split(
    ' ',
  ),
);
const PREPOSITIONS = new Set(
  'on in at during following after before to via through while when from with about over amid for by of upon ahead late early earlier later last this'.split(
    ' ',
  ),
);
const TIME_ADVERBS = new Set(
  'yesterday today tonight earlier later recently again too also now then separately previously afterwards late early here there this last'.split(
    ' ',
  ),
);
const OBJECT_VERBS = new Set(
  'told tells tell assured assures informed informs reminded reminds warned warns urged urges'.split(
    ' ',
  ),
);
const LEADING_ADVERBIALS = new Set(
  'on in at during following after before speaking addressing responding asked commenting writing earlier later meanwhile however also but and yet still separately previously last this'.split(
    ' ',
  ),
);

const PARENTHETICAL = new Set(
  'however meanwhile though too also in turn for its his her their part instead moreover furthermore indeed separately'.split(
    ' ',
  ),
);

/** Words without which no rule can fire (cues, accusations, pledges, requests, "according", report nouns). */
const TRIGGER_WORDS: ReadonlySet<string> = new Set([
  ...CUE_VERBS,
  ...INVERSION_VERBS,
  ...ACCUSE_VERBS,
  ...INFINITIVE_VERBS,
  ...OBJECT_INFINITIVE_VERBS,
  ...PARTICIPLE_CUES,
  ...STATEMENT_NOUNS,
  ...NP_OBJECT_VERBS,
  ...PROGRESSIVE_CUES.keys(),
  'according',
]);

/** Verbs that can head a subject–verb report: one lookup rules most words out. */
const CUE_LIKE: ReadonlySet<string> = new Set([
  ...NP_OBJECT_VERBS,
  ...CUE_VERBS,
  ...ACCUSE_VERBS,
  ...INFINITIVE_VERBS,
  ...OBJECT_INFINITIVE_VERBS,
]);

/** "wrote about X", "spoke of Y": what follows names a topic, so nothing was reported. */
const TOPIC_PREPOSITIONS = new Set(['about', 'of']);

const isWord = (t: StreamToken | undefined): t is StreamToken => !!t && t.kind === 'word';
const isPunct = (t: StreamToken | undefined, chars = ',;:.!?()—–…'): boolean =>
  !!t && t.kind === 'punct' && chars.includes(t.text);

function wordCount(
  stream: readonly StreamToken[],
  from: number,
  to: number,
  spans: readonly QuoteSpan[],
  text: string,
): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const t = stream[i];
    if (!t) continue;
    if (t.kind === 'word') n += 1;
    else if (t.kind === 'quote') n += quoteWordCount(spans[t.quote], text);
  }
  return n;
}

const wordCounts = new WeakMap<QuoteSpan, number>();

/** Words inside a quote span (memoised per span object). */
export function quoteWordCount(span: QuoteSpan | undefined, text: string): number {
  if (!span) return 0;
  const cached = wordCounts.get(span);
  if (cached !== undefined) return cached;
  const n = countWords(span, text);
  wordCounts.set(span, n);
  return n;
}

function countWords(span: QuoteSpan, text: string): number {
  let n = 0;
  for (const [a, b] of span.parts) {
    let inWord = false;
    for (let i = a; i < b; i += 1) {
      const c = text.charCodeAt(i);
      const word =
        (c >= 48 && c <= 57) ||
        (c >= 65 && c <= 90) ||
        (c >= 97 && c <= 122) ||
        (c >= 0xc0 &&
          c !== 0x2019 &&
          c !== 0x2018 &&
          c !== 0x201c &&
          c !== 0x201d &&
          c !== 0x2014 &&
          c !== 0x2013 &&
          c !== 0x2026 &&
          c !== 0xa0 &&
          /[\p{L}\p{N}]/u.test(text.charAt(i)));
      if (word && !inWord) n += 1;
      inWord = word;
    }
  }
  return n;
}

const NOUN_DETERMINERS = new Set(
  'the a an its their his her our your my these those this that such any no'.split(' '),
);

/** "Moscow's demands", "the claims": a cue word used as a noun after a possessive or determiner. */
function nounUse(s: SentenceInput, v: number): boolean {
  const prev = s.stream[v - 1];
  return (
    !!prev && (prev.kind === 'poss' || (prev.kind === 'word' && NOUN_DETERMINERS.has(prev.key)))
  );
}

/** "Jan." / "Gen.": a dot glued to an abbreviation does not end the clause. */
function abbreviationDot(s: SentenceInput, i: number): boolean {
  const t = s.stream[i];
  const prev = s.stream[i - 1];
  return (
    !!t &&
    t.text === '.' &&
    !!prev &&
    prev.kind === 'word' &&
    prev.end === t.start &&
    (ABBREVIATIONS.has(prev.key) || /^\p{Lu}$/u.test(prev.text))
  );
}

function quoteEndsWithComma(s: SentenceInput, i: number): boolean {
  const span = s.spans[s.stream[i]?.quote ?? -1];
  const last = span?.parts[span.parts.length - 1];
  return !!last && /,\s*$/.test(s.text.slice(Math.max(last[0], last[1] - 3), last[1]));
}

/**
 * Subject of a passive report "X was quoted [by TASS] as saying …", given the index of
 * "saying"; null when the words before it are not that frame.
 */
function quotedAsSubject(s: SentenceInput, v: number): NpRange | null {
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

const titleCases = new WeakMap<QuoteSpan, boolean>();

/** Mostly capitalised words: a title or a name in quotes, not a statement (memoised per span). */
function isTitleCase(span: QuoteSpan, text: string): boolean {
  let v = titleCases.get(span);
  if (v === undefined) {
    v = computeTitleCase(span, text);
    titleCases.set(span, v);
  }
  return v;
}

function computeTitleCase(span: QuoteSpan, text: string): boolean {
  // Words ending in sentence punctuation or a comma are a statement, whatever their case.
  const first = span.parts[0]?.[0] ?? 0;
  let e = span.parts[span.parts.length - 1]?.[1] ?? 0;
  while (e > first && /\s/.test(text.charAt(e - 1))) e -= 1;
  if (e > first && '.!?,'.includes(text.charAt(e - 1))) return false;
  const words = span.parts.flatMap(
    ([a, b]) => text.slice(a, b).match(/[\p{L}][\p{L}'’-]*/gu) ?? [],
  );
  const content = words.filter((w) => w.length > 3);
  if (content.length === 0) return false;
  return (
    content.filter((w) => isCapitalized(w)).length / content.length > 0.7 &&
    !/[.!?,]\s*$/.test(
      text.slice(span.parts[0]?.[0] ?? 0, span.parts[span.parts.length - 1]?.[1] ?? 0),
    )
  );
}

/** Verbs whose subject reports words whoever it is ("Almost half of respondents said …"). */
const SAY_VERBS = new Set('said says say told tells added adds wrote stated'.split(' '));

/**
 * Whoever follows "according to" is the source ("according to a new poll", "according to
 * people familiar with the talks"): a speaker the resolver knows, or any short phrase, then
 * honestly unknown.
 */
function sourceOfAccording(s: SentenceInput, np: NpRange): boolean {
  if (s.isSpeaker(np)) return true;
  const first = s.stream[np.from];
  return (
    np.to - np.from <= 10 && !!first && first.kind === 'word' && !NOT_A_SUBJECT.test(first.key)
  );
}

/** "-ed" words that modify a speaker rather than act ("unnamed officials", "retired generals"). */
const SUBJECT_PARTICIPLES = new Set(
  'unnamed unidentified informed concerned interested retired elected appointed registered polled surveyed united'.split(
    ' ',
  ),
);

/** Words that open no speaker phrase ("That said, …", "which he said"). */
const NOT_A_SUBJECT =
  /^(?:this|that|which|who|what|there|here|it|as|so|such|some|one|all|many|most|none)$/;

/**
 * A subject the resolver cannot name but that still says something ("Supporters of the plan
 * say", "Almost half of respondents said"): up to eight words, no quote, no verb of its own.
 * The speaker is then honestly unknown.
 */
function looseSubject(s: SentenceInput, np: NpRange, verb: string): boolean {
  if (!SAY_VERBS.has(verb) || np.to - np.from > 8) return false;
  const first = s.stream[np.from];
  if (!first || first.kind !== 'word' || NOT_A_SUBJECT.test(first.key)) return false;
  for (let k = np.from; k < np.to; k += 1) {
    const t = s.stream[k];
    if (!t || t.kind === 'quote' || t.kind === 'punct') return false;
    if (t.kind === 'word' && (CUE_LIKE.has(t.key) || AUXILIARIES.has(t.key))) return false;
    // "The minister also rejected claims": a verb inside is no subject.
    if (t.kind === 'word' && /ed$/.test(t.text) && !SUBJECT_PARTICIPLES.has(t.key)) return false;
  }
  return true;
}

const AUXILIARIES = new Set(
  'is are was were be been being has have had will would can could should may might must do does did not'.split(
    ' ',
  ),
);

/** NP ending just before `v` (after skipping fillers like "also", "has", "on Sunday"). */
function npBefore(s: SentenceInput, v: number): { np: NpRange; apposition: NpRange | null } | null {
  const { stream, from } = s;
  let j = v - 1;
  for (;;) {
    const t = stream[j];
    if (j < from || !t) break;
    if (t.kind === 'word' && SPEAKER_VERB_FILLERS.has(t.key)) {
      j -= 1;
      continue;
    }
    if (t.kind === 'word' && WEEKDAYS.has(t.key) && stream[j - 1]?.key === 'on') {
      j -= 2;
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
    if (t.kind === 'word' && BOUNDARY_WORDS.has(t.text)) {
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
function leadingNameApposition(
  s: SentenceInput,
  j: number,
  start = clauseStart(s),
): { np: NpRange; apposition: NpRange | null } | null {
  const { stream } = s;
  if (!isPunct(stream[j], ',')) return null;
  if (j - start > 40) return null;
  let c0 = start;
  while (c0 < j && stream[c0]?.kind === 'word' && c0 - start < 5) c0 += 1;
  if (c0 === start || !isPunct(stream[c0], ',') || c0 >= j) return null;
  // A name, not a title ("The UK Defence Secretary, Ben Wallace, said" is the comma case).
  for (let k = start; k < c0; k += 1) {
    const t = stream[k];
    if (!t || !isCapitalized(t.text) || TITLE_WORDS.has(t.key) || PERSON_ROLE_NOUNS.has(t.key))
      return null;
  }
  if (/^(?:the|a|an)$/.test(stream[start]?.key ?? '')) return null;
  for (let k = c0 + 1; k < j; k += 1) {
    const t = stream[k];
    // "Johnnie Wilson, of Springfield, Va., said": an abbreviation's dot stays inside the aside.
    if (!t || t.kind === 'quote' || (isPunct(t, ';:.!?') && !abbreviationDot(s, k))) return null;
    if (t.kind === 'word' && CUE_VERBS.has(t.key)) return null;
  }
  const np = { from: start, to: c0 };
  return s.isSpeaker(np) ? { np, apposition: { from: c0 + 1, to: j } } : null;
}

/** The comma cases of `npBefore`; undefined when none applies. */
function commaApposition(
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
function npAfter(s: SentenceInput, i: number): NpRange | null {
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

/** Start of the reported clause: skips a dateline ("ROME (Sputnik) - ", "MOSCOW, Oct 31 (Reuters) —"). */
function clauseStart(s: SentenceInput): number {
  const { stream, from, to } = s;
  const first = stream[from];
  if (
    first &&
    first.kind === 'word' &&
    first.text.length > 1 &&
    !(first.text.charCodeAt(1) >= 97 && first.text.charCodeAt(1) <= 122) &&
    first.text === first.text.toUpperCase() &&
    /\p{L}/u.test(first.text)
  ) {
    for (let k = from + 1; k < Math.min(to, from + 12); k += 1) {
      if (stream[k]?.kind === 'punct' && /^[—–]$/.test(stream[k]?.text ?? '')) return k + 1;
    }
  }
  return from;
}

function lastContentIndex(s: SentenceInput, end: number): number {
  let e = end;
  while (e > s.from && isPunct(s.stream[e - 1], ',;:.!?—–…')) e -= 1;
  return e;
}

function rangeText(s: SentenceInput, a: number, b: number): [number, number] | null {
  const first = s.stream[a];
  const last = s.stream[b - 1];
  if (!first || !last || b <= a) return null;
  return [first.start, last.end];
}

function quotesIn(s: SentenceInput, a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i += 1) {
    const t = s.stream[i];
    if (t?.kind === 'quote') out.push(t.quote);
  }
  return out;
}

function cueRange(s: SentenceInput, v: number, objectEnd: number): [number, number] {
  const a = s.stream[v];
  const b = s.stream[Math.max(v, objectEnd - 1)];
  let start = a?.start ?? 0;
  // Keep a perfect auxiliary ("has said", "had told") as written.
  const aux = s.stream[v - 1];
  if (aux && /^(?:has|have|had)$/.test(aux.key)) start = aux.start;
  return [start, b?.end ?? a?.end ?? 0];
}

const ADJUNCT_NOUNS = new Set(
  'statement interview briefing conference tweet post speech address message letter call meeting interviews remarks comments'.split(
    ' ',
  ),
);

/** Skips "on Thursday", "in a statement", "at a news conference" so a bare clause can follow. */
function skipAdjunct(s: SentenceInput, k: number): number {
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
function skipObject(s: SentenceInput, v: number): number {
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

const TELL_VERBS = new Set(['told', 'tells', 'tell']);
const OBJECT_PRONOUNS = /^(?:him|her|them|me|us|you)$/;
const OBJECT_DETERMINERS = /^(?:his|her|their|its|our|my|a|an)$/;

/**
 * End of the hearer after "told" when it is short and clearly delimited: a pronoun ("told him"),
 * a name or outlet ("told POLITICO", "told The Washington Post", "told the AP"), a determiner
 * and one noun ("told his audience"), a bare plural ("told reporters"); -1 otherwise.
 */
function tellObjectEnd(s: SentenceInput, v: number): number {
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

function buildIndirect(
  s: SentenceInput,
  clause: [number, number],
  cue: [number, number] | null,
  speaker: SpeakerRef,
  rule: RuleId,
  extra: [number, number] | null = null,
  minWords = 3,
): RawAttribution | null {
  const [a, b0] = clause;
  const b = lastContentIndex(s, b0);
  if (b - a < 1 || wordCount(s.stream, a, b, s.spans, s.text) < minWords) return null;
  const range = rangeText(s, a, b);
  if (!range) return null;
  const parts: [number, number][] = [range];
  let end = range[1];
  if (extra) {
    const eb = lastContentIndex(s, extra[1]);
    const r2 = rangeText(s, extra[0], eb);
    if (r2) {
      parts.push(r2);
      end = r2[1];
    }
  }
  const quotes = [...quotesIn(s, a, b), ...(extra ? quotesIn(s, extra[0], extra[1]) : [])];
  // Scare quotes (one or two words) do not make reported speech mixed.
  const quoted = quotes.some((q) => quoteWordCount(s.spans[q], s.text) >= 3);
  return {
    kind: quoted ? 'mixed' : 'indirect',
    start: range[0],
    end,
    parts,
    cue,
    speaker,
    rule,
    quotes,
  };
}

/** "…, X said [on Sunday][, noting …]." / "…, said X, the …" / "…, according to X." */
function trailingAttribution(s: SentenceInput): RawAttribution[] | null {
  const { stream, from, to } = s;
  const start = clauseStart(s);
  const end = lastContentIndex(s, to);
  for (let c = end - 1; c > start; c -= 1) {
    // `was a "theatrical performance," X told journalists`: the comma sits inside the marks.
    const quoteComma = stream[c]?.kind === 'quote' && quoteEndsWithComma(s, c);
    if (!isPunct(stream[c], ',—–') && !quoteComma) continue;
    const clauseEnd = quoteComma ? c + 1 : c;
    const a = c + 1;
    let speaker: SpeakerRef | null = null;
    let cue: [number, number] | null = null;
    let after = -1;
    // "…, X said, …" (not "…, said X, …" nor "according to"): only then may the clause resume.
    let subjectFirst = false;
    const t = stream[a];
    if (!t) continue;
    if (t.key === 'according' && stream[a + 1]?.key === 'to') {
      const np = npAfter(s, a + 2);
      if (np && sourceOfAccording(s, np)) {
        speaker = { type: 'np', np, apposition: null };
        cue = [t.start, stream[a + 1]?.end ?? t.end];
        after = np.to;
      }
    } else if (t.kind === 'word' && INVERSION_VERBS.has(t.key)) {
      const np = npAfter(s, a + 1);
      if (np && s.isSpeaker(np)) {
        let appo: NpRange | null = null;
        after = np.to;
        if (isPunct(stream[np.to], ',') && /^(?:the|a|an)$/.test(stream[np.to + 1]?.key ?? '')) {
          const ap = npAfter(s, np.to + 1);
          if (ap) {
            appo = ap;
            after = ap.to;
          }
        }
        // "…, said the union expected production to …": a clause follows, so this "said"
        // opens a report of its own; an inverted attribution ends the sentence or an adjunct follows.
        const nt = stream[after];
        if (
          nt &&
          after < end &&
          !isPunct(nt) &&
          !(
            nt.kind === 'word' &&
            (PREPOSITIONS.has(nt.key) || TIME_ADVERBS.has(nt.key) || WEEKDAYS.has(nt.key))
          )
        )
          continue;
        speaker = { type: 'np', np, apposition: appo };
        cue = cueRange(s, a, a + 1);
      }
    } else {
      for (let v = a + 1; v < Math.min(end, a + 15); v += 1) {
        const vt = stream[v];
        if (!vt || vt.kind === 'quote' || isPunct(vt)) break;
        if (
          vt.kind !== 'word' ||
          !CUE_VERBS.has(vt.key) ||
          PARTICIPLE_CUES.has(vt.key) ||
          nounUse(s, v)
        )
          continue;
        const np = npBefore(s, v);
        if (!np || np.np.from !== a || !(s.isSpeaker(np.np) || looseSubject(s, np.np, vt.key)))
          break;
        const objEnd = OBJECT_VERBS.has(vt.key) ? skipObject(s, v) : v + 1;
        // Only adjuncts may follow a trailing attribution ("said on Sunday", "told reporters in Rome").
        const nt = stream[objEnd];
        if (
          nt &&
          nt.kind !== 'punct' &&
          !(
            nt.kind === 'word' &&
            ((PREPOSITIONS.has(nt.key) && !TOPIC_PREPOSITIONS.has(nt.key)) ||
              TIME_ADVERBS.has(nt.key) ||
              WEEKDAYS.has(nt.key))
          )
        )
          break;
        speaker = { type: 'np', np: np.np, apposition: np.apposition };
        cue = cueRange(s, v, objEnd);
        after = v + 1;
        subjectFirst = true;
        break;
      }
    }
    if (!speaker || after < 0) continue;
    // What follows the attribution: adjuncts, a participle continuation, or the rest of the clause.
    let k = after;
    while (k < end && !isPunct(stream[k], ',;—–')) {
      if (stream[k]?.kind === 'quote' || stream[k]?.key === 'that') break;
      k += 1;
    }
    if (k < end && (stream[k]?.kind === 'quote' || stream[k]?.key === 'that')) continue;
    let extra: [number, number] | null = null;
    if (k < end) {
      const n = stream[k + 1];
      // ", citing …", ", saying …": a participle adds to the attribution, it does not resume the clause.
      const participle = !!n && (PARTICIPLE_CUES.has(n.key) || /^[a-z]+ing$/.test(n.text));
      if (
        !participle &&
        n &&
        n.kind === 'word' &&
        !isCapitalized(n.text) &&
        !/^(?:the|a|an)$/.test(n.key)
      ) {
        // "The talks, Lavrov said, were productive": the clause resumes after the attribution.
        extra = [k + 1, end];
      }
    }
    const clauseFrom = start;
    if (stream[clauseFrom]?.key === 'according') continue;
    const resumeFirst = extra ? stream[extra[0]] : undefined;
    if (
      extra &&
      resumeFirst &&
      subjectFirst &&
      !PREPOSITIONS.has(resumeFirst.key) &&
      !TITLE_WORDS.has(resumeFirst.key) &&
      !PERSON_ROLE_NOUNS.has(resumeFirst.key) &&
      !/ing$/.test(resumeFirst.key)
    ) {
      // A reported clause interrupted by its cue is two statements, like a direct quote split
      // by its cue ("Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt").
      const first = buildIndirect(
        s,
        [clauseFrom, clauseEnd],
        cue,
        speaker,
        'clause-then-speaker',
        null,
        2,
      );
      const second = first && buildIndirect(s, extra, cue, speaker, 'clause-resumed', null, 2);
      if (first && second) return [first, second];
    }
    const q = buildIndirect(s, [clauseFrom, clauseEnd], cue, speaker, 'clause-then-speaker', extra);
    if (q) {
      q.end = Math.max(q.end, stream[end - 1]?.end ?? q.end);
      q.end = q.parts[q.parts.length - 1]?.[1] ?? q.end;
      return [q];
    }
  }
  void from;
  return null;
}

/** "According to X, …" at the start of the sentence. */
function leadingAccordingTo(s: SentenceInput): RawAttribution | null {
  const { stream, to } = s;
  const a = clauseStart(s);
  if (stream[a]?.key !== 'according' || stream[a + 1]?.key !== 'to') return null;
  const np = npAfter(s, a + 2);
  if (!np || !isPunct(stream[np.to], ',') || !sourceOfAccording(s, np)) return null;
  const cue: [number, number] = [stream[a]?.start ?? 0, stream[a + 1]?.end ?? 0];
  return buildIndirect(
    s,
    [np.to + 1, to],
    cue,
    { type: 'np', np, apposition: null },
    'according-to',
  );
}

/** Subject of the sentence, for participle cues (", saying they …"). */
function leadingSubject(s: SentenceInput, before: number): NpRange | null {
  const { stream } = s;
  let a = clauseStart(s);
  const first = stream[a];
  if (first && LEADING_ADVERBIALS.has(first.key)) {
    let k = a;
    while (k < before && !isPunct(stream[k], ',')) k += 1;
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
  return s.isSpeaker(np) ? np : null;
}

/**
 * "X said (that) …", "X told reporters on Sunday that …", "X accused Y of …", "X pledged not to …",
 * "X was quoted as saying …". A second clause with its own speaker ("…, while Iran insists
 * that …") is a second statement.
 */
function subjectVerbClause(s: SentenceInput): RawAttribution[] {
  const { stream, to } = s;
  const start = clauseStart(s);
  const end = lastContentIndex(s, to);
  const found: RawAttribution[] = [];
  for (let v = start; v < end; v += 1) {
    const vt = stream[v];
    if (!isWord(vt)) continue;
    // "Trump is warning voters that …": the progressive reads as the present ("warns").
    const present = PROGRESSIVE_CUES.get(vt.key);
    const progressive = !!present && PROGRESSIVE_AUX.test(stream[v - 1]?.key ?? '');
    const key = progressive && present ? present : vt.key;
    if (!CUE_LIKE.has(key)) continue;
    const participle =
      PARTICIPLE_CUES.has(key) &&
      (isPunct(stream[v - 1], ',') ||
        (stream[v - 1]?.kind === 'quote' && quoteEndsWithComma(s, v - 1)));
    const cueLike =
      CUE_VERBS.has(key) ||
      ACCUSE_VERBS.has(key) ||
      INFINITIVE_VERBS.has(key) ||
      OBJECT_INFINITIVE_VERBS.has(key) ||
      NP_OBJECT_VERBS.has(key);
    if (!cueLike || nounUse(s, v)) continue;
    // "was criticized", "a group called X": the subject is not the one speaking.
    if (
      NP_OBJECT_VERBS.has(key) &&
      !CUE_VERBS.has(key) &&
      !progressive &&
      PASSIVE_AUX.test(stream[v - 1]?.key ?? '')
    )
      continue;
    let speaker: SpeakerRef | null = null;
    const passive = quotedAsSubject(s, v);
    if (passive) {
      speaker = { type: 'np', np: passive, apposition: null };
    } else if (participle) {
      const subj = leadingSubject(s, v);
      if (subj) speaker = { type: 'np', np: subj, apposition: null };
    } else if (/^(?:and|but)$/.test(stream[v - 1]?.key ?? '') && v - 1 > start) {
      // "Zakharova described the sanctions as … and said Moscow would respond": shared subject.
      const subj = leadingSubject(s, v - 1);
      if (subj) speaker = { type: 'np', np: subj, apposition: null };
    } else {
      const np = npBefore(s, v);
      if (np && (s.isSpeaker(np.np) || (np.np.from === start && looseSubject(s, np.np, key)))) {
        // The subject must open its clause: sentence start, after a leading adverbial comma, or a connector.
        const before = stream[np.np.from - 1];
        if (
          np.np.from === start ||
          isPunct(before, ',;:—–(') ||
          (before && BOUNDARY_WORDS.has(before.key)) ||
          np.apposition
        ) {
          speaker = { type: 'np', np: np.np, apposition: np.apposition };
        }
      }
    }
    if (!speaker) continue;
    // "A group called the People Foundation paid …": "called" names, it does not characterise.
    if (
      (key === 'called' || key === 'calls') &&
      speaker.type === 'np' &&
      /^(?:a|an)$/.test(stream[speaker.np.from]?.key ?? '')
    )
      continue;

    let k = v + 1;
    let clauseFrom = -1;
    let objEnd = v + 1;
    if (ACCUSE_VERBS.has(key)) {
      for (let m = v + 1; m < Math.min(end, v + 10); m += 1) {
        const mt = stream[m];
        if (!mt || isPunct(mt)) break;
        if (mt.key === 'of' || mt.key === 'for') {
          clauseFrom = v + 1;
          break;
        }
      }
    } else if (
      INFINITIVE_VERBS.has(key) &&
      (stream[k]?.key === 'to' || (stream[k]?.key === 'not' && stream[k + 1]?.key === 'to'))
    ) {
      clauseFrom = k;
    } else if (
      (/^(?:urged|urges|asked|asks|warned|warns)$/.test(key) && stream[k]?.kind === 'word') ||
      ((key === 'called' || key === 'calls') && stream[k]?.key === 'on')
    ) {
      for (let m = k; m < Math.min(end, k + 8); m += 1) {
        const mt = stream[m];
        if (!mt || isPunct(mt) || mt.kind === 'quote') break;
        if (mt.key === 'to' && m > k) {
          clauseFrom = key === 'called' || key === 'calls' ? k + 1 : k;
          break;
        }
      }
    }
    let npObject = false;
    if (clauseFrom < 0 && NP_OBJECT_VERBS.has(key)) {
      clauseFrom = npObjectClause(s, v, end);
      npObject = clauseFrom >= 0;
    }
    if (clauseFrom < 0 && CUE_VERBS.has(key)) {
      let tellBare = false;
      if (OBJECT_VERBS.has(key)) {
        const e = TELL_VERBS.has(key) ? tellObjectEnd(s, v) : -1;
        const et = e > 0 ? stream[e] : undefined;
        if (
          et &&
          (et.kind === 'quote' || et.kind === 'word') &&
          et.key !== 'that' &&
          !PREPOSITIONS.has(et.key) &&
          !/^(?:to|about|and|or|but)$/.test(et.key)
        ) {
          // "told the AP her group never worked …": a short object, then the clause itself.
          objEnd = e;
          tellBare = true;
        } else objEnd = skipObject(s, v);
        k = objEnd;
      }
      k = skipAdjunct(s, k);
      const t = stream[k];
      if (t?.key === 'that') clauseFrom = k + 1;
      else if (isPunct(t, ':')) clauseFrom = k + 1;
      else if (t && (isPunct(t, ',') || (t.kind === 'word' && PREPOSITIONS.has(t.key)))) {
        for (let m = k; m < Math.min(end, k + 25); m += 1) {
          const mt = stream[m];
          if (!mt || mt.kind === 'quote') break;
          if (isPunct(mt, '.;!?') && !abbreviationDot(s, m)) break;
          if (mt.kind === 'word' && CUE_VERBS.has(mt.key)) break;
          if (mt.key === 'that') {
            clauseFrom = m + 1;
            break;
          }
        }
      } else if (
        t &&
        (t.kind === 'word' || t.kind === 'quote') &&
        BARE_CLAUSE_VERBS.has(key) &&
        !participle &&
        (!OBJECT_VERBS.has(key) || objEnd - v <= 3 || tellBare) &&
        !/^(?:to|so|too|nothing|something|anything|goodbye|yes)$/.test(t.key) &&
        !(t.key === 'no' && (stream[k + 1]?.key === 'to' || isPunct(stream[k + 1])))
      ) {
        clauseFrom = k;
      } else if (t && (participle || passive) && (t.kind === 'word' || t.kind === 'quote')) {
        clauseFrom = k;
      }
    }
    if (clauseFrom < 0) continue;
    // A direct quote right after the cue belongs to the direct-quote rules.
    if (
      stream[clauseFrom]?.kind === 'quote' &&
      clauseFrom === end - 1 &&
      stream[clauseFrom - 1]?.key !== 'that'
    )
      continue;
    let clauseEnd = end;
    // "Ukraine says Russia shelled the plant; Moscow denies it": a semicolon ends the report.
    for (let m = clauseFrom; m < end; m += 1) {
      if (isPunct(stream[m], ';')) {
        clauseEnd = m;
        break;
      }
    }
    if (participle) {
      for (let m = clauseFrom; m < clauseEnd; m += 1) {
        if (
          isPunct(stream[m], ',;') &&
          /^(?:but|and|while|whereas)$/.test(stream[m + 1]?.key ?? '')
        ) {
          clauseEnd = m;
          break;
        }
      }
    }
    // "called for more investment in a statement on Thursday": the adjuncts are not the object.
    if (npObject) clauseEnd = trimTrailingAdjuncts(s, clauseFrom, clauseEnd);
    // "praised the plan, saying …", 'called it "dangerous," adding that …': the object ends at
    // the participle, which reports a statement of its own.
    let participleAt = -1;
    if (npObject) {
      for (let m = clauseFrom; m < clauseEnd - 1; m += 1) {
        const mt = stream[m];
        const comma = isPunct(mt, ',') || (mt?.kind === 'quote' && quoteEndsWithComma(s, m));
        if (comma && PARTICIPLE_CUES.has(stream[m + 1]?.key ?? '')) {
          clauseEnd = mt?.kind === 'quote' ? m + 1 : m;
          participleAt = m + 1;
          break;
        }
      }
    }
    // "said the plan failed, although polls say …": the writer's own narration follows.
    if (!participle) {
      for (let m = clauseFrom + 2; m < clauseEnd - 1; m += 1) {
        if (isPunct(stream[m], ',') && CLAUSE_END_AFTER_COMMA.has(stream[m + 1]?.key ?? '')) {
          clauseEnd = m;
          break;
        }
      }
    }
    // "He said his attacks had worked and said that Trump …": a second speech act of the same
    // subject ends the first statement; the loop reads it from its cue.
    let coordinated = -1;
    if (!npObject && !participle) {
      for (let m = clauseFrom + 2; m < clauseEnd - 2; m += 1) {
        const nt = stream[m + 1];
        if (
          stream[m]?.key === 'and' &&
          isWord(nt) &&
          (BARE_CLAUSE_VERBS.has(nt.key) ||
            (CUE_VERBS.has(nt.key) && stream[m + 2]?.key === 'that')) &&
          !ACCUSE_VERBS.has(nt.key) &&
          !nounUse(s, m + 1)
        ) {
          clauseEnd = m;
          coordinated = m;
          break;
        }
      }
    }
    let rest: RawAttribution[] = [];
    for (let m = clauseFrom + 1; m < clauseEnd - 2; m += 1) {
      if (!isPunct(stream[m], ',;') || !/^(?:while|whereas|but)$/.test(stream[m + 1]?.key ?? ''))
        continue;
      const next = subjectVerbClause({ ...s, from: m + 2 });
      if (next.length > 0) {
        clauseEnd = m;
        rest = next;
        break;
      }
    }
    const q = buildIndirect(
      s,
      [clauseFrom, clauseEnd],
      cueRange(s, v, Math.max(objEnd, v + 1)),
      speaker,
      passive
        ? 'quoted-as'
        : participle
          ? 'participle'
          : npObject
            ? 'speech-act-object'
            : 'speaker-verb-clause',
    );
    if (participleAt >= 0) {
      if (q) found.push(q);
      v = participleAt - 1;
      continue;
    }
    if (coordinated >= 0) {
      if (q) found.push(q);
      v = coordinated;
      continue;
    }
    if (q) return [...found, q, ...rest];
  }
  return found;
}

const PASSIVE_AUX = /^(?:was|were|is|are|be|been|being|get|got)$/;
const PROGRESSIVE_AUX = /^(?:is|are|was|were|been|be)$/;

/**
 * End of [from, end) without trailing "in a statement", "on Thursday", "at a news conference",
 * "during an interview on Fox" (an adjunct of the speech act, not part of what was said).
 */
function trimTrailingAdjuncts(s: SentenceInput, from: number, end: number): number {
  const { stream } = s;
  let e = lastContentIndex(s, end);
  for (let round = 0; round < 3; round += 1) {
    let trimmed = false;
    // "on Thursday" / "Thursday"
    const last = stream[e - 1];
    if (last && WEEKDAYS.has(last.key)) {
      e -= stream[e - 2]?.key === 'on' ? 2 : 1;
      trimmed = true;
    }
    // "in a statement", "at a news conference", "in an interview with CNN"
    for (let m = e - 1; m > from && e - m <= 6; m -= 1) {
      const mt = stream[m];
      if (!mt || mt.kind !== 'word') break;
      if (ADJUNCT_NOUNS.has(mt.key)) {
        let p = m - 1;
        while (p > from && m - p <= 3 && !/^(?:in|at|during|on)$/.test(stream[p]?.key ?? ''))
          p -= 1;
        if (p > from && /^(?:in|at|during|on)$/.test(stream[p]?.key ?? '')) {
          e = p;
          trimmed = true;
        }
        break;
      }
    }
    if (!trimmed) break;
  }
  return e - from >= 1 ? e : end;
}

/** Particles that make "called" something else than a characterisation ("called off", "called in"). */
const CALLED_PARTICLES =
  /^(?:off|up|in|back|out|to|into|at|by|with|from|upon|after|over|around|away|down|and|or|but)$/;

/**
 * Start of the statement of a speech act whose object is the statement (NP_OBJECT_VERBS), or -1:
 * "called for a ceasefire" → "a ceasefire"; "called the attack a vile act" → "the attack a vile
 * act"; "described X as Y" (needs "as"); "denied that …" → the clause; "denied the claims".
 */
function npObjectClause(s: SentenceInput, v: number, end: number): number {
  const { stream } = s;
  const key = stream[v]?.key ?? '';
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

/** "Putin's statement that …", "his remarks that …" anywhere in the sentence. */
function nominalReports(s: SentenceInput): RawAttribution[] {
  const { stream, to } = s;
  const out: RawAttribution[] = [];
  for (let n = s.from + 1; n < to - 1; n += 1) {
    const nt = stream[n];
    if (!isWord(nt) || !STATEMENT_NOUNS.has(nt.key) || stream[n + 1]?.key !== 'that') continue;
    let np: NpRange | null = null;
    const prev = stream[n - 1];
    if (prev && /^(?:his|her|their|its)$/.test(prev.key)) np = { from: n - 1, to: n };
    else if (prev?.kind === 'poss') {
      let k = n - 2;
      while (
        k >= s.from &&
        isWord(stream[k]) &&
        isCapitalized(stream[k]?.text ?? '') &&
        n - 2 - k < 4
      )
        k -= 1;
      if (k + 1 <= n - 2) np = { from: k + 1, to: n - 1 };
    }
    if (!np || !s.isSpeaker(np)) continue;
    let e = n + 2;
    while (e < to && !isPunct(stream[e], ',;.!?—–') && stream[e]?.kind !== 'quote') e += 1;
    const q = buildIndirect(
      s,
      [n + 2, e],
      [nt.start, nt.end],
      { type: 'np', np, apposition: null },
      'nominal-report',
    );
    if (q) out.push(q);
  }
  return out;
}

function directFromSpan(
  s: SentenceInput,
  qi: number,
  speaker: SpeakerRef,
  cue: [number, number] | null,
  rule: RuleId,
): RawAttribution {
  const t = s.stream[qi];
  const span = s.spans[t?.quote ?? -1];
  return {
    kind: 'direct',
    start: span?.start ?? t?.start ?? 0,
    end: span?.end ?? t?.end ?? 0,
    parts: span ? span.parts.map(([a, b]) => [a, b] as [number, number]) : [],
    cue,
    speaker,
    rule,
    quotes: t ? [t.quote] : [],
  };
}

/** Attribution right after a quote: `"…," X said …` or `"…," said X`. */
function attributionAfter(
  s: SentenceInput,
  qi: number,
): { speaker: SpeakerRef; cue: [number, number] } | null {
  const { stream, to } = s;
  let a = qi + 1;
  while (a < to && isPunct(stream[a], ',;:—–')) a += 1;
  const t = stream[a];
  if (!t || t.kind !== 'word') return null;
  // '"The door is open," according to Stoltenberg.'
  if (t.key === 'according' && stream[a + 1]?.key === 'to') {
    const np = npAfter(s, a + 2);
    if (np && sourceOfAccording(s, np))
      return {
        speaker: { type: 'np', np, apposition: null },
        cue: [t.start, stream[a + 1]?.end ?? t.end],
      };
    return null;
  }
  if (
    INVERSION_VERBS.has(t.key) ||
    (CUE_VERBS.has(t.key) &&
      !PARTICIPLE_CUES.has(t.key) &&
      !isCapitalized(t.text) &&
      stream[a + 1] &&
      isCapitalized(stream[a + 1]?.text ?? ''))
  ) {
    const np = npAfter(s, a + 1);
    if (np && s.isSpeaker(np)) {
      let appo: NpRange | null = null;
      if (isPunct(stream[np.to], ',') && /^(?:the|a|an)$/.test(stream[np.to + 1]?.key ?? ''))
        appo = npAfter(s, np.to + 1);
      return { speaker: { type: 'np', np, apposition: appo }, cue: cueRange(s, a, a + 1) };
    }
  }
  // '"…," Michael McFaul, a senior fellow at …, said of RT.' / '"…," Quina Jones, 25, said'
  if (isCapitalized(t.text) && isPunct(stream[a + 1], ',') !== isPunct(stream[a + 2], ',')) {
    for (let v = a + 2; v < Math.min(to, a + 40); v += 1) {
      const vt = stream[v];
      if (!vt || vt.kind === 'quote' || isPunct(vt, ';:.!?')) break;
      if (vt.kind !== 'word' || !CUE_VERBS.has(vt.key) || !isPunct(stream[v - 1], ',')) continue;
      const np = leadingNameApposition(s, v - 1, a);
      if (np)
        return {
          speaker: { type: 'np', np: np.np, apposition: np.apposition },
          cue: cueRange(s, v, v + 1),
        };
      break;
    }
  }
  for (let v = a + 1; v < Math.min(to, a + 14); v += 1) {
    const vt = stream[v];
    if (!vt || vt.kind === 'quote' || isPunct(vt)) return null;
    if (vt.kind !== 'word' || !CUE_VERBS.has(vt.key) || nounUse(s, v)) continue;
    const np = npBefore(s, v);
    if (!np || np.np.from !== a) return null;
    const objEnd = OBJECT_VERBS.has(vt.key) ? skipObject(s, v) : v + 1;
    // An unresolvable subject still attributes the quote (the resolver says "unknown").
    return {
      speaker: { type: 'np', np: np.np, apposition: np.apposition },
      cue: cueRange(s, v, objEnd),
    };
  }
  return null;
}

/** Attribution right before a quote: `X said: "…"`, `X told reporters, "…"`, `X said "…"`. */
function attributionBefore(
  s: SentenceInput,
  qi: number,
): { speaker: SpeakerRef; cue: [number, number] | null } | null {
  const { stream } = s;
  let j = qi - 1;
  // 'Andriy Yermak: "Peace through strength."': a bare name and a colon introduce the words.
  const start = clauseStart(s);
  if (isPunct(stream[j], ':') && j - start >= 1 && j - start <= 5) {
    const np = { from: start, to: j };
    const named = stream
      .slice(start, j)
      .every((t) => (t.kind === 'word' && isCapitalized(t.text)) || t.kind === 'poss');
    if (named && s.isSpeaker(np))
      return { speaker: { type: 'np', np, apposition: null }, cue: null };
  }
  if (isPunct(stream[j], ',:—–')) j -= 1;
  // Allow short adjuncts between the cue and the quote ("said on Sunday:", "told reporters in Rome,").
  for (let v = j; v >= Math.max(s.from, j - 8); v -= 1) {
    const vt = stream[v];
    if (!vt || vt.kind === 'quote' || (isPunct(vt) && v !== j)) return null;
    if (vt.kind === 'word' && vt.key === 'that') return null;
    if (vt.kind !== 'word' || !CUE_VERBS.has(vt.key) || nounUse(s, v)) continue;
    if (v !== j && !isPunct(stream[qi - 1], ',:—–')) return null;
    const passive = quotedAsSubject(s, v);
    if (passive)
      return {
        speaker: { type: 'np', np: passive, apposition: null },
        cue: cueRange(s, v, v + 1),
      };
    if (PARTICIPLE_CUES.has(vt.key) && isPunct(stream[v - 1], ',')) {
      const subj = leadingSubject(s, v);
      // '"…," Zakharova said, adding: "…"': the speaker of the sentence's earlier quote goes on.
      if (!subj && stream.slice(s.from, v).some((t) => t.kind === 'quote'))
        return { speaker: { type: 'continuation' }, cue: cueRange(s, v, v + 1) };
      if (!subj) return null;
      return { speaker: { type: 'np', np: subj, apposition: null }, cue: cueRange(s, v, v + 1) };
    }
    const np = npBefore(s, v);
    if (!np) return null;
    const objEnd = OBJECT_VERBS.has(vt.key) ? skipObject(s, v) : v + 1;
    return {
      speaker: { type: 'np', np: np.np, apposition: np.apposition },
      cue: cueRange(s, v, objEnd),
    };
  }
  return null;
}

/**
 * All statements in one sentence. Direct quotes first; when the sentence holds a standalone
 * direct quote the rest of it is attribution, so reported-speech rules only run otherwise
 * (nominal reports "X's statement that …" always run).
 */
export function attributeSentence(s: SentenceInput): RawAttribution[] {
  const { stream, from, to, spans, text } = s;
  const out: RawAttribution[] = [];
  // Every rule needs a quote or one of these words: most sentences are dismissed in one pass.
  let candidate = false;
  for (let i = from; i < to && !candidate; i += 1) {
    const t = stream[i];
    candidate = !!t && (t.kind === 'quote' || (t.kind === 'word' && TRIGGER_WORDS.has(t.key)));
  }
  if (!candidate) return out;
  let standalone = false;
  const first = clauseStart(s);
  for (let i = from; i < to; i += 1) {
    const t = stream[i];
    if (!t || t.kind !== 'quote') continue;
    const span = spans[t.quote];
    if (!span) continue;
    const words = quoteWordCount(span, text);
    if (words === 0) continue;
    const prev = stream[i - 1];
    const atStart =
      i === first || (i > first && stream.slice(first, i).every((x) => x.kind === 'punct'));
    const after = attributionAfter(s, i);
    const before = after ? null : attributionBefore(s, i);
    const endsHere = i === to - 1 || stream.slice(i + 1, to).every((x) => x.kind === 'punct');
    if (after && (atStart || isPunct(prev, ',:.;—–') || prev?.kind === 'quote' || !prev)) {
      out.push(directFromSpan(s, i, after.speaker, after.cue, 'quote-then-speaker'));
      standalone = true;
    } else if (before && (endsHere || isPunct(stream[i + 1], ',;:—–'))) {
      out.push(directFromSpan(s, i, before.speaker, before.cue, 'speaker-then-quote'));
      standalone = true;
    } else if (atStart && (endsHere || words >= 3) && !isTitleCase(span, text)) {
      if (words >= 3 || span.closed) {
        out.push(directFromSpan(s, i, { type: 'continuation' }, null, 'continuation'));
        standalone = true;
      }
    }
  }
  if (!standalone) {
    const trailingAll = trailingAttribution(s);
    const trailing = trailingAll?.[0];
    if (trailingAll && trailing && trailingAll.length > 1) out.push(...trailingAll);
    else if (trailing) {
      // "Erdogan told his counterpart that …, his office said": the words are the inner subject's.
      let cut = from;
      while (cut < to && (stream[cut]?.start ?? 0) < trailing.end) cut += 1;
      const inner = subjectVerbClause({ ...s, to: cut })[0];
      const innerSpeaker = inner?.speaker.type === 'np' ? inner.speaker.np.from : -1;
      const reportedBy = trailing.cue ? !/^according/i.test(text.slice(...trailing.cue)) : false;
      out.push(inner && reportedBy && innerSpeaker === clauseStart(s) ? inner : trailing);
    } else {
      const q = leadingAccordingTo(s);
      if (q) out.push(q);
      else out.push(...subjectVerbClause(s));
    }
    // Long quoted passages inside an unattributed sentence are still someone's words.
    let used: Set<number> | null = null;
    for (let i = from; i < to; i += 1) {
      const t = stream[i];
      if (!t || t.kind !== 'quote') continue;
      used ??= new Set(out.flatMap((o) => o.quotes));
      if (used.has(t.quote)) continue;
      const span = spans[t.quote];
      if (!span || quoteWordCount(span, text) < 5 || isTitleCase(span, text)) continue;
      out.push(directFromSpan(s, i, { type: 'continuation' }, null, 'embedded-unattributed'));
    }
  }
  for (const n of nominalReports(s)) {
    if (!out.some((o) => o.start <= n.start && n.end <= o.end)) out.push(n);
  }
  return out.sort((a, b) => a.start - b.start);
}
