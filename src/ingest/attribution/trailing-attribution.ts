import { OBJECT_VERBS, PREPOSITIONS, TIME_ADVERBS, TOPIC_PREPOSITIONS } from '../clause-lexicon.ts';
import {
  CLAUSE_END_AFTER_COMMA,
  CUE_VERBS,
  INFINITIVE_VERBS,
  INVERSION_VERBS,
  PARTICIPLE_CUES,
  PERSON_ROLE_NOUNS,
  TITLE_WORDS,
  WEEKDAYS,
} from '../lexicon.ts';
import { isCapitalized } from '../tokenize.ts';
import { buildIndirect } from './build-statement.ts';
import { looseSubject, npAfter, npBefore, sourceOfAccording } from './noun-phrases.ts';
import { skipObject } from './objects.ts';
import {
  type NpRange,
  type RawAttribution,
  type SentenceInput,
  type SpeakerRef,
  clauseStart,
  cueRange,
  isPunct,
  lastContentIndex,
  nounUse,
  quoteEndsWithComma,
} from './sentence.ts';

/** Reported clauses whose attribution follows them: "…, X said [on Sunday]." */

/** "…, X said [on Sunday][, noting …]." / "…, said X, the …" / "…, according to X." */
export function trailingAttribution(s: SentenceInput): RawAttribution[] | null {
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
      // "Derek Mitchell, who served as ambassador, said Clinton reached out …": what precedes
      // "said" is its subject with an apposition, not a reported clause.
      const subject = npBefore(s, a);
      // "One of the lawyers, Jan Novak, said the video shows …": a name set off by commas
      // right before the cue is its subject too (the apposition comes first), else the
      // clause after "said" is read as an inverted subject once it names a person.
      const subjectFirst =
        !!subject &&
        (subject.np.from === start ? subject.np.to < a - 1 : appositiveName(s, subject.np, a)) &&
        s.isSpeaker(subject.np);
      if (np && !subjectFirst && invertedSubject(s, np) && s.isSpeaker(np)) {
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
        // "…, Sen. Ada Marsh (R-S.C.) told reporters": a short party-and-state bracket after
        // the name is part of the subject (npBefore reads it so), not the end of the search.
        if (isPunct(vt, '(')) {
          let c = v + 1;
          while (c < end && c - v <= 8 && !isPunct(stream[c], '()')) c += 1;
          if (isPunct(stream[c], ')') && c > v + 1) {
            v = c;
            continue;
          }
        }
        if (!vt || vt.kind === 'quote' || isPunct(vt)) break;
        if (
          vt.kind !== 'word' ||
          !CUE_VERBS.has(vt.key) ||
          PARTICIPLE_CUES.has(vt.key) ||
          nounUse(s, v) ||
          // "…, challenging the agency to explain.": an infinitive, not the subject's act.
          stream[v - 1]?.key === 'to'
        )
          continue;
        const np = npBefore(s, v);
        if (!np || np.np.from !== a || !(s.isSpeaker(np.np) || looseSubject(s, np.np, vt.key)))
          break;
        const objEnd = OBJECT_VERBS.has(vt.key) ? skipObject(s, v) : v + 1;
        // Only adjuncts may follow a trailing attribution ("said on Sunday", "told reporters in Rome").
        const nt = stream[objEnd];
        // "In his speech, Graham urged Republicans to join …": "to" after the hearer opens the
        // infinitive of a request or instruction (what was urged), so the cue is the sentence's
        // own speech act and the words before the comma are its adjunct, not a report.
        if (OBJECT_VERBS.has(vt.key) && objEnd > v + 1 && nt?.key === 'to') break;
        // "In the end, the company agreed to lend him $5 million": "to" after a commitment
        // verb opens the infinitive that was agreed, vowed or promised, not an adjunct.
        if (
          INFINITIVE_VERBS.has(vt.key) &&
          (nt?.key === 'to' || (nt?.key === 'not' && stream[objEnd + 1]?.key === 'to'))
        )
          break;
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
      // "…, the agency said, compared with …" / "…, X said, was the largest yet, although …":
      // the writer's own narration after a comma (CLAUSE_END_AFTER_COMMA) is no more of the
      // resumed clause, and one right after the attribution resumes nothing.
      if (extra) {
        if (CLAUSE_END_AFTER_COMMA.has(n?.key ?? '')) extra = null;
        else
          for (let m = extra[0] + 1; m < extra[1] - 1; m += 1)
            if (isPunct(stream[m], ',') && CLAUSE_END_AFTER_COMMA.has(stream[m + 1]?.key ?? '')) {
              extra = [extra[0], m];
              break;
            }
      }
    }
    const clauseFrom = start;
    if (stream[clauseFrom]?.key === 'according') continue;
    // "During his years in office, Mr. Obama said, a majority of Americans have come to …":
    // what precedes the attribution opens with a preposition, so it is only the leading
    // adjunct of the main clause, and the main clause resumed after the attribution is what
    // was reported (the adjunct alone says nothing).
    const n = stream[k + 1];
    if (
      subjectFirst &&
      k < end &&
      LEADING_ADJUNCT.has(stream[clauseFrom]?.key ?? '') &&
      n?.kind === 'word' &&
      !PARTICIPLE_CUES.has(n.key) &&
      !CLAUSE_END_AFTER_COMMA.has(n.key)
    ) {
      const e = resumedEnd(stream, k, end);
      const main = buildIndirect(s, [k + 1, e], cue, speaker, 'clause-resumed');
      if (main) return [main];
    }
    // "Though the transition was smooth, he said, replacing her would be bitter": after a
    // subordinate clause the main clause must follow, so the words resumed after the
    // attribution are its second statement even when they open with "the" or an -ing subject.
    if (
      subjectFirst &&
      k < end &&
      SUBORDINATORS.has(stream[clauseFrom]?.key ?? '') &&
      n?.kind === 'word' &&
      !isCapitalized(n.text) &&
      !PARTICIPLE_CUES.has(n.key) &&
      !CLAUSE_END_AFTER_COMMA.has(n.key)
    ) {
      const e = resumedEnd(stream, k, end);
      const first = buildIndirect(s, [clauseFrom, clauseEnd], cue, speaker, 'clause-then-speaker');
      const second = first && buildIndirect(s, [k + 1, e], cue, speaker, 'clause-resumed');
      if (first && second) return [first, second];
    }
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

/**
 * Whether `np`, ending at the comma right before the cue at `a`, is a capitalised name set off
 * by a comma before it ("…, one of the lawyers, Jan Novak, said"): an apposition to a
 * description, so the subject of the cue and not the end of a reported clause.
 */
function appositiveName(s: SentenceInput, np: NpRange, a: number): boolean {
  const first = s.stream[np.from];
  return (
    np.to === a - 1 &&
    np.to - np.from <= 4 &&
    isPunct(s.stream[np.from - 1], ',') &&
    !!first &&
    first.kind === 'word' &&
    isCapitalized(first.text)
  );
}

/**
 * "…, said Jens Stoltenberg" / "said the senator" / "said officials": a name, a determined
 * phrase or a short bare plural. "…, who …, said contractors eventually built a Trump cushion"
 * is a clause after its cue, not an inverted subject.
 */
function invertedSubject(s: SentenceInput, np: NpRange): boolean {
  const first = s.stream[np.from];
  if (!first || first.kind !== 'word') return false;
  if (isCapitalized(first.text) || INVERTED_DETERMINERS.test(first.key)) return true;
  return np.to - np.from <= 3;
}

/**
 * Prepositions that open a leading adjunct ("During his years in office", "In the end"), which
 * holds no statement of its own; a subordinate clause ("Though the vote was close") can, so
 * its subordinators are not here.
 */
const LEADING_ADJUNCT = new Set(
  'during in on at for with without under within amid throughout unlike despite'.split(' '),
);

/** Subordinators that open a clause before the main one ("Though the vote was close, …"). */
const SUBORDINATORS = new Set(
  'although though while whereas if unless because since once when whenever'.split(' '),
);

const INVERTED_DETERMINERS =
  /^(?:the|a|an|his|her|their|its|our|one|two|three|four|several|another|other|some|many|both)$/;

/**
 * Where the clause resumed after an attribution ending at `k` stops: at the first comma before
 * a clause-ending word (", although", ", which"), else at `end`. Pure.
 */
function resumedEnd(stream: SentenceInput['stream'], k: number, end: number): number {
  for (let m = k + 2; m < end - 1; m += 1)
    if (isPunct(stream[m], ',') && CLAUSE_END_AFTER_COMMA.has(stream[m + 1]?.key ?? '')) return m;
  return end;
}
