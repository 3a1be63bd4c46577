/** Keys under which near-identical paragraphs compare equal (for de-duplication). */

/** Near-exact duplicate key: letters and digits only, so quote styles, apostrophes and spacing never differ. */
export function dedupeKey(p: string): string {
  const lower = p.toLowerCase();
  const key = lower.replace(/[^a-z0-9\u00c0-\u024f\u0370-\u1fff]+/g, '');
  return key === '' ? lower : key;
}

const lowerCache = new Int32Array(0x10000);

/** Lower-case form of one UTF-16 unit, or -1 when it lower-cases to several (memoised). */
function lowerUnit(c: number): number {
  let v = lowerCache[c] ?? 0;
  if (v === 0) {
    const lower = String.fromCharCode(c).toLowerCase();
    v = lower.length === 1 ? lower.charCodeAt(0) + 1 : -1;
    lowerCache[c] = v;
  }
  return v < 0 ? -1 : v - 1;
}

/**
 * 32-bit FNV-1a hash of `dedupeKey(p)` computed without building the key (no allocation);
 * equal keys give equal hashes, so only a hash hit needs the full comparison.
 */
export function dedupeHash(p: string): number {
  let h = 0x811c9dc5;
  let any = false;
  for (let i = 0; i < p.length; i += 1) {
    let c = p.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 128) {
      if (c >= 0x2000 && c < 0x2070) continue; // general punctuation: never part of the key
      c = lowerUnit(c);
      if (c < 0) return -1;
    }
    const keep =
      (c >= 97 && c <= 122) ||
      (c >= 48 && c <= 57) ||
      (c >= 0xc0 && c <= 0x24f) ||
      (c >= 0x370 && c <= 0x1fff);
    if (!keep) continue;
    any = true;
    h = Math.imul(h ^ c, 0x01000193) >>> 0;
  }
  return any ? h : -1;
}
