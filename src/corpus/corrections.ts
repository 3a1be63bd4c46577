import type { Actor, ActorId, Layout, Quote, QuoteId, Statement } from './schema.ts';

/**
 * Corrections a reader makes to whatever corpus is open: merge two actors, add an alias,
 * change a quote's speaker, reject a quote. They are records kept beside the corpus (never
 * written into it), applied in order by {@link applyCorrections}, so undoing one is dropping
 * it from the list and applying the rest again.
 */

/** One correction. Its stored form is checked by `CorrectionSchema` (correction-schema.ts). */
export type Correction =
  | { kind: 'merge'; from: string; into: string }
  | { kind: 'alias'; actorId: string; alias: string }
  | { kind: 'speaker'; quoteId: string; speakerId: string }
  | { kind: 'reject'; quoteId: string };

/** The parts of a corpus a correction touches; anything else is passed through as it is. */
export interface CorrectableCorpus {
  actors: Actor[];
  quotes: Quote[];
  layout?: Layout;
  statements?: Statement[];
}

/** Where `id` ends up after the merges among `corrections` (a chain a→b→c resolves to c). Pure. */
export function mergeTargets(corrections: readonly Correction[]): Map<string, string> {
  const into = new Map<string, string>();
  for (const c of corrections) {
    if (c.kind !== 'merge' || c.from === c.into) continue;
    // A merge into something already merged away goes to where that went.
    let target = c.into;
    for (let guard = 0; into.has(target) && guard < corrections.length; guard += 1)
      target = into.get(target) ?? target;
    if (target === c.from) continue; // would merge an actor into itself
    into.set(c.from, target);
    for (const [k, v] of into) if (v === c.from) into.set(k, target);
  }
  return into;
}

/**
 * The corpus with `corrections` applied, in order. Pure and deterministic: never mutates its
 * input (changed records are new objects, unchanged ones are shared) and returns the input
 * itself when there is nothing to apply, so callers can memoise on identity.
 *
 * - merge: the `from` actor disappears; its quotes and mentions point to `into`, whose aliases
 *   gain `from`'s name and aliases. A merge naming a missing actor is ignored.
 * - alias: added to the actor's aliases once (no effect on a missing actor).
 * - speaker: the quote's speaker becomes `speakerId` (an existing actor, else ignored); a
 *   later merge still applies to it.
 * - reject: the quote disappears from quotes and statements, hence from graph, lists, counts.
 *
 * Derived data follows: mentions are deduplicated and never the speaker, statements keep only
 * reports by their (possibly merged) speaker and are dropped under two reports, and layout
 * positions of merged-away actors are dropped.
 */
