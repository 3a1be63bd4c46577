import type { ActorId } from '../../corpus/schema.ts';
import { visibleWorldBounds } from '../../graph/coordinates.ts';
import { curveOutside } from '../../graph/edge-geometry.ts';
import type { GraphScene, SceneEdge, SceneNode } from '../../graph/graph-scene.ts';
import {
  LabelPlacer,
  type LabelCandidate,
  type LabelSegment,
  type PlacedLabel,
} from '../../graph/label-placement.ts';
import type { GraphPalette } from '../../theme/palette.ts';
import { nodeInView, screenRadius } from './draw-nodes.ts';
import type { DrawState } from './draw-state.ts';

const LABEL_HEIGHT = 14;
/** Screen pixels between a node's rim and its label: room for the selection ring and its halo. */
const LABEL_RIM_GAP = 6;

function labelFont(n: SceneNode, emphasised: boolean): string {
  const size = n.r >= 16 ? 13.5 : n.r >= 9 ? 12.5 : 12;
  const weight = emphasised || n.r >= 16 ? 650 : 500;
  const style = n.doubtful ? 'italic ' : '';
  return `${style}${weight} ${size}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
}

/**
 * Places and paints the labels of a frame (after the rings). Effects: paints `ctx`; caches the
 * base label set per scene. Returns how many labels were painted.
 */
export function drawLabels(
  ctx: CanvasRenderingContext2D,
  s: DrawState,
  palette: GraphPalette,
): number {
  const { scene, transform: t, width, height, focus } = s;
  const k = t.k;
  const INK = palette.ink;
  const HIGHLIGHT = palette.highlight;
  const focusNodes = focus?.nodes;
  const inView = (n: SceneNode) => nodeInView(n, t, width, height);
  const selectedEdge = s.selectedEdgeId ? scene.edgeById.get(s.selectedEdgeId) : undefined;

  // ---- labels. The base set depends only on the view, never on hover or selection, so no
  // label moves when something is selected; the selection and hover then add their own
  // (neighbourhood) labels in the space left, and every label keeps off every node.
  const base = baseLabels(s);
  const must: SceneNode[] = [];
  const pushMust = (id: ActorId | null | undefined) => {
    const n = id ? scene.nodeById.get(id) : undefined;
    if (n && !must.includes(n) && inView(n)) must.push(n);
  };
  pushMust(s.selectedActorId);
  pushMust(selectedEdge?.source.id);
  pushMust(selectedEdge?.target.id);
  pushMust(s.hoveredActorId);
  const emphasisedIds = new Set(must.map((n) => n.id));
  const labelled = new Set(base.placed.map((l) => l.id));
  const extraCandidates: SceneNode[] = must.filter((n) => !labelled.has(n.id));
  if (focusNodes) {
    for (const n of scene.prominent) {
      if (!focusNodes.has(n.id) || labelled.has(n.id) || emphasisedIds.has(n.id)) continue;
      if (!inView(n) || (base.crowded && screenRadius(n, k) < 2.5)) continue;
      extraCandidates.push(n);
      if (extraCandidates.length >= 400) break;
    }
  }
  let shownBase = base.placed;
  let extra: PlacedLabel<ActorId>[] = [];
  if (extraCandidates.length > 0) {
    // The space the base labels left, indexed once per view: only the extras are placed here.
    extra = base.space.fork().place(
      extraCandidates.map((n) => labelCandidate(s, n, emphasisedIds.has(n.id))),
      { maxLabels: 400, maxAttempts: 600 },
    );
    // The selected actor is always named: when the base labels leave it no room, it takes a
    // place clear of nodes and the lesser base labels there give way (they disappear; none
    // moves). The most prominent names never give way.
    const placedIds = new Set(extra.map((l) => l.id));
    for (const n of must) {
      if (labelled.has(n.id) || placedIds.has(n.id)) continue;
      const room = base.empty.fork();
      room.reserve([...extra, ...shownBase.slice(0, PROTECTED_LABELS)].map(paddedBox));
      const [own] = room.place([labelCandidate(s, n, true)], { wideFirst: 1 });
      // No room at all: the ring marks it and the panel names it.
      if (!own) continue;
      const ownBox = paddedBox(own);
      shownBase = shownBase.filter((l) => !boxesOverlap(paddedBox(l), ownBox));
      extra.push(own);
    }
  }

  // Outside the hovered or selected neighbourhood the names stay where they are, quieter: a
  // keyboard user moving focus with the arrows still sees where they can go.
  const inFocus = (id: ActorId) => !focusNodes || focusNodes.has(id) || emphasisedIds.has(id);
  const quietLabels = shownBase.filter((l) => !inFocus(l.id));
  const focusLabels = [...shownBase.filter((l) => inFocus(l.id)), ...extra];
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.lineJoin = 'round';
  const extraIds = new Set(extra.map((l) => l.id));
  const paint = (label: PlacedLabel<ActorId>, quiet: boolean, plate: boolean) => {
    const n = scene.nodeById.get(label.id);
    if (!n) return;
    if (plate) {
      // The focused names sit on a plate, so no edge of the neighbourhood runs through them.
      ctx.fillStyle = palette.plate;
      ctx.fillRect(label.left - 2, label.top - 1, label.width + 4, label.height + 2);
    }
    // In the font its box was measured with: a wider one would run over its neighbours.
    ctx.font = labelFont(n, extraIds.has(n.id) && emphasisedIds.has(n.id));
    const y = label.top + label.height / 2;
    ctx.strokeStyle = palette.halo;
    ctx.lineWidth = 3.5;
    ctx.strokeText(n.node.name, label.left, y);
    ctx.fillStyle = n.doubtful
      ? palette.doubtful.label
      : quiet
        ? palette.quietInk
        : emphasisedIds.has(n.id) && label.id !== s.selectedActorId
          ? HIGHLIGHT
          : INK;
    ctx.fillText(n.node.name, label.left, y);
  };
  for (const label of quietLabels) paint(label, true, base.crossed.has(label.id));
  for (const label of focusLabels) {
    paint(label, false, focus !== null || base.crossed.has(label.id));
  }
  return quietLabels.length + focusLabels.length;
}

/** This many of the most prominent base labels are kept when a selected name needs room. */
const PROTECTED_LABELS = 3;

function paddedBox(l: PlacedLabel<unknown>) {
  return {
    left: l.left - 3,
    top: l.top - 1.5,
    right: l.left + l.width + 3,
    bottom: l.top + l.height + 1.5,
  };
}

function boxesOverlap(
  a: { left: number; top: number; right: number; bottom: number },
  b: { left: number; top: number; right: number; bottom: number },
): boolean {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

function labelCandidate(s: DrawState, n: SceneNode, emphasised: boolean): LabelCandidate<ActorId> {
  const { k, x, y } = s.transform;
  return {
    id: n.id,
    x: n.x * k + x,
    y: n.y * k + y,
    r: screenRadius(n, k),
    width: s.measure(labelFont(n, emphasised), n.node.name),
    height: LABEL_HEIGHT,
  };
}

interface BaseLabels {
  placed: PlacedLabel<ActorId>[];
  crowded: boolean;
  /** Labels an edge runs through (where no side was free of them): drawn on a plate. */
  crossed: Set<ActorId>;
  /** The view's label space with the base labels taken (fork it before placing more). */
  space: LabelPlacer<ActorId>;
  /** The same space with nothing taken but the reserved areas. */
  empty: LabelPlacer<ActorId>;
}

/** Base label sets by what they were placed for (the view); the overlay redraws reuse them. */
const baseLabelCache = new WeakMap<GraphScene, { key: string; labels: BaseLabels }>();

/**
 * The labels of the view with nothing focused, most prominent first, with the node discs they
 * keep off and the edges they avoid crossing. Depends only on the scene and the view.
 */
function baseLabels(s: DrawState): BaseLabels {
  const { scene, transform: t, width, height } = s;
  const reserved = s.reserved ?? [];
  const key = [
    t.k,
    t.x,
    t.y,
    width,
    height,
    s.moving,
    s.sceneVersion ?? 0,
    ...reserved.flatMap((r) => [r.left, r.top, r.right, r.bottom]),
  ].join(',');
  const cached = baseLabelCache.get(scene);
  if (cached && cached.key === key) return cached.labels;
  // A new scene that only recolours the last one (colour by community, a new palette) keeps
  // its labels: placing 10,000 actors' labels again was most of its first frames.
  const previous = recentLabels.find((r) => r.key === key);
  const previousScene = previous?.scene.deref();
  if (previous && previousScene && sameLabelGeometry(previousScene, scene)) {
    baseLabelCache.set(scene, { key, labels: previous.labels });
    remember(key, scene, previous.labels);
    return previous.labels;
  }
  const k = t.k;
  const inView = (n: SceneNode) => nodeInView(n, t, width, height);
  const crowded = scene.nodes.length > 150;
  const obstacles: { x: number; y: number; r: number }[] = [];
  for (const n of scene.prominent) {
    if (obstacles.length >= 6000) break;
    if (!inView(n)) continue;
    obstacles.push({ x: n.x * k + t.x, y: n.y * k + t.y, r: screenRadius(n, k) });
  }
  const segments: LabelSegment[] = [];
  if (!s.moving) {
    const view = visibleWorldBounds(t, width, height);
    for (let i = 0; i < scene.edges.length && segments.length < 3000; i++) {
      const edge = scene.edges[scene.heaviestEdges[i] as number] as SceneEdge;
      const c = edge.curve;
      if (!c) continue;
      if (curveOutside(c, view)) continue;
      // A bent edge as a few chords of its curve.
      const chords = edge.bend === 0 ? 1 : 4;
      let px = c.x0 * k + t.x;
      let py = c.y0 * k + t.y;
      for (let j = 1; j <= chords; j++) {
        const u = j / chords;
        const a = (1 - u) * (1 - u);
        const b = 2 * (1 - u) * u;
        const e = u * u;
        const qx = (a * c.x0 + b * c.cx + e * c.x1) * k + t.x;
        const qy = (a * c.y0 + b * c.cy + e * c.y1) * k + t.y;
        segments.push({ x0: px, y0: py, x1: qx, y1: qy });
        px = qx;
        py = qy;
      }
    }
  }
  function* candidates(): Generator<LabelCandidate<ActorId>> {
    for (const n of scene.prominent) {
      if (!inView(n)) continue;
      // Dots too small to point at get no label when there are many of them.
      if (crowded && screenRadius(n, k) < 2.5) continue;
      yield labelCandidate(s, n, false);
    }
  }
  const empty = LabelPlacer.create<ActorId>({
    width,
    height,
    rimGap: LABEL_RIM_GAP,
    obstacles,
    segments,
    reserved,
  });
  const space = empty.fork();
  const placed = space.place(candidates(), {
    // The most quoted names search wider rather than go unnamed in a crowd.
    wideFirst: 3,
    maxLabels: Math.max(12, Math.floor((width * height) / (s.moving ? 16000 : 11000))),
    maxAttempts: s.moving ? 400 : 1500,
  });
  const labels = { placed, crowded, crossed: new Set(space.crossed.keys()), space, empty };
  baseLabelCache.set(scene, { key, labels });
  remember(key, scene, labels);
  return labels;
}

/** The last placements, by view key (a moving and a resting one), for scenes that only recolour. */
const recentLabels: { key: string; scene: WeakRef<GraphScene>; labels: BaseLabels }[] = [];

function remember(key: string, scene: GraphScene, labels: BaseLabels): void {
  const at = recentLabels.findIndex((r) => r.key === key);
  if (at >= 0) recentLabels.splice(at, 1);
  recentLabels.unshift({ key, scene: new WeakRef(scene), labels });
  recentLabels.length = Math.min(recentLabels.length, 2);
}

/**
 * Whether `b` places labels exactly as `a` does: the same actors in the same prominence order,
 * where they were, as big, with the same names, and the same links in the same heaviest-first
 * order (a link's curve follows from its ends and its bend). Colours may differ. O(nodes + links).
 */
export function sameLabelGeometry(a: GraphScene, b: GraphScene): boolean {
  if (a === b) return true;
  if (a.prominent.length !== b.prominent.length || a.edges.length !== b.edges.length) return false;
  for (let i = 0; i < a.prominent.length; i++) {
    const p = a.prominent[i] as SceneNode;
    const q = b.prominent[i] as SceneNode;
    if (p.id !== q.id || p.x !== q.x || p.y !== q.y || p.r !== q.r) return false;
    if (p.doubtful !== q.doubtful || p.node.name !== q.node.name) return false;
  }
  for (let i = 0; i < a.edges.length; i++) {
    const e = a.edges[a.heaviestEdges[i] as number] as SceneEdge;
    const f = b.edges[b.heaviestEdges[i] as number] as SceneEdge;
    if (e.id !== f.id || e.bend !== f.bend) return false;
  }
  return true;
}
