import type { ActorKind } from '../corpus/schema.ts';
import type { ActorRegistry } from './actor-registry.ts';
import { NAME_PARTICLES, ORG_HEAD_NOUNS, LOCATIVE_PREPOSITIONS } from './lexicon.ts';
import { genderOfName } from './gender.ts';
import { isCapitalized, type Token } from './tokenize.ts';
import { isNameToken, isPersonContext, titleRunStart } from './person-context.ts';
import {
  HONORIFICS,
  AMBIGUOUS_GIVEN_NAMES,
  titleSurnameAt,
  precededByName,
  NAME_SUFFIXES,
  plainName,
  followedByName,
  corpusSurname,
} from './name-tokens.ts';

/**
 * Finds the actors named in a token sequence: known aliases (longest match), people discovered
 * from the text (a capitalised name after a title, before a reporting verb, or with an
 * apposition), and surnames of people named in full elsewhere in the same article.
 * Pure except that discovered people are registered in `registry` (documented mutation).
 */

export interface EntityHit {
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  actorId: string;
  kind: ActorKind;
  surface: string;
  /** A place alias after "in/at/from …": locates, does not mention. */
  locative: boolean;
  /** Part of a person's title ("Russian" in "Russian Foreign Minister Sergey Lavrov"). */
  inTitle: boolean;
  /** Persons: first token of the title before the name, if any. */
  titleStart: number;
}

function textOf(tokens: readonly Token[], from: number, to: number, source: string): string {
  const a = tokens[from];
  const b = tokens[to - 1];
  if (!a || !b) return '';
  return source.slice(a.start, b.end);
}

/**
 * All entity hits in `tokens` (taken from `source`), sorted by position, non-overlapping
 * except that a hyphenated compound ("NATO-Russia") may yield one hit per part. `headline`:
 * the hits of the article's headline, whose people a bare surname of the body may stand for
 * before anyone another article named.
 */
