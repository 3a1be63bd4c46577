import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActorId } from '../../../src/corpus/schema.ts';
import { buildActorGraph, type ActorGraph } from '../../../src/graph/build-actor-graph.ts';
import { fitTransform, type ViewTransform } from '../../../src/graph/coordinates.ts';
import { buildGraphScene, type GraphScene } from '../../../src/graph/graph-scene.ts';
import { layoutGraph } from '../../../src/graph/layout-graph.ts';
import { neighbourhoodOf } from '../../../src/graph/neighbourhood.ts';
import { nodeScreenRadius } from '../../../src/graph/node-style.ts';
import { drawOverlay } from '../../../src/features/graph/draw-graph.ts';
import { sameLabelGeometry } from '../../../src/features/graph/draw-labels.ts';
import type { DrawState } from '../../../src/features/graph/draw-state.ts';
import { NEWS_ACTORS, NEWS_QUOTES } from '../../fixtures/graph/news-network.ts';
import { syntheticCorpus } from '../../fixtures/graph/synthetic-corpus.ts';
import { FakePath2D } from '../../fixtures/graph/fake-path2d.ts';

// What the overlay paints, read back from a recording 2D context (jsdom has no canvas): where
// each label's text goes, and what is painted before it.

interface Op {
  name: string;
  args: unknown[];
}

