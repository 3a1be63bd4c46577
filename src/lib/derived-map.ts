/**
 * A read-only map whose entries are worked out when asked for: `get` computes one key's value
 * (and remembers it); iterating, or asking for the size, builds the whole map once with `all`
 * and answers from it from then on. For indexes of a derived object that are usually read for a
 * few keys only (a cut-out scene's edge lookup and adjacency), so that building the object does
 * not pay for every entry.
 *
 * Contract: `one(key)` must equal `all().get(key)` for every key (undefined for keys `all` does
 * not hold), and both must be pure; the map then reads exactly like `all()`.
 */
export class DerivedMap<K, V> implements ReadonlyMap<K, V> {
  readonly #one: (key: K) => V | undefined;
  readonly #all: () => ReadonlyMap<K, V>;
  #built: ReadonlyMap<K, V> | null = null;
  readonly #asked = new Map<K, V | undefined>();

  constructor(one: (key: K) => V | undefined, all: () => ReadonlyMap<K, V>) {
    this.#one = one;
    this.#all = all;
  }

  get(key: K): V | undefined {
    if (this.#built) return this.#built.get(key);
    if (this.#asked.has(key)) return this.#asked.get(key);
    const value = this.#one(key);
    this.#asked.set(key, value);
    return value;
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    return this.#whole().size;
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.#whole()) callback.call(thisArg, value, key, this);
  }

  entries(): MapIterator<[K, V]> {
    return this.#whole().entries();
  }

  keys(): MapIterator<K> {
    return this.#whole().keys();
  }

  values(): MapIterator<V> {
    return this.#whole().values();
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  #whole(): ReadonlyMap<K, V> {
    this.#built ??= this.#all();
    this.#asked.clear();
    return this.#built;
  }
}
