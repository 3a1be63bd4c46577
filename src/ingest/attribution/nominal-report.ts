import { STATEMENT_NOUNS } from '../lexicon.ts';
import { isCapitalized } from '../tokenize.ts';
import { buildIndirect } from './build-statement.ts';
import {
  type NpRange,
  type RawAttribution,
  type SentenceInput,
  isPunct,
  isWord,
} from './sentence.ts';
import type { AttributionRule } from './rule.ts';

/** A statement noun with its owner and a "that" clause: X's statement that … / his remarks that …. */
export const NOMINAL_REPORT: AttributionRule = {
  id: 'nominal-report',
  doc: 'A statement noun with its owner and a "that" clause.',
  pattern: "X's statement that … / his remarks that …",
  triggers: [...STATEMENT_NOUNS],
  confidence: 0.7,
  examples: [
    {
      text: "The crowd cheered after Jan Novak's statement that the border would stay open.",
      speaker: 'Jan Novak',
      statement: 'the border would stay open',
    },
  ],
};

/** "Putin's statement that …", "his remarks that …" anywhere in the sentence. */
export function nominalReports(s: SentenceInput): RawAttribution[] {
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
