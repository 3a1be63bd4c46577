import type { ActorId } from '../corpus/schema.ts';
import { visibleWorldBounds } from './coordinates.ts';
import { curveOutside, edgeCurve } from './edge-geometry.ts';
import type { SceneEdge, SceneNode } from './graph-scene.ts';
import { LabelPlacer, type LabelCandidate, type PlacedLabel } from './label-placement.ts';
import { DOUBTFUL_NODE_STYLE, EDGE_WIDTH_CLASSES, nodeScreenRadius } from './node-style.ts';
import { legendBox, legendItems } from './picture-legend.ts';
import {
  cssFont,
  n2,
  type GraphPicture,
  type GraphSvgOptions,
  type PictureItem,
} from './picture-model.ts';

/** Most edges one picture holds, heaviest first: beyond this the file grows, the picture does not. */
export const SVG_MAX_EDGES = 20_000;
const LABEL_HEIGHT = 14;
const LABEL_RIM_GAP = 6;
const RIM_GAP = 1.5;

function labelFont(n: SceneNode): { size: number; weight: number; italic: boolean } {
  return {
    size: n.r >= 16 ? 13.5 : n.r >= 9 ? 12.5 : 12,
    weight: n.r >= 16 ? 650 : 500,
    italic: n.doubtful,
  };
}

function edgeAlpha(count: number): number {
  if (count <= 300) return 0.6;
  if (count <= 3000) return 0.4;
  if (count <= 20000) return 0.22;
  return 0.12;
}

/**
 * The picture of `scene` seen through `transform` in a `width` × `height` view: the edges in
 * view, heaviest first (at most {@link SVG_MAX_EDGES}), then the nodes (hubs on top), then the
 * labels the view has room for, most prominent first, clear of nodes and of the legend.
 */
