import {
  BOUNDARY_WORDS,
  CUE_LIKE,
  OBJECT_VERBS,
  PASSIVE_AUX,
  PREPOSITIONS,
  PROGRESSIVE_AUX,
  SUBJECT_PRONOUNS,
  TELL_VERBS,
  TOPIC_PREPOSITIONS,
} from '../clause-lexicon.ts';
import {
  ACCUSE_VERBS,
  BARE_CLAUSE_VERBS,
  CUE_VERBS,
  INFINITIVE_VERBS,
  NP_OBJECT_VERBS,
  OBJECT_INFINITIVE_VERBS,
  PARTICIPLE_CUES,
  PROGRESSIVE_CUES,
} from '../lexicon.ts';
import { buildIndirect } from './build-statement.ts';
import { coordinatedAt, PARTICIPLE_OPENERS, relativeAt, SUBORDINATORS } from './clause-links.ts';
import { reportedClauseEnd } from './clause-end.ts';
import {
  leadingSubject,
  looseSubject,
  namedBody,
  npBefore,
  quotedAsSubject,
} from './noun-phrases.ts';
import { thatAfterRunOn, thatFollows } from './explicit-that.ts';
import { npObjectClause, skipAdjunct, skipObject, tellObjectEnd } from './objects.ts';
import {
  type NpRange,
  type RawAttribution,
  type SentenceInput,
  type SpeakerRef,
  abbreviationDot,
  clauseStart,
  cueRange,
  isPunct,
  isWord,
  lastContentIndex,
  nounUse,
  quoteEndsWithComma,
} from './sentence.ts';

/** Reported clauses opened by their speaker and cue: "X said (that) …", "X urged Y to …". */

/**
 * "X said (that) …", "X told reporters on Sunday that …", "X accused Y of …", "X pledged not to …",
 * "X was quoted as saying …". A second clause with its own speaker ("…, while Iran insists
 * that …") is a second statement.
 */
