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

/**
 * Slots that `buildStream` fills in place when it turns a token into a stream token (so the
 * stream re-uses the token objects instead of copying them). Every token is created with them,
 * all -1/0, so tokens and stream tokens share one object shape.
 */
export interface StreamSlots {
  token: number;
  quote: number;
  para: number;
  endPara: number;
}

function makeToken(start: number, end: number, text: string, key: string, kind: TokenKind): Token {
  const t: Token & StreamSlots = {
    start,
    end,
    text,
    key,
    kind,
    token: -1,
    quote: -1,
    para: 0,
    endPara: 0,
  };
  return t;
}

/** Normalised key of a word as used for matching. */
const keyCache = new Map<string, string>();

export function tokenKey(text: string): string {
  let k = keyCache.get(text);
  if (k !== undefined) return k;
  k = text.toLowerCase();
  if (k.includes('’')) k = k.replace(/’/g, "'");
  if (k.includes('‑')) k = k.replace(/‑/g, '-');
  if (k.includes('.')) k = k.replace(/\./g, '');
  // Bounded: news vocabulary repeats, and the cache must not grow with the corpus.
  if (keyCache.size < 200_000) keyCache.set(text, k);
  return k;
}

/** Per UTF-16 unit: 0 not computed yet, 1 word character, 2 not. */
const wordUnitCache = new Uint8Array(0x10000);

/** Letter, mark or digit (ASCII fast path; other code units memoised in a flat table). */
function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let v = wordUnitCache[c] ?? 0;
  if (v === 0) {
    // Surrogate halves count as word characters (astral letters); rare in news text.
    v = (c >= 0xd800 && c <= 0xdfff) || /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 2;
    wordUnitCache[c] = v;
  }
  return v === 1;
}

function isPlainUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function isUpperUnit(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

/** Titles written with a dot before a name (the dot is dropped from the token stream). */
const NAME_TITLE_ABBREVIATIONS = new Set(
  'Mr Mrs Ms Dr Sen Rep Del Gov Gen Lt Col Sgt Capt Maj Adm Prof Rev Gens Sens Reps Messrs'.split(
    ' ',
  ),
);

const APOS = 39;
const RSQUO = 0x2019;
const PUNCT_UNITS = new Set([...'.,;:!?()[]—–…'].map((c) => c.charCodeAt(0)));

/**
 * Tokenises `s` (or `s.slice(from, to)`, keeping offsets relative to `s`). A hand-written
 * linear scanner: abbreviations ("U.S."), words with inner hyphens/apostrophes, a separate
 * possessive "'s" token, single punctuation marks, and a spaced hyphen read as a dash.
 */
export function tokenize(s: string, from = 0, to = s.length): Token[] {
  const out: Token[] = [];
  const n = Math.min(to, s.length);
  let i = from;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10) {
      i += 1;
      continue;
    }
    if (isWordUnit(c)) {
      // Abbreviation: (Upper .){2,}
      if (isUpperUnit(c) && s.charCodeAt(i + 1) === 46 && i + 3 < s.length + 1) {
        let k = i;
        let count = 0;
        while (
          k + 1 < n &&
          isUpperUnit(s.charCodeAt(k)) &&
          s.charCodeAt(k + 1) === 46 &&
          isWordUnit(s.charCodeAt(k))
        ) {
          k += 2;
          count += 1;
        }
        // "Loretta E. Lynch": a middle initial keeps the name in one run (its dot is not punctuation).
        if (
          count === 1 &&
          s.charCodeAt(i + 2) === 32 &&
          isUpperUnit(s.charCodeAt(i + 3)) &&
          i > from &&
          s.charCodeAt(i - 1) === 32 &&
          isUpperUnit(s.charCodeAt(out[out.length - 1]?.start ?? i)) &&
          out[out.length - 1]?.kind === 'word' &&
          (out[out.length - 1]?.end ?? 0) === i - 1
        ) {
          out.push(makeToken(i, i + 2, s.slice(i, i + 2), tokenKey(s.charAt(i)), 'word'));
          i += 2;
          continue;
        }
        if (count >= 2) {
          const text = s.slice(i, k);
          out.push(makeToken(i, k, text, tokenKey(text), 'word'));
          i = k;
          continue;
        }
      }
      let k = i + 1;
      // A word of lower-case ASCII letters, digits, '-' and "'" is its own key: no cache lookup.
      let plain = c >= 97 || (c >= 48 && c <= 57);
      if (c >= 128) plain = false;
      // All ASCII ("Lavrov", "NATO", "Biden's"): then tokenKey is just toLowerCase (no dots,
      // curly apostrophes or non-breaking hyphens to replace), cheaper than a cache lookup.
      let ascii = c < 128;
      for (;;) {
        for (; k < n; k += 1) {
          const u = s.charCodeAt(k);
          if (u >= 97 && u <= 122) continue;
          if (u >= 48 && u <= 57) continue;
          if (!isWordUnit(u)) break;
          plain = false;
          if (u >= 128) ascii = false;
        }
        const d = s.charCodeAt(k);
        if ((d === 45 || d === 0x2011) && k + 1 < n && isWordUnit(s.charCodeAt(k + 1))) {
          if (d !== 45) plain = ascii = false;
          k += 2;
          plain = plain && isPlainUnit(s.charCodeAt(k - 1));
          ascii = ascii && s.charCodeAt(k - 1) < 128;
          continue;
        }
        if ((d === APOS || d === RSQUO) && k + 1 < n && isWordUnit(s.charCodeAt(k + 1))) {
          const e = s.charCodeAt(k + 1);
          const possessive =
            (e === 115 || e === 83) && !(k + 2 < n && isWordUnit(s.charCodeAt(k + 2)));
          if (!possessive) {
            if (d !== APOS) plain = ascii = false;
            k += 2;
            plain = plain && isPlainUnit(s.charCodeAt(k - 1));
            ascii = ascii && s.charCodeAt(k - 1) < 128;
            continue;
          }
        }
        break;
      }
      const text = s.slice(i, k);
      const key = plain ? text : ascii ? text.toLowerCase() : tokenKey(text);
      out.push(makeToken(i, k, text, key, 'word'));
      i = k;
      // "Mr. Barrett", "Sen. Warren": the dot of a title before a name is not punctuation, so
      // rules see "Mr Barrett said" as they see the British spelling.
      if (
        k - (out[out.length - 1]?.start ?? k) <= 5 &&
        s.charCodeAt(k) === 46 &&
        s.charCodeAt(k + 1) === 32 &&
        isUpperUnit(s.charCodeAt(k + 2)) &&
        NAME_TITLE_ABBREVIATIONS.has(text)
      )
        i = k + 1;
      continue;
    }
    if ((c === APOS || c === RSQUO) && i + 1 < n) {
      const e = s.charCodeAt(i + 1);
      if ((e === 115 || e === 83) && !(i + 2 < n && isWordUnit(s.charCodeAt(i + 2)))) {
        out.push(makeToken(i, i + 2, s.slice(i, i + 2), "'s", 'poss'));
        i += 2;
        continue;
      }
    }
    if (PUNCT_UNITS.has(c)) {
      const text = s.charAt(i);
      out.push(makeToken(i, i + 1, text, text, 'punct'));
    } else if (c === 45 && i + 1 < s.length && /\s/.test(s.charAt(i + 1))) {
      out.push(makeToken(i, i + 1, '—', '—', 'punct'));
    }
    i += 1;
  }
  return out;
}

/** True when the word starts with an upper-case letter. */
export function isCapitalized(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = text.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True for acronyms: two or more letters, all upper case ("NATO", "U.S.", "G20"). */
export function isAllCaps(text: string): boolean {
  let ascii = true;
  let upper = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper += 1;
    else if (c >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) return upper >= 2;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return (
    letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
  );
}