export function graphPicture(options: GraphSvgOptions): GraphPicture {
  const { scene, transform: t, width, height, palette: p, measure } = options;
  const k = t.k;
  const withLegend = options.legend ?? true;
  const sx = (n: SceneNode) => n.x * k + t.x;
  const sy = (n: SceneNode) => n.y * k + t.y;
  const rOf = (n: SceneNode) => nodeScreenRadius(n.r, k);
  const inView = (n: SceneNode) => {
    const r = rOf(n);
    const x = sx(n);
    const y = sy(n);
    return x + r >= 0 && x - r <= width && y + r >= 0 && y - r <= height;
  };
  const view = visibleWorldBounds(t, width, height);

  // ---- edges, one path per width class (stroke) and one for its arrowheads (fill)
  const lines = EDGE_WIDTH_CLASSES.map(() => [] as string[]);
  const heads = EDGE_WIDTH_CLASSES.map(() => [] as string[]);
  let edges = 0;
  for (let i = 0; i < scene.edges.length && edges < SVG_MAX_EDGES; i++) {
    const edge = scene.edges[scene.heaviestEdges[i] as number] as SceneEdge;
    const c = edge.curve;
    if (!c) continue;
    if (curveOutside(c, view)) continue;
    const s = edge.source;
    const d = edge.target;
    const curve = edgeCurve(sx(s), sy(s), rOf(s), sx(d), sy(d), rOf(d), edge.bend, RIM_GAP);
    if (!curve) continue;
    const w = EDGE_WIDTH_CLASSES[edge.widthClass] ?? 1;
    const len = Math.min(12, 5 + 1.8 * w);
    const chord = Math.hypot(curve.x1 - curve.x0, curve.y1 - curve.y0);
    const arrow = chord > len * 2.5;
    const ex = arrow ? curve.x1 - curve.ux * len * 0.6 : curve.x1;
    const ey = arrow ? curve.y1 - curve.uy * len * 0.6 : curve.y1;
    const line = lines[edge.widthClass] ?? (lines[0] as string[]);
    line.push(
      edge.bend === 0
        ? `M${n2(curve.x0)} ${n2(curve.y0)}L${n2(ex)} ${n2(ey)}`
        : `M${n2(curve.x0)} ${n2(curve.y0)}Q${n2(curve.cx)} ${n2(curve.cy)} ${n2(ex)} ${n2(ey)}`,
    );
    if (arrow) {
      const half = len * 0.42 + w * 0.3;
      const bx = curve.x1 - curve.ux * len;
      const by = curve.y1 - curve.uy * len;
      (heads[edge.widthClass] ?? (heads[0] as string[])).push(
        `M${n2(curve.x1)} ${n2(curve.y1)}L${n2(bx - curve.uy * half)} ${n2(by + curve.ux * half)}L${n2(bx + curve.uy * half)} ${n2(by - curve.ux * half)}Z`,
      );
    }
    edges += 1;
  }
  const alpha = edgeAlpha(scene.edges.length);
  const edgeColor = `rgb(${p.edgeRgb})`;
  const items: PictureItem[] = [];
  EDGE_WIDTH_CLASSES.forEach((w, c) => {
    const l = lines[c] ?? [];
    const h = heads[c] ?? [];
    if (l.length > 0) {
      items.push({
        type: 'path',
        d: l.join(''),
        stroke: edgeColor,
        strokeOpacity: alpha,
        strokeWidth: w,
        group: 'edges',
      });
    }
    if (h.length > 0) {
      items.push({
        type: 'path',
        d: h.join(''),
        fill: edgeColor,
        fillOpacity: alpha,
        group: 'edges',
      });
    }
  });

  // ---- nodes, in scene order (least prominent first: hubs on top)
  const visible: SceneNode[] = [];
  for (const n of scene.nodes) {
    if (!inView(n)) continue;
    visible.push(n);
    const r = rOf(n);
    const at = { cx: sx(n), cy: sy(n), r, title: n.node.name, group: 'nodes' as const };
    items.push(
      n.doubtful
        ? {
            type: 'circle',
            ...at,
            fill: p.doubtful.fill,
            stroke: p.doubtful.stroke,
            strokeWidth: 1.5,
            dash: DOUBTFUL_NODE_STYLE.dash,
          }
        : r > 3
          ? { type: 'circle', ...at, fill: p.kinds[n.node.kind], stroke: p.rim, strokeWidth: 1 }
          : { type: 'circle', ...at, fill: p.kinds[n.node.kind] },
    );
  }

  // ---- labels: most prominent first, clear of nodes and the legend
  const legend = legendBox(height);
  const placer = LabelPlacer.create<ActorId>({
    width,
    height,
    rimGap: LABEL_RIM_GAP,
    obstacles: visible.map((n) => ({ x: sx(n), y: sy(n), r: rOf(n) })),
    reserved: withLegend ? [legend] : [],
  });
  const crowded = scene.nodes.length > 150;
  const candidates: LabelCandidate<ActorId>[] = [];
  for (const n of scene.prominent) {
    if (!inView(n) || (crowded && rOf(n) < 2.5)) continue;
    candidates.push({
      id: n.id,
      x: sx(n),
      y: sy(n),
      r: rOf(n),
      width: measure(cssFont(labelFont(n)), n.node.name),
      height: LABEL_HEIGHT,
    });
    if (candidates.length >= 3000) break;
  }
  const placed: PlacedLabel<ActorId>[] = placer.place(candidates, {
    wideFirst: 3,
    maxLabels: Math.max(12, Math.floor((width * height) / 11000)),
    maxAttempts: 1500,
  });
  let labels = 0;
  for (const l of placed) {
    const n = scene.nodeById.get(l.id);
    if (!n) continue;
    items.push({
      type: 'text',
      x: l.left,
      y: l.top + l.height / 2,
      text: n.node.name,
      ...labelFont(n),
      fill: n.doubtful ? p.doubtful.label : p.ink,
      halo: p.halo,
      group: 'labels',
    });
    labels += 1;
  }
  if (withLegend) items.push(...legendItems(legend, p));
  return {
    width,
    height,
    background: p.background,
    title: options.title,
    items,
    labels,
    nodes: visible.length,
    edges,
  };
}
