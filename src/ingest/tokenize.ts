/**
 * Word tokens with offsets, shared by alias matching, name discovery and attribution.
 * Pure and linear: one sticky-free global regex pass, no backtracking-prone patterns.
 */

export type TokenKind = 'word' | 'poss' | 'punct';

export interface Token {
  /** Offset of the first character in the tokenised string. */
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** Matching key: lower case, dots dropped ("U.S." → "us"), curly apostrophes straightened. */
  key: string;
  kind: TokenKind;
}

// Abbreviations like U.S. | words with inner hyphens/apostrophes (not a possessive 's) | possessive | punctuation.
const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-‑]|['’](?![sS](?![\p{L}\p{N}])))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|['’][sS](?![\p{L}\p{N}])|[.,;:!?()[\]—–…]|-(?=\s)/gu;

/** Normalised key of a word as used for matching. */
export function tokenKey(text: string): string {
  return text.toLowerCase().replace(/’/g, "'").replace(/‑/g, '-').replace(/\./g, '');
}

/** Tokenises `s` (or `s.slice(from, to)`, keeping offsets relative to `s`). */
export function tokenize(s: string, from = 0, to = s.length): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, 'gu');
  re.lastIndex = from;
  for (;;) {
    const m = re.exec(s);
    if (!m || m.index >= to) break;
    const text = m[0];
    const first = text.charCodeAt(0);
    let kind: TokenKind;
    if ((first === 39 || first === 0x2019) && text.length === 2) kind = 'poss';
    else if (/^[.,;:!?()[\]—–…-]$/.test(text)) kind = 'punct';
    else kind = 'word';
    out.push({
      start: m.index,
      end: m.index + text.length,
      text: kind === 'punct' && text === '-' ? '—' : text,
      key: kind === 'poss' ? "'s" : tokenKey(text),
      kind,
    });
  }
  return out;
}

/** True when the word starts with an upper-case letter. */
export function isCapitalized(text: string): boolean {
  const c = text.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True for acronyms: two or more letters, all upper case ("NATO", "U.S.", "G20"). */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return (
    letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
  );
}
