import type { ActorId, QuoteId, Statement } from '../corpus/schema.ts';
import { HASHES, SignatureMemo } from './min-hash.ts';
import { jaccard, normaliseTokens, shingleHashes, textShingles } from './shingles.ts';

export { jaccard, normaliseTokens, shingleHashes };

/**
 * Folds near-identical quotes of one speaker in different articles (wire copies, reposts,
 * light edits) into statements. Near-linear: each quote is reduced to a MinHash signature of
 * its word 3-shingles, signatures are bucketed by LSH bands (keyed by speaker too), and only
 * quotes sharing a bucket are compared, each with a bounded number of earlier bucket members.
 * A candidate pair folds when the exact Jaccard similarity of its shingle sets reaches
 * {@link FOLD_THRESHOLD}. Seeded and order-deterministic: the same quotes in the same order
 * give the same statements.
 */

/** Jaccard similarity of word 3-shingle sets at or above which two quotes are one statement. */
export const FOLD_THRESHOLD = 0.5;
/** MinHash functions; BANDS × ROWS. Banding 16 × 4 passes a pair at J = 0.5 with p ≈ 0.65. */
const BANDS = 16;
const ROWS = HASHES / BANDS;
/** Up to this many quotes, a speaker's quotes are compared pairwise (cheaper than signatures). */
const SMALL_GROUP = 24;
/** Earlier members of a bucket a quote is compared with: keeps a 10,000-copy bucket linear. */
const BUCKET_PEERS = 4;

/** What folding needs to know of a quote and its article. */
export interface FoldInput {
  id: QuoteId;
  speakerId: ActorId;
  text: string;
  /** Stable article id: two quotes of one article never fold (a repeat is not a repost). */
  articleId: string;
  date: string | null;
  outlet: string | null;
}

/** A growable run of numbers in one typed array: no object per quote. */
class Column<T extends Uint32Array | Uint8Array> {
  data: T;
  length = 0;
  constructor(private readonly make: (size: number) => T) {
    this.data = make(1024);
  }
  /** Room for `extra` more values; the array may be replaced. */
  reserve(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    let size = this.data.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = this.make(size);
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }
}

/** Quotes whose signatures agree on one band's ROWS values. */
interface Bucket {
  readonly rows: readonly number[];
  readonly members: number[];
}

/** A number (53 bits at most) from the ROWS values of `sig` at `o`; equal rows, equal keys. */
function bandKey(sig: Uint32Array, o: number): number {
  let hi = 0x811c9dc5;
  let lo = 0x9e3779b9;
  for (let r = o; r < o + ROWS; r += 1) {
    const v = sig[r] as number;
    hi = Math.imul(hi ^ v, 0x01000193);
    lo = Math.imul(lo ^ v, 0x85ebca6b) ^ (lo >>> 15);
  }
  return (hi >>> 0) * 0x200000 + ((lo >>> 0) & 0x1fffff);
}

