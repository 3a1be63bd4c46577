import type { ActorId } from '../corpus/schema.ts';
import type { GraphPalette } from '../theme/palette.ts';
import { visibleWorldBounds, type ViewTransform } from './coordinates.ts';
import { curveOutside, edgeCurve } from './edge-geometry.ts';
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

/** How a shape is filled and outlined (SVG presentation attributes). */
interface PicturePaint {
  type: string;
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  strokeOpacity?: number;
  strokeWidth?: number;
  dash?: readonly number[];
}

/** One shape of a picture, in painting order; `group` is its layer (an SVG `<g class>`). */
export type PictureItem =
  | (PicturePaint & { type: 'path'; d: string; group: PictureGroup })
  | (PicturePaint & {
      type: 'circle';
      cx: number;
      cy: number;
      r: number;
      title?: string;
      group: PictureGroup;
    })
  | (PicturePaint & {
      type: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      rx: number;
      group: PictureGroup;
    })
  | {
      type: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      weight: number;
      italic: boolean;
      fill: string;
      halo?: string;
      group: PictureGroup;
    };

export type PictureGroup = 'edges' | 'nodes' | 'labels' | 'legend';

/** A graph view as shapes: written as SVG, or painted on a canvas for a PNG. */
export interface GraphPicture {
  width: number;
  height: number;
  background: string;
  title: string;
  items: PictureItem[];
  /** Actor labels (one text item each in the `labels` group). */
  labels: number;
  nodes: number;
  edges: number;
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

function legendItems(box: LegendBox, p: GraphPalette): PictureItem[] {
  const x = box.left + 10;
  const text = (tx: number, ty: number, s: string, weight = 500): PictureItem => ({
    type: 'text',
    x: tx,
    y: ty,
    text: s,
    size: 11,
    weight,
    italic: false,
    fill: p.ink,
    group: 'legend',
  });
  const items: PictureItem[] = [
    {
      type: 'rect',
      x: box.left,
      y: box.top,
      width: box.right - box.left,
      height: box.bottom - box.top,
      rx: 6,
      fill: p.background,
      fillOpacity: 0.92,
      stroke: p.quietInk,
      strokeOpacity: 0.4,
      group: 'legend',
    },
  ];
  let y = box.top + 14;
  items.push(text(x, y, 'Legend', 650));
  y += 18;
  const glyph = '#94a3b8';
  items.push(
    { type: 'circle', cx: x + 4, cy: y, r: 4, fill: glyph, group: 'legend' },
    { type: 'circle', cx: x + 17, cy: y, r: 7, fill: glyph, group: 'legend' },
    text(x + 30, y, 'Size: quotes said + mentions'),
  );
  y += 18;
  let cx = x;
  for (const [kind, label] of KIND_LABELS) {
    items.push(
      isDoubtfulKind(kind)
        ? {
            type: 'circle',
            cx: cx + 5,
            cy: y,
            r: 4.5,
            fill: p.doubtful.fill,
            stroke: p.doubtful.stroke,
            strokeWidth: 1.5,
            dash: DOUBTFUL_NODE_STYLE.dash,
            group: 'legend',
          }
        : { type: 'circle', cx: cx + 5, cy: y, r: 5, fill: p.kinds[kind], group: 'legend' },
      text(cx + 14, y, label),
    );
    cx += 14 + label.length * 6.6 + 12;
  }
  y += 18;
  items.push(
    {
      type: 'path',
      d: `M${x} ${y}L${x + 30} ${y}`,
      stroke: p.highlight,
      strokeWidth: 1.5,
      group: 'legend',
    },
    {
      type: 'path',
      d: `M${x + 38} ${y}L${x + 29} ${y - 4}L${x + 29} ${y + 4}Z`,
      fill: p.highlight,
      group: 'legend',
    },
    text(x + 46, y, 'Arrow: speaker → actor mentioned'),
  );
  y += 18;
  cx = x;
  EDGE_WIDTH_CLASSES.forEach((w, i) => {
    const label = EDGE_WIDTH_LABELS[i] ?? '';
    items.push(
      {
        type: 'path',
        d: `M${cx} ${y}L${cx + 16} ${y}`,
        stroke: p.highlight,
        strokeWidth: w,
        group: 'legend',
      },
      text(cx + 20, y, label),
    );
    cx += 20 + label.length * 6 + 10;
  });
  return items;
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

const GROUP_ATTRS: Record<PictureItem['group'], string> = {
  edges: '',
  nodes: '',
  labels: ` font-family="${FONT_FAMILY}" stroke-linejoin="round" paint-order="stroke"`,
  legend: ` font-family="${FONT_FAMILY}"`,
};

function svgItem(item: PictureItem): string {
  const paint = (i: PicturePaint) =>
    [
      ` fill="${i.fill ?? 'none'}"`,
      i.fillOpacity !== undefined ? ` fill-opacity="${i.fillOpacity}"` : '',
      i.stroke ? ` stroke="${i.stroke}" stroke-width="${i.strokeWidth ?? 1}"` : '',
      i.stroke && i.strokeOpacity !== undefined ? ` stroke-opacity="${i.strokeOpacity}"` : '',
      i.stroke && i.type === 'path' && !i.fill ? ' stroke-linecap="round"' : '',
      i.dash ? ` stroke-dasharray="${i.dash.join(' ')}"` : '',
    ].join('');
  switch (item.type) {
    case 'path':
      return `<path d="${item.d}"${paint(item)}/>`;
    case 'circle': {
      const title = item.title ? `<title>${xmlEscape(item.title)}</title>` : '';
      return `<circle cx="${n2(item.cx)}" cy="${n2(item.cy)}" r="${n2(item.r)}"${paint(item)}>${title}</circle>`;
    }
    case 'rect':
      return `<rect x="${item.x}" y="${item.y}" width="${item.width}" height="${item.height}" rx="${item.rx}"${paint(item)}/>`;
    case 'text': {
      const halo = item.halo ? ` stroke="${item.halo}" stroke-width="3.5"` : '';
      return `<text x="${n2(item.x)}" y="${n2(item.y)}" dominant-baseline="central" font-size="${item.size}" font-weight="${item.weight}"${item.italic ? ' font-style="italic"' : ''} fill="${item.fill}"${halo}>${xmlEscape(item.text)}</text>`;
    }
  }
}

/** The picture as SVG text, one `<g class>` per group (edges, nodes, labels, legend). Pure. */
export function pictureToSvg(picture: GraphPicture): string {
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${picture.width}" height="${picture.height}" viewBox="0 0 ${picture.width} ${picture.height}" role="img">`,
    `<title>${xmlEscape(picture.title)}</title>`,
    `<rect width="${picture.width}" height="${picture.height}" fill="${picture.background}"/>`,
  ];
  let group: PictureItem['group'] | null = null;
  for (const item of picture.items) {
    if (item.group !== group) {
      if (group) out.push('</g>');
      group = item.group;
      out.push(`<g class="${group}"${GROUP_ATTRS[group]}>`);
    }
    out.push(svgItem(item));
  }
  if (group) out.push('</g>');
  out.push('</svg>', '');
  return out.join('\n');
}

/** Writes the SVG of a graph view (see {@link graphPicture}). Pure. */
export function graphToSvg(options: GraphSvgOptions): GraphSvg {
  const picture = graphPicture(options);
  return {
    svg: pictureToSvg(picture),
    labels: picture.labels,
    nodes: picture.nodes,
    edges: picture.edges,
  };
}

/** The 2D-context calls a picture needs: a page's canvas or a worker's OffscreenCanvas. */
export type PictureContext = Pick<
  CanvasRenderingContext2D,
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineCap'
  | 'lineJoin'
  | 'globalAlpha'
  | 'font'
  | 'textBaseline'
  | 'textAlign'
  | 'setLineDash'
  | 'setTransform'
  | 'fillRect'
  | 'beginPath'
  | 'arc'
  | 'roundRect'
  | 'fill'
  | 'stroke'
  | 'fillText'
  | 'strokeText'
>;

/**
 * Paints the picture onto `ctx` at `scale` device pixels per CSS pixel, the same picture as
 * {@link pictureToSvg}: SVG path data goes through `new Path2D(d)`. Effects: draws on `ctx`.
 */
export function paintPicture(ctx: PictureContext, picture: GraphPicture, scale: number): void {
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = picture.background;
  ctx.fillRect(0, 0, picture.width, picture.height);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.lineJoin = 'round';
  const paint = (i: PicturePaint, path: Path2D | null) => {
    if (i.fill) {
      ctx.globalAlpha = i.fillOpacity ?? 1;
      ctx.fillStyle = i.fill;
      if (path) ctx.fill(path);
      else ctx.fill();
    }
    if (i.stroke) {
      ctx.globalAlpha = i.strokeOpacity ?? 1;
      ctx.strokeStyle = i.stroke;
      ctx.lineWidth = i.strokeWidth ?? 1;
      ctx.lineCap = i.type === 'path' && !i.fill ? 'round' : 'butt';
      ctx.setLineDash(i.dash ?? []);
      if (path) ctx.stroke(path);
      else ctx.stroke();
      ctx.setLineDash([]);
    }
    ctx.globalAlpha = 1;
  };
  for (const item of picture.items) {
    switch (item.type) {
      case 'path':
        paint(item, new Path2D(item.d));
        break;
      case 'circle':
        ctx.beginPath();
        ctx.arc(item.cx, item.cy, item.r, 0, Math.PI * 2);
        paint(item, null);
        break;
      case 'rect':
        ctx.beginPath();
        ctx.roundRect(item.x, item.y, item.width, item.height, item.rx);
        paint(item, null);
        break;
      case 'text':
        ctx.font = cssFont(item);
        if (item.halo) {
          ctx.strokeStyle = item.halo;
          ctx.lineWidth = 3.5;
          ctx.strokeText(item.text, item.x, item.y);
        }
        ctx.fillStyle = item.fill;
        ctx.fillText(item.text, item.x, item.y);
        break;
    }
  }
}