export function findEntities(
  tokens: readonly Token[],
  source: string,
  registry: ActorRegistry,
  headline: readonly EntityHit[] = [],
): EntityHit[] {
  const hits: EntityHit[] = [];
  const covered = new Int32Array(tokens.length).fill(-1);
  const orgStartAt = new Int32Array(tokens.length).fill(-1);

  for (let i = 0; i < tokens.length;) {
    let m = registry.index.match(tokens, i);
    const t = tokens[i];
    // "Loretta E. Lynch" when another article made "Lynch" someone's surname: a surname alias
    // glued to the first names before it is part of a new full name, found below.
    if (m && m.entry.surname && m.length === 1 && precededByName(tokens, i)) m = null;
    // "Cameron Easley" when a file actor's surname alias is "Cameron": a one-word surname
    // alias glued to a following name word is the given name of another person.
    if (m && m.entry.surname && m.length === 1 && followedByName(tokens, i)) m = null;
    if (!m || !t) {
      if (t && t.kind === 'word' && isCapitalized(t.text) && t.text.includes('-')) {
        for (const part of t.text.split('-')) {
          if (!isCapitalized(part)) continue;
          const sub = registry.index.match([{ ...t, text: part, key: part.toLowerCase() }], 0);
          if (sub && sub.length === 1) {
            hits.push(makeHit(tokens, source, i, i + 1, sub.entry.actorId, registry, false));
          }
        }
      }
      i += 1;
      continue;
    }
    const prev = tokens[i - 1];
    const locative =
      m.entry.place && !!prev && prev.kind === 'word' && LOCATIVE_PREPOSITIONS.has(prev.key);
    const hit = makeHit(tokens, source, i, i + m.length, m.entry.actorId, registry, locative);
    hits.push(hit);
    for (let k = i; k < i + m.length; k += 1) covered[k] = hits.length - 1;
    if (hit.kind !== 'person') for (let k = i; k < i + m.length; k += 1) orgStartAt[k] = i;
    i += m.length;
  }
  const orgAt = (j: number): number => (j >= 0 ? (orgStartAt[j] ?? -1) : -1);

  // Surnames of the people named so far: "Rakeyia Scott" after "Keith Lamont Scott".
  const familyNames = new Set<string>();
  // Relatives found by the surname alone: a later bare "Clinton" stays the one named first.
  const relatives = new Set<EntityHit>();
  let lower: Set<string> | null = null;
  const lowerWords = (): Set<string> => {
    lower ??= new Set(
      tokens.filter((t) => t.kind === 'word' && !isCapitalized(t.text)).map((t) => t.key),
    );
    return lower;
  };
  const noteFamily = (id: string): void => {
    const words = registry.nameOf(id).toLowerCase().replace(/\./g, '').split(/\s+/);
    if (words.length > 2 && NAME_SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
    if (words.length >= 2) familyNames.add(words[words.length - 1] ?? '');
  };
  for (const h of hits) if (h.kind === 'person') noteFamily(h.actorId);

  // Discover people: a run of capitalised name tokens not covered by an alias.
  for (let i = 0; i < tokens.length;) {
    if (covered[i] !== -1 || !isNameToken(tokens[i])) {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && covered[j] === -1) {
      const t = tokens[j];
      const gap = (t?.start ?? 0) - (tokens[j - 1]?.end ?? 0);
      if (gap > 1) break;
      if (isNameToken(t) || titleSurnameAt(tokens, j)) j += 1;
      else if (t && t.kind === 'word' && NAME_PARTICLES.has(t.text) && isNameToken(tokens[j + 1]))
        j += 2;
      else break;
    }
    const len = j - i;
    // "Mr. Clarke", "Ms. Roe": an honorific makes one capitalised word a person.
    const honorific = len === 1 && HONORIFICS.has(tokens[i - 1]?.key ?? '');
    const framed = honorific || (len >= 2 && isPersonContext(tokens, i, j, orgAt));
    // "Laura Lind and Daniel Brandt, who …": a listed given name (data/first-names.json) and
    // a capitalised word name a person even when nothing around frames one, so a later
    // "Brandt said" or "he said" finds him.
    const given =
      !framed &&
      len >= 2 &&
      !AMBIGUOUS_GIVEN_NAMES.has(tokens[i]?.key ?? '') &&
      genderOfName(tokens[i]?.text ?? '') !== null;
    // "Rakeyia Scott", "Heidi Cruz": a name word before the surname of someone already named
    // is a relative or namesake, another person, even when no given name list knows it.
    const family =
      !framed &&
      !given &&
      (len === 2 || len === 3) &&
      familyNames.has(tokens[j - 1]?.key ?? '') &&
      plainName(tokens[i], lowerWords());
    if ((framed || given || family) && len <= 4) {
      const lastKey = tokens[j - 1]?.key ?? '';
      if (!ORG_HEAD_NOUNS.has(lastKey)) {
        const name = textOf(tokens, i, j, source);
        const tStart = titleRunStart(tokens, i, orgAt);
        const role = tStart < i ? cleanRole(textOf(tokens, tStart, i, source)) : null;
        const id = registry.person(name, role);
        noteFamily(id);
        const hit = makeHit(tokens, source, i, j, id, registry, false);
        if (family) relatives.add(hit);
        hit.titleStart = tStart;
        hits.push(hit);
        for (let k = i; k < j; k += 1) covered[k] = hits.length - 1;
      }
    }
    i = j;
  }

  // Title spans of known people too ("Russian Foreign Minister Sergey Lavrov").
  for (const h of hits) {
    if (h.kind === 'person' && h.titleStart === h.tokenStart) {
      h.titleStart = titleRunStart(tokens, h.tokenStart, orgAt);
      if (h.titleStart < h.tokenStart) {
        const role = cleanRole(textOf(tokens, h.titleStart, h.tokenStart, source));
        if (role) registry.noteRole(h.actorId, role);
      }
    }
  }

  // Surnames of people named in full in this text win over same-surname aliases from the file.
  // Each surname maps to its full-named people in reading order: a bare surname is the nearest
  // one named before it ("Gary Johnson … Jeh Johnson said … Johnson said" is Jeh Johnson).
  const surnames = new Map<string, { at: number; id: string }[]>();
  const firstNames = new Map<string, string>();
  for (const h of hits) {
    if (h.kind !== 'person' || h.tokenEnd - h.tokenStart < 2 || relatives.has(h)) continue;
    // "John G. Roberts Jr. … Roberts said": a generational suffix is no surname.
    const end = NAME_SUFFIXES.has(tokens[h.tokenEnd - 1]?.key ?? '') ? h.tokenEnd - 1 : h.tokenEnd;
    const last = end - h.tokenStart >= 2 ? tokens[end - 1] : undefined;
    if (last) {
      const list = surnames.get(last.key);
      if (list) list.push({ at: h.tokenStart, id: h.actorId });
      else surnames.set(last.key, [{ at: h.tokenStart, id: h.actorId }]);
    }
    // Family name first ("Wang Wenbin … Wang said"): the first word too, when only one person has it.
    const firstKey = tokens[h.tokenStart]?.key;
    if (firstKey)
      firstNames.set(
        firstKey,
        firstNames.has(firstKey) && firstNames.get(firstKey) !== h.actorId ? '' : h.actorId,
      );
  }
  for (const list of surnames.values()) list.sort((a, b) => a.at - b.at);
  const headlineSurnames = headlineSurnameMap(headline, registry);
  const surnameAt = (key: string, at: number): string | undefined => {
    const list = surnames.get(key);
    if (!list) return undefined;
    let id = list[0]?.id;
    for (const e of list) {
      if (e.at >= at) break;
      id = e.id;
    }
    return id;
  };
  for (const h of hits) {
    if (h.kind === 'person' && h.tokenEnd - h.tokenStart === 1) {
      const key = tokens[h.tokenStart]?.key ?? '';
      const own = surnameAt(key, h.tokenStart);
      if (own) h.actorId = own;
    }
  }
  for (let i = 0; i < tokens.length; i += 1) {
    if (covered[i] !== -1) continue;
    const t = tokens[i];
    if (!t || !isNameToken(t)) continue;
    const own =
      surnameAt(t.key, i) ??
      (isNameToken(tokens[i + 1])
        ? undefined
        : headlineSurnames.get(t.key) ||
          (corpusSurname(t, lowerWords()) ? registry.findBySurname(t.text) : undefined) ||
          firstNames.get(t.key) ||
          undefined);
    if (own && !isNameToken(tokens[i - 1])) {
      hits.push(makeHit(tokens, source, i, i + 1, own, registry, false));
      covered[i] = hits.length - 1;
    }
  }

  // Bodies and countries inside a person's title ("Russian" in "Russian Foreign Minister …") are not mentions.
  for (const h of hits) {
    if (h.kind !== 'person' || h.titleStart >= h.tokenStart) continue;
    for (let k = h.titleStart; k < h.tokenStart; k += 1) {
      const o = hits[covered[k] ?? -1];
      if (o && o.kind !== 'person') o.inTitle = true;
    }
  }
  return hits.sort((a, b) => a.start - b.start || a.end - b.end);
}

function cleanRole(role: string): string | null {
  const r = role
    .replace(/^(?:the|a|an|former|ex-)\s+/i, '')
    .replace(/^(?:Mr|Mrs|Ms|Dr|Sir)\.?$/i, '')
    .replace(/[\s,]+$/, '')
    .trim();
  return r.length >= 2 ? r : null;
}

function makeHit(
  tokens: readonly Token[],
  source: string,
  from: number,
  to: number,
  actorId: string,
  registry: ActorRegistry,
  locative: boolean,
): EntityHit {
  const a = tokens[from];
  const b = tokens[to - 1];
  return {
    tokenStart: from,
    tokenEnd: to,
    start: a?.start ?? 0,
    end: b?.end ?? 0,
    actorId,
    kind: registry.kindOf(actorId),
    surface: a && b ? source.slice(a.start, b.end) : '',
    locative,
    inTitle: false,
    titleStart: from,
  };
}

/**
 * Surname → person of the people the headline names in full ("Warren Hammers Wells Fargo" does
 * not, "Elizabeth Warren Hammers …" does), for a bare surname in the body that the body itself
 * never gave in full: the article's own people come before anyone another article named. Two
 * people of one surname map to '' (ambiguous).
 */
function headlineSurnameMap(
  headline: readonly EntityHit[],
  registry: ActorRegistry,
): Map<string, string> {
  const map = new Map<string, string>();
  for (const h of headline) {
    if (h.kind !== 'person') continue;
    const words = registry.nameOf(h.actorId).toLowerCase().replace(/\./g, '').split(/\s+/);
    if (words.length > 2 && NAME_SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
    // "Glenn Beck Blasts Drudge": a headline in title case runs verbs into a name, so only a
    // given name and surname (with at most a middle name) are trusted.
    const last = words.length === 2 || words.length === 3 ? words[words.length - 1] : undefined;
    if (!last) continue;
    map.set(last, map.has(last) && map.get(last) !== h.actorId ? '' : h.actorId);
  }
  return map;
}
