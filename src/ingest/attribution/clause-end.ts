import { ADJUNCT_NOUNS } from '../clause-lexicon.ts';
import { WEEKDAYS } from '../lexicon.ts';
import { type SentenceInput, lastContentIndex } from './sentence.ts';

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
