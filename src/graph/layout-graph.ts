import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Layout } from '../corpus/schema.ts';
import type { ActorGraph, GraphNode } from './build-actor-graph.ts';
import { maxNodeWeight, nodeRadiusScale, nodeWeight } from './node-style.ts';
import { seededRandom } from '../lib/seeded-random.ts';

export interface LayoutGraphOptions {
  /** Simulation ticks. Default: 300 for small graphs, fewer as the graph grows. */
  iterations?: number;
  /** Seed of the random source d3-force uses to break ties (jiggle). Default 1. */
  seed?: number;
  /**
   * At most this many ticks, at the end, also run the collision force (the costliest force on
   * small graphs). Without it: every tick on graphs up to 2,000 nodes, the last 12 above; a
   * larger value never adds ticks to that.
   */
  collideTicks?: number;
}

/** Positions are rounded to this many decimals so the stored layout is stable text. */
const DECIMALS = 1;

/** Room (world units) left around each node for its label. */
const LABEL_ROOM = 10;

interface SimNode extends SimulationNodeDatum {
  index: number;
  radius: number;
}

/** Default tick count: a full run for small graphs, fewer where each tick costs more. */
export function defaultIterations(nodeCount: number, edgeCount: number): number {
  const size = nodeCount + edgeCount / 4;
  if (size <= 1000) return 300;
  if (size <= 5000) return 200;
  if (size <= 20000) return 100;
  return 50;
}

function round(value: number): number {
  const factor = 10 ** DECIMALS;
  const r = Math.round(value * factor) / factor;
  // Avoid "-0" in the JSON text.
  return r === 0 ? 0 : r;
}

function* ticks(simulation: { tick: (n: number) => unknown }, count: number): Generator<void> {
  for (let done = 0; done < count; done += TICKS_PER_STEP) {
    simulation.tick(Math.min(TICKS_PER_STEP, count - done));
    yield;
  }
}

/**
 * Deterministic force-directed layout of an actor graph.
 *
 * - Works on COPIES: d3-force mutates its nodes and links, so `graph` is never touched.
 * - Deterministic: nodes are seeded on d3's phyllotaxis spiral in order of weight (so hubs start,
 *   and stay, central) and the simulation uses a seeded random source; the same graph and options
 *   give byte-identical output. Positions are rounded to 0.1 and centred on the origin.
 * - Forces: links pull talkers together, many-body repulsion (Barnes–Hut, theta grows with size)
 *   spreads them, a collision radius of node radius + label room keeps nodes and their labels
 *   apart, and weak x/y gravity keeps disconnected actors in view.
 * - Edges whose endpoints are missing from `graph.nodes` are ignored.
 *
 * Returns a position for every node id (none for anything else).
 */
export function layoutGraph(graph: ActorGraph, options: LayoutGraphOptions = {}): Layout {
  const steps = layoutGraphSteps(graph, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Simulation ticks between two yields of `layoutGraphSteps` (a few ms each on big graphs). */
export const TICKS_PER_STEP = 5;

/**
 * `layoutGraph` cut into steps: yields every `TICKS_PER_STEP` ticks and returns the same layout
 * (ticking in chunks changes nothing), so a worker can stop a layout between steps when it is
 * no longer wanted. Pure, deterministic.
 */
export function* layoutGraphSteps(
  graph: ActorGraph,
  options: LayoutGraphOptions = {},
): Generator<void, Layout, void> {
  const n = graph.nodes.length;
  if (n === 0) return { positions: {} };
  const radiusOf = nodeRadiusScale(maxNodeWeight(graph.nodes));

  // Heaviest first (stable on input order) so the spiral places hubs at the centre.
  const order = graph.nodes.map((node, i) => ({ i, w: nodeWeight(node) }));
  order.sort((a, b) => b.w - a.w || a.i - b.i);
  const simIndexOf = new Map<string, number>();
  const simNodes: SimNode[] = order.map(({ i }, k) => {
    const node = graph.nodes[i] as GraphNode;
    simIndexOf.set(node.id, k);
    return { index: k, radius: radiusOf(nodeWeight(node)) };
  });

  const links: SimulationLinkDatum<SimNode>[] = [];
  const linked = new Uint8Array(n);
  for (const edge of graph.edges) {
    const s = simIndexOf.get(edge.source);
    const t = simIndexOf.get(edge.target);
    if (s === undefined || t === undefined || s === t) continue;
    links.push({ source: s, target: t });
    linked[s] = 1;
    linked[t] = 1;
  }

  const large = n > 2000;
  const gravity = (d: SimNode) => (linked[d.index] ? 1 : 3) * (large ? 0.02 : 0.06);
  const iterations = options.iterations ?? defaultIterations(n, links.length);
  const random = seededRandom(options.seed ?? 1);

  const simulation = forceSimulation<SimNode>(simNodes)
    .randomSource(random)
    .stop()
    // Cool down over exactly `iterations` ticks, so short runs still settle.
    .alphaDecay(1 - Math.pow(0.001, 1 / Math.max(1, iterations)))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
        .distance((l) => {
          const s = l.source as SimNode;
          const t = l.target as SimNode;
          return s.radius + t.radius + (large ? 20 : 60);
        })
        .iterations(1),
    )
    .force(
      'charge',
      forceManyBody<SimNode>()
        .strength((d) => -(large ? 30 : 160) - d.radius * (large ? 2 : 8))
        .theta(large ? 1.2 : 0.9)
        .distanceMax(large ? 600 : Infinity),
    )
    // Actors with no link are pulled in harder: nothing else holds them near the others.
    .force(
      'x',
      forceX<SimNode>(0).strength((d) => gravity(d)),
    )
    .force(
      'y',
      forceY<SimNode>(0).strength((d) => gravity(d)),
    );

  const collide = forceCollide<SimNode>((d) => d.radius + (large ? 3 : LABEL_ROOM))
    .strength(0.9)
    .iterations(large ? 1 : 2);
  // Collision is the second most expensive force: large graphs only use it to tidy up at the end.
  const collideTicks = Math.min(
    large ? Math.min(iterations, 12) : iterations,
    options.collideTicks ?? Infinity,
  );
  yield* ticks(simulation, iterations - collideTicks);
  simulation.force('collide', collide);
  yield* ticks(simulation, collideTicks);

  let cx = 0;
  let cy = 0;
  for (const d of simNodes) {
    cx += d.x ?? 0;
    cy += d.y ?? 0;
  }
  cx /= n;
  cy /= n;

  const positions: Record<string, [number, number]> = {};
  // Output keys follow the input node order, so the JSON text is stable too.
  for (const node of graph.nodes) {
    const d = simNodes[simIndexOf.get(node.id) as number] as SimNode;
    const x = Number.isFinite(d.x) ? (d.x as number) - cx : 0;
    const y = Number.isFinite(d.y) ? (d.y as number) - cy : 0;
    positions[node.id] = [round(x), round(y)];
  }
  return { positions };
}
