import type { ActorId } from '../corpus/schema.ts';
import type { GraphPalette } from '../theme/palette.ts';
import { visibleWorldBounds, type ViewTransform } from './coordinates.ts';
import { edgeCurve } from './edge-geometry.ts';
import type { GraphScene, SceneEdge, SceneNode } from './graph-scene.ts';
import { xmlEscape } from './graph-export.ts';
import { LabelPlacer, type LabelCandidate, type PlacedLabel } from './label-placement.ts';
import {
  DOUBTFUL_NODE_STYLE,
  EDGE_WIDTH_CLASSES,
  EDGE_WIDTH_LABELS,
  KIND_LABELS,
  isDoubtfulKind,
  nodeScreenRadius,
} from './node-style.ts';

/**
 * The current graph view as a text-based SVG picture: edges as paths, nodes as circles, every
 * label a `<text>` (selectable, searchable, editable in Inkscape or Illustrator), and the
 * legend. The same view maths as the canvas (nodeScreenRadius, edgeCurve, LabelPlacer), so the
 * picture shows what the screen shows at that zoom. Pure: a string out, the scene untouched.
 */

export interface GraphSvgOptions {
  scene: GraphScene;
  transform: ViewTransform;
  /** View size in CSS pixels: the picture's size. */
  width: number;
  height: number;
  palette: GraphPalette;
  /** Width of `text` in `font` (CSS pixels); a canvas's measureText, or an estimate. */
  measure: (font: string, text: string) => number;
  /** Accessible title of the picture. */
  title: string;
  /** Draw the legend (default true). */
  legend?: boolean;
}

export interface GraphSvg {
  svg: string;
  /** Actor labels drawn (one `<text>` each in the `labels` group). */
  labels: number;
  nodes: number;
  edges: number;
}

/** Most edges one picture holds, heaviest first: beyond this the file grows, the picture does not. */
export const SVG_MAX_EDGES = 20_000;
const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
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

function cssFont(f: { size: number; weight: number; italic: boolean }): string {
  return `${f.italic ? 'italic ' : ''}${f.weight} ${f.size}px ${FONT_FAMILY}`;
}

function edgeAlpha(count: number): number {
  if (count <= 300) return 0.6;
  if (count <= 3000) return 0.4;
  if (count <= 20000) return 0.22;
  return 0.12;
}

function n2(v: number): string {
  return String(Math.round(v * 100) / 100);
}

interface LegendBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const LEGEND_WIDTH = 318;
const LEGEND_HEIGHT = 98;

/** The legend in the picture's bottom-left corner; also where no label may go. */
function legendBox(height: number): LegendBox {
  const top = Math.max(0, height - LEGEND_HEIGHT - 10);
  return { left: 10, top, right: 10 + LEGEND_WIDTH, bottom: top + LEGEND_HEIGHT };
}

function legendSvg(box: LegendBox, p: GraphPalette): string {
  const x = box.left + 10;
  const text = (tx: number, ty: number, s: string, extra = '') =>
    `<text x="${tx}" y="${ty}" dominant-baseline="central"${extra}>${xmlEscape(s)}</text>`;
  const rows: string[] = [];
  let y = box.top + 14;
  rows.push(text(x, y, 'Legend', ' font-weight="650"'));
  y += 18;
  rows.push(
    `<circle cx="${x + 4}" cy="${y}" r="4" fill="#94a3b8"/>`,
    `<circle cx="${x + 17}" cy="${y}" r="7" fill="#94a3b8"/>`,
    text(x + 30, y, 'Size: quotes said + mentions'),
  );
  y += 18;
  let cx = x;
  for (const [kind, label] of KIND_LABELS) {
    rows.push(
      isDoubtfulKind(kind)
        ? `<circle cx="${cx + 5}" cy="${y}" r="4.5" fill="${p.doubtful.fill}" stroke="${p.doubtful.stroke}" stroke-width="1.5" stroke-dasharray="${DOUBTFUL_NODE_STYLE.dash.join(' ')}"/>`
        : `<circle cx="${cx + 5}" cy="${y}" r="5" fill="${p.kinds[kind]}"/>`,
      text(cx + 14, y, label),
    );
    cx += 14 + label.length * 6.6 + 12;
  }
  y += 18;
  rows.push(
    `<line x1="${x}" y1="${y}" x2="${x + 30}" y2="${y}" stroke="${p.highlight}" stroke-width="1.5"/>`,
    `<path d="M${x + 38} ${y} L${x + 29} ${y - 4} L${x + 29} ${y + 4} Z" fill="${p.highlight}"/>`,
    text(x + 46, y, 'Arrow: speaker → actor mentioned'),
  );
  y += 18;
  cx = x;
  EDGE_WIDTH_CLASSES.forEach((w, i) => {
    const label = EDGE_WIDTH_LABELS[i] ?? '';
    rows.push(
      `<line x1="${cx}" y1="${y}" x2="${cx + 16}" y2="${y}" stroke="${p.highlight}" stroke-width="${w}"/>`,
      text(cx + 20, y, label),
    );
    cx += 20 + label.length * 6 + 10;
  });
  return [
    `<g class="legend" font-family="${FONT_FAMILY}" font-size="11" fill="${p.ink}">`,
    `<rect x="${box.left}" y="${box.top}" width="${box.right - box.left}" height="${box.bottom - box.top}" rx="6" fill="${p.background}" fill-opacity="0.92" stroke="${p.quietInk}" stroke-opacity="0.4"/>`,
    ...rows,
    '</g>',
  ].join('\n');
}

