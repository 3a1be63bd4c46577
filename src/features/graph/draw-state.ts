import type { ActorId } from '../../corpus/schema.ts';
import type { EdgeId } from '../../corpus/edge-id.ts';
import type { ViewTransform } from '../../graph/coordinates.ts';
import type { GraphScene } from '../../graph/graph-scene.ts';
import type { Neighbourhood } from '../../graph/neighbourhood.ts';
import { GRAPH_PALETTES, type GraphPalette } from '../../theme/palette.ts';

/** Everything one frame depends on. */
export interface DrawState {
  scene: GraphScene;
  transform: ViewTransform;
  /** View size in CSS pixels. */
  width: number;
  height: number;
  dpr: number;
  /** Zoom, pan, drag or animation in progress: draw a cheaper frame. */
  moving: boolean;
  /** Hovered or selected neighbourhood: everything else is dimmed (less so for a selection). */
  focus: Neighbourhood | null;
  focusKind: 'hover' | 'selection';
  selectedActorId: ActorId | null;
  selectedEdgeId: EdgeId | null;
  hoveredActorId: ActorId | null;
  /** Cached text width for a font. */
  measure: (font: string, text: string) => number;
  /** Bumped when nodes of the scene move (dragging): labels are placed afresh. */
  sceneVersion?: number;
  /** Screen rectangles covered by controls, where no label may go. */
  reserved?: readonly { left: number; top: number; right: number; bottom: number }[];
  /** The colours of the scheme in effect (light when not given). */
  palette?: GraphPalette;
}

// Colours come from the palette of the scheme in effect (src/theme/palette.ts).
/** The palette drawn with when a state names none. */
export const LIGHT = GRAPH_PALETTES.light;
