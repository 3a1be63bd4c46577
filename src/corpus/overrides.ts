import { z } from 'zod';
import { applyCorrections, type CorrectableCorpus, type Correction } from './corrections.ts';

/**
 * The overrides file: corrections written so the ingest CLI keeps them
 * (`npm run ingest -- IN --out OUT --overrides corrections.json`).
 *
 * - `actors`: the `--actors` format (src/ingest/known-actors.ts), so the extractor itself
 *   resolves a merged-away name or a new alias to the right actor on the next ingest. An
 *   overrides file is therefore also a valid `--actors` file.
 * - `merges`: actor id → actor id, applied after extraction as a backstop for names the
 *   aliases do not catch.
 * - `quotes`: speaker changes and rejections keyed by quote id. Ids are `<articleId>#<n>` in
 *   reading order, deterministic for the same files and extractor, and they survive a corpus
 *   being opened anywhere (offsets would too, but ids are what the corpus already links by).
 */
export const OVERRIDES_COMMENT = [
  'Quotegraph corrections (README, Corrections). Use: npm run ingest -- <dir> --out <file> --overrides <this file>.',
  'actors: the --actors format (merged by id with data/actors.json); merges: actor ids merged after extraction;',
  'quotes: by quote id, a new speakerId or "rejected": true.',
];

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const OverridesSchema = z.object({
  actors: z.array(z.unknown()).default([]),
  merges: z.array(z.object({ from: z.string().min(1), into: z.string().min(1) })).default([]),
  quotes: z
    .array(
      z.union([
        z.object({ id: z.string().min(1), speakerId: z.string().min(1) }),
        z.object({ id: z.string().min(1), rejected: z.literal(true) }),
      ]),
    )
    .default([]),
});
export type Overrides = z.infer<typeof OverridesSchema>;

/** One entry of `actors` in the `--actors` format. */
export interface OverrideActor {
  id: string;
  name: string;
  kind: 'person' | 'organization' | 'country';
  aliases: string[];
}

/**
 * The overrides file for `corrections` made on `corpus` (the corpus as loaded, before any
 * correction). Pure; deterministic (actors in corpus order, quotes in correction order).
 * Actors whose id is not a slug or whose kind is `unknown` get no `actors` entry (the
 * `--actors` format refuses them); their merges and quote decisions are still written.
 */
export function buildOverrides(
  corpus: CorrectableCorpus,
  corrections: readonly Correction[],
): Overrides & { $comment: string[] } {
  const corrected = applyCorrections(corpus, corrections);
  const before = new Map(corpus.actors.map((a) => [a.id as string, a]));
  const actors: OverrideActor[] = [];
  for (const actor of corrected.actors) {
    const old = before.get(actor.id);
    if (!old || actor === old || actor.kind === 'unknown' || !slug.safeParse(actor.id).success)
      continue;
    const gained = actor.aliases.filter((a) => !old.aliases.includes(a));
    actors.push({ id: actor.id, name: actor.name, kind: actor.kind, aliases: gained });
  }
  const merges = corrections.flatMap((c) =>
    c.kind === 'merge' ? [{ from: c.from, into: c.into }] : [],
  );
  // The last decision about a quote is the one that counts; a rejection outlives a change.
  const decisions = new Map<string, Overrides['quotes'][number]>();
  for (const c of corrections) {
    if (c.kind === 'reject') decisions.set(c.quoteId, { id: c.quoteId, rejected: true });
    else if (c.kind === 'speaker' && !decisions.has(c.quoteId))
      decisions.set(c.quoteId, { id: c.quoteId, speakerId: c.speakerId });
    else if (c.kind === 'speaker') {
      const prev = decisions.get(c.quoteId);
      if (prev && !('rejected' in prev))
        decisions.set(c.quoteId, { id: c.quoteId, speakerId: c.speakerId });
    }
  }
  return { $comment: OVERRIDES_COMMENT, actors, merges, quotes: [...decisions.values()] };
}

/**
 * The corrections an overrides file asks for after extraction (merges, then quote decisions),
 * for {@link applyCorrections}. The `actors` part is for the extractor, not returned. Pure.
 */
export function overridesToCorrections(overrides: Overrides): Correction[] {
  const merges: Correction[] = overrides.merges.map((m) => ({ kind: 'merge', ...m }));
  const quotes: Correction[] = overrides.quotes.map((q) =>
    'rejected' in q
      ? { kind: 'reject', quoteId: q.id }
      : { kind: 'speaker', quoteId: q.id, speakerId: q.speakerId },
  );
  return [...merges, ...quotes];
}
