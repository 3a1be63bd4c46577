import type { Actor, Article, Quote } from '../corpus/schema.ts';

/**
 * One instance per distinct string for the fields a corpus repeats. A structured clone (a worker
 * message) gives every quote its own copy of its speaker id, article id, kind, rule and cue, and
 * every repost its own copy of the wording: at 20,000 articles that was about 20 MB
 * of the page's heap in copies. Seeded with the head's own actor and article ids, so quotes share
 * the very strings the actors and articles hold (and so do the graph edges and lists built from
 * them).
 */
export class StringPool {
  readonly #pool = new Map<string, string>();

  constructor(actors: readonly Pick<Actor, 'id'>[], articles: readonly Pick<Article, 'id'>[]) {
    for (const a of actors) this.#pool.set(a.id, a.id);
    for (const a of articles) this.#pool.set(a.id, a.id);
  }

  /** The pooled instance equal to `value` (added when new). */
  intern<T extends string>(value: T): T {
    const known = this.#pool.get(value);
    if (known !== undefined) return known as T;
    this.#pool.set(value, value);
    return value;
  }

  /**
   * Points the repeated string fields of `quotes` (fresh objects from a message, not yet seen by
   * anyone else) at pooled instances. Values are unchanged: only which copy holds them.
   * Mutates the quotes in place; O(fields).
   */
  internQuotes(quotes: Quote[]): void {
    for (const q of quotes) {
      q.text = this.intern(q.text);
      q.articleId = this.intern(q.articleId);
      q.speakerId = this.intern(q.speakerId);
      q.kind = this.intern(q.kind);
      if (q.cue !== null) q.cue = this.intern(q.cue);
      if (q.rule !== undefined) q.rule = this.intern(q.rule);
      const mentions = q.mentions;
      for (let i = 0; i < mentions.length; i++)
        mentions[i] = this.intern(mentions[i] as Quote['mentions'][number]);
    }
  }
}
