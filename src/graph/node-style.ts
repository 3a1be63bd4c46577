import type { ActorKind } from '../corpus/schema.ts';
import { GRAPH_PALETTES } from '../theme/palette.ts';
import type { GraphEdge, GraphNode } from './build-actor-graph.ts';

/** Smallest and largest node radius, in world units (= CSS pixels at zoom 1). */
export const MIN_NODE_RADIUS = 4;
export const MAX_NODE_RADIUS = 26;

/** How much a node weighs for sizing: every quote it says or is mentioned in. */
export function nodeWeight(node: Pick<GraphNode, 'quotedCount' | 'mentionedCount'>): number {
  return node.quotedCount + node.mentionedCount;
}

/** The largest node weight of a graph (0 for an empty graph). Pure. */
export function maxNodeWeight(nodes: readonly GraphNode[]): number {
  let max = 0;
  for (const node of nodes) max = Math.max(max, nodeWeight(node));
  return max;
}

/**
 * A sqrt scale from node weight to radius, so a node's AREA grows with its number of quotes.
 * `maxWeight` should come from the unfiltered graph so that filtering never resizes nodes.
 * Invariants: result in [MIN_NODE_RADIUS, MAX_NODE_RADIUS]; weight 0 → MIN; weight ≥ max → MAX;
 * monotonic non-decreasing. Pure.
 */
export function nodeRadiusScale(maxWeight: number): (weight: number) => number {
  const span = MAX_NODE_RADIUS - MIN_NODE_RADIUS;
  const root = Math.sqrt(Math.max(1, maxWeight));
  return (weight) => {
    const w = Math.min(Math.max(0, weight), Math.max(1, maxWeight));
    return MIN_NODE_RADIUS + (span * Math.sqrt(w)) / root;
  };
}

/**
 * Node fill per actor kind in the light scheme (the palette module holds both schemes):
 * Okabe–Ito hues (distinguishable with the common colour-vision deficiencies), each with at
 * least 3:1 contrast on white (WCAG 1.4.11); unknown is a neutral grey.
 */
export const KIND_COLORS: Readonly<Record<ActorKind, string>> = GRAPH_PALETTES.light.kinds;

/**
 * Actors of doubtful identity (kind `unknown`: speakers nothing in the text identifies) are
 * drawn apart from real ones, so the graph never presents them as a person: a pale disc with
 * a dashed rim (the rim carries the 3:1 contrast on white) and an italic, quieter label.
 */
export const DOUBTFUL_NODE_STYLE = {
  fill: '#eceef1',
  stroke: '#5f6672',
  dash: [3, 2],
  label: '#5b6474',
} as const;

/** True for actors drawn as doubtful (see DOUBTFUL_NODE_STYLE). Pure. */
export function isDoubtfulKind(kind: ActorKind): boolean {
  return kind === 'unknown';
}

/** Human label per kind, in legend order. */
export const KIND_LABELS: ReadonlyArray<readonly [ActorKind, string]> = [
  ['person', 'Person'],
  ['organization', 'Organization'],
  ['country', 'Country'],
  ['unknown', 'Unknown'],
];

/** The fill colour of a kind. Pure. */
export function kindColor(kind: ActorKind): string {
  return KIND_COLORS[kind];
}

/** How node size follows zoom: screen radius ∝ k^NODE_ZOOM_EXPONENT (< 1, so zooming in spreads
 * nodes apart faster than it grows them, and an overview of thousands stays legible). */
export const NODE_ZOOM_EXPONENT = 0.6;
/** Nodes never get smaller than this on screen (CSS px), so none disappears. */
export const MIN_SCREEN_RADIUS = 1.25;

/**
 * On-screen radius (CSS px) of a node of world radius `r` at zoom `k`. Monotonic in r and k;
 * equals r at k = 1; never below MIN_SCREEN_RADIUS. Pure.
 */
export function nodeScreenRadius(r: number, k: number): number {
  return Math.max(MIN_SCREEN_RADIUS, r * Math.pow(k, NODE_ZOOM_EXPONENT));
}

/** WCAG relative luminance of a `#rrggbb` colour. Pure. */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two `#rrggbb` colours, in [1, 21]. Pure. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Discrete edge width classes (screen px) so every class is drawn as one canvas path. */
export const EDGE_WIDTH_CLASSES = [1, 1.75, 2.75, 4] as const;

/** Quote counts at which an edge moves to the next width class: 1, 2–3, 4–9, 10+. */
const EDGE_WIDTH_THRESHOLDS = [2, 4, 10] as const;

/** Width class index (into EDGE_WIDTH_CLASSES) of an edge with `quoteCount` quotes. Pure. */
export function edgeWidthClass(quoteCount: number): number {
  let cls = 0;
  for (const threshold of EDGE_WIDTH_THRESHOLDS) if (quoteCount >= threshold) cls += 1;
  return cls;
}

/** Width class of an edge. Pure. */
export function edgeClassOf(edge: Pick<GraphEdge, 'quoteIds'>): number {
  return edgeWidthClass(edge.quoteIds.length);
}

/** Legend text of each width class, in class order. */
export const EDGE_WIDTH_LABELS = ['1 quote', '2–3 quotes', '4–9 quotes', '10+ quotes'] as const;
