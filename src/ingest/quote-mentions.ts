import type { ActorId } from '../corpus/schema.ts';
import type { ActorRegistry } from './actor-registry.ts';
import type { RawAttribution } from './attribution/sentence.ts';
import type { EntityHit } from './find-entities.ts';
import { tokenize } from './tokenize.ts';

/** Who a statement is about: actors named in its words and the bodies its speaker belongs to. */

const affiliationCache = new WeakMap<ActorRegistry, Map<string, string[]>>();

/** Countries/bodies named in a role text ("NATO Secretary General" → nato); memoised per registry. */
export function affiliationsOf(registry: ActorRegistry, text: string): string[] {
  if (!text) return [];
  let cache = affiliationCache.get(registry);
  if (!cache) {
    cache = new Map();
    affiliationCache.set(registry, cache);
  }
  const hit = cache.get(text);
  if (hit) return hit;
  const found = computeAffiliations(registry, text);
  if (cache.size < 10_000) cache.set(text, found);
  return found;
}

function computeAffiliations(registry: ActorRegistry, text: string): string[] {
  const toks = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i < toks.length;) {
    const m = registry.index.match(toks, i);
    if (m) {
      if (registry.kindOf(m.entry.actorId) !== 'person') out.push(m.entry.actorId);
      i += m.length;
    } else i += 1;
  }
  return out;
}

/** Mentioned actor ids, each once, in order of appearance, then co-speakers. */
export function uniqueIds(
  mentions: readonly EntityHit[],
  extra: readonly string[] | undefined,
): ActorId[] {
  const out: ActorId[] = [];
  for (const m of mentions) if (!out.includes(m.actorId as ActorId)) out.push(m.actorId as ActorId);
  for (const id of extra ?? []) if (!out.includes(id as ActorId)) out.push(id as ActorId);
  return out;
}

/** Actors named inside the statement's words (not the speaker, not mere locations or titles). */
export function mentionsIn(
  hits: readonly EntityHit[],
  raw: RawAttribution,
  speakerId: string,
): EntityHit[] {
  const out: EntityHit[] = [];
  for (const [a, b] of raw.parts) {
    // Hits are sorted by start: binary search the first one inside the part.
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((hits[mid]?.start ?? 0) < a) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < hits.length; i += 1) {
      const h = hits[i];
      if (!h || h.start >= b) break;
      if (h.end <= b && !h.locative && !h.inTitle && h.actorId !== speakerId) out.push(h);
    }
  }
  return out;
}
