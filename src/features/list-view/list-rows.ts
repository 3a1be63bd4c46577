import { searchKey } from '../../corpus/fold-text.ts';
import type { Actor, ActorId, ActorKind } from '../../corpus/schema.ts';
import type { EdgeId } from '../../corpus/edge-id.ts';
import type { ActorGraph } from '../../graph/build-actor-graph.ts';

/** One row of the actor table. */
export interface ActorRow {
  id: ActorId;
  name: string;
  kind: ActorKind;
  quoted: number;
  mentioned: number;
  /** Distinct actors this actor mentions. */
  talksTo: number;
  /** Distinct actors who mention this actor. */
  talkedAboutBy: number;
}

export type ActorSortKey = 'name' | 'kind' | 'quoted' | 'mentioned' | 'talksTo' | 'talkedAboutBy';
export interface ActorSort {
  key: ActorSortKey;
  direction: 'ascending' | 'descending';
}

/** Table rows from a graph. Pure; O(nodes + edges). */
export function actorRows(graph: ActorGraph): ActorRow[] {
  const out = new Map<ActorId, number>();
  const inc = new Map<ActorId, number>();
  for (const edge of graph.edges) {
    out.set(edge.source, (out.get(edge.source) ?? 0) + 1);
    inc.set(edge.target, (inc.get(edge.target) ?? 0) + 1);
  }
  return graph.nodes.map((n) => ({
    id: n.id,
    name: n.name,
    kind: n.kind,
    quoted: n.quotedCount,
    mentioned: n.mentionedCount,
    talksTo: out.get(n.id) ?? 0,
    talkedAboutBy: inc.get(n.id) ?? 0,
  }));
}

/** Sorted copy; ties broken by name so the order is total. Pure. */
export function sortActorRows(rows: readonly ActorRow[], sort: ActorSort): ActorRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: ActorRow, b: ActorRow) =>
    a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
  return [...rows].sort((a, b) => {
    const key = sort.key;
    const primary =
      key === 'name' || key === 'kind'
        ? a[key].localeCompare(b[key], undefined, { sensitivity: 'base' })
        : a[key] - b[key];
    return sign * primary || byName(a, b);
  });
}

export interface LinkRow {
  id: EdgeId;
  source: ActorId;
  target: ActorId;
  count: number;
}

/** Links, most quoted first. Pure. */
export function linkRows(graph: ActorGraph): LinkRow[] {
  return graph.edges
    .map((e) => ({ id: e.id, source: e.source, target: e.target, count: e.quoteIds.length }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A name filter over actors: `matches(id, query)` is true when the actor's name or one of its
 * aliases contains the query, compared by search key (case, accents, Cyrillic and the common
 * transliteration variants folded, as in the search box). A blank query matches everyone.
 * Keys are computed once per actor. Pure.
 */
export function actorNameFilter(actors: Iterable<Actor>): (id: ActorId, query: string) => boolean {
  const keys = new Map<ActorId, string[]>();
  for (const actor of actors) keys.set(actor.id, [actor.name, ...actor.aliases].map(searchKey));
  return (id, query) => {
    const key = searchKey(query.trim());
    if (key === '') return true;
    return keys.get(id)?.some((k) => k.includes(key)) ?? false;
  };
}
