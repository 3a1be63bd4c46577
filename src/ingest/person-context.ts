import {
  CUE_VERBS,
  INVERSION_VERBS,
  NON_NAME_CAPS,
  PERSON_ROLE_NOUNS,
  SPEAKER_VERB_FILLERS,
  TITLE_CONNECTORS,
  TITLE_WORDS,
} from './lexicon.ts';
import { isCapitalized, type Token } from './tokenize.ts';

/*
 * Token-level tests find-entities uses to tell a person's name from other capitalised words:
 * name and title tokens, the title run before a name, and the contexts that frame a
 * capitalised run as a person. Kept apart so find-entities stays about matching.
 */

/** A capitalised word that can be part of a person's name. */
export function isNameToken(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (!isCapitalized(t.text) || NON_NAME_CAPS.has(t.text) || TITLE_WORDS.has(t.key)) return false;
  if (/\d/.test(t.text)) return false;
  // All-caps words longer than 3 letters are acronyms or shouting, not names.
  return !(t.text.length > 3 && t.text === t.text.toUpperCase());
}

/** A title word or a person's role noun ("Minister", "spokesman"). */
export function isTitleToken(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && (TITLE_WORDS.has(t.key) || PERSON_ROLE_NOUNS.has(t.key));
}

/** Start of the title run before token `i` (exclusive end); `i` when there is none. */
export function titleRunStart(
  tokens: readonly Token[],
  i: number,
  orgAt: (j: number) => number,
): number {
  let j = i - 1;
  let start = i;
  while (j >= 0) {
    const t = tokens[j];
    if (!t) break;
    if (t.end + 2 < (tokens[j + 1]?.start ?? 0)) break;
    if (isTitleToken(t)) {
      start = j;
      j -= 1;
      continue;
    }
    if (
      t.kind === 'word' &&
      TITLE_CONNECTORS.has(t.key) &&
      t.key !== 'the' &&
      j + 1 < i &&
      isTitleToken(tokens[j - 1])
    ) {
      j -= 1;
      continue;
    }
    // "Ambassador to the UN": "the" after a connector that follows a title word.
    if (
      t.kind === 'word' &&
      t.key === 'the' &&
      j + 1 < i &&
      /^(?:to|of|for)$/.test(tokens[j - 1]?.key ?? '') &&
      isTitleToken(tokens[j - 2])
    ) {
      j -= 2;
      continue;
    }
    if (t.kind === 'poss' && orgAt(j - 1) >= 0) {
      const s = orgAt(j - 1);
      start = s;
      j = s - 1;
      continue;
    }
    const org = orgAt(j);
    if (org >= 0) {
      start = org;
      j = org - 1;
      continue;
    }
    break;
  }
  return start;
}

/** A capitalised run [i, j) is a person when the text frames it as one. */
export function isPersonContext(
  tokens: readonly Token[],
  i: number,
  j: number,
  orgAt: (k: number) => number,
): boolean {
  const prev = tokens[i - 1];
  if (prev && (isTitleToken(prev) || /^(?:mr|mrs|ms|dr|sir)$/.test(prev.key))) return true;
  if (prev && prev.kind === 'poss' && orgAt(i - 2) >= 0) return true;
  // "US Ambassador to the UN Linda Thomas-Greenfield": a title run ending in a body's name.
  if (prev && orgAt(i - 1) >= 0) {
    const ts = titleRunStart(tokens, i, orgAt);
    for (let k = ts; k < i; k += 1) if (isTitleToken(tokens[k])) return true;
  }
  if (prev && prev.kind === 'word' && CUE_VERBS.has(prev.key)) return true;
  // '"…," said widow Terry Strada' / 'said 9/11 widow …': up to three lower-case descriptive
  // words ("9/11" is two) between an inverted cue and the name: a role the lexicon lacks.
  for (let k = i - 1; k >= Math.max(0, i - 3); k -= 1) {
    const t = tokens[k];
    if (
      !t ||
      t.kind !== 'word' ||
      isCapitalized(t.text) ||
      /^(?:the|a|an|and|or|that|to)$/.test(t.key)
    )
      break;
    const before = tokens[k - 1];
    if (before && before.kind === 'word' && INVERSION_VERBS.has(before.key)) return true;
  }
  let k = j;
  while (tokens[k]?.kind === 'word' && SPEAKER_VERB_FILLERS.has(tokens[k]?.key ?? '')) k += 1;
  const next = tokens[k];
  if (next && next.kind === 'word' && CUE_VERBS.has(next.key)) return true;
  if (tokens[j]?.text === ',') {
    const a = tokens[j + 1];
    if (a && /^(?:the|a|an)$/.test(a.key)) {
      for (let m = j + 2; m < Math.min(tokens.length, j + 8); m += 1) {
        const t = tokens[m];
        if (!t || t.kind === 'punct') break;
        if (PERSON_ROLE_NOUNS.has(t.key) || TITLE_WORDS.has(t.key)) return true;
      }
    }
    if (a && (TITLE_WORDS.has(a.key) || PERSON_ROLE_NOUNS.has(a.key))) return true;
    // "Jo-Renee Formicola, political science professor at Seton Hall, said": a bare role
    // phrase (no article) in apposition, its head a person's role noun before "at / of / in".
    if (a && a.kind === 'word' && !isCapitalized(a.text)) {
      for (let m = j + 1; m < Math.min(tokens.length, j + 5); m += 1) {
        const t = tokens[m];
        if (!t || t.kind !== 'word' || isCapitalized(t.text)) break;
        if (PERSON_ROLE_NOUNS.has(t.key))
          return (
            /^(?:at|of|in|for|with)$/.test(tokens[m + 1]?.key ?? '') || tokens[m + 1]?.text === ','
          );
      }
    }
  }
  return false;
}
