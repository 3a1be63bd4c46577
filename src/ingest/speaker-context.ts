import type { ActorRegistry } from './actor-registry.ts';
import type { ArticleContext } from './article-context.ts';
import type { EntityHit } from './find-entities.ts';
import { roleCompatible, type RoleClass } from './role-classes.ts';
import type { Token } from './tokenize.ts';
import { NON_NAME_CAPS, ORG_HEAD_NOUNS } from './lexicon.ts';
import { isNameToken, isTitleToken } from './person-context.ts';

/** Lookups around a speaker phrase: entity hits in a token range, recent bodies, people named next. */

/** What speaker resolution reads: the article tokens, entity hits, registry and context. */
export interface NpEnv {
  tokens: readonly Token[];
  text: string;
  hits: readonly EntityHit[];
  registry: ActorRegistry;
  ctx: ArticleContext;
  /** Affiliation ids named in a role text (e.g. "NATO Secretary General" → nato). */
  affiliationsOf: (text: string) => string[];
}

/** Entity hits lying wholly inside article tokens [from, to), in order. Pure. */
export function hitsIn(env: NpEnv, from: number, to: number): EntityHit[] {
  // Hits are sorted by position: binary search the first one that could start at `from`.
  const hits = env.hits;
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[mid]?.tokenStart ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const out: EntityHit[] = [];
  for (let i = lo; i < hits.length; i += 1) {
    const h = hits[i];
    if (!h || h.tokenStart >= to) break;
    if (h.tokenEnd <= to) out.push(h);
  }
  return out;
}

/** True when `word` is one of the words of `role` (case-insensitive). Pure. */
export function roleHasWord(role: string, word: string): boolean {
  return ` ${role.toLowerCase().replace(/[^a-z]+/g, ' ')} `.includes(` ${word} `);
}

/** The most recent organisation hit before `pos` whose name ends in `head` ("Foreign Ministry" for "the ministry"). */
export function recentBodyWithHead(env: NpEnv, pos: number, head: string): string | null {
  const { hits, registry } = env;
  for (let i = hits.length - 1; i >= 0; i -= 1) {
    const h = hits[i];
    if (!h || h.start >= pos || h.kind !== 'organization') continue;
    if (pos - h.start > 3000) break;
    const last = (registry.nameOf(h.actorId) ?? '').toLowerCase().split(/\s+/).pop();
    const lastSurface = h.surface.toLowerCase().split(/\s+/).pop();
    if (last === head || lastSurface === head) return h.actorId;
  }
  return null;
}

/**
 * First person named after `pos` in the next few hundred characters whose role fits the
 * description (when it names a role) and who belongs to one of `affs` (when any is given).
 */
export function personNamedNext(
  env: NpEnv,
  pos: number,
  affs: readonly string[],
  desc: Set<RoleClass> | null = null,
): string | null {
  const { hits, registry } = env;
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[mid]?.start ?? 0) <= pos) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < hits.length; i += 1) {
    const h = hits[i];
    if (!h || h.start - pos > 400) break;
    if (h.kind !== 'person') continue;
    const role = registry.roleOf(h.actorId);
    const own = [
      ...(registry.affiliationOf(h.actorId) ? [registry.affiliationOf(h.actorId) ?? ''] : []),
      ...env.affiliationsOf(role ?? ''),
    ];
    if (affs.length > 0 && !affs.some((a) => own.includes(a))) continue;
    if (desc && desc.size > 0 && !roleCompatible(desc, [], role, null, [])) continue;
    if (affs.length === 0 && (!desc || desc.size === 0)) continue;
    return h.actorId;
  }
  return null;
}

/**
 * "Amelize Joseph loves her school. … said Joseph": the full name, earlier in the article, of
 * a bare capitalised name nobody else claims. News writing gives a person's name in full once
 * and the surname after it, so the nearest earlier run of two or three name words ending in
 * the same word (and not part of a longer run or a body's name) is that person's name. Pure.
 */
export function earlierFullName(env: NpEnv, from: number, surname: Token): string | null {
  const { tokens, text } = env;
  for (let j = from - 1; j >= 1; j -= 1) {
    const t = tokens[j];
    if (!t || t.text !== surname.text || isNameToken(tokens[j + 1])) continue;
    let k = j;
    while (k > j - 3 && k > 0 && glued(tokens[k - 1], tokens[k]) && isNameToken(tokens[k - 1]))
      k -= 1;
    if (k === j || k === j - 3 || isTitleToken(tokens[k])) continue;
    if (glued(tokens[k - 1], tokens[k]) && isNameToken(tokens[k - 1])) continue;
    if (hitsIn(env, k, j + 1).some((h) => h.kind !== 'person')) continue;
    // "Oversight Committee Republicans" before "Republicans said": a body's name, no person's.
    if (tokens.slice(k, j + 1).some((w) => ORG_HEAD_NOUNS.has(w.key))) continue;
    return text.slice(tokens[k]?.start ?? 0, t.end);
  }
  return null;
}

function glued(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && b.start - a.end <= 1;
}

/**
 * "The Times wrote" after "a New York Times article": the full name, earlier in the article,
 * of a body named by its last word. The nearest earlier run of two to four capitalised words
 * ending in that word, opened after a lower-case word, "the" or punctuation. Pure.
 */
export function earlierBodyName(env: NpEnv, from: number, last: Token): string | null {
  const { tokens, text } = env;
  // "the House" is not the "White House" named before it, nor "the State" any state.
  if (last.text === 'House' || last.text === 'State') return null;
  for (let j = from - 1; j >= 1; j -= 1) {
    const t = tokens[j];
    if (!t || t.text !== last.text || isCapitalWord(tokens[j + 1])) continue;
    let k = j;
    while (k > j - 3 && k > 0 && glued(tokens[k - 1], tokens[k]) && isCapitalWord(tokens[k - 1]))
      k -= 1;
    if (k === j || (glued(tokens[k - 1], tokens[k]) && isCapitalWord(tokens[k - 1]))) continue;
    return text.slice(tokens[k]?.start ?? 0, t.end);
  }
  return null;
}

/** A capitalised word other than "The" / "A" and the words that never start a name. */
function isCapitalWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !NON_NAME_CAPS.has(t.text);
}
