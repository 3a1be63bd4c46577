import { CUE_VERBS, NON_NAME_CAPS, NOT_SURNAMES, ORG_HEAD_NOUNS, TITLE_WORDS } from './lexicon.ts';
import { genderOfName } from './gender.ts';
import { isCapitalized, type Token } from './tokenize.ts';
import { isNameToken, isTitleToken } from './person-context.ts';

/**
 * What a single token tells find-entities about names: honorifics and suffixes, given names
 * that also open place and company names, and whether a capitalised word next to others is a
 * given name, a surname or an ordinary word. Pure.
 */

/** Honorifics that stand before a surname ("Mr. Lavrov"). */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'messrs']);
/**
 * Given names that also start place, company and event names or questions ("Georgia Power",
 * "Victoria Police", "Virginia Tech", "Chelsea FC", "June Election", "Will Congress act?"):
 * without a title, cue or role around them they name no one.
 */
export const AMBIGUOUS_GIVEN_NAMES = new Set([
  'april',
  'austin',
  'chad',
  'charlotte',
  'chelsea',
  'dawn',
  'florence',
  'georgia',
  'grace',
  'hope',
  'iris',
  'joy',
  'june',
  'madison',
  'regina',
  'rose',
  'victoria',
  'virginia',
  'will',
]);

/**
 * "Charlie King": a capitalised title word right after a lone given name
 * (data/first-names.json) and before no further name or title is a surname, since a title
 * comes before the name it goes with ("King Abdullah", "Majority Leader Mitch McConnell").
 */
export function titleSurnameAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev || t.kind !== 'word' || !TITLE_WORDS.has(t.key) || !isCapitalized(t.text))
    return false;
  if (t.text === t.text.toUpperCase() || t.start - prev.end > 1) return false;
  if (isNameToken(tokens[i + 1]) || isTitleToken(tokens[i + 1])) return false;
  return isNameToken(prev) && !isNameToken(tokens[i - 2]) && genderOfName(prev.text) !== null;
}

/** A name token right before token `i` (one space apart), with no alias of its own. */
export function precededByName(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i];
  return !!prev && !!t && t.start - prev.end <= 1 && isNameToken(prev);
}

/** Generational suffixes that end a full name after the surname ("Jr.", "III"). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Function words that open sentences and are missing from NON_NAME_CAPS. */
const SENTENCE_OPENERS = new Set(
  'beyond did does do has have had is was are were can could would should may might must unless until toward towards near outside inside behind around along except besides whereas once so'.split(
    ' ',
  ),
);

/**
 * A capitalised word that can only be a given name: no cue or title word, no -ing, -ed or -ly
 * form, and never written in lower case in the same text ("Did Trump …", "Beyond Trump's …",
 * "Injecting Clinton into …" open sentences with ordinary words).
 */
export function plainName(t: Token | undefined, lower: ReadonlySet<string>): boolean {
  if (!t || CUE_VERBS.has(t.key) || isTitleToken(t) || lower.has(t.key)) return false;
  if (SENTENCE_OPENERS.has(t.key)) return false;
  return !/(?:ing|ed|ly)$/.test(t.key);
}

/**
 * A name token right after token `i` (one space apart) that is no head noun of a body
 * ("Clinton Foundation"): token `i` is then a given name, not a surname.
 */
export function followedByName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return (
    !!t && !!next && next.start - t.end <= 1 && isNameToken(next) && !ORG_HEAD_NOUNS.has(next.key)
  );
}

/**
 * Whether a bare capitalised word may stand for someone another article named in full: shaped
 * like a surname (a capital, then lower-case letters: "I'm", "II", "GOP" are not), never lower
 * case in this text ("Change", "Does"), no party or state word, no body's head noun. The
 * people another article discovered include names run together from a place and a party ("a
 * Wisconsin Republican", "Vermont Democrats"), which made every later "Republican" that person.
 */
export function corpusSurname(t: Token, lower: ReadonlySet<string>): boolean {
  return (
    /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text) &&
    !lower.has(t.key) &&
    !NOT_SURNAMES.has(t.key) &&
    !NON_NAME_CAPS.has(t.text) &&
    !ORG_HEAD_NOUNS.has(t.key)
  );
}
