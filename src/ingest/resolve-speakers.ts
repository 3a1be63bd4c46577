import { UNKNOWN_ACTOR_ID } from '../corpus/schema.ts';
import {
  ANONYMOUS_HEADS,
  DOCUMENT_NOUNS,
  GROUP_PRONOUNS,
  ORG_HEAD_NOUNS,
  PERSON_PRONOUNS,
  PERSON_ROLE_NOUNS,
  TITLE_WORDS,
} from './lexicon.ts';
import { genderOfPronoun } from './gender.ts';
import { roleClasses, roleCompatible } from './role-classes.ts';
import { isCapitalized, type Token } from './tokenize.ts';
import { properBodyName, resolveName } from './resolve-names.ts';
import {
  hitsIn,
  personNamedNext,
  recentBodyWithHead,
  roleHasWord,
  type NpEnv,
} from './speaker-context.ts';

/**
 * Who is speaking: noun phrase → actor id, in the context of the article read so far.
 * Names (known or discovered), descriptions ("the top Russian diplomat" → the most recent
 * compatible person), pronouns ("he" → the most salient person), bodies and countries
 * ("the Kremlin", "Moscow", "a statement from the Russian Foreign Ministry"), anonymous
 * sources (→ unknown). `analyze` is pure; `resolve` may register a new actor (documented).
 */

export interface Resolved {
  id: string;
  /** Surface form to record as an alias (null for pronouns and generic words). */
  alias: string | null;
  /** Role stated by the phrase, for persons. */
  role: string | null;
  how: string;
  /** Others named as speaking together ("Lavrov and Blinken said" → Blinken): mentioned, not speakers. */
  coSpeakers?: string[];
}

const GENERIC_DETERMINERS = /^(?:the|a|an|this|that)$/;

/**
 * Resolves the noun phrase covering article tokens [from, to) at text offset `pos`.
 * Returns null when the phrase cannot be a speaker. With `dryRun`, never registers actors
 * (used to test whether a pattern's subject is a speaker at all). Resolving for real may name
 * a phrase the dry run rejects ("The New York Times", taken as a loose subject by a rule).
 */
