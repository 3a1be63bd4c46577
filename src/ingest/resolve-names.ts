import { CUE_VERBS, NON_NAME_CAPS, PERSON_ROLE_NOUNS, TITLE_WORDS } from './lexicon.ts';
import type { Resolved } from './resolve-speakers.ts';
import { earlierBodyName, earlierFullName, type NpEnv } from './speaker-context.ts';
import { isCapitalized, type Token } from './tokenize.ts';

/*
 * The last resort of speaker resolution: a phrase with no entity hit that is a name by its
 * shape, a body's name after "the" ("The New York Times") or a bare capitalised name nobody
 * introduced ("Grushko said"). Kept apart from resolve-speakers.ts, which reads hits, roles,
 * pronouns and descriptions.
 */

/** Number words ("Twenty-seven states said"): a count, never a name. */
const NUMBER_WORD =
  /^(?:six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)$/;

/** Capitalised words that name no one alone (NON_NAME_CAPS) but make up bodies' names ("The Times"). */
const BODY_NAME_WORDS = new Set(
  'News Times Post Council Assembly Agency Union Ministry State Foreign Affairs House Security Defense Defence'.split(
    ' ',
  ),
);

/**
 * "nonpartisan Congressional Budget Office" → "Congressional Budget Office": lower-case words
 * before a body's proper name describe it ("conservative-leaning Tax Foundation"), they are no
 * part of its name. Only when the rest is a name of two or more capitalised words, with
 * lower-case connectors inside ("Commission on Presidential Debates"). Pure.
 */
export function properBodyName(name: string): string {
  const m = /^(?:[a-z][\w'’-]*\s+)+(?=\p{Lu})/u.exec(name);
  if (!m) return name;
  const rest = name.slice(m[0].length);
  const words = rest.split(/\s+/);
  const capital = (w: string): boolean => /^\p{Lu}/u.test(w);
  const ok =
    words.length >= 2 &&
    capital(words[words.length - 1] ?? '') &&
    words.every((w) => capital(w) || /^(?:of|on|for|and|the|in|to)$/.test(w));
  return ok ? rest : name;
}

/**
 * The body or person a phrase of `words` (article tokens from `from`) names by its shape alone,
 * or null. With `dryRun`, registers nothing.
 */
export function resolveName(
  env: NpEnv,
  words: readonly Token[],
  from: number,
  dryRun: boolean,
): Resolved | null {
  const { registry } = env;
  const first = words[0];
  if (!first) return null;
  // "The New York Times", "The NAACP": a capitalised name after "the" names a body (a person
  // takes no article), even when a place is part of it. Only names a subject already taken as
  // speaking (a loose subject): it does not make the phrase a speaker by itself.
  const rest = words.slice(1);
  // "The NAACP called for …": an acronym after "the" is a body's name on its own (a person's
  // name is never written in capitals), so it makes the phrase a speaker for any cue.
  const acronym = rest.length === 1 && /^\p{Lu}{2,6}$/u.test(rest[0]?.text ?? '');
  // "the Federal Bureau of Prisons", "the Commission on Presidential Debates": lower-case
  // connectors between capitalised words belong to a body's name.
  const connector = (w: Token, i: number): boolean =>
    i > 0 &&
    i < rest.length - 1 &&
    w.kind === 'word' &&
    /^(?:of|for|on|and)$/.test(w.text) &&
    isCapitalized(rest[i - 1]?.text ?? '') &&
    isCapitalized(rest[i + 1]?.text ?? '');
  if (
    (!dryRun || acronym) &&
    first.key === 'the' &&
    rest.length >= 1 &&
    rest.length <= 6 &&
    rest.filter((w) => w.kind === 'word' && isCapitalized(w.text)).length <= 4 &&
    rest.every(
      (w, i) =>
        connector(w, i) ||
        (w.kind === 'word' &&
          isCapitalized(w.text) &&
          (!NON_NAME_CAPS.has(w.text) || BODY_NAME_WORDS.has(w.text)) &&
          !TITLE_WORDS.has(w.key) &&
          !PERSON_ROLE_NOUNS.has(w.key)),
    )
  ) {
    // "The Times" after "a New York Times article": the name given in full before.
    const short = rest.length === 1 && rest[0] && !dryRun ? rest[0] : undefined;
    const name = (short && earlierBodyName(env, from, short)) || rest.map((w) => w.text).join(' ');
    return {
      id: dryRun ? 'pending' : registry.entity(name, 'organization'),
      alias: name,
      role: null,
      how: `body name "${name}"`,
    };
  }

  // A bare capitalised name nobody introduced ("Grushko said"); after an outlet's or a body's
  // possessive ("NBC's Jan Novak"), the two to four words after it.
  const poss = words.findIndex((w) => w.kind === 'poss');
  let nameWords = (poss > 0 ? words.slice(poss + 1) : words).filter((w) => w.kind === 'word');
  // 'Said Ellis: "…"': a capitalised cue verb opens an inverted attribution, it is no given name.
  if (nameWords.length >= 2 && CUE_VERBS.has(nameWords[0]?.key ?? ''))
    nameWords = nameWords.slice(1);
  if (
    (poss < 0 ||
      (nameWords.length >= 2 && words.slice(0, poss).every((w) => isCapitalized(w.text)))) &&
    nameWords.length >= 1 &&
    nameWords.length <= 4 &&
    nameWords.every(
      (w) =>
        isCapitalized(w.text) &&
        !NON_NAME_CAPS.has(w.text) &&
        !TITLE_WORDS.has(w.key) &&
        !NUMBER_WORD.test(w.key),
    ) &&
    (poss > 0 ? words.slice(poss + 1) : words).every((w) => w.kind === 'word')
  ) {
    const name = nameWords.map((w) => w.text).join(' ');
    const existing =
      nameWords.length === 1 ? registry.findBySurname(name) : registry.findPerson(name);
    if (existing) return { id: existing, alias: name, role: null, how: `name "${name}"` };
    const lone = nameWords.length === 1 ? nameWords[0] : undefined;
    const full = lone && !dryRun ? earlierFullName(env, from, lone) : null;
    if (full) {
      const id = registry.person(full, null);
      return { id, alias: name, role: null, how: `name "${name}" → earlier "${full}"` };
    }
    const id = dryRun ? 'pending' : registry.person(name, null);
    return { id, alias: name, role: null, how: `new name "${name}"` };
  }
  return null;
}
