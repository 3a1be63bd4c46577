/** Article ids from file names: stable for Latin names, transliterated plus hashed for others. */

const CYRILLIC_LATIN: Record<string, string> = Object.fromEntries(
  'а a б b в v г g д d е e ё e ж zh з z и i й i к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch ш sh щ shch ъ  ы y ь  э e ю yu я ya і i ї yi є ye ґ g'
    .split(' ')
    .reduce<[string, string][]>(
      (pairs, w, i, all) => (i % 2 ? pairs : [...pairs, [w, all[i + 1] ?? '']]),
      [],
    ),
);

/** 32-bit FNV-1a of the UTF-16 units of `s`, as 8 hex digits. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * Stable article id from a file name. Pure. A name in Latin script keeps the id it always had
 * (the name without `.txt`, reduced to [A-Za-z0-9_-]; shared links hold these ids). A name with
 * letters of another script or symbols (`Путин.txt`, `名前.txt`) would lose them, so its id is a readable
 * transliteration (Cyrillic; other scripts are dropped) plus a hash of the whole name: the same
 * name always gets the same id, whatever other files the folder holds.
 */
export function articleIdFromFile(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.(?:txt|md|html?)$/i, '');
  const id = base.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  // Only letters and symbols outside Latin script are lost by the reduction; punctuation is not.
  if (!/[^\p{Script=Latin}\p{P}\p{Z}\p{M}\p{Cc}\p{ASCII}]/u.test(base)) return id || 'article';
  const name = base.normalize('NFC');
  const readable = [...name.toLowerCase()]
    .map((c) => CYRILLIC_LATIN[c] ?? c)
    .join('')
    .normalize('NFKD')
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${readable ? `${readable}-` : ''}${fnv1a(name)}`;
}
