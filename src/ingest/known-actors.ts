import { z } from 'zod';
import { ActorKindSchema } from '../corpus/schema.ts';

/**
 * Format of `data/actors.json` and of any `--actors` file: actors the extractor knows before
 * reading a word, so "Sergei Lavrov", "Lavrov" and "Russia's foreign minister" land on one id.
 * A file is either `{ "actors": [...] }` (with free-form `$comment` keys) or a bare array.
 */
export const KnownActorSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase slugs like "sergey-lavrov"'),
  name: z.string().min(1),
  kind: ActorKindSchema.exclude(['unknown']),
  /** Surface forms: transliterations, surnames, capitals, demonyms, "the alliance"… */
  aliases: z.array(z.string().min(1)).default([]),
  /** Aliases that are place names (capitals): after "in/at/from" they locate, they do not mention. */
  places: z.array(z.string().min(1)).optional(),
  /** For persons: the role that descriptions ("the foreign minister") are matched against. */
  role: z.string().nullable().optional(),
  /** For persons: id of the country or organisation they speak for (used to resolve "Russia's foreign minister"). */
  affiliation: z.string().optional(),
  $comment: z.string().optional(),
});
export type KnownActor = z.infer<typeof KnownActorSchema>;

const KnownActorListSchema = z.array(KnownActorSchema);

/** `actors[3] (id "zed-q", name "Zed Quorb")`: the entry an issue is about, as the user wrote it. */
function describeEntry(list: unknown, index: number): string {
  const entry: unknown = Array.isArray(list) ? list[index] : undefined;
  const parts: string[] = [];
  if (entry && typeof entry === 'object') {
    const { id, name } = entry as { id?: unknown; name?: unknown };
    if (typeof id === 'string') parts.push(`id ${JSON.stringify(id.slice(0, 60))}`);
    if (typeof name === 'string') parts.push(`name ${JSON.stringify(name.slice(0, 60))}`);
  }
  return `actors[${index}]${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

/**
 * Validates a parsed actors file. Throws an Error whose message names the offending entries
 * (index, id and name) and fields, at most three. Pure.
 */
export function parseKnownActors(value: unknown, source = 'actors file'): KnownActor[] {
  const isList = Array.isArray(value);
  // Shape first, then entries: a union's issues would only say "Invalid input".
  if (!isList && (typeof value !== 'object' || value === null || !('actors' in value)))
    throw new Error(`${source}: expected an array of actors or an object with an "actors" array`);
  const list: unknown = isList ? value : (value as { actors: unknown }).actors;
  const result = KnownActorListSchema.safeParse(list);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 3).map((issue) => {
    const [index, ...field] = issue.path;
    if (typeof index !== 'number') return `actors: ${issue.message}`;
    const where = field.length ? `${field.map(String).join('.')}: ` : '';
    return `${describeEntry(list, index)}: ${where}${issue.message}`;
  });
  const more = result.error.issues.length - issues.length;
  throw new Error(`${source}: ${issues.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`);
}

/**
 * Merges actor lists: later lists extend earlier ones (same id → aliases are unioned, and
 * a later non-empty name/role/kind wins). Order: first appearance. Pure; returns new objects.
 */
export function mergeKnownActors(...lists: readonly (readonly KnownActor[])[]): KnownActor[] {
  const byId = new Map<string, KnownActor>();
  for (const list of lists) {
    for (const actor of list) {
      const prev = byId.get(actor.id);
      if (!prev) {
        byId.set(actor.id, { ...actor, aliases: [...actor.aliases] });
        continue;
      }
      const aliases = [...prev.aliases];
      for (const a of actor.aliases) if (!aliases.includes(a)) aliases.push(a);
      byId.set(actor.id, {
        ...prev,
        name: actor.name || prev.name,
        kind: actor.kind,
        role: actor.role ?? prev.role,
        affiliation: actor.affiliation ?? prev.affiliation,
        places: [...(prev.places ?? []), ...(actor.places ?? [])],
        aliases,
      });
    }
  }
  return [...byId.values()];
}

export const OutletSchema = z.object({
  name: z.string().min(1),
  /** Regular expressions (JavaScript syntax, case-sensitive unless written `(?i)`-free with [Xx]). */
  patterns: z.array(z.string().min(1)).min(1),
});
export type Outlet = z.infer<typeof OutletSchema>;

const OutletsFileSchema = z.union([
  z.array(OutletSchema),
  z.looseObject({ outlets: z.array(OutletSchema) }).transform((f) => f.outlets),
]);

/** Validates a parsed outlets file (throws with the offending entry). Pure. */
export function parseOutlets(value: unknown, source = 'outlets file'): Outlet[] {
  const result = OutletsFileSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${source}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  for (const o of result.data) {
    for (const p of o.patterns) {
      try {
        new RegExp(p);
      } catch {
        throw new Error(`${source}: outlet "${o.name}": invalid pattern ${p}`);
      }
    }
  }
  return result.data;
}
