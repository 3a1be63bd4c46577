import { ATTRIBUTION_SIEVES } from './attribution/registry.ts';
import type { SieveId } from './attribution/rule.ts';
import type { RawAttribution, SentenceInput } from './attribution/sentence.ts';
import { TRIGGER_WORDS } from './clause-lexicon.ts';

/**
 * Finds the statements of one sentence and how they are attributed: direct quotes (with the
 * attribution after, before, or in a neighbouring sentence), reported speech ("X said that …",
 * "…, X said", "according to X, …", "X accused Y of …", "X pledged not to …",
 * "X's statement that …", "X asked whether …") and mixed speech (a reported clause containing
 * quoted words). Pure: speakers are returned as noun-phrase ranges for the resolver.
 *
 * Precedence is data: the sieves of ./attribution/registry.ts run in their listed order, each
 * skipped when a sieve it names in `unless` found something, each find merged as the sieve says.
 * Conventions (written down once, with an example each, in docs/extractor.md):
 * - a quote interrupted by its attribution is two quotes; a quote running over paragraphs is one;
 * - a reported clause containing quoted words is ONE mixed quote;
 * - scare quotes (one or two words inside a sentence) are never statements on their own;
 * - "…, he said, noting …": the statement is the clause before the attribution.
 */

/** All statements in one sentence, in text order. */
export function attributeSentence(s: SentenceInput): RawAttribution[] {
  const { stream, from, to } = s;
  const out: RawAttribution[] = [];
  // Every rule needs a quote or one of these words: most sentences are dismissed in one pass.
  let candidate = false;
  for (let i = from; i < to && !candidate; i += 1) {
    const t = stream[i];
    candidate = !!t && (t.kind === 'quote' || (t.kind === 'word' && TRIGGER_WORDS.has(t.key)));
  }
  if (!candidate) return out;
  const found = new Set<SieveId>();
  for (const sieve of ATTRIBUTION_SIEVES) {
    if (sieve.unless.some((id) => found.has(id))) continue;
    let kept = false;
    for (const n of sieve.find(s, out)) {
      if (sieve.merge === 'outside' && out.some((o) => o.start <= n.start && n.end <= o.end))
        continue;
      if (sieve.merge === 'disjoint' && out.some((o) => o.start < n.end && n.start < o.end))
        continue;
      out.push(n);
      kept = true;
    }
    if (kept) found.add(sieve.id);
  }
  return out.sort((a, b) => a.start - b.start);
}
