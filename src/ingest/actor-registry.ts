import { UNKNOWN_ACTOR_ID, type Actor, type ActorId, type ActorKind } from '../corpus/schema.ts';
import type { KnownActor } from './known-actors.ts';
import { isMixedScript, nameKey, slugify, stripBidi } from './actor-names.ts';
import { AliasIndex, aliasEntry } from './alias-index.ts';
import { isWs } from './char-class.ts';

/**
 * Corpus-wide actor state: the known actors, an alias index to find them in text, and the
 * people/organisations discovered while reading. One instance per corpus; it MUTATES as
 * articles are ingested (discoveries, aliases seen, usage), and its size grows with the number
 * of distinct actors only, never with the number of articles.
 */

interface Entity {
  id: string;
  name: string;
  kind: ActorKind;
  role: string | null;
  affiliation: string | null;
  aliases: string[];
  /** The same aliases as a set, for constant-time "seen already?" checks. */
  aliasSet: Set<string>;
  known: boolean;
}

/** Same as /\s\s|[\t\n\r]|^\s|\s$/.test(s), by char codes (surfaces rarely need tidying). */
function needsTidy(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  if (isWs(s.charCodeAt(0)) || isWs(s.charCodeAt(n - 1))) return true;
  let prevWs = false;
  for (let i = 0; i < n; i += 1) {
    const c = s.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13) return true;
    const ws = isWs(c);
    if (ws && prevWs) return true;
    prevWs = ws;
  }
  return false;
}

export class ActorRegistry {
  readonly index = new AliasIndex();
  private readonly entities = new Map<string, Entity>();
  private readonly byNameKey = new Map<string, string>();
  /** Surname key → discovered person ids with that surname. */
  private readonly bySurname = new Map<string, string[]>();
  private readonly used = new Set<string>();
  /** `used` in insertion order (for rollbacks). */
  private readonly usedOrder: string[] = [];
  private readonly knownPersons: Entity[] = [];
  /** Undo steps of the open transaction ({@link begin}), newest last; null when none is open. */
  private journal: (() => void)[] | null = null;
  /** Roles noted on known persons since construction ("id\u0000role"), in order. */
  private readonly knownRoleNotes: string[] = [];

  constructor(known: readonly KnownActor[]) {
    for (const given of known) {
      const k = {
        ...given,
        name: stripBidi(given.name),
        aliases: given.aliases.map(stripBidi).filter((a) => a !== ''),
        places: given.places?.map(stripBidi),
      };
      const entity: Entity = {
        id: k.id,
        name: k.name || k.id,
        kind: k.kind,
        role: k.role ?? null,
        affiliation: k.affiliation ?? null,
        aliases: [],
        aliasSet: new Set(),
        known: true,
      };
      this.entities.set(k.id, entity);
      const places = new Set(k.places ?? []);
      for (const alias of [k.name, ...k.aliases]) {
        if (!entity.aliasSet.has(alias)) {
          entity.aliasSet.add(alias);
          entity.aliases.push(alias);
        }
        const e = aliasEntry(k.id, alias, k.kind, places.has(alias));
        if (e) this.index.add(e);
        if (k.kind === 'person') {
          const key = nameKey(alias);
          if (key.includes(' ') && !this.byNameKey.has(key)) this.byNameKey.set(key, k.id);
        }
      }
      if (k.kind === 'person') this.knownPersons.push(entity);
    }
  }

  has(id: string): boolean {
    return this.entities.has(id);
  }

  kindOf(id: string): ActorKind {
    return id === UNKNOWN_ACTOR_ID ? 'unknown' : (this.entities.get(id)?.kind ?? 'unknown');
  }

  roleOf(id: string): string | null {
    return this.entities.get(id)?.role ?? null;
  }

  affiliationOf(id: string): string | null {
    return this.entities.get(id)?.affiliation ?? null;
  }

  nameOf(id: string): string {
    return id === UNKNOWN_ACTOR_ID ? 'Unknown speaker' : (this.entities.get(id)?.name ?? id);
  }

  /**
   * What {@link known} answers beyond the actors file: the roles noted since on known persons
   * who had none. Two registries built from the same actors file answer `known()` alike exactly
   * when their signatures are equal.
   */
  knownSignature(): string {
    return this.knownRoleNotes.join('\u0001');
  }

  /** Known persons (from the actors file), in file order. */
  known(): readonly { id: string; role: string | null; affiliation: string | null }[] {
    return this.knownPersons;
  }

  private freshId(name: string): string {
    const base = slugify(name);
    let id = base === UNKNOWN_ACTOR_ID ? 'unknown-actor' : base;
    for (let n = 2; this.entities.has(id); n += 1) id = `${base}-${n}`;
    return id;
  }

  /** Person with this full name (any transliteration variant), if already known or discovered. */
  findPerson(fullName: string): string | undefined {
    return this.byNameKey.get(nameKey(fullName));
  }

  /** Discovered person with this surname when exactly one exists. */
  findBySurname(surname: string): string | undefined {
    const ids = this.bySurname.get(nameKey(surname));
    return ids && ids.length === 1 ? ids[0] : undefined;
  }

