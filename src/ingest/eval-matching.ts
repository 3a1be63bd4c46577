import { UNKNOWN_ACTOR_ID, type Actor } from '../corpus/schema.ts';

/** Text and speaker matching for evaluation: spans, word sets and speaker names. */

/** Folds quote marks, apostrophes, dashes, case and whitespace; keeps a map back to original offsets. */
function normalizeWithMap(s: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  let prevSpace = false;
  for (let i = 0; i < s.length; i += 1) {
    let ch = s.charAt(i);
    if (/[“”„‟«»″"]/.test(ch)) ch = '"';
    else if (/[‘’‚‛′`]/.test(ch)) ch = "'";
    else if (/[–—‑]/.test(ch)) ch = '-';
    if (/\s/.test(ch)) {
      if (prevSpace) continue;
      ch = ' ';
      prevSpace = true;
    } else prevSpace = false;
    norm += ch.toLowerCase();
    map.push(i);
  }
  return { norm, map };
}

function normName(s: string): string {
  return normalizeWithMap(s.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .norm.replace(/^the /, '')
    .replace(/\.(?= |$)/g, '')
    .trim();
}

/** Gold span of `needle` in `text`, or null. */
export function locate(text: string, needle: string): [number, number] | null {
  const t = normalizeWithMap(text);
  const n = normalizeWithMap(needle.trim()).norm;
  const at = t.norm.indexOf(n);
  if (at < 0 || n === '') return null;
  const start = t.map[at] ?? 0;
  const end = (t.map[at + n.length - 1] ?? start) + 1;
  return [start, end];
}

/** The set of lower-cased words (letters and digits, apostrophes folded) of `s`. */
export function wordSet(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’‚‛′`]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)) {
    const t = w.replace(/^'+|'+$/g, '');
    if (t) out.add(t);
  }
  return out;
}

/** Shared words over the larger word set (the 'words' matching score). */
export function wordOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (large.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared += 1;
  return shared / large.size;
}

/** The extracted speaker is the gold speaker (same name or alias, or both unknown). Pure. */
export function speakerMatches(actor: Actor | undefined, speakerId: string, gold: string): boolean {
  const g = normName(gold);
  if (g === 'unknown' || g === 'unknown speaker') return speakerId === UNKNOWN_ACTOR_ID;
  if (!actor) return false;
  return [actor.name, ...actor.aliases].some((n) => normName(n) === g);
}

const NAME_STOPWORDS = new Set([
  'the',
  'of',
  'for',
  'and',
  'a',
  'an',
  'de',
  'mr',
  'ms',
  'mrs',
  'dr',
]);

/**
 * The lenient speaker test of outside gold (the team's scoring of the sealed sets): the predicted
 * actor's name shares a name word with the gold speaker ("Warren" for "Elizabeth Warren").
 */
export function speakerSharesWord(
  actor: Actor | undefined,
  speakerId: string,
  gold: string,
): boolean {
  const g = normName(gold);
  if (g === 'unknown' || g === 'unknown speaker') return speakerId === UNKNOWN_ACTOR_ID;
  if (!actor || speakerId === UNKNOWN_ACTOR_ID) return false;
  const gw = wordSet(g);
  for (const w of wordSet(normName(actor.name)))
    if (!NAME_STOPWORDS.has(w) && gw.has(w)) return true;
  return false;
}
