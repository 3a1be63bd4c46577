import { xmlEscape } from './graph-export.ts';
import { graphPicture } from './graph-picture.ts';
import {
  FONT_FAMILY,
  n2,
  type GraphPicture,
  type GraphSvgOptions,
  type PictureItem,
  type PicturePaint,
} from './picture-model.ts';

/**
 * The current graph view as a text-based SVG picture: edges as paths, nodes as circles, every
 * label a `<text>` (selectable, searchable, editable in Inkscape or Illustrator), and the
 * legend. The same view maths as the canvas (nodeScreenRadius, edgeCurve, LabelPlacer), so the
 * picture shows what the screen shows at that zoom. Pure: a string out, the scene untouched.
 */

export interface GraphSvg {
  svg: string;
  /** Actor labels drawn (one `<text>` each in the `labels` group). */
  labels: number;
  nodes: number;
  edges: number;
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
