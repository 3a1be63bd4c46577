import { boundaryFeatures, type ClauseContext } from './clause-features.ts';

/**
 * The learned clause-end model: a linear score over the features of each candidate end of a
 * reported clause (./clause-features.ts), trained as an averaged ranking perceptron on PolNeAR
 * train (scripts/train/train-clause-end.ts). The best-scoring candidate is the clause's end.
 */

export interface ClauseEndModel {
  /** Feature → weight. */
  weights: ReadonlyMap<string, number>;
}

/** On-disk form (data/models/clause-end.json): weights as integers, `scale` per unit. */
export interface ClauseEndModelFile {
  $comment?: string;
  model: 'clause-end';
  version: 1;
  scale: number;
  weights: Record<string, number>;
}

/**
 * Validates and loads a model file; throws with the reason when the shape is wrong. The
 * returned model is independent of `raw` (no mutation).
 */
export function loadClauseEndModel(raw: unknown): ClauseEndModel {
  if (typeof raw !== 'object' || raw === null) throw new Error('clause-end model: not an object');
  const r = raw as Partial<ClauseEndModelFile>;
  if (r.model !== 'clause-end' || r.version !== 1)
    throw new Error('clause-end model: expected model "clause-end", version 1');
  const scale = r.scale;
  if (typeof scale !== 'number' || !(scale > 0)) throw new Error('clause-end model: bad scale');
  if (typeof r.weights !== 'object' || r.weights === null)
    throw new Error('clause-end model: no weights');
  const weights = new Map<string, number>();
  for (const [k, v] of Object.entries(r.weights)) {
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw new Error(`clause-end model: weight of "${k}" is not a number`);
    weights.set(k, v / scale);
  }
  return { weights };
}

/** Sum of the weights of `features` (unknown features weigh 0). Pure. */
export function scoreFeatures(
  weights: ReadonlyMap<string, number>,
  features: readonly string[],
): number {
  let s = 0;
  for (const f of features) s += weights.get(f) ?? 0;
  return s;
}

/**
 * Every candidate end in (ctx.start + minLength − 1, limit], in order, with its features: ends
 * after a word or a quote, never after punctuation, never past a semicolon. `limit` ≤ ctx.to.
 * Linear in the number of candidates. Pure.
 */
export function clauseEndCandidates(
  ctx: ClauseContext,
  limit: number,
  minLength = 2,
): { end: number; features: string[] }[] {
  const out: { end: number; features: string[] }[] = [];
  let commas = 0;
  let dashes = 0;
  // The sentence's end: the boundary after its last word.
  let lastWord = ctx.to;
  while (lastWord > ctx.start && ctx.stream[lastWord - 1]?.kind === 'punct') lastWord -= 1;
  for (let e = ctx.start + 1; e <= limit; e += 1) {
    const t = ctx.stream[e - 1];
    if (t?.kind === 'punct') {
      // "Ukraine says Russia shelled the plant; Moscow denies it": the convention ends the
      // report at a semicolon, whatever the weights say.
      if (t.text === ';') break;
      if (t.text === ',') commas += 1;
      else if (t.text === '—' || t.text === '–' || t.text === '--') dashes += 1;
    }
    // An end right after a comma is the same clause as the end before the comma.
    if (e - ctx.start < minLength || t?.kind === 'punct') continue;
    out.push({ end: e, features: boundaryFeatures(ctx, e, commas, dashes, e >= lastWord) });
  }
  return out;
}

/**
 * The best end of the clause starting at ctx.start, at most `limit`; -1 when there is no
 * candidate. Ties go to the later end (the rules' default is the longest clause).
 */
export function predictClauseEnd(model: ClauseEndModel, ctx: ClauseContext, limit: number): number {
  let best = -1;
  let bestScore = -Infinity;
  for (const c of clauseEndCandidates(ctx, limit)) {
    const s = scoreFeatures(model.weights, c.features);
    if (s >= bestScore) {
      bestScore = s;
      best = c.end;
    }
  }
  return best;
}