  /** Finds or creates the person named `fullName`; records `role` if none is known yet. */
  person(name: string, role: string | null): string {
    const fullName = stripBidi(name);
    const existing = this.findPerson(fullName);
    if (existing) {
      if (role) this.noteRole(existing, role);
      return existing;
    }
    const id = this.freshId(fullName);
    this.undo(() => {
      this.entities.delete(id);
      this.byNameKey.delete(nameKey(fullName));
    });
    this.entities.set(id, {
      id,
      name: fullName,
      kind: 'person',
      role: role || null,
      affiliation: null,
      aliases: [fullName],
      aliasSet: new Set([fullName]),
      known: false,
    });
    this.byNameKey.set(nameKey(fullName), id);
    const parts = fullName.split(/\s+/);
    // "John G. Roberts Jr.": the surname is the word before a generational suffix.
    if (parts.length > 2 && /^(?:jr|sr|ii|iii|iv)\.?$/i.test(parts[parts.length - 1] ?? ''))
      parts.pop();
    const surname = parts[parts.length - 1];
    if (surname && parts.length > 1) {
      const key = nameKey(surname);
      const before = this.bySurname.get(key);
      this.undo(() => (before ? this.bySurname.set(key, before) : this.bySurname.delete(key)));
      this.bySurname.set(key, [...(this.bySurname.get(key) ?? []), id]);
    }
    return id;
  }

  /** Finds or creates an actor (organisation, or a person known only by description) by name. */
  entity(given: string, kind: ActorKind, role: string | null = null): string {
    const name = stripBidi(given);
    const key = `${kind}:${name.toLowerCase()}`;
    const existing = this.byNameKey.get(key);
    if (existing) return existing;
    const id = this.freshId(name);
    this.undo(() => {
      this.entities.delete(id);
      this.byNameKey.delete(key);
    });
    this.entities.set(id, {
      id,
      name,
      kind,
      role,
      affiliation: null,
      aliases: [name],
      aliasSet: new Set([name]),
      known: false,
    });
    this.byNameKey.set(key, id);
    return id;
  }

  noteAlias(id: string, given: string): void {
    const e = this.entities.get(id);
    const surface = stripBidi(given);
    const s = needsTidy(surface) ? surface.replace(/\s+/g, ' ').trim() : surface;
    if (!e || s === '' || s.length > 80) return;
    if (!e.aliasSet.has(s)) {
      this.undo(() => {
        e.aliasSet.delete(s);
        e.aliases.pop();
      });
      e.aliasSet.add(s);
      e.aliases.push(s);
    }
  }

  noteRole(id: string, role: string): void {
    const e = this.entities.get(id);
    if (e && e.kind === 'person' && !e.role && role.trim()) {
      const before = e.role;
      e.role = role.trim();
      if (e.known) this.knownRoleNotes.push(`${id}\u0000${e.role}`);
      this.undo(() => {
        e.role = before;
        if (e.known) this.knownRoleNotes.pop();
      });
    }
  }

  markUsed(id: string): void {
    if (this.used.has(id)) return;
    this.undo(() => {
      this.used.delete(id);
      this.usedOrder.pop();
    });
    this.used.add(id);
    this.usedOrder.push(id);
  }

  private undo(step: () => void): void {
    this.journal?.push(step);
  }

  /**
   * Opens a transaction: every mutation from now on can be undone by {@link rollback} until
   * {@link commit}. Lets the parallel ingest try another thread's answers against this
   * registry and take them back when they do not hold. Transactions do not nest.
   */
  begin(): void {
    if (this.journal) throw new Error('ActorRegistry: a transaction is already open');
    this.journal = [];
  }

  /** Keeps the mutations of the open transaction. */
  commit(): void {
    this.journal = null;
  }

  /** Undoes every mutation of the open transaction, newest first, and closes it. */
  rollback(): void {
    const steps = this.journal ?? [];
    this.journal = null;
    for (let i = steps.length - 1; i >= 0; i -= 1) steps[i]?.();
  }

  /** A checkpoint of actor usage, for {@link rollbackUsage} when an article is rejected midway. */
  usageCheckpoint(): number {
    return this.usedOrder.length;
  }

  /** Forgets the actors first used after `checkpoint`, so a rejected article adds no actor. */
  rollbackUsage(checkpoint: number): void {
    for (const id of this.usedOrder.splice(checkpoint)) this.used.delete(id);
  }

  /** Actors referenced by at least one quote, sorted by id; `unknown` only if used. Pure read. */
  usedActors(): Actor[] {
    const out: Actor[] = [];
    for (const id of [...this.used].sort()) {
      if (id === UNKNOWN_ACTOR_ID) {
        out.push({
          id: UNKNOWN_ACTOR_ID,
          name: 'Unknown speaker',
          kind: 'unknown',
          aliases: [],
          role: null,
        });
        continue;
      }
      const e = this.entities.get(id);
      if (!e) continue;
      const aliases = e.aliases.filter((a) => a !== e.name);
      out.push({
        id: e.id as ActorId,
        name: e.name,
        kind: e.kind,
        aliases,
        role: e.kind === 'person' ? e.role : null,
        // Flagged, not changed: a look-alike of another actor's name must stay visible as such.
        ...(isMixedScript(e.name) || aliases.some(isMixedScript) ? { mixedScript: true } : {}),
      });
    }
    return out;
  }
}
