// @vitest-environment happy-dom
// The engine's non-drawing logic (jsdom: it needs elements and events, not a real canvas).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActorId, Layout } from '../../../../src/corpus/schema.ts';
import type { EdgeId } from '../../../../src/corpus/edge-id.ts';
import { buildActorGraph } from '../../../../src/graph/build-actor-graph.ts';
import {
  fitTransform,
  screenPoint,
  type ViewTransform,
} from '../../../../src/graph/coordinates.ts';
import { buildGraphScene } from '../../../../src/graph/graph-scene.ts';
import type { Viewport } from '../../../../src/graph/view-focus.ts';
import { GraphCanvas } from '../../../../src/features/graph/engine/graph-canvas.ts';
import type {
  ZoomController,
  ZoomDragHandlers,
} from '../../../../src/features/graph/engine/zoom-and-drag.ts';
import { NEWS_ACTORS, NEWS_QUOTES } from '../../../fixtures/graph/news-network.ts';

const graph = buildActorGraph(NEWS_ACTORS, NEWS_QUOTES, { includeIsolated: true });
const positions: Layout['positions'] = Object.fromEntries(
  graph.nodes.map((n, i) => [n.id, [2000 + i * 100, 2000] as [number, number]]),
);
positions['sergey-lavrov'] = [100, 100];
positions['nato'] = [400, 100];

/** Gestures without d3: transforms apply at once, and dispose is observable. */
function fakeGestures() {
  const state = { handlers: null as ZoomDragHandlers | null, extent: [0.02, 8], disposed: 0 };
  const attach = (_element: HTMLElement, handlers: ZoomDragHandlers): ZoomController => {
    state.handlers = handlers;
    return {
      setTransform: (t) => handlers.onTransform(t, false),
      setScaleExtent: (min, max) => {
        state.extent = [min, max];
      },
      scaleExtent: () => state.extent as [number, number],
      dispose: () => {
        state.disposed += 1;
      },
    };
  };
  return { state, attach };
}

