/** Actor name hygiene and keys: bidi controls, mixed scripts, slugs, comparison keys. */

/** Every bidi control: marks, embeddings, overrides, isolates. */
const BIDI_CONTROL_RE = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A name or alias without bidi controls: invisible, and able to reverse how a name reads. Pure. */
export function stripBidi(name: string): string {
  BIDI_CONTROL_RE.lastIndex = 0;
  return BIDI_CONTROL_RE.test(name) ? name.replace(BIDI_CONTROL_RE, '') : name;
}

/** Scripts whose letters look alike (Latin a/Cyrillic а/Greek α): mixing them in a name can fake another name. */
const CONFUSABLE_SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u];
const NON_LATIN_LETTER_RE = /[^\p{Script=Latin}\P{L}]/u;

/** True when `name` has letters of two of Latin, Cyrillic and Greek ("Lavrоv" with a Cyrillic о). Pure. */
export function isMixedScript(name: string): boolean {
  if (!NON_LATIN_LETTER_RE.test(name)) return false;
  return CONFUSABLE_SCRIPTS.filter((re) => re.test(name)).length > 1;
}

/** ASCII slug of a name: "Sergey Lavrov" → "sergey-lavrov". Pure. */
export function slugify(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'actor';
}

/**
 * Key under which transliteration variants of one name meet:
 * Sergei/Sergey, Dmitri/Dmitry, Aleksandr/Aleksander, Zelenskyy/Zelensky. Pure.
 */
const nameKeyCache = new Map<string, string>();

export function nameKey(name: string): string {
  let key = nameKeyCache.get(name);
  if (key === undefined) {
    key = computeNameKey(name);
    if (nameKeyCache.size < 50_000) nameKeyCache.set(name, key);
  }
  return key;
}

function computeNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/ks/g, 'x')
    .replace(/[yj]/g, 'i')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/i+\b/g, 'i')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}
