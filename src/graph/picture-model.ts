import type { GraphScene } from './graph-scene.ts';
import type { GraphPalette } from '../theme/palette.ts';
import type { ViewTransform } from './coordinates.ts';

/**
 * A graph view as shapes, the model both exports draw from: the SVG writer (picture-svg.ts)
 * and the PNG painter (picture-paint.ts) read the same items, so the two pictures agree.
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
export interface PicturePaint {
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

export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** The CSS font shorthand of a text item (canvas `font`, measured label width). */
export function cssFont(f: { size: number; weight: number; italic: boolean }): string {
  return `${f.italic ? 'italic ' : ''}${f.weight} ${f.size}px ${FONT_FAMILY}`;
}

/** A coordinate with at most two decimals: the SVG stays small and diffs stay stable. */
export function n2(v: number): string {
  return String(Math.round(v * 100) / 100);
}
