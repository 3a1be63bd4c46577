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
 * Sorted, distinct hashes of the word shingles of `tokens` (a text shorter than one shingle is
 * one shingle of all its words). Pure.
 */
export function shingleHashes(tokens: readonly string[]): Uint32Array {
  // Hash each word once, then mix SHINGLE word hashes: no strings built per shingle.
  const words = tokens.map(fnv1a);
  const set = new Set<number>();
  const mix = (from: number, to: number) => {
    let h = 0x9e3779b9;
    for (let k = from; k < to; k += 1)
      h = Math.imul(h ^ (words[k] as number), 0x85ebca6b) ^ (h >>> 13);
    return h >>> 0;
  };
  if (words.length > 0 && words.length < SHINGLE) set.add(mix(0, words.length));
  for (let i = 0; i + SHINGLE <= words.length; i += 1) set.add(mix(i, i + SHINGLE));
  return Uint32Array.from(set).sort();
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
