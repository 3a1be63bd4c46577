import { ADJUNCT_NOUNS } from '../clause-lexicon.ts';
import {
  ACCUSE_VERBS,
  BARE_CLAUSE_VERBS,
  CLAUSE_END_AFTER_COMMA,
  CUE_VERBS,
  INFINITIVE_VERBS,
  NP_OBJECT_VERBS,
  PARTICIPLE_CUES,
  WEEKDAYS,
} from '../lexicon.ts';
import {
  type RawAttribution,
  type SentenceInput,
  isPunct,
  isWord,
  lastContentIndex,
  nounUse,
  quoteEndsWithComma,
} from './sentence.ts';

/** Where a reported clause ends: the single place that decides it (see reportedClauseEnd). */

/**
 * End of [from, end) without trailing "in a statement", "on Thursday", "at a news conference",
 * "during an interview on Fox" (an adjunct of the speech act, not part of what was said).
 */
export function trimTrailingAdjuncts(s: SentenceInput, from: number, end: number): number {
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

/** Lower-case subordinators that open a clause of the writer's after a speech act's object. */
const OBJECT_END_SUBORDINATORS = /^(?:after|before|when|because|while|since|although|though|once)$/;

/** How a reported clause is delimited, beyond its end (what the caller does next). */
export interface ClauseBoundary {
  /** Stream index where the clause ends (exclusive). */
  end: number;
  /** Index of a participle cue that reports a statement of its own (", saying …"), or -1. */
  participleAt: number;
  /** Index of the "and" before a second cue of the same subject ("… and said that …"), or -1. */
  coordinated: number;
  /** Statements of a contrasting clause with its own speaker (", while Iran insists …"). */
  rest: RawAttribution[];
}

/**
 * Where the reported clause starting at stream index `clauseFrom` ends, within [clauseFrom, end):
 * a semicolon, a final apposition on a name, a contrasting connector after a participle cue,
 * trailing adjuncts of a speech-act object, a dash after a noun object or request, a following
 * participle cue, the writer's own narration after a comma (CLAUSE_END_AFTER_COMMA), a
 * coordinated second cue of the same subject, or a contrasting clause that `nextStatement`
 * (called with the stream index after the connector) finds statements in; the narration after
 * ", although …" is handed to `nextStatement` as well. The one decision of a clause's end: a
 * learned boundary model plugs in here.
 * Pure; calls `nextStatement` at most once per connector.
 */
export function reportedClauseEnd(
  s: SentenceInput,
  clauseFrom: number,
  end: number,
  cue: { participle: boolean; npObject: boolean; request?: boolean },
  nextStatement: (from: number) => RawAttribution[],
): ClauseBoundary {
  const { stream } = s;
  const { participle, npObject } = cue;
  const request = cue.request ?? false;
  let clauseEnd = end;
  // "Ukraine says Russia shelled the plant; Moscow denies it": a semicolon ends the report.
  for (let m = clauseFrom; m < end; m += 1) {
    if (isPunct(stream[m], ';')) {
      clauseEnd = m;
      break;
    }
  }
  // "said resources could go to NATO, the alliance that includes …": a final apposition on a
  // name is the writer's gloss for the reader, not part of what was said (a mid-clause one,
  // closed by a second comma, stays in: "Acme, the largest supplier, would fold").
  for (let m = clauseEnd - 3; m >= clauseFrom + 2; m -= 1) {
    const mt = stream[m];
    if (mt?.kind === 'quote' || isPunct(mt, ';—–')) break;
    if (!isPunct(mt, ',')) continue;
    const before = stream[m - 1];
    const det = stream[m + 1];
    const head = stream[m + 2];
    if (
      (isPunct(before, ')') || (isWord(before) && /^[A-Z]/.test(before.text))) &&
      isWord(det) &&
      /^(?:a|an|the)$/.test(det.key) &&
      isWord(head) &&
      /^[a-z]/.test(head.text)
    )
      clauseEnd = m;
    break;
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
  // "called on the president to retaliate for the hacks — meddling he said was meant to …",
  // "denied the claims — the third such denial this week": a dash after a noun object or a
  // request sets off the writer's gloss on it (an object or an infinitive carries no aside of
  // the speaker's own the way a reported clause can, so only those end here).
  if (npObject || request) {
    for (let m = clauseFrom + 2; m < clauseEnd - 1; m += 1) {
      if (isPunct(stream[m], '—–')) {
        clauseEnd = m;
        break;
      }
    }
  }
  // The subject after ", but" that ends a noun object (below), whose clause may report.
  let butAt = -1;
  // The subject after a subordinator that ends a noun object, whose clause may report.
  let subordinateAt = -1;
  // "called for more investment in a statement on Thursday": the adjuncts are not the object.
  if (npObject) {
    // "criticized the law as a crazy system during a campaign stop in Flint": "during a / an"
    // names the occasion of the act (a stop, an interview), not more of its object; "during
    // the …" may belong to what was said ("announced it will have staff working during the
    // debate", where the object is a clause), so it stays in.
    for (let m = clauseFrom + 1; m < clauseEnd; m += 1) {
      if (
        stream[m]?.kind === 'word' &&
        stream[m]?.key === 'during' &&
        /^(?:a|an)$/.test(stream[m + 1]?.key ?? '')
      ) {
        clauseEnd = m;
        break;
      }
    }
    // "described Clinton as a "disgrace" after she attacked …", "hailed Mr. Obama as an
    // evangelist when he ran in 2008": an object goes on with no clause of its own, so a
    // subordinator before a new subject (a subject pronoun or a capitalised word) ends it.
    // A request's occasion is part of it ("called for the ban after the shooting"): not there.
    const requested = stream[clauseFrom - 1]?.key === 'for';
    for (let m = clauseFrom + 2; m < clauseEnd - 1 && !requested; m += 1) {
      const nt = stream[m + 1];
      if (
        isWord(stream[m]) &&
        OBJECT_END_SUBORDINATORS.test(stream[m]?.text ?? '') &&
        isWord(nt) &&
        (/^(?:he|she|they|it|we|i)$/.test(nt.key) || /^[A-Z]/.test(nt.text))
      ) {
        clauseEnd = m;
        // "…, though he added that …", "…, while Jeb Bush said …": that clause may report.
        subordinateAt = m + 1;
        break;
      }
    }
    // "cited criticism of Jan Novak, who took heat for …": a relative clause on a person named
    // in the object is the writer's aside about that person, not part of the act's object
    // (", which …" is not cut: it often goes on with what was said).
    for (let m = clauseFrom + 1; m < clauseEnd - 1; m += 1) {
      if (isPunct(stream[m], ',') && /^(?:who|whom|whose)$/.test(stream[m + 1]?.key ?? '')) {
        clauseEnd = m;
        break;
      }
    }
    // "called for cutting the rate to 28 percent, but Mrs. Clinton would go further": an
    // object never goes on with a clause of its own, so ", but" before a new subject (a
    // capitalised word or a subject pronoun) is the writer's next sentence part; ", but not …",
    // ", but also …" stay in.
    for (let m = clauseFrom + 2; m < clauseEnd - 2; m += 1) {
      const nt = stream[m + 2];
      if (
        isPunct(stream[m], ',') &&
        stream[m + 1]?.key === 'but' &&
        isWord(nt) &&
        (/^[A-Z]/.test(nt.text) || /^(?:he|she|they|it|we|i)$/.test(nt.key))
      ) {
        clauseEnd = m;
        butAt = m + 2;
        break;
      }
    }
    clauseEnd = trimTrailingAdjuncts(s, clauseFrom, clauseEnd);
  }
  // "praised the plan, saying …", 'called it "dangerous," adding that …', "said he doubted
  // it, arguing that …": the object or clause ends at the participle, which reports a
  // statement of its own (a clause opened by a participle cue runs on through a second one).
  let participleAt = -1;
  if (npObject || !participle) {
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
  let narrationAt = -1;
  if (!participle) {
    for (let m = clauseFrom + 2; m < clauseEnd - 1; m += 1) {
      if (isPunct(stream[m], ',') && CLAUSE_END_AFTER_COMMA.has(stream[m + 1]?.key ?? '')) {
        clauseEnd = m;
        narrationAt = m + 2;
        break;
      }
    }
  }
  // "He said his attacks had worked and said that Trump …", "… wrong, but said …": a second
  // speech act of the same subject ends the first statement; the loop reads it from its cue.
  let coordinated = -1;
  if (!participle) {
    for (let m = clauseFrom + 2; m < clauseEnd - 2; m += 1) {
      const nt = stream[m + 1];
      if (!/^(?:and|but)$/.test(stream[m]?.key ?? '') || !isWord(nt)) continue;
      const secondCue =
        BARE_CLAUSE_VERBS.has(nt.key) ||
        (CUE_VERBS.has(nt.key) && stream[m + 2]?.key === 'that') ||
        // "said the plan had failed and vowed to fight on", "… but pledged to remain civil":
        // a past-tense commitment with its infinitive is the subject's next act.
        (INFINITIVE_VERBS.has(nt.key) && /ed$/.test(nt.key) && stream[m + 2]?.key === 'to') ||
        // "urged Republicans to join …, and criticized the party's …": an infinitive goes on
        // only with base forms, so a past-tense speech act after "and" is the subject's next.
        (request &&
          (CUE_VERBS.has(nt.key) || NP_OBJECT_VERBS.has(nt.key)) &&
          /(?:ed|^said|^told|^wrote)$/.test(nt.key));
      // "criticized the trade deals and called for new tariffs": an object never goes on with
      // a past-tense act of the speech-act class, which is the subject's next act.
      const secondObjectAct = npObject && NP_OBJECT_VERBS.has(nt.key) && /ed$/.test(nt.key);
      if (
        // "described the showdown as ominous, and said the panel …": after a speech act's
        // object only a comma-set second cue is the next act ("described X as Y and said …"
        // without the comma is read as one).
        (((!npObject || isPunct(stream[m - 1], ',')) && secondCue) || secondObjectAct) &&
        !ACCUSE_VERBS.has(nt.key) &&
        !nounUse(s, m + 1)
      ) {
        clauseEnd = m;
        coordinated = m;
        break;
      }
    }
  }
  // ", while Iran insists …", ", and a third said …": a coordinated clause with a speaker and
  // cue of its own is the next statement, not more of this one (a plain ", and …" stays in);
  // a dash sets off such a clause as a comma does ("… would be close — and he noted that …").
  let rest: RawAttribution[] = [];
  for (let m = clauseFrom + 1; m < clauseEnd - 2; m += 1) {
    // "… mishandled the case and Democrats accused …", "… and the ministry said …": without a
    // comma too, when the next statement's subject starts right after "and" / "but".
    const bare =
      !npObject &&
      /^(?:and|but)$/.test(stream[m]?.key ?? '') &&
      isWord(stream[m + 1]) &&
      m > clauseFrom + 2;
    if (bare) {
      const next = nextStatement(m + 1);
      if (next.length > 0 && next[0]?.speaker.type === 'np' && next[0].speaker.np.from === m + 1) {
        clauseEnd = m;
        rest = next;
        break;
      }
      continue;
    }
    if (
      !isPunct(stream[m], ',;—–') ||
      !/^(?:while|whereas|but|and)$/.test(stream[m + 1]?.key ?? '')
    )
      continue;
    const next = nextStatement(m + 2);
    if (next.length > 0) {
      clauseEnd = m;
      rest = next;
      break;
    }
  }
  // "called her vote a mistake, but she noted that …": the clause after ", but" that ended
  // the object can hold a report of its own.
  if (rest.length === 0 && coordinated < 0 && participleAt < 0 && butAt > 0 && butAt < end)
    rest = nextStatement(butAt);
  if (
    rest.length === 0 &&
    coordinated < 0 &&
    participleAt < 0 &&
    subordinateAt > 0 &&
    subordinateAt < end
  )
    rest = nextStatement(subordinateAt);
  // ", although they say they support …": the narration can hold a report of its own.
  if (
    rest.length === 0 &&
    coordinated < 0 &&
    participleAt < 0 &&
    narrationAt > 0 &&
    narrationAt < end
  )
    rest = nextStatement(narrationAt);
  return { end: clauseEnd, participleAt, coordinated, rest };
}
