import type { ActorKind } from '../corpus/schema.ts';
import { isAllCaps, isCapitalized, tokenize, type Token } from './tokenize.ts';

type CaseRule = 'caps' | 'cap' | 'any';

export interface AliasEntry {
  actorId: string;
  keys: string[];
  rules: CaseRule[];
  surface: string;
  /** A place name (capital city): after a locative preposition it is not a mention. */
  place: boolean;
  /** A one-word alias of a person (a surname): an article's own full-named person wins over it. */
  surname: boolean;
}

const LOWERCASE_OK_MIN = 5;
/** Proper names that are also common words: they only match when capitalised. */
const COMMON_WORD_NAMES = new Set([
  'turkey',
  'china',
  'chad',
  'jordan',
  'georgia',
  'may',
  'guinea',
]);

/** The index entry for one alias of an actor, with the case its tokens must match. Pure. */
export function aliasEntry(
  actorId: string,
  alias: string,
  kind: ActorKind,
  place: boolean,
): AliasEntry | null {
  const toks = tokenize(alias).filter((t) => t.kind !== 'punct');
  if (toks.length === 0) return null;
  const rules = toks.map((t): CaseRule => {
    if (t.kind === 'poss') return 'any';
    if (isAllCaps(t.text)) return 'caps';
    if (isCapitalized(t.text)) {
      const relaxed =
        kind !== 'person' && t.key.length >= LOWERCASE_OK_MIN && !COMMON_WORD_NAMES.has(t.key);
      return relaxed ? 'any' : 'cap';
    }
    return 'any';
  });
  return {
    actorId,
    keys: toks.map((t) => t.key),
    rules,
    surface: alias,
    place,
    surname: kind === 'person' && toks.length === 1,
  };
}

function ruleOk(rule: CaseRule, tok: Token): boolean {
  if (rule === 'caps') return isAllCaps(tok.text);
  if (rule === 'cap') return isCapitalized(tok.text);
  return true;
}

function keySignature(key: string): number {
  const n = key.length;
  return ((n * 7919) ^ (key.charCodeAt(0) * 131) ^ (key.charCodeAt(n - 1) * 17)) & 0xffff;
}

interface FirstKeyEntries {
  /** One-word aliases. */
  single: AliasEntry[];
  /** Longer aliases by their second key (many aliases start with "the"), longest first. */
  bySecond: Map<string, AliasEntry[]>;
}

/** Longest-match alias lookup over tokens, keyed by the first two tokens. */
export class AliasIndex {
  private readonly byFirst = new Map<string, FirstKeyEntries>();
  /** Signatures (length, first and last unit) of all first keys: most words are ruled out without a Map lookup. */
  private readonly firstSig = new Uint8Array(1 << 16);

  add(entry: AliasEntry): void {
    const first = entry.keys[0];
    if (first === undefined) return;
    this.firstSig[keySignature(first)] = 1;
    let group = this.byFirst.get(first);
    if (!group) {
      group = { single: [], bySecond: new Map() };
      this.byFirst.set(first, group);
    }
    const second = entry.keys[1];
    const list = second === undefined ? group.single : (group.bySecond.get(second) ?? []);
    if (list.some((e) => e.actorId === entry.actorId && e.keys.join(' ') === entry.keys.join(' ')))
      return;
    list.push(entry);
    list.sort((a, b) => b.keys.length - a.keys.length);
    if (second !== undefined) group.bySecond.set(second, list);
  }

  /** The longest alias starting at `tokens[i]`, or null. */
  match(tokens: readonly Token[], i: number): { entry: AliasEntry; length: number } | null {
    const t0 = tokens[i];
    if (!t0 || t0.kind === 'punct' || this.firstSig[keySignature(t0.key)] === 0) return null;
    const group = this.byFirst.get(t0.key);
    if (!group) return null;
    const t1 = tokens[i + 1];
    const longer = t1 && group.bySecond.size > 0 ? group.bySecond.get(t1.key) : undefined;
    return (
      (longer && this.firstMatch(longer, tokens, i)) || this.firstMatch(group.single, tokens, i)
    );
  }

  private firstMatch(
    list: readonly AliasEntry[],
    tokens: readonly Token[],
    i: number,
  ): { entry: AliasEntry; length: number } | null {
    for (const entry of list) {
      let ok = true;
      for (let k = 0; k < entry.keys.length; k += 1) {
        const t = tokens[i + k];
        if (!t || t.key !== entry.keys[k] || !ruleOk(entry.rules[k] ?? 'any', t)) {
          ok = false;
          break;
        }
        // An alias never spans a paragraph break or sentence punctuation.
        if (k > 0 && t.start - (tokens[i + k - 1]?.end ?? 0) > 2) {
          ok = false;
          break;
        }
      }
      if (ok) return { entry, length: entry.keys.length };
    }
    return null;
  }
}
