import { foldText } from '../corpus/fold-text.ts';
import { seededRandom } from '../lib/seeded-random.ts';

/**
 * The similarity primitives of statement folding: word shingles hashed to sorted 32-bit sets,
 * their exact Jaccard similarity, and seeded MinHash signatures that estimate it. Pure and
 * seeded: the same text gives the same hashes on every run and every machine.
 */

/** MinHash functions per signature. */
export const HASHES = 64;
/** Words per shingle. */
const SHINGLE = 3;
/** Fixed seed of the hash family: statements must not change between runs. */
const SEED = 0x5eed_f01d;

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

/** Odd multipliers and offsets of the universal hash family h(x) = a·x + b mod 2^32. */
const FAMILY = (() => {
  // seededRandom's values are uint32 / 2^32 exactly, so this gives back the 32-bit draw.
  const random = seededRandom(SEED);
  const next = () => (random() * 4294967296) >>> 0;
  const a = new Uint32Array(HASHES);
  const b = new Uint32Array(HASHES);
  for (let k = 0; k < HASHES; k += 1) {
    a[k] = next() | 1;
    b[k] = next();
  }
  return { a, b };
})();

/**
 * The MinHash signature of a shingle set (HASHES minima), written into `sig` (HASHES long,
 * overwritten): the folder reuses one array for a million quotes.
 */
export function minHashInto(shingles: Uint32Array, sig: Uint32Array): Uint32Array {
  sig.fill(0xffffffff);
  const { a, b } = FAMILY;
  for (const x of shingles) {
    for (let k = 0; k < HASHES; k += 1) {
      const h = (Math.imul(a[k] as number, x) + (b[k] as number)) >>> 0;
      if (h < (sig[k] as number)) sig[k] = h;
    }
  }
  return sig;
}