export function resolveSpeaker(
  env: NpEnv,
  from: number,
  to: number,
  pos: number,
  dryRun: boolean,
): Resolved | null {
  const { tokens, text, registry, ctx } = env;
  if (from < 0 || to > tokens.length) return null;
  // One pass: the words, and no punctuation other than a dash or brackets.
  const words: Token[] = [];
  for (let i = from; i < to; i += 1) {
    const t = tokens[i];
    if (!t) return null;
    if (t.kind !== 'punct') {
      if (words.length === 12) return null;
      words.push(t);
    } else if (t.text !== '—' && t.text !== '(' && t.text !== ')') return null;
  }
  if (words.length === 0) return null;
  const first = words[0];
  const surface = text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
  if (!first) return null;

  if (words.length === 1) {
    const k = first.key;
    if (PERSON_PRONOUNS.has(k)) {
      const id = ctx.salientPerson(pos, registry, genderOfPronoun(k));
      return {
        id: id ?? UNKNOWN_ACTOR_ID,
        alias: null,
        role: null,
        how: `pronoun "${first.text}"`,
      };
    }
    if (GROUP_PRONOUNS.has(k)) {
      const id = ctx.lastGroupSpeaker(pos, registry);
      return {
        id: id ?? UNKNOWN_ACTOR_ID,
        alias: null,
        role: null,
        how: `pronoun "${first.text}"`,
      };
    }
    if (/^(?:i|we|you|us|me|one|this|that|which|who|there|what|some|others|many|most|all)$/.test(k))
      return null;
  }

  const inRange = hitsIn(env, from, to);
  // A person named in the phrase, unless only as a modifier ("a spokesman for Putin").
  // "Mr Sunak's spokesperson": the named person only qualifies the role-described speaker.
  let ownerOfRole = false;
  const persons = inRange.filter((h) => {
    if (h.kind !== 'person') return false;
    const before = tokens[h.tokenStart - 1];
    if (before && h.tokenStart > from && /^(?:for|of|to|with)$/.test(before.key)) return false;
    const after = tokens[h.tokenEnd];
    const head = tokens[h.tokenEnd + 1];
    if (
      h.tokenEnd + 2 === to &&
      after?.kind === 'poss' &&
      head &&
      PERSON_ROLE_NOUNS.has(head.key) &&
      !/^(?:president|minister|premier|chancellor|leader|king|queen)$/.test(head.key)
    ) {
      ownerOfRole = true;
      return false;
    }
    return true;
  });
  // "Lavrov and Blinken said": one speaker per statement, the first named; the others are mentioned.
  const firstPerson = persons[0];
  const coordinated =
    persons.length >= 2 &&
    !!firstPerson &&
    tokens
      .slice(firstPerson.tokenEnd, persons[1]?.tokenStart ?? firstPerson.tokenEnd)
      .some((t) => t.key === 'and' || t.text === '&');
  const lastPerson = coordinated ? firstPerson : persons[persons.length - 1];
  if (lastPerson) {
    const titleFrom = Math.max(from, lastPerson.titleStart);
    const role =
      titleFrom < lastPerson.tokenStart
        ? text
            .slice(tokens[titleFrom]?.start ?? 0, tokens[lastPerson.tokenStart - 1]?.end ?? 0)
            .replace(/^(?:the|a|an)\s+/i, '')
        : null;
    const alias = lastPerson.surface;
    const resolved: Resolved = {
      id: lastPerson.actorId,
      alias,
      role,
      how: `name "${lastPerson.surface}"`,
    };
    if (coordinated)
      resolved.coSpeakers = persons
        .slice(1)
        .map((p) => p.actorId)
        .filter((id) => id !== lastPerson.actorId);
    return resolved;
  }

  const contentWords = words.filter((w) => w.kind === 'word' && !GENERIC_DETERMINERS.test(w.key));
  // The head comes before any post-modifier ("the Russian embassy in Berlin", "sources familiar with …").
  let headEnd = words.length;
  for (let i = 1; i < words.length; i += 1) {
    const w = words[i];
    if (
      w &&
      w.kind === 'word' &&
      /^(?:in|at|from|to|on|with|familiar|close|who|which|that)$/.test(w.key)
    ) {
      headEnd = i;
      break;
    }
  }
  const anonymousLead = words
    .slice(0, 3)
    .find((w) => w.kind === 'word' && ANONYMOUS_HEADS.has(w.key) && /s$/.test(w.key));
  if (
    anonymousLead &&
    words
      .slice(0, words.indexOf(anonymousLead))
      .every((w) =>
        /^(?:some|many|several|two|three|the|a|other|western|senior|informed|diplomatic|government|security|military|unnamed|anonymous)$/.test(
          w.key,
        ),
      )
  ) {
    return { id: UNKNOWN_ACTOR_ID, alias: null, role: null, how: `anonymous "${surface}"` };
  }
  const last = [...words.slice(0, headEnd)].reverse().find((w) => w.kind === 'word');
  if (!last) return null;
  const head = last.key;
  const groups = inRange.filter((h) => h.kind !== 'person' && !h.locative);

  // "an official statement from the Russian Foreign Ministry said"
  // "The Washington Post": a capitalised document noun inside a name is part of the name. Only
  // when naming: whether the phrase can speak at all stays as it was (the dry run).
  const docIndex = words.findIndex(
    (w, i) => DOCUMENT_NOUNS.has(w.key) && !(!dryRun && i > 0 && isCapitalized(w.text)),
  );
  if (docIndex >= 0) {
    const docTok = words[docIndex];
    const after = groups.filter((g) => (docTok ? g.start > docTok.start : true));
    const pick = after[after.length - 1] ?? groups[groups.length - 1];
    if (pick)
      return { id: pick.actorId, alias: null, role: null, how: `document of "${pick.surface}"` };
    if (DOCUMENT_NOUNS.has(head))
      return { id: UNKNOWN_ACTOR_ID, alias: null, role: null, how: 'unattributed document' };
  }

  // A body or country that heads the phrase ("the Kremlin", "Moscow", "the Russian Foreign Ministry").
  const headTok = from + tokens.slice(from, to).indexOf(last);
  const headGroup = groups.find((g) => g.tokenEnd === headTok + 1);
  if (headGroup)
    return {
      id: headGroup.actorId,
      alias: headGroup.surface,
      role: null,
      how: `alias "${headGroup.surface}"`,
    };

  // "House Democrats", "Fellow Republicans": a capitalised run before a party plural names a
  // caucus, left to the name rules; "many Democrats", "Democrats" alone name nobody.
  const caucus =
    /^(?:democrats|republicans)$/.test(head) &&
    words.length >= 2 &&
    words.every((w) => w.kind === 'word' && isCapitalized(w.text));
  if (ANONYMOUS_HEADS.has(head) && !caucus) {
    const g = groups[groups.length - 1];
    if (head === 'official' && first.key === 'the' && g) {
      const named = personNamedNext(env, pos, [g.actorId]);
      if (named) return { id: named, alias: null, role: null, how: `"${surface}" → named next` };
    }
    // "a senior US defense official": one unnamed person, not the country speaking.
    if (
      g &&
      !/^(?:a|an|one)$/.test(first.key) &&
      /^(?:official|officials|source|sources|diplomats|media|report|reports)$/.test(head)
    )
      return { id: g.actorId, alias: null, role: null, how: `${head} of "${g.surface}"` };
    return { id: UNKNOWN_ACTOR_ID, alias: null, role: null, how: `anonymous "${surface}"` };
  }

  if (
    PERSON_ROLE_NOUNS.has(head) ||
    (TITLE_WORDS.has(head) &&
      /^(?:minister|secretary|president|chief|diplomat|envoy|ambassador|spokesman|spokeswoman|spokesperson|chancellor|premier|leader|head|boss|secretary-general)$/.test(
        head,
      ))
  ) {
    const desc = roleClasses(surface);
    const affs = groups.map((g) => g.actorId);
    for (const id of ctx.recentPersons(pos)) {
      if (
        roleCompatible(
          desc,
          affs,
          registry.roleOf(id),
          registry.affiliationOf(id),
          env.affiliationsOf(registry.roleOf(id) ?? ''),
        )
      ) {
        return {
          id,
          alias: contentWords.length >= 2 ? surface : null,
          role: null,
          how: `description "${surface}" → recent`,
        };
      }
    }
    // "the governor added", "the senator said": no role class, so the head word must be in the role.
    if (desc.size === 0 && GENERIC_DETERMINERS.test(first.key)) {
      for (const id of ctx.recentPersons(pos).slice(0, 6)) {
        const role = registry.roleOf(id);
        if (!role || !roleHasWord(role, head)) continue;
        if (affs.length > 0) {
          const own = [registry.affiliationOf(id), ...env.affiliationsOf(role)];
          if (!affs.some((a) => own.includes(a))) continue;
        }
        return { id, alias: null, role: null, how: `description "${surface}" → recent ${head}` };
      }
    }
    // "the UN chief said … Guterres": in a lead, before anyone has spoken, a description is
    // resolved by the person named just after it.
    if (
      !ctx.speakers.some((sp) => sp.pos < pos) &&
      (GENERIC_DETERMINERS.test(first.key) || words.some((w) => w.kind === 'poss'))
    ) {
      const named = personNamedNext(env, pos, affs, desc);
      if (named) return { id: named, alias: null, role: null, how: `"${surface}" → named next` };
    }
    const known = registry
      .known()
      .filter((k) =>
        roleCompatible(desc, affs, k.role, k.affiliation, env.affiliationsOf(k.role ?? '')),
      );
    if (known.length === 1 && known[0] && (affs.length > 0 || desc.has('secretary-general'))) {
      return {
        id: known[0].id,
        alias: contentWords.length >= 2 ? surface : null,
        role: null,
        how: `description "${surface}" → known`,
      };
    }
    // A specific description of an unnamed person ("Russia's deputy defense minister", "Mr Sunak's spokesperson").
    if ((affs.length > 0 || ownerOfRole) && contentWords.length >= 2) {
      const name = surface.replace(/^(?:the|a|an)\s+/i, '');
      const id = dryRun ? 'pending' : registry.entity(name, 'person', name);
      return { id, alias: null, role: name, how: `unnamed "${name}"` };
    }
    return {
      id: UNKNOWN_ACTOR_ID,
      alias: null,
      role: null,
      how: `unresolved description "${surface}"`,
    };
  }

  if (ORG_HEAD_NOUNS.has(head)) {
    const g = groups[groups.length - 1];
    // "In a statement, the ministry said": the body of that kind named most recently.
    if (!g && contentWords.length === 1 && first.key === 'the') {
      const body = recentBodyWithHead(env, pos, head);
      if (body) return { id: body, alias: null, role: null, how: `"${surface}" → recent body` };
    }
    if (g && /^(?:government|authorities|administration|leadership|side|diplomacy)$/.test(head))
      return { id: g.actorId, alias: surface, role: null, how: `government of "${g.surface}"` };
    const name = properBodyName(surface.replace(/^(?:the|a|an)\s+/i, ''));
    if (contentWords.length < 2)
      return { id: UNKNOWN_ACTOR_ID, alias: null, role: null, how: `generic body "${surface}"` };
    const cap = name.charAt(0).toUpperCase() + name.slice(1);
    const id = dryRun ? 'pending' : registry.entity(cap, 'organization');
    return { id, alias: null, role: null, how: `body "${cap}"` };
  }

  return resolveName(env, words, from, dryRun);
}