/** A 2D context that records every call; text is 7 px per character. */
function recordingContext(): { ctx: CanvasRenderingContext2D; ops: Op[] } {
  const ops: Op[] = [];
  const state: Record<string | symbol, unknown> = {};
  const ctx = new Proxy(state, {
    get(target, prop) {
      if (prop in target) return target[prop];
      if (prop === 'measureText') return (text: string) => ({ width: text.length * 7 });
      return (...args: unknown[]) => {
        ops.push({ name: String(prop), args });
      };
    },
    set(target, prop, value) {
      target[prop] = value;
      ops.push({ name: `set:${String(prop)}`, args: [value] });
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, ops };
}

beforeEach(() => {
  vi.stubGlobal('Path2D', FakePath2D);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const LABEL_HEIGHT = 14;

interface Drawn {
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** Index in the op list. */
  at: number;
}

function setup(graph: ActorGraph, width: number, height: number) {
  const positions = layoutGraph(graph).positions;
  const scene = buildGraphScene(graph, graph, positions);
  if (!scene.bounds) throw new Error('empty scene');
  const transform = fitTransform(scene.bounds, width, height, { padding: 48, maxScale: 2.5 });
  return { scene, transform, width, height };
}

function draw(
  view: { scene: GraphScene; transform: ViewTransform; width: number; height: number },
  selected: ActorId | null,
  hovered: ActorId | null = null,
): { labels: Drawn[]; ops: Op[] } {
  const { ctx, ops } = recordingContext();
  const { scene } = view;
  const focus = hovered
    ? neighbourhoodOf(scene.adjacency, hovered)
    : selected
      ? neighbourhoodOf(scene.adjacency, selected)
      : null;
  const state: DrawState = {
    ...view,
    dpr: 1,
    moving: false,
    focus,
    focusKind: hovered ? 'hover' : 'selection',
    selectedActorId: selected,
    selectedEdgeId: null,
    hoveredActorId: hovered,
    measure: (_font, text) => text.length * 7,
  };
  drawOverlay(ctx, state);
  const labels: Drawn[] = [];
  ops.forEach((op, at) => {
    if (op.name !== 'fillText') return;
    const [text, x, y] = op.args as [string, number, number];
    labels.push({
      text,
      left: x,
      top: y - LABEL_HEIGHT / 2,
      width: text.length * 7,
      height: LABEL_HEIGHT,
      at,
    });
  });
  return { labels, ops };
}

/** Screen circles of the nodes in view. */
function circles(view: { scene: GraphScene; transform: ViewTransform }) {
  const { k, x, y } = view.transform;
  return view.scene.nodes.map((n) => ({
    name: n.node.name,
    x: n.x * k + x,
    y: n.y * k + y,
    r: nodeScreenRadius(n.r, k),
  }));
}

function rectHitsCircle(
  b: { left: number; top: number; width: number; height: number },
  c: { x: number; y: number; r: number },
) {
  const nx = Math.max(b.left, Math.min(c.x, b.left + b.width));
  const ny = Math.max(b.top, Math.min(c.y, b.top + b.height));
  return Math.hypot(nx - c.x, ny - c.y) < c.r;
}

const news = buildActorGraph(NEWS_ACTORS, NEWS_QUOTES);
const synthetic = (() => {
  const { actors, quotes } = syntheticCorpus(120, 500, 3);
  return buildActorGraph(actors, quotes);
})();

const VIEWS = [
  ['the news network at 900×600', () => setup(news, 900, 600)],
  ['the news network at 520×420', () => setup(news, 520, 420)],
  ['120 synthetic actors at 1000×640', () => setup(synthetic, 1000, 640)],
] as const;

describe.each(VIEWS)('graph labels on %s', (_name, make) => {
  const view = make();
  const ids = view.scene.prominent.map((n) => n.id);

  it('cover no node, with or without a selection or hover', () => {
    const nodes = circles(view);
    for (const [selected, hovered] of [
      [null, null],
      ...ids.slice(0, 12).map((id) => [id, null] as const),
      ...ids.slice(0, 6).map((id) => [null, id] as const),
    ] as const) {
      const { labels } = draw(view, selected, hovered);
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) {
        const covered = nodes.filter((c) => rectHitsCircle(label, c)).map((c) => c.name);
        expect({ label: label.text, selected, covered }).toEqual({
          label: label.text,
          selected,
          covered: [],
        });
      }
    }
  });

  it('stay where they are when an actor is selected or hovered (it only adds labels)', () => {
    const before = draw(view, null).labels;
    expect(before.length).toBeGreaterThan(3);
    for (const [id, hovered] of [
      ...ids.slice(0, 12).map((id) => [id, false] as const),
      ...ids.slice(0, 6).map((id) => [id, true] as const),
    ]) {
      const drawn = hovered ? draw(view, null, id) : draw(view, id);
      const after = new Map(drawn.labels.map((l) => [l.text, l]));
      const moved = before
        .filter((l) => {
          const now = after.get(l.text);
          return now && (now.left !== l.left || now.top !== l.top);
        })
        .map((l) => l.text);
      // A label may only give way to the selected actor's own name where it had no room, and
      // the most prominent names never do.
      const name = view.scene.nodeById.get(id)?.node.name ?? '';
      const own = after.get(name);
      const dropped = before.filter((l) => !after.has(l.text));
      const unexplained = dropped
        .filter(
          (l) =>
            !own ||
            before.some((b) => b.text === name) ||
            !(
              l.left < own.left + own.width + 6 &&
              l.left + l.width + 6 > own.left &&
              l.top < own.top + own.height + 3 &&
              l.top + l.height + 3 > own.top
            ),
        )
        .map((l) => l.text);
      expect({ id, moved, unexplained }).toEqual({ id, moved: [], unexplained: [] });
      expect(dropped.filter((l) => before.indexOf(l) < 3)).toEqual([]);
    }
  });

  it("paint the selection's labels over a plate drawn after every edge", () => {
    const id = ids[0] as ActorId;
    const { labels, ops } = draw(view, id);
    const lastStroke = ops.map((op) => op.name).lastIndexOf('stroke');
    const neighbours = neighbourhoodOf(view.scene.adjacency, id).nodes;
    const names = new Set([...neighbours].map((n) => view.scene.nodeById.get(n)?.node.name ?? ''));
    const focused = labels.filter((l) => names.has(l.text));
    expect(focused.length).toBeGreaterThan(0);
    for (const label of focused) {
      expect(label.at).toBeGreaterThan(lastStroke);
      // A plate (a filled rectangle around the text) is painted after the edges, before the text.
      const plate = ops.slice(lastStroke, label.at).find((op) => {
        if (op.name !== 'fillRect' && op.name !== 'roundRect') return false;
        const [x, y, w, h] = op.args as number[];
        return (
          (x ?? 0) <= label.left &&
          (y ?? 0) <= label.top &&
          (x ?? 0) + (w ?? 0) >= label.left + label.width &&
          (y ?? 0) + (h ?? 0) >= label.top + label.height
        );
      });
      expect({ label: label.text, plate: plate !== undefined }).toEqual({
        label: label.text,
        plate: true,
      });
    }
  });
});

describe('the selected actor', () => {
  // In a cramped view (520×420) a selected actor can find no place clear of every node: then
  // only its ring marks it, and the panel's heading names it.
  it('is always named on the news network at a laptop size, whoever it is', () => {
    for (const [width, height] of [[900, 600]] as const) {
      const view = setup(news, width, height);
      const unnamed = view.scene.prominent
        .filter((n) => !draw(view, n.id).labels.some((l) => l.text === n.node.name))
        .map((n) => n.node.name);
      expect({ width, unnamed }).toEqual({ width, unnamed: [] });
    }
  });
});

// A recoloured scene (colour by community) is a new scene object with the same geometry: it
// must show the same labels, and they are taken from the last placement rather than placed again.
describe('labels of a scene that only recolours the last one', () => {
  const view = setup(synthetic, 1000, 640);
  const positions = layoutGraph(synthetic).positions;
  const recoloured = buildGraphScene(synthetic, synthetic, positions, {
    weightOf: (node) => node.quotedCount + node.mentionedCount,
    maxWeight: Math.max(...synthetic.nodes.map((n) => n.quotedCount + n.mentionedCount)),
    fillOf: (id) => (id.length % 2 ? '#aa3377' : '#228833'),
  });

  it('counts as the same label geometry, and a moved actor does not', () => {
    expect(sameLabelGeometry(view.scene, recoloured)).toBe(true);
    const moved = buildGraphScene(synthetic, synthetic, {
      ...positions,
      [view.scene.prominent[0]?.id ?? '']: [0, 0],
    });
    expect(sameLabelGeometry(view.scene, moved)).toBe(false);
  });

  it('draws the same labels in the same places', () => {
    const before = draw(view, null).labels.map(({ text, left, top }) => [text, left, top]);
    const after = draw({ ...view, scene: recoloured }, null).labels.map(({ text, left, top }) => [
      text,
      left,
      top,
    ]);
    expect(before.length).toBeGreaterThan(5);
    expect(after).toEqual(before);
  });
});