function setup() {
  const container = document.createElement('div');
  const canvas = document.createElement('canvas');
  container.append(canvas);
  document.body.append(container);
  const frames: (() => void)[] = [];
  const gestures = fakeGestures();
  const onSelectActor = vi.fn<(id: ActorId) => void>();
  const onSelectEdge = vi.fn<(id: EdgeId) => void>();
  const onViewportChange = vi.fn<(v: Viewport) => void>();
  const engine = new GraphCanvas(
    { container, canvas },
    { onSelectActor, onSelectEdge, onViewportChange },
    {
      requestFrame: (draw) => frames.push(draw),
      cancelFrame: () => {},
      pixelRatio: () => 1,
      gestures: gestures.attach,
    },
  );
  const scene = buildGraphScene(graph, graph, positions);
  const click = (x: number, y: number) =>
    canvas.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y }));
  return {
    engine,
    container,
    scene,
    frames,
    gestures,
    onSelectActor,
    onSelectEdge,
    onViewportChange,
    click,
  };
}

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('GraphCanvas', () => {
  it('hit-tests nodes and edges in screen space through the current transform', () => {
    const { engine, scene } = setup();
    engine.setScene(scene, positions);
    // Unmeasured: identity transform, screen = world.
    expect(engine.nodeAt(screenPoint(405, 98))?.id).toBe('nato');
    expect(engine.edgeAt(screenPoint(250, 101))).toBe('sergey-lavrov->nato');
    expect(engine.nodeAt(screenPoint(250, 160))).toBeNull();
    const t: ViewTransform = { k: 2, x: -100, y: 50 };
    engine.setTransform(t);
    expect(engine.viewport().transform).toEqual(t);
    expect(engine.nodeAt(screenPoint(400 * 2 - 100, 100 * 2 + 50))?.id).toBe('nato');
    expect(engine.nodeAt(screenPoint(405, 98))).toBeNull();
  });

  it('fits the first scene once the size is known, publishes the view, zooms about the centre', () => {
    const { engine, scene, onViewportChange } = setup();
    engine.setScene(scene, positions);
    engine.setSize(800, 600);
    if (!scene.bounds) throw new Error('the fixture scene has nodes');
    const fitted = fitTransform(scene.bounds, 800, 600, { padding: 48, maxScale: 2.5 });
    expect(engine.viewport()).toEqual({ transform: fitted, width: 800, height: 600 });
    expect(onViewportChange).toHaveBeenLastCalledWith(engine.viewport());
    engine.zoomBy(2);
    const zoomed = engine.viewport().transform;
    expect(zoomed.k).toBeCloseTo(fitted.k * 2);
    // The centre of the view stays on the same world point.
    expect((400 - zoomed.x) / zoomed.k).toBeCloseTo((400 - fitted.x) / fitted.k);
    expect((300 - zoomed.y) / zoomed.k).toBeCloseTo((300 - fitted.y) / fitted.k);
  });

  it('selects what a click on the container hits, and nothing on buttons', () => {
    const { engine, scene, container, click, onSelectActor, onSelectEdge } = setup();
    engine.setScene(scene, positions);
    click(405, 98);
    expect(onSelectActor).toHaveBeenLastCalledWith('nato');
    click(250, 101);
    expect(onSelectEdge).toHaveBeenLastCalledWith('sergey-lavrov->nato');
    const button = document.createElement('button');
    container.append(button);
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 405, clientY: 98 }));
    expect(onSelectActor).toHaveBeenCalledTimes(1);
  });

  it('batches draw requests into one frame and marks graph:ready once', () => {
    const mark = vi.spyOn(performance, 'mark');
    const { engine, scene, frames } = setup();
    engine.setScene(scene, positions);
    engine.setSelection('nato' as ActorId, null);
    engine.setHoveredActor('nato' as ActorId);
    expect(frames).toHaveLength(1);
    frames.shift()?.();
    engine.requestDraw();
    frames.shift()?.();
    expect(mark.mock.calls.filter(([name]) => name === 'graph:ready')).toHaveLength(1);
    expect(engine.ready).toBe(true);
  });

  it('dispose removes its listeners and gestures, and later calls do nothing', () => {
    const { engine, scene, click, frames, gestures, onSelectActor, onViewportChange } = setup();
    engine.setScene(scene, positions);
    frames.length = 0;
    engine.dispose();
    expect(gestures.state.disposed).toBe(1);
    click(405, 98);
    expect(onSelectActor).not.toHaveBeenCalled();
    engine.setSize(800, 600);
    engine.requestDraw();
    engine.setSelection('nato' as ActorId, null);
    expect(frames).toHaveLength(0);
    expect(onViewportChange).not.toHaveBeenCalled();
    engine.dispose();
    expect(gestures.state.disposed).toBe(1);
  });

  it('keeps a dragged node across scenes of the same positions, not of new ones', () => {
    const { engine, scene, gestures } = setup();
    engine.setScene(scene, positions);
    const handlers = gestures.state.handlers as ZoomDragHandlers;
    const subject = handlers.dragSubjectAt(screenPoint(400, 100));
    expect(subject?.id).toBe('nato');
    if (!subject) return;
    handlers.onDragStart(subject);
    handlers.onDrag(subject, screenPoint(700, 700));
    handlers.onDragEnd(subject, true);
    expect(engine.nodeAt(screenPoint(700, 700))?.id).toBe('nato');
    // A filter: a new scene on the same positions keeps the move.
    engine.setScene(buildGraphScene(graph, graph, positions), positions);
    expect(engine.nodeAt(screenPoint(700, 700))?.id).toBe('nato');
    // A new layout starts afresh.
    const fresh = { ...positions };
    engine.setScene(buildGraphScene(graph, graph, fresh), fresh);
    expect(engine.nodeAt(screenPoint(700, 700))).toBeNull();
    expect(engine.nodeAt(screenPoint(400, 100))?.id).toBe('nato');
  });
});
