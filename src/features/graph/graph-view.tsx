import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type JSX,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import type { ActorId, Layout } from '../../corpus/schema.ts';
import type { EdgeId } from '../../corpus/edge-id.ts';
import type { ActorGraph } from '../../graph/build-actor-graph.ts';
import {
  circleInBounds,
  fitTransform,
  IDENTITY_TRANSFORM,
  screenPoint,
  toWorld,
  visibleWorldBounds,
  zoomAround,
  type ScreenPoint,
  type ViewTransform,
} from '../../graph/coordinates.ts';
import {
  moveSceneNode,
  reindexNodes,
  type GraphScene,
  type SceneNode,
} from '../../graph/graph-scene.ts';
import {
  edgeHitIndexSteps,
  findEdgeAt,
  findEdgeByScan,
  findNodeAt,
  type EdgeHitIndex,
} from '../../graph/hit-test.ts';
import { arrowDirection, nearestInDirection } from '../../graph/directional-focus.ts';
import { neighbourhoodOf, type Neighbourhood } from '../../graph/neighbourhood.ts';
import { nodeScreenRadius } from '../../graph/node-style.ts';
import { drawBaseLayer, drawOverlay, sameBaseKey, type BaseLayerKey } from './draw-graph.ts';
import { useColorScheme } from '../../theme/color-scheme.ts';
import { graphPalette } from '../../theme/palette.ts';
import { GraphLegend, type GraphLegendProps } from './graph-legend.tsx';
import { runWhenIdle, type SlicedJob } from './run-in-slices.ts';
import { useGraphPositions } from './use-graph-positions.ts';
import { useGraphScene } from './use-graph-scene.ts';
import { useZoomAndDrag, type DragSubject, type ZoomDragHandlers } from './use-zoom-and-drag.ts';
import './graph-view.css';

export interface GraphViewProps {
  /** The graph to draw (already filtered). */
  graph: ActorGraph;
  /** The unfiltered graph: positions are computed on it so filters never move nodes. */
  fullGraph: ActorGraph;
  /** Precomputed positions from the corpus, if any. */
  layout: Layout | undefined;
  selectedActorId: ActorId | null;
  selectedEdgeId: EdgeId | null;
  onSelectActor: (id: ActorId) => void;
  onSelectEdge: (id: EdgeId) => void;
  /** Whether `graph` leaves out the unknown speaker, and how to change that (shown in the legend). */
  unknownToggle?: GraphLegendProps['unknownToggle'];
  /** Id of the element a "Skip to panel" link before the actors moves focus to. */
  skipTargetId?: string;
  /** Called when the view's transform or size settles (what an exported picture shows). */
  onViewportChange?: (viewport: {
    transform: ViewTransform;
    width: number;
    height: number;
  }) => void;
}

/** At most this many actor buttons exist at once (the most quoted of those in view). */
export const MAX_ACTOR_BUTTONS = 300;
/** Pointer slack around nodes and edges, in screen pixels. */
const NODE_SLACK_PX = 3;
const EDGE_SLACK_PX = 4;
const ZOOM_STEP = 1.6;

interface Viewport {
  transform: ViewTransform;
  width: number;
  height: number;
}

function describeNode(n: SceneNode['node']): string {
  const quotes = `${n.quotedCount} ${n.quotedCount === 1 ? 'quote' : 'quotes'}`;
  const mentions = `${n.mentionedCount} ${n.mentionedCount === 1 ? 'mention' : 'mentions'}`;
  return `${n.name}, ${n.kind}, ${quotes}, ${mentions}`;
}

function canvasContext(canvas: HTMLCanvasElement | null): CanvasRenderingContext2D | null {
  if (!canvas) return null;
  try {
    // jsdom has no canvas: getContext is "not implemented" and returns null.
    return canvas.getContext('2d');
  } catch {
    return null;
  }
}

/**
 * The actor network: a canvas drawing (zoom, pan, drag, hover, click) with an accessible layer
 * of actor buttons over the nodes, a legend and zoom controls. Never mutates its props: node
 * drags move the view's own copy of the positions.
 */