/**
 * Writes the SVG of `scene` seen through `transform` in a `width` × `height` view: the edges in
 * view, heaviest first (at most {@link SVG_MAX_EDGES}), then the nodes (hubs on top), then the
 * labels the view has room for, most prominent first, clear of nodes and of the legend.
 */
export function graphToSvg(options: GraphSvgOptions): GraphSvg {
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
    if (
      Math.max(c.x0, c.x1, c.cx) < view.minX ||
      Math.min(c.x0, c.x1, c.cx) > view.maxX ||
      Math.max(c.y0, c.y1, c.cy) < view.minY ||
      Math.min(c.y0, c.y1, c.cy) > view.maxY
    ) {
      continue;
    }
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
  const edgeParts: string[] = [];
  EDGE_WIDTH_CLASSES.forEach((w, c) => {
    const l = lines[c] ?? [];
    const h = heads[c] ?? [];
    if (l.length > 0) {
      edgeParts.push(
        `<path d="${l.join('')}" fill="none" stroke="${edgeColor}" stroke-opacity="${alpha}" stroke-width="${w}" stroke-linecap="round"/>`,
      );
    }
    if (h.length > 0) {
      edgeParts.push(`<path d="${h.join('')}" fill="${edgeColor}" fill-opacity="${alpha}"/>`);
    }
  });

  // ---- nodes, in scene order (least prominent first: hubs on top)
  const nodeParts: string[] = [];
  const visible: SceneNode[] = [];
  for (const n of scene.nodes) {
    if (!inView(n)) continue;
    visible.push(n);
    const r = rOf(n);
    const title = `<title>${xmlEscape(n.node.name)}</title>`;
    nodeParts.push(
      n.doubtful
        ? `<circle cx="${n2(sx(n))}" cy="${n2(sy(n))}" r="${n2(r)}" fill="${p.doubtful.fill}" stroke="${p.doubtful.stroke}" stroke-width="1.5" stroke-dasharray="${DOUBTFUL_NODE_STYLE.dash.join(' ')}">${title}</circle>`
        : `<circle cx="${n2(sx(n))}" cy="${n2(sy(n))}" r="${n2(r)}" fill="${p.kinds[n.node.kind]}"${r > 3 ? ` stroke="${p.rim}"` : ''}>${title}</circle>`,
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
  const labelParts = placed.flatMap((l) => {
    const n = scene.nodeById.get(l.id);
    if (!n) return [];
    const f = labelFont(n);
    const fill = n.doubtful ? p.doubtful.label : p.ink;
    return [
      `<text x="${n2(l.left)}" y="${n2(l.top + l.height / 2)}" dominant-baseline="central" font-size="${f.size}" font-weight="${f.weight}"${f.italic ? ' font-style="italic"' : ''} fill="${fill}">${xmlEscape(n.node.name)}</text>`,
    ];
  });

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">`,
    `<title>${xmlEscape(options.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${p.background}"/>`,
    `<g class="edges">`,
    ...edgeParts,
    '</g>',
    `<g class="nodes">`,
    ...nodeParts,
    '</g>',
    `<g class="labels" font-family="${FONT_FAMILY}" stroke="${p.halo}" stroke-width="3.5" stroke-linejoin="round" paint-order="stroke">`,
    ...labelParts,
    '</g>',
    ...(withLegend ? [legendSvg(legend, p)] : []),
    '</svg>',
    '',
  ].join('\n');
  return { svg, labels: labelParts.length, nodes: visible.length, edges };
}
