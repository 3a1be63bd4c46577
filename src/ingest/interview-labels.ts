import type { ActorRegistry } from './actor-registry.ts';
import type { EntityHit } from './find-entities.ts';

/** Q&A interviews: which paragraphs are questions and answers, and who an answer label names. */

export interface InterviewParagraph {
  kind: 'question' | 'answer';
  /** Length of the "A: " / "Sergey Lavrov: " label, 0 for questions. */
  labelEnd: number;
  /** The label when it names someone, else null. */
  label: string | null;
  done: boolean;
}

const QUESTION_LABEL = /^(?:Q|Question)\s*[:.—–-]\s+/;
const ANSWER_LABEL = /^(?:A|Answer)\s*[:.—–-]\s+/;
const NAME_LABEL = /^((?:\p{Lu}[\p{L}'’-]*\.?\s){0,3}\p{Lu}[\p{L}'’-]*)\s*:\s+/u;

/**
 * Q&A paragraphs of an interview, by paragraph index, or null when the article has no
 * "Q:"/"Question:" paragraph. An answer follows a question (or another answer) and opens with
 * "A:", "Answer:" or the speaker's name and a colon.
 */
export function interviewParagraphs(
  paragraphs: readonly string[],
): Map<number, InterviewParagraph> | null {
  if (!paragraphs.some((p) => QUESTION_LABEL.test(p))) return null;
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