export function subjectVerbClause(s: SentenceInput): RawAttribution[] {
  const { stream, to } = s;
  const start = clauseStart(s);
  const end = lastContentIndex(s, to);
  const found: RawAttribution[] = [];
  // The speaker of a clause that ended at a participle cue or a coordinated second cue, by the
  // index of that participle or of the "and" / "but" before that cue.
  const carried = new Map<number, SpeakerRef>();
  const namedBodyOf = (np: NpRange): boolean => namedBody(s, np);
  for (let v = start; v < end; v += 1) {
    const vt = stream[v];
    if (!isWord(vt)) continue;
    // "Trump is warning voters that …": the progressive reads as the present ("warns").
    const present = PROGRESSIVE_CUES.get(vt.key);
    const progressive = !!present && PROGRESSIVE_AUX.test(stream[v - 1]?.key ?? '');
    const participle =
      PARTICIPLE_CUES.has(vt.key) &&
      (isPunct(stream[v - 1], ',') ||
        // "rallied thousands by promising to …", "vowed to win, while acknowledging that …".
        PARTICIPLE_OPENERS.test(stream[v - 1]?.key ?? '') ||
        (stream[v - 1]?.kind === 'quote' && quoteEndsWithComma(s, v - 1)));
    // ", suggesting it would work", ", promising to cut taxes": a participle cue that is no cue
    // word itself reads as its present form, whose class says what it takes (a bare clause, an
    // infinitive, an object).
    const key =
      (progressive || (participle && !CUE_LIKE.has(vt.key))) && present ? present : vt.key;
    if (!CUE_LIKE.has(key)) continue;
    const cueLike =
      CUE_VERBS.has(key) ||
      ACCUSE_VERBS.has(key) ||
      INFINITIVE_VERBS.has(key) ||
      OBJECT_INFINITIVE_VERBS.has(key) ||
      NP_OBJECT_VERBS.has(key);
    if (!cueLike || nounUse(s, v)) continue;
    // "Having said that, …": an idiom of the writer's, no report.
    if (
      stream[v - 1]?.key === 'having' &&
      stream[v + 1]?.key === 'that' &&
      isPunct(stream[v + 2], ',')
    )
      continue;
    // "was criticized", "a group called X": the subject is not the one speaking.
    if (
      NP_OBJECT_VERBS.has(key) &&
      !CUE_VERBS.has(key) &&
      !progressive &&
      PASSIVE_AUX.test(stream[v - 1]?.key ?? '')
    )
      continue;
    // ", calling the warnings absurd": the project's conventions report a participle request
    // (", calling for …", ", calling on X to …"), not a participle characterisation.
    if (participle && key === 'calls' && !/^(?:for|on)$/.test(stream[v + 1]?.key ?? '')) continue;
    let speaker: SpeakerRef | null = null;
    let relative = false;
    const passive = quotedAsSubject(s, v);
    const sharedAt = coordinatedAt(s, v);
    if (passive) {
      speaker = { type: 'np', np: passive, apposition: null };
    } else if (participle && carried.has(v)) {
      // "Analysts said the factors mattered, citing …": the participle goes on with the
      // speaker of the clause it ends, also when the sentence's subject is no name.
      speaker = carried.get(v) ?? null;
    } else if (participle) {
      const subj: NpRange | null = leadingSubject(s, v) ?? leadingSubject(s, v, namedBodyOf);
      if (subj) speaker = { type: 'np', np: subj, apposition: null };
    } else if (sharedAt > start && carried.has(sharedAt)) {
      // "X, in particular, has criticized the deals and called for tariffs": the second act of
      // a report that ended at "and" goes on with that report's speaker.
      speaker = carried.get(sharedAt) ?? null;
    } else if (sharedAt > start) {
      // "Zakharova described the sanctions as … and said Moscow would respond", "… but has
      // said she will hold firm": a second verb of the same subject shares it.
      const subj = leadingSubject(s, sharedAt);
      if (subj) speaker = { type: 'np', np: subj, apposition: null };
    } else if (relativeAt(s, v) >= 0) {
      // "Barkley, who said he votes Democratic, said …": the antecedent of "who" speaks.
      const who = relativeAt(s, v);
      const np = npBefore(s, isPunct(stream[who - 1], ',') ? who - 1 : who);
      if (np && (s.isSpeaker(np.np) || looseSubject(s, np.np, key, thatFollows(s, v))))
        speaker = { type: 'np', np: np.np, apposition: null };
      relative = true;
    } else {
      // The subject must open its clause: sentence start, after a leading adverbial comma, or a
      // connector. A loose subject ("about half of voters say") may follow "In each state, …" too.
      const np = npBefore(s, v);
      const before = np ? stream[np.np.from - 1] : undefined;
      const opens =
        !!np &&
        (np.np.from === start ||
          isPunct(before, ',;:—–(') ||
          (!!before && BOUNDARY_WORDS.has(before.key)) ||
          !!np.apposition);
      if (np && opens && (s.isSpeaker(np.np) || looseSubject(s, np.np, key, thatFollows(s, v))))
        speaker = { type: 'np', np: np.np, apposition: np.apposition };
      else if (np && before && /^(?:who|that)$/.test(before.key) && np.np.from - 1 > start) {
        // "People who have battled such threats say …": the phrase before the relative clause
        // (short, no verb of speech in it) is the subject.
        const who = np.np.from - 1;
        const head = npBefore(s, who);
        const headBefore = head ? stream[head.np.from - 1] : undefined;
        const relativeOk =
          v - who <= 10 && !stream.slice(who + 1, v).some((t) => CUE_LIKE.has(t.key));
        if (
          head &&
          relativeOk &&
          (head.np.from === start ||
            isPunct(headBefore, ',;:—–(') ||
            (!!headBefore && BOUNDARY_WORDS.has(headBefore.key))) &&
          (s.isSpeaker(head.np) || looseSubject(s, head.np, key, thatFollows(s, v)))
        )
          speaker = { type: 'np', np: head.np, apposition: null };
      }
    }
    if (!speaker) continue;
    // "A group called the People Foundation paid …": "called" names, it does not characterise.
    if (
      (key === 'called' || key === 'calls') &&
      !participle &&
      speaker.type === 'np' &&
      /^(?:a|an)$/.test(stream[speaker.np.from]?.key ?? '')
    )
      continue;

    let k = v + 1;
    let clauseFrom = -1;
    let objEnd = v + 1;
    // "urged X to …", "called on X to …", "told his aides to …": an infinitive request.
    let request = false;
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
    } else if (TELL_VERBS.has(key) && stream[tellObjectEnd(s, v)]?.key === 'to') {
      // "told his advisers to find another way": an instruction, like "urged X to".
      clauseFrom = k;
      request = true;
    } else if (
      (/^(?:urged|urges|asked|asks|warned|warns)$/.test(key) && stream[k]?.kind === 'word') ||
      ((key === 'called' || key === 'calls') && stream[k]?.key === 'on')
    ) {
      for (let m = k; m < Math.min(end, k + 8); m += 1) {
        const mt = stream[m];
        if (!mt || isPunct(mt) || mt.kind === 'quote') break;
        if (mt.key === 'to' && m > k) {
          clauseFrom = key === 'called' || key === 'calls' ? k + 1 : k;
          request = true;
          break;
        }
      }
    }
    let npObject = false;
    if (clauseFrom < 0 && NP_OBJECT_VERBS.has(key)) {
      clauseFrom = npObjectClause(s, v, end, key);
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
          // "said after the convention he would not …": a short adjunct, then a clause that
          // opens with a subject pronoun (never an object after "about" / "of").
          if (
            m > k + 1 &&
            m - k <= 6 &&
            BARE_CLAUSE_VERBS.has(key) &&
            t.kind === 'word' &&
            !TOPIC_PREPOSITIONS.has(t.key) &&
            SUBJECT_PRONOUNS.test(mt.key) &&
            stream.slice(k, m).every((w) => w.kind === 'word')
          ) {
            clauseFrom = m;
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
        clauseFrom = thatAfterRunOn(s, k, end, tellBare) ?? k;
      } else if (t && (participle || passive) && (t.kind === 'word' || t.kind === 'quote')) {
        clauseFrom = k;
      }
    }
    if (clauseFrom < 0) continue;
    // "Ada Marsh said as much in an interview": "as much" stands for a statement reported
    // before it (the earlier sentence holds the report), it reports nothing itself.
    if (stream[clauseFrom]?.key === 'as' && stream[clauseFrom + 1]?.key === 'much') continue;
    // "once he has said his piece, he is ready to move on": an idiom (he spoke his mind), with
    // no words of his in it.
    if (
      clauseFrom === v + 1 &&
      /^(?:his|her|their|its|my|our|your)$/.test(stream[clauseFrom]?.key ?? '') &&
      stream[clauseFrom + 1]?.key === 'piece' &&
      (clauseFrom + 2 >= end || isPunct(stream[clauseFrom + 2]))
    )
      continue;
    // A direct quote right after the cue belongs to the direct-quote rules.
    if (
      stream[clauseFrom]?.kind === 'quote' &&
      clauseFrom === end - 1 &&
      stream[clauseFrom - 1]?.key !== 'that'
    )
      continue;
    const boundary = reportedClauseEnd(
      s,
      clauseFrom,
      end,
      { participle, npObject, request },
      (from) => subjectVerbClause({ ...s, from }),
    );
    const { participleAt, coordinated } = boundary;
    let { rest } = boundary;
    let clauseEnd = boundary.end;
    // "After aides insisted that he would stay, the party relented": a report inside a
    // leading subordinate clause ends at its comma, where the main clause begins.
    if (
      speaker.type === 'np' &&
      speaker.np.from - 1 === start &&
      SUBORDINATORS.test(stream[start]?.key ?? '')
    ) {
      for (let m = clauseFrom + 1; m < clauseEnd; m += 1) {
        if (isPunct(stream[m], ',')) {
          clauseEnd = m;
          // The main clause may hold a report of its own ("…, Roe said it was doomed").
          if (rest.length === 0) rest = subjectVerbClause({ ...s, from: m + 1 });
          break;
        }
      }
    }
    // ", who said he votes Democratic, said …": the comma that closes the relative clause ends it.
    if (relative && isPunct(stream[relativeAt(s, v) - 1], ',')) {
      let m = clauseFrom;
      while (m < clauseEnd && !isPunct(stream[m], ',;—–')) m += 1;
      clauseEnd = m;
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
      null,
      // "called for a ceasefire": a request names what it asks for, two words are a statement.
      npObject && stream[clauseFrom - 1]?.key === 'for' ? 2 : 3,
    );
    if (participleAt >= 0) {
      if (q) found.push(q);
      carried.set(participleAt, speaker);
      v = participleAt - 1;
      continue;
    }
    if (coordinated >= 0) {
      if (q) found.push(q);
      carried.set(coordinated, speaker);
      v = coordinated;
      continue;
    }
    // A report inside a relative clause leaves the main clause to read ("…, said the team").
    if (relative) {
      if (q) found.push(q);
      v = Math.max(v, clauseEnd - 1);
      continue;
    }
    if (q) return [...found, q, ...rest];
  }
  return found;
}
