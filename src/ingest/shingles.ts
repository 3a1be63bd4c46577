import { foldText } from '../corpus/fold-text.ts';

/**
 * A quote's wording as a set of word 3-shingles (hashed, sorted, distinct), and the exact
 * Jaccard similarity of two such sets: what statement folding (./fold-statements.ts) compares.
 */

/** Words per shingle. */
const SHINGLE = 3;

/** Normalised word tokens: case and accents folded, punctuation and quote marks dropped. Pure. */
export function normaliseTokens(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** 32-bit FNV-1a of a string. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Per UTF-16 unit: 1 when folding leaves it as it is and it is no letter, mark or digit (so it
 * only separates words: curly quotes, dashes, ellipses), 2 when not; 0 not computed yet. A pure
 * function of the unit, memoised in a flat table as tokenize.ts does for word units.
 */
const separatorUnits = new Uint8Array(0x10000);

function isInertSeparator(c: number): boolean {
  let v = separatorUnits[c] ?? 0;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    const surrogate = c >= 0xd800 && c <= 0xdfff;
    v = !surrogate && foldText(ch) === ch && !/[\p{L}\p{M}\p{N}]/u.test(ch) ? 1 : 2;
    separatorUnits[c] = v;
  }
  return v === 1;
}

/**
 * FNV-1a hashes of `normaliseTokens(text)`, in order. A text of ASCII and inert separators
 * (nearly every news quote) is folded and split in one scan that hashes each word as it goes,
 * with no folded copy and no string per word: folding is then only ASCII lower-casing and its
 * words are the runs of [a-z0-9]. Any other text goes through normaliseTokens. Pure.
 */
function wordHashes(text: string): number[] {
  const hashes: number[] = [];
  let h = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (!inWord) h = 0x811c9dc5;
        inWord = true;
        h = Math.imul(h ^ c, 0x01000193);
        continue;
      }
    } else if (!isInertSeparator(c)) return normaliseTokens(text).map(fnv1a);
    if (inWord) hashes.push(h >>> 0);
    inWord = false;
  }
  if (inWord) hashes.push(h >>> 0);
  return hashes;
}

/** The hash of the shingle of words `from` to `to` (exclusive). */
function mixWords(words: readonly number[], from: number, to: number): number {
  let h = 0x9e3779b9;
  for (let k = from; k < to; k += 1)
    h = Math.imul(h ^ (words[k] as number), 0x85ebca6b) ^ (h >>> 13);
  return h >>> 0;
}

/**
 * Sorted, distinct shingle hashes of a text's word hashes (a text shorter than one shingle is
 * one shingle of all its words). Sorts a typed array and drops repeats in place: building a Set
 * and copying it out cost more than the hashing.
 */
function shingleSet(words: readonly number[]): Uint32Array {
  const n = words.length;
  const count = n >= SHINGLE ? n - SHINGLE + 1 : n > 0 ? 1 : 0;
  const hashes = new Uint32Array(count);
  if (n > 0 && n < SHINGLE) hashes[0] = mixWords(words, 0, n);
  for (let i = 0; i + SHINGLE <= n; i += 1) hashes[i] = mixWords(words, i, i + SHINGLE);
  hashes.sort();
  let distinct = 0;
  for (let i = 0; i < count; i += 1) {
    const v = hashes[i] as number;
    if (distinct === 0 || v !== hashes[distinct - 1]) hashes[distinct++] = v;
  }
  return distinct === count ? hashes : hashes.slice(0, distinct);
}

/**
 * Sorted, distinct hashes of the word shingles of `tokens` (a text shorter than one shingle is
 * one shingle of all its words). Pure.
 */
export function shingleHashes(tokens: readonly string[]): Uint32Array {
  // Hash each word once, then mix SHINGLE word hashes: no strings built per shingle.
  return shingleSet(tokens.map(fnv1a));
}

/** `shingleHashes(normaliseTokens(text))`, without building the tokens. Pure. */
export function textShingles(text: string): Uint32Array {
  return shingleSet(wordHashes(text));
}

/** Exact Jaccard similarity of two sorted distinct hash arrays. Pure. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      both += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return both / (a.length + b.length - both);
}
