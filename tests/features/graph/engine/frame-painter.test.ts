import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildActorGraph } from '../../../../src/graph/build-actor-graph.ts';
import { fitTransform } from '../../../../src/graph/coordinates.ts';
import { buildGraphScene, type GraphScene } from '../../../../src/graph/graph-scene.ts';
import { layoutGraph } from '../../../../src/graph/layout-graph.ts';
import {
  FramePainter,
  PROGRESSIVE_MIN_EDGES,
  type FrameMarks,
  type FrameView,
} from '../../../../src/features/graph/engine/frame-painter.ts';
import { syntheticCorpus } from '../../../fixtures/graph/synthetic-corpus.ts';
import { FakePath2D } from '../../../fixtures/graph/fake-path2d.ts';

// When a large scene's full-quality base is drawn over several tasks, and what stands in for
// it meanwhile. Canvases are fakes that count strokes and fills per canvas (no canvas in Node).

interface FakeCanvas {
  id: number;
  width: number;
  height: number;
  paints: number;
  /** Canvases drawn onto this one, by id. */
  drawn: number[];
  ctx: CanvasRenderingContext2D;
  ownerDocument: { createElement: () => FakeCanvas };
  getContext: () => CanvasRenderingContext2D;
}

const made: FakeCanvas[] = [];

function fakeCanvas(): FakeCanvas {
  const canvas = {
    id: made.length,
    width: 0,
    height: 0,
    paints: 0,
    drawn: [],
  } as unknown as FakeCanvas;
  const state: Record<string | symbol, unknown> = {};
  canvas.ctx = new Proxy(state, {
    get(target, prop) {
      if (prop in target) return target[prop];
      if (prop === 'measureText') return (text: string) => ({ width: text.length * 7 });
      if (prop === 'drawImage') return (source: FakeCanvas) => canvas.drawn.push(source.id);
      return () => {
        if (prop === 'stroke' || prop === 'fill') canvas.paints += 1;
      };
    },
    set(target, prop, value) {
      target[prop] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  canvas.getContext = () => canvas.ctx;
  canvas.ownerDocument = { createElement: fakeCanvas };
  made.push(canvas);
  return canvas;
}

beforeEach(() => {
  made.length = 0;
  vi.stubGlobal('Path2D', FakePath2D);
});
afterEach(() => vi.unstubAllGlobals());

// 1,500 actors and about 8,900 links: over PROGRESSIVE_MIN_EDGES, so the full base is sliced.
const { actors, quotes } = syntheticCorpus(1500, 12000, 3);
const graph = buildActorGraph(actors, quotes);
const scene: GraphScene = buildGraphScene(graph, graph, layoutGraph(graph).positions);
const marks: FrameMarks = {
  focus: null,
  focusKind: 'selection',
  selectedActorId: null,
  selectedEdgeId: null,
  hoveredActorId: null,
  reserved: [],
};

function view(moving: boolean, nudge = 0): FrameView {
  const t = fitTransform(scene.bounds as NonNullable<GraphScene['bounds']>, 800, 600);
  return {
    scene,
    transform: { ...t, x: t.x + nudge },
    width: 800,
    height: 600,
    dpr: 1,
    moving,
    palette: undefined as unknown as FrameView['palette'],
    sceneVersion: 0,
  };
}

const tasks = () => new Promise((resolve) => setTimeout(resolve, 0));
async function until(done: () => boolean) {
  for (let i = 0; i < 500 && !done(); i++) await tasks();
}

/** A painter over a fresh fake screen; `paint` asks for base-ready calls on `ready`. */
function painterOnScreen() {
  const screen = fakeCanvas();
  const painter = new FramePainter();
  const ready = vi.fn();
  /** `onReady` null: no background drawing offered (as for exports). */
  const paint = (v: FrameView, onReady: (() => void) | null = ready) =>
    painter.paint(
      screen as unknown as HTMLCanvasElement,
      screen.ctx,
      v,
      marks,
      onReady ?? undefined,
    );
  return { screen, ready, paint };
}

describe('FramePainter', () => {
  it('is given a scene large enough to draw in slices', () => {
    expect(scene.edges.length).toBeGreaterThan(PROGRESSIVE_MIN_EDGES);
  });

  it('shows the quick base while the full one is drawn in later tasks, then swaps it in', async () => {
    const { screen, ready, paint } = painterOnScreen();
    expect(paint(view(true))).toBe('asked');
    const quickBase = screen.drawn.at(-1) as number;
    // At rest: the full base is asked for; the quick one stands in, nothing drawn for it yet.
    expect(paint(view(false))).toBe('quick-stand-in');
    expect(screen.drawn.at(-1)).toBe(quickBase);
    const next = made.find((c) => c.id !== screen.id && c.id !== quickBase && c.width === 800);
    expect(next?.paints ?? 0).toBe(0);
    await until(() => ready.mock.calls.length > 0);
    expect(ready).toHaveBeenCalledTimes(1);
    expect(paint(view(false))).toBe('asked');
    const fullBase = made.find((c) => c.id === screen.drawn.at(-1));
    expect(fullBase?.id).not.toBe(quickBase);
    expect(fullBase?.paints).toBeGreaterThan(0);
  });

  it('drops the background drawing when the view moves again', async () => {
    const { ready, paint } = painterOnScreen();
    paint(view(true));
    expect(paint(view(false))).toBe('quick-stand-in');
    paint(view(true, 5));
    await tasks();
    await tasks();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ready).not.toHaveBeenCalled();
  });

  it('draws at once what has no quick base of the same view to stand in', () => {
    const { ready, paint } = painterOnScreen();
    paint(view(true));
    // Another place: the quick base of elsewhere cannot stand in.
    expect(paint(view(false, 40))).toBe('asked');
    // Without onBaseReady (exports, small hosts) it is always drawn at once.
    expect(paint(view(false, 80), null)).toBe('asked');
    expect(ready).not.toHaveBeenCalled();
  });
});
