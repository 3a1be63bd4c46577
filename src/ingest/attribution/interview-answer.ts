import type { AttributionRule } from './rule.ts';

/**
 * Each answer paragraph of a Q&A interview is the interviewee's direct statement: Q: … / A: ….
 * In a transcript ("LUND: …" / "NOVAK: …", four turns or more by two speakers or more) each
 * turn is the statement of the person its label names.
 */
export const INTERVIEW_ANSWER: AttributionRule = {
  id: 'interview-answer',
  doc: "Each answer paragraph of a Q&A interview is the interviewee's direct statement; each turn of a transcript is its label's.",
  pattern: 'Q: … / A: …, or NAME: … / NAME: …',
  triggers: ['Q:', 'A:', 'Question:', 'Answer:'],
  confidence: 0.9,
  examples: [
    {
      text: 'Q: Will the talks resume?\nJan Novak: We are ready to talk at any time.',
      speaker: 'Jan Novak',
      statement: 'We are ready to talk at any time.',
    },
    {
      text: 'Senator Jan Novak met Eva Lund.\n"LUND: Will you vote for it?\n"NOVAK: I will vote against it.\n"LUND: Why?\n"NOVAK: It cuts the schools."',
      speaker: 'Jan Novak',
      statement: 'I will vote against it.',
    },
  ],
};
