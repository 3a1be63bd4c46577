import type { Layout } from '../corpus/schema.ts';
import { CORPUS_LIMITS } from '../corpus/limits.ts';
import type { GraphNode } from './build-actor-graph.ts';

/**
 * Whether a position can be drawn: finite, and small enough that sums and midpoints of two
 * positions stay finite (points 1e308 apart overflow to Infinity, and the quadtrees of the
 * hit test then subdivide for ever).
 */
function drawable(p: readonly [number, number] | undefined): boolean {
  return (
    p !== undefined &&
    Math.abs(p[0]) <= CORPUS_LIMITS.coordinate &&
    Math.abs(p[1]) <= CORPUS_LIMITS.coordinate
  );
}

/**
 * Returns positions for every node: those in `positions` as given, and the missing ones (e.g. a
 * stored layout older than the corpus) spaced on a ring just outside the known ones, in node
 * order, so they are visible, deterministic and never stacked. A position that cannot be drawn
 * (not finite, or beyond ±CORPUS_LIMITS.coordinate) counts as missing. Returns `positions`
 * itself when nothing is missing. Pure: never mutates `positions`.
 */
export function completePositions(
  positions: Layout['positions'],
  nodes: readonly Pick<GraphNode, 'id'>[],
): Layout['positions'] {
  const missing = nodes.filter(
    (n) => !Object.hasOwn(positions, n.id) || !drawable(positions[n.id]),
  );
  if (missing.length === 0) return positions;
  let radius = 0;
  for (const p of Object.values(positions)) {
    if (drawable(p)) radius = Math.max(radius, Math.hypot(p[0], p[1]));
  }
  // Ring circumference of ~40 units per missing node, and outside everything already placed.
  const ring = Math.max(radius + 80, (missing.length * 40) / (2 * Math.PI));
  const result: Layout['positions'] = { ...positions };
  missing.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / missing.length - Math.PI / 2;
    result[n.id] = [
      Math.round(ring * Math.cos(angle) * 10) / 10,
      Math.round(ring * Math.sin(angle) * 10) / 10,
    ];
  });
  return result;
}
