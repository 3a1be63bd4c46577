import type { ActorRegistry } from './actor-registry.ts';
import type { EntityHit } from './find-entities.ts';

/** Q&A interviews: which paragraphs are questions and answers, and who an answer label names. */

export interface InterviewParagraph {
  kind: 'question' | 'answer';
  /** Length of the "A: " / "Sergey Lavrov: " label, 0 for questions. */
  labelEnd: number;
  /** The label when it names someone, else null. */
  label: string | null;
  /** A turn of a transcript ("WALLACE: …"): the label names its speaker, there is no interviewee. */
  transcript?: boolean;
  done: boolean;
}

const QUESTION_LABEL = /^(?:Q|Question)\s*[:.—–-]\s+/;
const ANSWER_LABEL = /^(?:A|Answer)\s*[:.—–-]\s+/;
const NAME_LABEL = /^((?:\p{Lu}[\p{L}'’-]*\.?\s){0,3}\p{Lu}[\p{L}'’-]*)\s*:\s+/u;

/**
 * A transcript's turn label: an optional opening quote mark (transcripts quoted paragraph by
 * paragraph), then a name in capitals ("WALLACE:", "MR. TRUMP:", "SEN. KAINE:") and a colon.
 */
const TRANSCRIPT_LABEL =
  /^["“]?\s*((?:(?:MR|MS|MRS|DR|SEN|REP|GOV)\.\s+)?\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){0,2})\s*:\s+/u;

/** A transcript has this many labelled turns at least, by two speakers or more. */
const MIN_TRANSCRIPT_TURNS = 4;

/**
 * The turns of a transcript by paragraph index ("WALLACE: …" / "PENCE: …"), or null when fewer
 * than MIN_TRANSCRIPT_TURNS paragraphs open with a name in capitals or one name has them all (a
 * dateline or a heading in capitals is not a transcript).
 */
function transcriptTurns(paragraphs: readonly string[]): Map<number, InterviewParagraph> | null {
  const out = new Map<number, InterviewParagraph>();
  const speakers = new Set<string>();
  paragraphs.forEach((p, i) => {
    const m = TRANSCRIPT_LABEL.exec(p);
    const label = m?.[1];
    if (!m || !label) return;
    speakers.add(label);
    out.set(i, {
      kind: 'answer',
      labelEnd: m[0].length,
      label: titleCase(label),
      transcript: true,
      done: false,
    });
  });
  return out.size >= MIN_TRANSCRIPT_TURNS && speakers.size >= 2 ? out : null;
}

function titleCase(label: string): string {
  return label
    .toLowerCase()
    .replace(/(^|[\s.'’-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase());
}

/**
 * Q&A paragraphs of an interview, by paragraph index, or null when the article has no
 * "Q:"/"Question:" paragraph and is no transcript. An answer follows a question (or another
 * answer) and opens with "A:", "Answer:" or the speaker's name and a colon. In a transcript
 * (see `transcriptTurns`) every labelled paragraph is a turn of the person its label names.
 */
export function interviewParagraphs(
  paragraphs: readonly string[],
): Map<number, InterviewParagraph> | null {
  if (!paragraphs.some((p) => QUESTION_LABEL.test(p))) return transcriptTurns(paragraphs);
  const out = new Map<number, InterviewParagraph>();
  let prev: InterviewParagraph | undefined;
  paragraphs.forEach((p, i) => {
    let entry: InterviewParagraph | undefined;
    if (QUESTION_LABEL.test(p)) entry = { kind: 'question', labelEnd: 0, label: null, done: false };
    else if (prev) {
      const a = ANSWER_LABEL.exec(p);
      const n = a ? null : NAME_LABEL.exec(p);
      if (a) entry = { kind: 'answer', labelEnd: a[0].length, label: null, done: false };
      else if (n && !p.trimEnd().endsWith('?'))
        entry = { kind: 'answer', labelEnd: n[0].length, label: n[1] ?? null, done: false };
    }
    if (entry) out.set(i, entry);
    prev = entry;
  });
  return out;
}

/** The person an answer label names: an entity found there, or a plain two-to-four-word name. */
export function labelSpeaker(
  hits: readonly EntityHit[],
  registry: ActorRegistry,
  from: number,
  to: number,
  label: string,
): string | null {
  const hit = hits.find((h) => h.kind === 'person' && h.start >= from && h.end <= to);
  if (hit) return hit.actorId;
  const words = label.split(/\s+/);
  if (words.length < 2 || words.length > 4) return null;
  return registry.findPerson(label) ?? registry.person(label, null);
}

/** Labels that say who spoke without naming anyone ("UNIDENTIFIED MALE:", "AUDIENCE:"). */
const ANONYMOUS_LABEL =
  /^(?:unidentified|unknown|audience|crowd|announcer|moderator|reporter|question|voice|narrator|protesters?|male|female|man|woman|several|multiple)\b/i;

/**
 * The person a transcript turn's label names: the one person of the article with that surname
 * or full name, or a new person of that name; null for a label naming nobody in particular.
 */
export function transcriptSpeaker(registry: ActorRegistry, label: string): string | null {
  if (ANONYMOUS_LABEL.test(label)) return null;
  const name = label.replace(/^(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.\s+/, '');
  const words = name.split(/\s+/);
  const surname = words[words.length - 1] ?? name;
  return (
    registry.findPerson(name) ??
    (words.length === 1 ? registry.findBySurname(surname) : undefined) ??
    registry.person(name, null)
  );
}

/**
 * The transcript turns among the paragraphs a sentence covers (from `firstPara` to the one
 * holding character `end`, so a quote that runs over paragraphs counts in each), or null when
 * none of them is a turn. Pure.
 */
export function turnsOfSentence(
  interview: ReadonlyMap<number, InterviewParagraph>,
  paragraphStarts: readonly number[],
  firstPara: number,
  end: number,
): [number, InterviewParagraph][] | null {
  let out: [number, InterviewParagraph][] | null = null;
  for (let p = firstPara; p === firstPara || (paragraphStarts[p] ?? Infinity) < end; p += 1) {
    const turn = interview.get(p);
    if (turn?.transcript) (out ??= []).push([p, turn]);
  }
  return out;
}