function sameRows(rows: readonly number[], sig: Uint32Array, o: number): boolean {
  for (let r = 0; r < ROWS; r += 1) if (rows[r] !== sig[o + r]) return false;
  return true;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** A UTF-16 surrogate without its pair: UTF-8 cannot carry it, so such a text is kept as is. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Any surrogate: a plain class scans several times faster, and nearly no quote has one. */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Collects quotes one article at a time (so the CLI can stream) and folds them on `finish`.
 * Holds each quote's fields as columns, its wording as UTF-8 in one byte pool (a quote's text is
 * often a slice of its article's, and keeping the slice would keep the whole article) and its
 * shingles in one pool too: at a million quotes, an object and two small arrays per quote add
 * up. Mutates only itself.
 */
export class StatementFolder {
  readonly #ids: QuoteId[] = [];
  readonly #speakers: ActorId[] = [];
  readonly #articles: string[] = [];
  readonly #dates: (string | null)[] = [];
  readonly #outlets: (string | null)[] = [];
  readonly #shingles = new Column((n) => new Uint32Array(n));
  /** Where each quote's shingles start in #shingles; one more entry than quotes. */
  readonly #shingleAt: number[] = [0];
  readonly #text = new Column((n) => new Uint8Array(n));
  readonly #textAt: number[] = [0];
  /** Texts UTF-8 cannot hold as they are (lone surrogates), by quote index. */
  readonly #oddTexts = new Map<number, string>();
  readonly #parent: number[] = [];
  /** Per quote, the quote it was last compared with in an LSH pass (finish sizes it). */
  #comparedWith = new Int32Array(0);
  #elapsed = 0;

  /** Milliseconds spent folding so far (for `--stats` and the benchmark). */
  get elapsedMs(): number {
    return this.#elapsed;
  }

  add(input: FoldInput): void {
    const started = performance.now();
    const index = this.#ids.length;
    const shingles = textShingles(input.text);
    this.#shingles.reserve(shingles.length);
    this.#shingles.data.set(shingles, this.#shingles.length);
    this.#shingles.length += shingles.length;
    this.#shingleAt.push(this.#shingles.length);
    if (SURROGATE.test(input.text) && LONE_SURROGATE.test(input.text))
      this.#oddTexts.set(index, input.text);
    else {
      // UTF-8 takes at most 3 bytes per UTF-16 code unit.
      this.#text.reserve(input.text.length * 3);
      const { written } = encoder.encodeInto(
        input.text,
        this.#text.data.subarray(this.#text.length),
      );
      this.#text.length += written;
    }
    this.#textAt.push(this.#text.length);
    this.#ids.push(input.id);
    this.#speakers.push(input.speakerId);
    this.#articles.push(input.articleId);
    this.#dates.push(input.date);
    this.#outlets.push(input.outlet);
    this.#parent.push(index);
    this.#elapsed += performance.now() - started;
  }

  /** Quote `i`'s shingles: a view into the pool, valid until the next `add`. */
  #shinglesOf(i: number): Uint32Array {
    return this.#shingles.data.subarray(this.#shingleAt[i], this.#shingleAt[i + 1]);
  }

  #textOf(i: number): string {
    return (
      this.#oddTexts.get(i) ??
      decoder.decode(this.#text.data.subarray(this.#textAt[i], this.#textAt[i + 1]))
    );
  }

  #inputOf(i: number): FoldInput {
    return {
      id: this.#ids[i] as QuoteId,
      speakerId: this.#speakers[i] as ActorId,
      text: this.#textOf(i),
      articleId: this.#articles[i] as string,
      date: this.#dates[i] ?? null,
      outlet: this.#outlets[i] ?? null,
    };
  }

  /** Compares the quotes of one speaker: every pair in a small group, LSH buckets in a big one. */
  #foldGroup(members: readonly number[]): void {
    if (members.length <= SMALL_GROUP) {
      for (let b = 1; b < members.length; b += 1) {
        for (let a = 0; a < b; a += 1) this.#tryUnion(members[b] as number, members[a] as number);
      }
      return;
    }
    // One map per band, keyed by a number mixed from the band's ROWS values; quotes share a
    // bucket only when all ROWS values are equal (checked), as with a string of them, but no
    // string is built per quote and band.
    const bands = Array.from({ length: BANDS }, () => new Map<number, Bucket[]>());
    const signatures = new SignatureMemo();
    const compared = this.#comparedWith;
    for (const index of members) {
      const shingles = this.#shinglesOf(index);
      if (shingles.length === 0) continue;
      const sig = signatures.signatureOf(shingles);
      for (let band = 0; band < BANDS; band += 1) {
        const o = band * ROWS;
        const map = bands[band] as Map<number, Bucket[]>;
        const key = bandKey(sig, o);
        const list = map.get(key);
        const bucket = list?.find((c) => sameRows(c.rows, sig, o));
        if (!bucket) {
          const rows: number[] = [];
          for (let r = 0; r < ROWS; r += 1) rows.push(sig[o + r] as number);
          const fresh = { rows, members: [index] };
          if (list) list.push(fresh);
          else map.set(key, [fresh]);
          continue;
        }
        const peers = bucket.members;
        for (let p = Math.max(0, peers.length - BUCKET_PEERS); p < peers.length; p += 1) {
          const other = peers[p] as number;
          // Compared with `index` already (in an earlier band)?
          if (compared[other] === index) continue;
          compared[other] = index;
          this.#tryUnion(index, other);
        }
        peers.push(index);
      }
    }
  }

  #find(i: number): number {
    const parent = this.#parent;
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[i] !== root) {
      const next = parent[i] as number;
      parent[i] = root;
      i = next;
    }
    return root;
  }

  #tryUnion(i: number, j: number): void {
    if (this.#articles[i] === this.#articles[j]) return;
    const ri = this.#find(i);
    const rj = this.#find(j);
    if (ri === rj) return;
    if (jaccard(this.#shinglesOf(i), this.#shinglesOf(j)) < FOLD_THRESHOLD) return;
    // Two reports of one article never share a statement, even through a third article.
    if (this.#sharesArticle(ri, rj)) return;
    // The smaller index is the root, so the result does not depend on bucket visiting order.
    if (ri < rj) this.#parent[rj] = ri;
    else this.#parent[ri] = rj;
  }

  readonly #articlesOfRoot = new Map<number, Set<string>>();

  #sharesArticle(ri: number, rj: number): boolean {
    const of = (root: number) => {
      let set = this.#articlesOfRoot.get(root);
      if (!set) {
        set = new Set([this.#articles[root] as string]);
        this.#articlesOfRoot.set(root, set);
      }
      return set;
    };
    const x = of(ri);
    const y = of(rj);
    const [small, large] = x.size < y.size ? [x, y] : [y, x];
    for (const id of small) if (large.has(id)) return true;
    // Small into large: each article id moves O(log n) times over the whole fold.
    for (const id of small) large.add(id);
    this.#articlesOfRoot.set(Math.min(ri, rj), large);
    this.#articlesOfRoot.delete(Math.max(ri, rj));
    return false;
  }

  /**
   * The statements with two or more reports, ordered by their first report's corpus order.
   * Reports are first seen first: earliest dated, then undated, ties in corpus order.
   */
  finish(): Statement[] {
    const started = performance.now();
    // Group by speaker (only one speaker's quotes can fold), in first-appearance order.
    const bySpeaker = new Map<string, number[]>();
    this.#speakers.forEach((speakerId, i) => {
      const group = bySpeaker.get(speakerId);
      if (group) group.push(i);
      else bySpeaker.set(speakerId, [i]);
    });
    this.#comparedWith = new Int32Array(this.#ids.length).fill(-1);
    for (const members of bySpeaker.values()) if (members.length > 1) this.#foldGroup(members);
    this.#comparedWith = new Int32Array(0);
    const groups = new Map<number, number[]>();
    for (let i = 0; i < this.#ids.length; i += 1) {
      const root = this.#find(i);
      const group = groups.get(root);
      if (group) group.push(i);
      else groups.set(root, [i]);
    }
    const statements: Statement[] = [];
    // Groups come in the order of their smallest member (the root), i.e. corpus order.
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const dates = this.#dates;
      const reports = [...group].sort(
        (x, y) => compareDates(dates[x] ?? null, dates[y] ?? null) || x - y,
      );
      const first = this.#inputOf(reports[0] as number);
      const outlets: string[] = [];
      for (const order of reports) {
        const outlet = this.#outlets[order] ?? null;
        if (outlet !== null && !outlets.includes(outlet)) outlets.push(outlet);
      }
      statements.push({
        id: `s:${first.id}`,
        speakerId: first.speakerId,
        text: first.text,
        quoteIds: reports.map((order) => this.#ids[order] as QuoteId),
        firstDate: first.date,
        outlets,
      });
    }
    this.#elapsed += performance.now() - started;
    return statements;
  }
}

/** Dated before undated, then by date. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Folds a whole list of quotes (tests, small corpora). Pure. */
export function foldStatements(inputs: readonly FoldInput[]): Statement[] {
  const folder = new StatementFolder();
  for (const input of inputs) folder.add(input);
  return folder.finish();
}
