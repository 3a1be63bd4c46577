import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { ActorId } from '../../../corpus/schema.ts';
import type { EdgeId } from '../../../corpus/edge-id.ts';
import { IDENTITY_TRANSFORM } from '../../../graph/coordinates.ts';
import type { GraphScene } from '../../../graph/graph-scene.ts';
import type { Neighbourhood } from '../../../graph/neighbourhood.ts';
import type { Viewport } from '../../../graph/view-focus.ts';
import type { GraphPalette } from '../../../theme/palette.ts';
import type { GraphCanvasCallbacks } from './canvas-host.ts';
import { GraphCanvas } from './graph-canvas.ts';

/** The elements the engine drives, as refs filled by the view's render. */
export interface GraphCanvasRefs {
  container: RefObject<HTMLDivElement | null>;
  canvas: RefObject<HTMLCanvasElement | null>;
  layer: RefObject<HTMLDivElement | null>;
  tooltip: RefObject<HTMLDivElement | null>;
  note: RefObject<HTMLParagraphElement | null>;
  controls: RefObject<HTMLDivElement | null>;
}

export interface GraphCanvasInput extends Omit<GraphCanvasCallbacks, 'onViewportChange'> {
  scene: GraphScene | null;
  /** The layout the scene was built on: dragged nodes are kept while it stays the same. */
  positions: unknown;
  selectedActorId: ActorId | null;
  selectedEdgeId: EdgeId | null;
  palette: GraphPalette;
  /** Emphasised while nothing is hovered or selected (a path); null for none. */
  highlight?: Neighbourhood | null;
}

const UNMEASURED: Viewport = { transform: IDENTITY_TRANSFORM, width: 0, height: 0 };

/**
 * Creates a GraphCanvas on the elements once they are mounted, feeds it the scene, selection
 * and palette as they change, and disposes it on unmount. A new engine is fed the latest input
 * as it is created, so a second mount (React's StrictMode does one in development) never
 * leaves a blank or disposed engine behind. Returns the engine (null while unmounted; read it
 * in handlers, not in render) and the view as of its last rest, which the button layer follows.
 */
export function useGraphCanvas(
  refs: GraphCanvasRefs,
  input: GraphCanvasInput,
): { engine: RefObject<GraphCanvas | null>; viewport: Viewport } {
  const engine = useRef<GraphCanvas | null>(null);
  const [viewport, setViewport] = useState<Viewport>(UNMEASURED);
  // Callbacks may change on every render; the engine calls the latest ones.
  const latest = useRef(input);
  useLayoutEffect(() => {
    latest.current = input;
  });

  useLayoutEffect(() => {
    const container = refs.container.current;
    const canvas = refs.canvas.current;
    if (!container || !canvas) return;
    const created = new GraphCanvas(
      {
        container,
        canvas,
        layer: refs.layer.current,
        tooltip: refs.tooltip.current,
        note: refs.note.current,
        controls: refs.controls.current,
      },
      {
        onSelectActor: (id) => latest.current.onSelectActor(id),
        onSelectEdge: (id) => latest.current.onSelectEdge(id),
        onViewportChange: setViewport,
      },
    );
    const now = latest.current;
    created.setPalette(now.palette);
    // The scene before the size: the first measurement then fits it.
    created.setScene(now.scene, now.positions);
    created.observeSize();
    created.setSelection(now.selectedActorId, now.selectedEdgeId);
    created.setHighlight(now.highlight ?? null);
    engine.current = created;
    return () => {
      created.dispose();
      if (engine.current === created) engine.current = null;
    };
    // The refs are the view's own (useRef), stable for its life.
  }, [refs.container, refs.canvas, refs.layer, refs.tooltip, refs.note, refs.controls]);

  const { scene, positions, selectedActorId, selectedEdgeId, palette, highlight = null } = input;
  useLayoutEffect(() => {
    engine.current?.setPalette(palette);
  }, [palette]);
  useLayoutEffect(() => {
    engine.current?.setScene(scene, positions);
  }, [scene, positions]);
  useEffect(() => {
    engine.current?.setSelection(selectedActorId, selectedEdgeId);
  }, [selectedActorId, selectedEdgeId, scene]);

  useEffect(() => {
    engine.current?.setHighlight(highlight);
  }, [highlight]);

  return { engine, viewport };
}
