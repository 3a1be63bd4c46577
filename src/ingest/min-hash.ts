import { seededRandom } from '../lib/seeded-random.ts';

/**
 * MinHash signatures of word-shingle sets (./shingles.ts) for statement folding's LSH pass
 * (./fold-statements.ts): a fixed, seeded hash family, so statements never change between runs.
 */

/** MinHash functions per signature: fold-statements' LSH bands × rows. */
export const HASHES = 64;
/** Fixed seed of the hash family: statements must not change between runs. */
const SEED = 0x5eed_f01d;
/** Distinct shingle sets one {@link SignatureMemo} keeps signatures of (64 × 4 bytes each). */
const MEMO_LIMIT = 4096;

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

/** The MinHash signature of a shingle set (HASHES minima). Pure. */
export function minHash(shingles: Uint32Array): Uint32Array {
  return minHashInto(shingles, new Uint32Array(HASHES));
}

/** `minHash` written into `sig` (HASHES long), so a million quotes need one array. */
function minHashInto(shingles: Uint32Array, sig: Uint32Array): Uint32Array {
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

/** A hash of a whole shingle set (its sorted values), to find an equal set quickly. */
function setHash(shingles: Uint32Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < shingles.length; i += 1)
    h = Math.imul(h ^ (shingles[i] as number), 0x01000193);
  return h >>> 0;
}

function sameSet(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Signatures for one LSH pass, each distinct shingle set min-hashed once: reposts carry a
 * quote word for word, and equal sets have equal signatures (a signature is a pure function
 * of its set, so this never changes a result). Keeps at most {@link MEMO_LIMIT} signatures and
 * computes any further set afresh, so memory stays bounded. Mutates only itself.
 */
export class SignatureMemo {
  readonly #bySetHash = new Map<number, { shingles: Uint32Array; sig: Uint32Array }[]>();
  #size = 0;
  readonly #scratch = new Uint32Array(HASHES);

  /** The signature of `shingles`; read it before the next call (it may be reused). */
  signatureOf(shingles: Uint32Array): Uint32Array {
    const key = setHash(shingles);
    const list = this.#bySetHash.get(key);
    const hit = list?.find((e) => sameSet(e.shingles, shingles));
    if (hit) return hit.sig;
    if (this.#size >= MEMO_LIMIT) return minHashInto(shingles, this.#scratch);
    const sig = minHash(shingles);
    const entry = { shingles, sig };
    if (list) list.push(entry);
    else this.#bySetHash.set(key, [entry]);
    this.#size += 1;
    return sig;
  }
}