export function applyCorrections<C extends CorrectableCorpus>(
  corpus: C,
  corrections: readonly Correction[],
): C {
  if (corrections.length === 0) return corpus;
  const actorIds = new Set<string>(corpus.actors.map((a) => a.id));
  const valid = corrections.filter((c) =>
    c.kind === 'merge' ? actorIds.has(c.from) && actorIds.has(c.into) : true,
  );
  const into = mergeTargets(valid);
  const resolve = (actor: string): ActorId => (into.get(actor) ?? actor) as ActorId;

  const extraAliases = new Map<string, string[]>();
  const addAlias = (actor: string, alias: string) => {
    const list = extraAliases.get(actor) ?? [];
    list.push(alias);
    extraAliases.set(actor, list);
  };
  const speakerOf = new Map<string, string>();
  const rejected = new Set<string>();
  const byId = new Map(corpus.actors.map((a) => [a.id as string, a]));
  for (const c of valid) {
    if (c.kind === 'alias' && actorIds.has(c.actorId)) addAlias(c.actorId, c.alias);
    else if (c.kind === 'speaker' && actorIds.has(c.speakerId))
      speakerOf.set(c.quoteId, c.speakerId);
    else if (c.kind === 'reject') rejected.add(c.quoteId);
  }
  // Aliases (and names) of merged-away actors move to where they were merged.
  for (const [from] of into) {
    const actor = byId.get(from);
    if (!actor) continue;
    for (const alias of [actor.name, ...actor.aliases]) addAlias(from, alias);
  }

  const actors: Actor[] = [];
  for (const actor of corpus.actors) {
    if (into.has(actor.id)) continue;
    const gained: string[] = [];
    for (const [from, list] of extraAliases) if (resolve(from) === actor.id) gained.push(...list);
    const aliases = [...actor.aliases];
    for (const a of gained) if (a !== actor.name && !aliases.includes(a)) aliases.push(a);
    actors.push(aliases.length === actor.aliases.length ? actor : { ...actor, aliases });
  }

  const quotes: Quote[] = [];
  for (const quote of corpus.quotes) {
    if (rejected.has(quote.id)) continue;
    const speakerId = resolve(speakerOf.get(quote.id) ?? quote.speakerId);
    const mentions: ActorId[] = [];
    for (const m of quote.mentions) {
      const r = resolve(m);
      if (r !== speakerId && !mentions.includes(r)) mentions.push(r);
    }
    const same =
      speakerId === quote.speakerId &&
      mentions.length === quote.mentions.length &&
      mentions.every((m, i) => m === quote.mentions[i]);
    quotes.push(same ? quote : { ...quote, speakerId, mentions });
  }

  const result: C = { ...corpus, actors, quotes };
  if (corpus.statements) {
    const speakerById = new Map<QuoteId, ActorId>(quotes.map((q) => [q.id, q.speakerId]));
    const statements: Statement[] = [];
    for (const s of corpus.statements) {
      const speakerId = resolve(s.speakerId);
      const quoteIds = s.quoteIds.filter((q) => speakerById.get(q) === speakerId);
      if (quoteIds.length < 2) continue;
      const same = speakerId === s.speakerId && quoteIds.length === s.quoteIds.length;
      statements.push(same ? s : { ...s, speakerId, quoteIds });
    }
    result.statements = statements;
  }
  if (corpus.layout && into.size > 0) {
    const positions = Object.fromEntries(
      Object.entries(corpus.layout.positions).filter(([actor]) => !into.has(actor)),
    );
    result.layout = { ...corpus.layout, positions };
  }
  return result;
}

/** Whether `actor` is changed by `corrections` (gained an alias or absorbed another actor). Pure. */
export function correctedActorIds(corrections: readonly Correction[]): Set<string> {
  const ids = new Set<string>();
  const into = mergeTargets(corrections);
  for (const c of corrections) if (c.kind === 'alias') ids.add(c.actorId);
  for (const target of into.values()) ids.add(target);
  return new Set([...ids].map((a) => into.get(a) ?? a));
}

/** Ids of quotes whose speaker was changed by `corrections`. Pure. */
export function correctedQuoteIds(corrections: readonly Correction[]): Set<string> {
  return new Set(corrections.flatMap((c) => (c.kind === 'speaker' ? [c.quoteId] : [])));
}

/**
 * Positions in `before`'s arrays (as a search index built on it answers) mapped to positions in
 * `after = applyCorrections(before, corrections)`: an actor merged away goes to the actor it was
 * merged into, a rejected quote to null, everything else to where it now sits. Pure; the maps
 * are built on first use, O(actors + quotes).
 */
export function correctedPositions(
  before: Pick<CorrectableCorpus, 'actors' | 'quotes'>,
  after: Pick<CorrectableCorpus, 'actors' | 'quotes'>,
  corrections: readonly Correction[],
): { actorAt(position: number): number | null; quoteAt(position: number): number | null } {
  let actors: Map<string, number> | null = null;
  let quotes: Map<string, number> | null = null;
  let merged: Map<string, string> | null = null;
  return {
    actorAt(position) {
      const actor = before.actors[position];
      if (!actor) return null;
      actors ??= new Map(after.actors.map((a, i) => [a.id as string, i]));
      merged ??= mergeTargets(corrections);
      return actors.get(merged.get(actor.id) ?? actor.id) ?? null;
    },
    quoteAt(position) {
      const quote = before.quotes[position];
      if (!quote) return null;
      quotes ??= new Map(after.quotes.map((q, i) => [q.id as string, i]));
      return quotes.get(quote.id) ?? null;
    },
  };
}
