import type { AttributionRule } from './rule.ts';

/** Each answer paragraph of a Q&A interview is the interviewee's direct statement: Q: … / A: …. */
export const INTERVIEW_ANSWER: AttributionRule = {
  id: 'interview-answer',
  doc: "Each answer paragraph of a Q&A interview is the interviewee's direct statement.",
  pattern: 'Q: … / A: …',
  triggers: ['Q:', 'A:', 'Question:', 'Answer:'],
  confidence: 0.9,
  examples: [
    {
      text: 'Q: Will the talks resume?\nJan Novak: We are ready to talk at any time.',
      speaker: 'Jan Novak',
      statement: 'We are ready to talk at any time.',
    },
  ],
};
