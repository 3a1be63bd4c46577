import type { StreamToken } from '../segment.ts';
import { clauseEndCandidates } from './clause-end-model.ts';
import type { RankingInstance } from './perceptron.ts';
import type { ObservedClause } from './refine-clause.ts';

/**
 * Training instances of the clause-end model: the clauses the rules found in an article
 * (observed during a real ingest, ./refine-clause.ts) paired with the article's gold
 * statements (PolNeAR's `gold-speech-split.json` shape). A clause whose start matches a gold
 * reported statement's start gives one ranking instance: every end the decoder would consider,
 * the answer being the annotated end. Clauses without such a gold statement teach nothing
 * about ends and are skipped.
 */

export interface GoldStatement {
  text: string;
  /** PolNeAR's `form`: `direct`, `mixed` or `indirect`. */
  form: string;
}

function firstAtOrAfter(
  stream: readonly StreamToken[],
  from: number,
  to: number,
  at: number,
): number {
  let i = from;
  while (i < to && (stream[i]?.start ?? 0) < at) i += 1;
  return i;
}

/** Gold statement → its start and end boundaries in `clause`'s stream, or null. */
function goldBounds(c: ObservedClause, g: GoldStatement): [number, number] | null {
  const { stream, from, to } = c.ctx;
  const content = g.text.trim();
  const sentStart = stream[from]?.start ?? 0;
  const at = c.text.indexOf(content, sentStart);
  if (at < 0 || at + content.length > (stream[to - 1]?.end ?? 0)) return null;
  let start = firstAtOrAfter(stream, from, to, at);
  if (stream[start]?.key === 'that') start += 1;
  let end = firstAtOrAfter(stream, start, to, at + content.length);
  // An end inside a quoted passage cannot be placed on stream tokens.
  if ((stream[end - 1]?.end ?? 0) > at + content.length) return null;
  while (end > start && stream[end - 1]?.kind === 'punct') end -= 1;
  return [start, end];
}

/** Instances from one article's observed clauses and gold. Pure. */
export function clauseEndInstances(
  clauses: readonly ObservedClause[],
  gold: readonly GoldStatement[],
): RankingInstance[] {
  const reported = gold.filter((g) => g.form === 'indirect' || g.form === 'mixed');
  const out: RankingInstance[] = [];
  for (const c of clauses) {
    let answer = -1;
    for (const g of reported) {
      const b = goldBounds(c, g);
      if (b && b[0] === c.ctx.start && b[1] <= c.limit) {
        answer = b[1];
        break;
      }
    }
    if (answer < 0) continue;
    const candidates = clauseEndCandidates(c.ctx, c.limit);
    const goldIndex = candidates.findIndex((x) => x.end === answer);
    if (goldIndex < 0 || candidates.length < 2) continue;
    out.push({ candidates: candidates.map((x) => x.features), gold: goldIndex });
  }
  return out;
}
