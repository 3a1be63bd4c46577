import { UNKNOWN_ACTOR_ID } from '../corpus/schema.ts';
import type { ActorRegistry } from './actor-registry.ts';
import { genderOfName, type Gender } from './gender.ts';

/**
 * What speaker resolution remembers of the article read so far: persons named, speakers
 * attributed, gender evidence. Answers "who is salient here" for pronouns and "who spoke last"
 * for continuations.
 */
export interface PersonEvent {
  pos: number;
  id: string;
  /** First person named in its sentence (a likely subject for later pronouns). */
  subject: boolean;
}

/** How far back (characters) a candidate of the right gender beats a closer one of unknown gender. */
const SURE_GENDER_WINDOW = 1500;

/** What has been read so far in one article. Mutated as the article is read. */
export class ArticleContext {
  readonly persons: PersonEvent[] = [];
  readonly speakers: { pos: number; id: string; para: number }[] = [];

  addSpeaker(pos: number, id: string, para: number): void {
    this.speakers.push({ pos, id, para });
  }

  lastSpeaker(pos: number): { id: string; para: number } | null {
    for (let i = this.speakers.length - 1; i >= 0; i -= 1) {
      const s = this.speakers[i];
      if (s && s.pos < pos && s.id !== UNKNOWN_ACTOR_ID) return s;
    }
    return null;
  }

  /** Gender evidence seen in this article (honorifics, gendered role words), by actor id. */
  readonly genders = new Map<string, Gender>();

  /** The article's evidence for `id`, else its given name's, else null. */
  genderOf(id: string, registry: ActorRegistry): Gender | null {
    return this.genders.get(id) ?? genderOfName(registry.nameOf(id));
  }

  /**
   * Most recent person speaker or subject before `pos`; with `gender`, the most recent one
   * not known to be of the other gender ("she said" skips Mr. Clarke for Ms. Lynch).
   */
  salientPerson(pos: number, registry: ActorRegistry, gender: Gender | null = null): string | null {
    let best: { pos: number; id: string } | null = null;
    // The most recent candidate known to have the asked gender beats a more recent one of
    // unknown gender nearby ("Ms. Roe said …. Ira Vance said …. '…,' she said").
    let sure: { pos: number; id: string } | null = null;
    const consider = (c: { pos: number; id: string }, orEqual: boolean): void => {
      const g = gender ? this.genderOf(c.id, registry) : null;
      if (gender && g !== null && g !== gender) return;
      if (!best || c.pos > best.pos || (orEqual && c.pos === best.pos)) best = c;
      if (gender && g === gender && (!sure || c.pos > sure.pos || (orEqual && c.pos === sure.pos)))
        sure = c;
    };
    for (const s of this.speakers)
      if (s.pos < pos && registry.kindOf(s.id) === 'person') consider(s, true);
    for (const p of this.persons) if (p.subject && p.pos < pos) consider(p, false);
    const b = best as { pos: number; id: string } | null;
    const w = sure as { pos: number; id: string } | null;
    // "Johnson said …. '…,' he said": the one speaking goes on speaking, unless the pronoun
    // asks for a woman (most people news quotes are men, so an unknown name rarely is one).
    const last = this.lastSpeaker(pos);
    const goesOn = gender === 'm' && !!b && last?.id === b.id;
    if (w && b && !goesOn && w.id !== b.id && b.pos - w.pos < SURE_GENDER_WINDOW) return w.id;
    return b?.id ?? null;
  }

  /** Most recent non-person speaker (for "they" / "it"). */
  lastGroupSpeaker(pos: number, registry: ActorRegistry): string | null {
    for (let i = this.speakers.length - 1; i >= 0; i -= 1) {
      const s = this.speakers[i];
      if (s && s.pos < pos && s.id !== UNKNOWN_ACTOR_ID && registry.kindOf(s.id) !== 'person')
        return s.id;
    }
    return null;
  }

  /** Persons seen before `pos`, most recent first, each once. */
  recentPersons(pos: number): string[] {
    // Both lists are in reading order: merge them backwards from `pos`.
    const out: string[] = [];
    let i = this.persons.length - 1;
    let j = this.speakers.length - 1;
    while (i >= 0 && (this.persons[i]?.pos ?? 0) >= pos) i -= 1;
    while (j >= 0 && (this.speakers[j]?.pos ?? 0) >= pos) j -= 1;
    while (i >= 0 || j >= 0) {
      const p = this.persons[i];
      const s = this.speakers[j];
      let id: string;
      if (p && (!s || p.pos >= s.pos)) {
        id = p.id;
        i -= 1;
      } else if (s) {
        id = s.id;
        j -= 1;
      } else break;
      if (!out.includes(id)) out.push(id);
    }
    return out;
  }
}
