import {
  useEffect,
  useRef,
  useState,
  type JSX,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import type { ActorId, Layout } from '../../corpus/schema.ts';
import { formatCount } from '../../components/format.ts';
import type { EdgeId } from '../../corpus/edge-id.ts';
import type { ActorGraph } from '../../graph/build-actor-graph.ts';
import type { SceneNode } from '../../graph/graph-scene.ts';
import type { Neighbourhood } from '../../graph/neighbourhood.ts';
import type { NodeAppearance } from '../../graph/node-appearance.ts';
import { arrowDirection, nearestInDirection } from '../../graph/directional-focus.ts';
import { nodeScreenRadius } from '../../graph/node-style.ts';
import { actorsWithButtons, type Viewport } from '../../graph/view-focus.ts';
import { useColorScheme } from '../../theme/color-scheme.ts';
import { graphPalette } from '../../theme/palette.ts';
import { useGraphCanvas } from './engine/use-graph-canvas.ts';
import { GraphLegend, type GraphLegendProps } from './graph-legend.tsx';
import { useGraphPositions } from './use-graph-positions.ts';
import { useGraphScene } from './use-graph-scene.ts';
import './graph-view.css';

export interface GraphViewProps {
  /** The graph to draw (already filtered). */
  graph: ActorGraph;
  /** The unfiltered graph: positions are computed on it so filters never move nodes. */
  fullGraph: ActorGraph;
  /**
   * The graph `graph` was thinned or focused from (same node and edge objects), if any: the
   * scenes of such cuts are taken out of its scene rather than built again.
   */
  baseGraph?: ActorGraph;
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
  /** Size and colour by structure (memoised by the caller); null or absent: quotes and kind. */
  appearance?: NodeAppearance | null;
  /** Actors and links drawn emphasised when nothing is hovered or selected (a path). */
  highlight?: Neighbourhood | null;
  /** What the legend says about size and colour when `appearance` changes them. */
  legendStyle?: GraphLegendProps['style'];
  /** Called when the view's transform or size settles (what an exported picture shows). */
  onViewportChange?: (viewport: Viewport) => void;
}

/** At most this many actor buttons exist at once (the most quoted of those in view). */
export const MAX_ACTOR_BUTTONS = 300;
const ZOOM_STEP = 1.6;

function describeNode(n: SceneNode['node']): string {
  return `${n.name}, ${n.kind}, ${formatCount(n.quotedCount, 'quote')}, ${formatCount(n.mentionedCount, 'mention')}`;
}

/**
 * The actor network: a canvas drawing (zoom, pan, drag, hover, click; see engine/graph-canvas.ts)
 * with an accessible layer of actor buttons over the nodes, a legend and zoom controls. Never
 * mutates its props: node drags move the view's own copy of the positions.
 */
export function GraphView(props: GraphViewProps): JSX.Element {
  const { graph, fullGraph, layout, selectedActorId, selectedEdgeId, onSelectActor, onSelectEdge } =
    props;
  const { baseGraph = graph } = props;
  const { unknownToggle, skipTargetId, appearance = null, highlight = null, legendStyle } = props;
  const { onViewportChange } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLParagraphElement>(null);
  const controlsRef = useRef<HTMLDivElement>(null);
  const positions = useGraphPositions(fullGraph, layout);
  const scene = useGraphScene(graph, fullGraph, positions, appearance, baseGraph);
  // The canvas takes its colours from the scheme in effect.
  const palette = graphPalette(useColorScheme().scheme);
  const { engine, viewport } = useGraphCanvas(
    {
      container: containerRef,
      canvas: canvasRef,
      layer: layerRef,
      tooltip: tooltipRef,
      note: noteRef,
      controls: controlsRef,
    },
    {
      scene,
      positions,
      selectedActorId,
      selectedEdgeId,
      palette,
      onSelectActor,
      onSelectEdge,
      highlight,
    },
  );
  // The engine reports the view at rest; an exported picture shows exactly that.
  useEffect(() => {
    if (viewport.width > 0 && viewport.height > 0) onViewportChange?.(viewport);
  }, [viewport, onViewportChange]);

  // The actor buttons: the most prominent actors in view, bounded, plus the selected one.
  const buttons = scene
    ? actorsWithButtons(scene, viewport, selectedActorId, MAX_ACTOR_BUTTONS)
    : [];

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
    ? `Network of ${formatCount(total, 'actor')} and ${formatCount(graph.edges.length, 'link')}: arrows point from speaker to the actor mentioned.`
    : 'Laying out the network…';

  return (
    <div className="qg-graph">
      {skipTargetId && (
        <button type="button" className="qg-graph__skip" onClick={skipGraph}>
          Skip to panel
        </button>
      )}
      <div className="qg-graph__stage" ref={containerRef}>
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
                  engine.current?.setHoveredActor(n.id);
                }}
                onBlur={() => {
                  if (engine.current?.hoveredActor() === n.id) engine.current.setHoveredActor(null);
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
            onClick={() => engine.current?.zoomBy(ZOOM_STEP)}
            aria-label="Zoom in"
            title="Zoom in"
          >
            +
          </button>
          <button
            type="button"
            onClick={() => engine.current?.zoomBy(1 / ZOOM_STEP)}
            aria-label="Zoom out"
            title="Zoom out"
          >
            −
          </button>
          <button type="button" onClick={() => engine.current?.fit(true)}>
            Fit to view
          </button>
        </div>
      </div>
      <GraphLegend unknownToggle={unknownToggle} style={legendStyle} />
    </div>
  );
}
