import type { GraphPalette } from '../theme/palette.ts';
import {
  DOUBTFUL_NODE_STYLE,
  EDGE_WIDTH_CLASSES,
  EDGE_WIDTH_LABELS,
  KIND_LABELS,
  isDoubtfulKind,
} from './node-style.ts';
import type { PictureItem } from './picture-model.ts';

export interface LegendBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const LEGEND_WIDTH = 318;
const LEGEND_HEIGHT = 98;

/** The legend in the picture's bottom-left corner; also where no label may go. */
export function legendBox(height: number): LegendBox {
  const top = Math.max(0, height - LEGEND_HEIGHT - 10);
  return { left: 10, top, right: 10 + LEGEND_WIDTH, bottom: top + LEGEND_HEIGHT };
}

/** The legend's shapes inside `box`: size, kinds, arrow and link widths. Pure. */
export function legendItems(box: LegendBox, p: GraphPalette): PictureItem[] {
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
