/**
 * `compute` memoised per key object: the first call for a key computes, later calls return the
 * same value while the key lives (a WeakMap, so the value goes with its key). For derived
 * indexes of objects that are never mutated (graphs, scenes). `compute` must be pure.
 */
export function weakMemo<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