export function GraphView(props: GraphViewProps): JSX.Element {
  const { graph, fullGraph, layout, selectedActorId, selectedEdgeId, onSelectActor, onSelectEdge } =
    props;
  const { unknownToggle, skipTargetId, onViewportChange } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLParagraphElement>(null);
  const controlsRef = useRef<HTMLDivElement>(null);

  const positions = useGraphPositions(fullGraph, layout);
  // Dragged positions survive filtering; a new layout starts afresh.
  const overridesRef = useRef<{
    base: Layout['positions'] | null;
    moved: Map<ActorId, [number, number]>;
  }>({
    base: null,
    moved: new Map(),
  });
  const scene = useGraphScene(graph, fullGraph, positions);
  // The canvas takes its colours from the scheme in effect; a change redraws (effect below).
  const palette = graphPalette(useColorScheme().scheme);
  const paletteRef = useRef(palette);

  const [viewport, setViewport] = useState<Viewport>({
    transform: IDENTITY_TRANSFORM,
    width: 0,
    height: 0,
  });

  // Mutable view state read by the draw loop and the d3 handlers (not React state: it changes per frame).
  const view = useRef({
    scene: null as GraphScene | null,
    transform: IDENTITY_TRANSFORM,
    width: 0,
    height: 0,
    moving: false,
    dragging: null as ActorId | null,
    hoveredActor: null as ActorId | null,
    hoveredEdge: null as EdgeId | null,
    selectedActorId: null as ActorId | null,
    selectedEdgeId: null as EdgeId | null,
    userMoved: false,
    fitted: false,
    ready: false,
    edgeIndex: null as EdgeHitIndex<EdgeId> | null,
    edgeIndexJob: null as SlicedJob | null,
    base: null as HTMLCanvasElement | null,
    baseKey: null as BaseLayerKey | null,
    sceneVersion: 0,
    skipped: 0,
    drawn: 0,
    frame: 0,
    hoverPoint: null as ScreenPoint | null,
    widths: new Map<string, number>(),
  });

  // Builds the edge hit index in idle-time slices (it takes ~100 ms at 75,000 edges); until it
  // exists, edge hits fall back to a linear scan.
  const scheduleEdgeIndex = useCallback(() => {
    const v = view.current;
    const s = v.scene;
    if (v.edgeIndex || v.edgeIndexJob || !s || v.moving) return;
    const edges = s.edges.flatMap((e) => (e.curve ? [{ id: e.id, curve: e.curve }] : []));
    v.edgeIndexJob = runWhenIdle(edgeHitIndexSteps(edges), (index) => {
      v.edgeIndexJob = null;
      if (v.scene === s) v.edgeIndex = index;
    });
  }, []);
  const dropEdgeIndex = useCallback(() => {
    const v = view.current;
    v.edgeIndex = null;
    v.edgeIndexJob?.cancel();
    v.edgeIndexJob = null;
  }, []);

  // Where the zoom controls sit over the drawing, so labels keep out of it.
  const controlsBox = useCallback(() => {
    const el = controlsRef.current;
    if (!el) return [];
    const pad = 4;
    return [
      {
        left: el.offsetLeft - pad,
        top: el.offsetTop - pad,
        right: el.offsetLeft + el.offsetWidth + pad,
        bottom: el.offsetTop + el.offsetHeight + pad,
      },
    ];
  }, []);

  // The draw loop asks for one more frame through this (requestDraw is defined after it).
  const redrawRef = useRef<() => void>(() => {});
  const draw = useCallback(() => {
    const v = view.current;
    v.frame = 0;
    const s = v.scene;
    const layer = layerRef.current;
    if (layer) {
      const { k, x, y } = v.transform;
      layer.style.transform = `translate(${x}px, ${y}px) scale(${k})`;
      layer.style.setProperty('--qg-k', String(k));
    }
    if (!s) return;
    const canvas = canvasRef.current;
    const ctx = canvasContext(canvas);
    if (ctx && canvas && v.width > 0 && v.height > 0) {
      const dpr = window.devicePixelRatio || 1;
      const bw = Math.round(v.width * dpr);
      const bh = Math.round(v.height * dpr);
      if (canvas.width !== bw || canvas.height !== bh) {
        canvas.width = bw;
        canvas.height = bh;
      }
      let focus: Neighbourhood | null = null;
      let focusKind: 'hover' | 'selection' = 'hover';
      const edgeFocus = (id: EdgeId) => {
        const e = s.edgeById.get(id);
        return e ? { nodes: new Set([e.source.id, e.target.id]), edges: new Set([e.id]) } : null;
      };
      if (v.hoveredActor && !v.dragging) focus = neighbourhoodOf(s.adjacency, v.hoveredActor);
      else if (v.hoveredEdge) focus = edgeFocus(v.hoveredEdge);
      if (!focus) {
        focusKind = 'selection';
        if (v.selectedActorId && s.nodeById.has(v.selectedActorId)) {
          focus = neighbourhoodOf(s.adjacency, v.selectedActorId);
        } else if (v.selectedEdgeId) focus = edgeFocus(v.selectedEdgeId);
      }
      const started = performance.now();
      // The first frame is the cheap one drawn while moving (nodes + the heaviest edges, no
      // arrows): at 75,000 links the full frame is one long task; it follows in the next frame.
      const firstFrame = !v.ready && s.nodes.length > 0;
      const moving = v.moving || firstFrame;
      const key: BaseLayerKey = {
        scene: s,
        sceneVersion: v.sceneVersion,
        k: v.transform.k,
        x: v.transform.x,
        y: v.transform.y,
        width: v.width,
        height: v.height,
        dpr,
        moving,
        palette: paletteRef.current,
      };
      // The base layer (all edges and nodes) is redrawn only when the view or the positions
      // change; hover and selection only repaint the overlay on a copy of it.
      v.base ??= document.createElement('canvas');
      const baseCtx = v.base.getContext('2d');
      if (baseCtx && !sameBaseKey(v.baseKey, key)) {
        if (v.base.width !== bw || v.base.height !== bh) {
          v.base.width = bw;
          v.base.height = bh;
        }
        const base = drawBaseLayer(baseCtx, { ...key, transform: v.transform });
        v.baseKey = key;
        v.skipped = base.edgesSkipped;
        v.drawn = base.edgesDrawn;
      }
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, bw, bh);
      if (baseCtx) ctx.drawImage(v.base, 0, 0);
      drawOverlay(ctx, {
        scene: s,
        transform: v.transform,
        width: v.width,
        height: v.height,
        dpr,
        moving,
        focus,
        focusKind,
        selectedActorId: v.selectedActorId,
        selectedEdgeId: v.selectedEdgeId,
        hoveredActorId: v.hoveredActor,
        sceneVersion: v.sceneVersion,
        reserved: controlsBox(),
        palette: paletteRef.current,
        measure: (font, text) => {
          const cacheKey = `${font}|${text}`;
          let w = v.widths.get(cacheKey);
          if (w === undefined) {
            ctx.font = font;
            w = ctx.measureText(text).width;
            v.widths.set(cacheKey, w);
          }
          return w;
        },
      });
      const ms = performance.now() - started;
      // Read by benchmarks and visual checks; cheap to keep.
      canvas.dataset.drawMs = ms.toFixed(1);
      const note = noteRef.current;
      if (note) {
        note.hidden = v.skipped === 0 || v.moving;
        note.textContent = `Drawing the ${v.drawn.toLocaleString('en')} heaviest links in view; zoom in to see lighter ones.`;
      }
      if (!v.ready && s.nodes.length > 0) {
        v.ready = true;
        performance.mark('graph:ready');
      }
      if (firstFrame && !v.moving) redrawRef.current();
      else scheduleEdgeIndex();
    } else if (!ctx && !v.ready) {
      // No canvas support (jsdom): nothing more will be drawn, so the view is as ready as it gets.
      v.ready = true;
      performance.mark('graph:ready');
    }
  }, [scheduleEdgeIndex, controlsBox]);

  const requestDraw = useCallback(() => {
    const v = view.current;
    if (v.frame) return;
    if (typeof requestAnimationFrame !== 'function') {
      draw();
      return;
    }
    v.frame = requestAnimationFrame(draw);
  }, [draw]);

  useEffect(() => {
    redrawRef.current = requestDraw;
  }, [requestDraw]);

  useEffect(() => {
    if (paletteRef.current === palette) return;
    paletteRef.current = palette;
    requestDraw();
  }, [palette, requestDraw]);

  useEffect(
    () => () => {
      const v = view.current;
      if (v.frame) cancelAnimationFrame(v.frame);
      // Clear the handle too: React may mount the view again (StrictMode does in development),
      // and requestDraw schedules nothing while a handle is set.
      v.frame = 0;
      dropEdgeIndex();
    },
    [dropEdgeIndex],
  );

  const publishViewport = useCallback(() => {
    const v = view.current;
    setViewport({ transform: v.transform, width: v.width, height: v.height });
  }, []);

  useEffect(() => {
    if (viewport.width > 0 && viewport.height > 0) onViewportChange?.(viewport);
  }, [viewport, onViewportChange]);

  const nodeAt = useCallback((p: ScreenPoint): SceneNode | null => {
    const v = view.current;
    if (!v.scene) return null;
    const hit = findNodeAt(
      v.scene.nodeIndex,
      toWorld(v.transform, p),
      NODE_SLACK_PX / v.transform.k,
    );
    return hit ? (v.scene.nodeById.get(hit.id) ?? null) : null;
  }, []);

  const edgeAt = useCallback((p: ScreenPoint): EdgeId | null => {
    const v = view.current;
    if (!v.scene) return null;
    const w = toWorld(v.transform, p);
    const tolerance = EDGE_SLACK_PX / v.transform.k;
    const index: EdgeHitIndex<EdgeId> | null = v.edgeIndex;
    return index ? findEdgeAt(index, w, tolerance) : findEdgeByScan(v.scene.edges, w, tolerance);
  }, []);

  const fit = useCallback((animate: boolean) => {
    const v = view.current;
    const bounds = v.scene?.bounds;
    if (!bounds || v.width <= 0 || v.height <= 0) return;
    // Padding clears the zoom controls in the top-right corner.
    const t = fitTransform(bounds, v.width, v.height, { padding: 48, maxScale: 2.5 });
    controller.current?.setScaleExtent(Math.min(t.k / 8, 0.5), Math.max(8, t.k * 8));
    controller.current?.setTransform(t, animate);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- controller is a stable ref
  }, []);

  const handlers = useRef<ZoomDragHandlers>({
    onTransform: () => {},
    onMovingChange: () => {},
    dragSubjectAt: () => null,
    onDragStart: () => {},
    onDrag: () => {},
    onDragEnd: () => {},
  });
  const controller = useZoomAndDrag(containerRef, handlers);

  // Handlers read the latest callbacks through refs; assigning them once after mount is enough.
  useEffect(() => {
    handlers.current = {
      onTransform: (t, byUser) => {
        const v = view.current;
        v.transform = t;
        if (byUser) v.userMoved = true;
        hideTooltip();
        requestDraw();
      },
      onMovingChange: (moving) => {
        const v = view.current;
        if (v.moving === moving) return;
        v.moving = moving;
        requestDraw();
        if (!moving) publishViewport();
      },
      dragSubjectAt: (p) => {
        const n = nodeAt(p);
        if (!n) return null;
        const t = view.current.transform;
        return { id: n.id, x: n.x * t.k + t.x, y: n.y * t.k + t.y };
      },
      onDragStart: (subject: DragSubject) => {
        const v = view.current;
        v.dragging = subject.id as ActorId;
        v.moving = true;
      },
      onDrag: (subject, p) => {
        const v = view.current;
        if (!v.scene) return;
        const w = toWorld(v.transform, p);
        moveSceneNode(v.scene, subject.id as ActorId, w.x, w.y);
        overridesRef.current.moved.set(subject.id as ActorId, [w.x, w.y]);
        v.sceneVersion += 1;
        dropEdgeIndex();
        hideTooltip();
        requestDraw();
      },
      onDragEnd: (_subject, moved) => {
        const v = view.current;
        v.dragging = null;
        v.moving = false;
        if (moved && v.scene) {
          reindexNodes(v.scene);
          // Buttons follow the moved node (a new viewport object re-renders them).
          publishViewport();
        }
        requestDraw();
      },
    };
  }, [nodeAt, publishViewport, requestDraw, dropEdgeIndex]);

  // New scene (filter or positions changed): re-apply dragged positions, redraw, fit once.
  useLayoutEffect(() => {
    const v = view.current;
    const overrides = overridesRef.current;
    if (overrides.base !== positions) {
      overrides.base = positions;
      overrides.moved = new Map();
    }
    if (scene) {
      for (const [id, [x, y]] of overrides.moved) moveSceneNode(scene, id, x, y);
      if (overrides.moved.size > 0) reindexNodes(scene);
    }
    if (v.scene !== scene) dropEdgeIndex();
    v.scene = scene;
    if (v.hoveredActor && !scene?.nodeById.has(v.hoveredActor)) v.hoveredActor = null;
    if (v.hoveredEdge && !scene?.edgeById.has(v.hoveredEdge)) v.hoveredEdge = null;
    if (scene && !v.fitted && v.width > 0) {
      v.fitted = true;
      fit(false);
    }
    requestDraw();
  }, [scene, positions, fit, requestDraw, dropEdgeIndex]);

  // Selection comes from the URL: keep the draw loop in sync and bring an off-screen actor into view.
  useEffect(() => {
    const v = view.current;
    v.selectedActorId = selectedActorId;
    v.selectedEdgeId = selectedEdgeId;
    hideTooltip();
    requestDraw();
    const n = selectedActorId ? v.scene?.nodeById.get(selectedActorId) : undefined;
    if (n && v.width > 0 && v.fitted) {
      const bounds = visibleWorldBounds(v.transform, v.width, v.height);
      if (!circleInBounds(n.x, n.y, -n.r, bounds)) {
        const t = v.transform;
        controller.current?.setTransform(
          { k: t.k, x: v.width / 2 - n.x * t.k, y: v.height / 2 - n.y * t.k },
          true,
        );
      }
    }
  }, [selectedActorId, selectedEdgeId, scene, requestDraw, controller]);

  // Follow the container's size (the canvas backing store is resized in draw).
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const measure = () => {
      const v = view.current;
      const rect = container.getBoundingClientRect();
      if (rect.width === v.width && rect.height === v.height) return;
      v.width = rect.width;
      v.height = rect.height;
      if (v.scene && (!v.fitted || !v.userMoved) && v.width > 0) {
        v.fitted = true;
        fit(false);
      }
      publishViewport();
      requestDraw();
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(container);
    return () => observer.disconnect();
  }, [fit, publishViewport, requestDraw]);

  function hideTooltip() {
    const tip = tooltipRef.current;
    if (tip) tip.hidden = true;
  }

  function showTooltip(text: string, p: ScreenPoint) {
    const tip = tooltipRef.current;
    if (!tip) return;
    tip.textContent = text;
    tip.hidden = false;
    const v = view.current;
    const left = Math.min(p.x + 14, Math.max(0, v.width - tip.offsetWidth - 4));
    const top = p.y + 18 + tip.offsetHeight > v.height ? p.y - tip.offsetHeight - 10 : p.y + 18;
    tip.style.transform = `translate(${left}px, ${top}px)`;
  }

  const pointOf = (event: { clientX: number; clientY: number }): ScreenPoint => {
    const rect = containerRef.current?.getBoundingClientRect();
    return screenPoint(event.clientX - (rect?.left ?? 0), event.clientY - (rect?.top ?? 0));
  };

  const onPointerMove = (event: ReactPointerEvent<HTMLDivElement>) => {
    const v = view.current;
    if (event.pointerType === 'touch' || v.dragging || v.moving || !v.scene) return;
    const p = pointOf(event);
    const node = nodeAt(p);
    // Hover never waits for the edge index; it is built in idle time after the first drawing.
    const edge = node || !v.edgeIndex ? null : edgeAt(p);
    const container = containerRef.current;
    if (container) container.style.cursor = node ? 'pointer' : edge ? 'pointer' : '';
    if (node) {
      const n = node.node;
      showTooltip(
        `${n.name} · ${n.quotedCount} ${n.quotedCount === 1 ? 'quote' : 'quotes'} · ${n.mentionedCount} ${n.mentionedCount === 1 ? 'mention' : 'mentions'}`,
        p,
      );
    } else if (edge) {
      const e = v.scene.edgeById.get(edge);
      if (e) {
        showTooltip(
          `${e.source.node.name} → ${e.target.node.name} · ${e.quoteCount} ${e.quoteCount === 1 ? 'quote' : 'quotes'}`,
          p,
        );
      }
    } else hideTooltip();
    const nodeId = node?.id ?? null;
    if (nodeId !== v.hoveredActor || edge !== v.hoveredEdge) {
      v.hoveredActor = nodeId;
      v.hoveredEdge = edge;
      requestDraw();
    }
  };

  const onPointerLeave = () => {
    const v = view.current;
    hideTooltip();
    if (v.hoveredActor || v.hoveredEdge) {
      v.hoveredActor = null;
      v.hoveredEdge = null;
      requestDraw();
    }
  };

  const onClick = (event: ReactMouseEvent<HTMLDivElement>) => {
    // The tooltip describes what the pointer rests on; once clicked, the panel says it.
    hideTooltip();
    const target = event.target as Element;
    // Buttons (actor buttons, controls, legend) handle their own clicks.
    if (target.closest('button, .qg-graph__controls')) return;
    const p = pointOf(event);
    const node = nodeAt(p);
    if (node) {
      onSelectActor(node.id);
      return;
    }
    const edge = edgeAt(p);
    if (edge) onSelectEdge(edge);
  };

  const zoomBy = (factor: number) => {
    const v = view.current;
    const [min, max] = controller.current?.scaleExtent() ?? [0.02, 8];
    controller.current?.setTransform(
      zoomAround(v.transform, factor, screenPoint(v.width / 2, v.height / 2), min, max),
      true,
    );
  };

  // The actor buttons: the most prominent actors in view, bounded, plus the selected one.
  const buttons = useMemo(() => {
    if (!scene) return [] as SceneNode[];
    const list: SceneNode[] = [];
    const known = viewport.width > 0 && viewport.height > 0;
    const bounds = known
      ? visibleWorldBounds(viewport.transform, viewport.width, viewport.height)
      : null;
    for (const n of scene.prominent) {
      if (list.length >= MAX_ACTOR_BUTTONS) break;
      if (bounds && !circleInBounds(n.x, n.y, n.r, bounds)) continue;
      list.push(n);
    }
    const selected = selectedActorId ? scene.nodeById.get(selectedActorId) : undefined;
    if (selected && !list.includes(selected)) list.push(selected);
    return list;
  }, [scene, viewport, selectedActorId]);

  // Roving focus: the actors are one tab stop (the last one focused, else the selected one,
  // else the most quoted); arrow keys move to the nearest actor in that direction on screen.
  const [activeId, setActiveId] = useState<ActorId | null>(null);
  const tabStop =
    [activeId, selectedActorId].find((id) => id && buttons.some((n) => n.id === id)) ??
    buttons[0]?.id ??
    null;
  const focusActor = (id: ActorId) => {
    const target = [...(layerRef.current?.children ?? [])].find(
      (el): el is HTMLButtonElement => el instanceof HTMLButtonElement && el.dataset.actorId === id,
    );
    target?.focus();
  };
  const onActorKeyDown = (event: ReactKeyboardEvent<HTMLButtonElement>, from: SceneNode) => {
    const direction = arrowDirection(event.key);
    if (!direction || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const next = nearestInDirection(from, buttons, direction);
    if (!next) return;
    setActiveId(next);
    focusActor(next);
  };
  const skipGraph = () => {
    const target = skipTargetId ? document.getElementById(skipTargetId) : null;
    target?.focus();
  };

  const total = graph.nodes.length;
  const summary = positions
    ? `Network of ${total} ${total === 1 ? 'actor' : 'actors'} and ${graph.edges.length} ${graph.edges.length === 1 ? 'link' : 'links'}: arrows point from speaker to the actor mentioned.`
    : 'Laying out the network…';

  return (
    <div className="qg-graph">
      {skipTargetId && (
        <button type="button" className="qg-graph__skip" onClick={skipGraph}>
          Skip to panel
        </button>
      )}
      <div
        className="qg-graph__stage"
        ref={containerRef}
        onPointerMove={onPointerMove}
        onPointerLeave={onPointerLeave}
        onClick={onClick}
      >
        <canvas ref={canvasRef} className="qg-graph__canvas" role="img" aria-label={summary} />
        <div
          ref={layerRef}
          className="qg-graph__actors"
          role="group"
          aria-label={
            buttons.length < total
              ? `Actors in view, ${buttons.length} of ${total}, most quoted first`
              : 'Actors, most quoted first'
          }
        >
          {buttons.map((n, i) => {
            // World-unit size matching the drawn disc at the published zoom.
            const r = nodeScreenRadius(n.r, viewport.transform.k) / viewport.transform.k;
            return (
              <button
                key={n.id}
                type="button"
                className="qg-graph__actor"
                data-actor-id={n.id}
                aria-pressed={n.id === selectedActorId}
                tabIndex={n.id === tabStop ? 0 : -1}
                style={{
                  left: n.x - r,
                  top: n.y - r,
                  width: 2 * r,
                  height: 2 * r,
                  zIndex: buttons.length - i,
                }}
                onClick={() => onSelectActor(n.id)}
                onKeyDown={(event) => onActorKeyDown(event, n)}
                onFocus={() => {
                  setActiveId(n.id);
                  view.current.hoveredActor = n.id;
                  requestDraw();
                }}
                onBlur={() => {
                  if (view.current.hoveredActor === n.id) view.current.hoveredActor = null;
                  requestDraw();
                }}
              >
                <span className="qg-graph__sr">{describeNode(n.node)}</span>
              </button>
            );
          })}
        </div>
        {!positions && (
          <p className="qg-graph__status" role="status">
            Laying out {fullGraph.nodes.length} actors…
          </p>
        )}
        {positions && !scene && (
          <p className="qg-graph__status" role="status">
            Drawing {graph.nodes.length} actors…
          </p>
        )}
        <div ref={tooltipRef} className="qg-graph__tooltip" aria-hidden="true" hidden />
        <p ref={noteRef} className="qg-graph__note" hidden />
        <div ref={controlsRef} className="qg-graph__controls" role="group" aria-label="Graph view">
          <button
            type="button"
            onClick={() => zoomBy(ZOOM_STEP)}
            aria-label="Zoom in"
            title="Zoom in"
          >
            +
          </button>
          <button
            type="button"
            onClick={() => zoomBy(1 / ZOOM_STEP)}
            aria-label="Zoom out"
            title="Zoom out"
          >
            −
          </button>
          <button type="button" onClick={() => fit(true)}>
            Fit to view
          </button>
        </div>
      </div>
      <GraphLegend unknownToggle={unknownToggle} />
    </div>
  );
}
