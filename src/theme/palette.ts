import type { ActorKind } from '../corpus/schema.ts';

export type ColorScheme = 'light' | 'dark';

/**
 * Every colour the graph drawing uses, for one colour scheme. The canvas cannot read CSS
 * custom properties, so this module is the one source: the drawing takes a palette, and the
 * kind colours are also published as CSS custom properties (--kind-person …) for the dots and
 * swatches the page draws in HTML and SVG.
 */
export interface GraphPalette {
  /** The drawing's background (the canvas is transparent over it). */
  background: string;
  /** Node fill per actor kind: each at least 3:1 against `background` (WCAG 1.4.11). */
  kinds: Readonly<Record<ActorKind, string>>;
  /** The rim between touching nodes, and the halo behind rings: the background colour. */
  rim: string;
  /** Labels, and the selected actor's ring. */
  ink: string;
  /** Labels of actors outside a selection's neighbourhood, still readable. */
  quietInk: string;
  /** Emphasised edges and the hovered actor's ring. */
  highlight: string;
  /** The selected edge and its ends. */
  accent: string;
  /** Edges at rest, as an `r, g, b` triple (alpha varies with the number of edges). */
  edgeRgb: string;
  /** Behind label text, so labels stay readable over edges. */
  halo: string;
  /** Laid over the base drawing to fade what is not focused (hover, selection). */
  veilHover: string;
  veilSelection: string;
  /** Behind focused labels: opaque enough that an edge under a name does not show. */
  plate: string;
  /** The unknown speaker: a pale disc with a dashed rim, an italic quiet label. */
  doubtful: { fill: string; stroke: string; label: string };
}

const LIGHT: GraphPalette = {
  background: '#ffffff',
  // Okabe–Ito hues (distinguishable with the common colour-vision deficiencies); unknown grey.
  kinds: {
    person: '#0072B2',
    organization: '#D55E00',
    country: '#009E73',
    unknown: '#7A7A7A',
  },
  rim: '#ffffff',
  ink: '#0f172a',
  // 5.7:1 on white.
  quietInk: '#5b6474',
  highlight: '#1e293b',
  accent: '#A3206F',
  edgeRgb: '71, 85, 105',
  halo: 'rgba(255, 255, 255, 0.92)',
  veilHover: 'rgba(255, 255, 255, 0.8)',
  veilSelection: 'rgba(255, 255, 255, 0.6)',
  plate: 'rgba(255, 255, 255, 0.88)',
  doubtful: { fill: '#eceef1', stroke: '#5f6672', label: '#5b6474' },
};

const DARK_BACKGROUND = '#14181e';

const DARK: GraphPalette = {
  background: DARK_BACKGROUND,
  // The lighter Okabe–Ito hues (sky blue, orange) and lifted green and grey: the same hue
  // order as in light mode, each well over 3:1 on the dark background.
  kinds: {
    person: '#56B4E9',
    organization: '#E69F00',
    country: '#2DB88A',
    unknown: '#9A9A9A',
  },
  rim: DARK_BACKGROUND,
  ink: '#e8ecf2',
  quietInk: '#9aa5b4',
  highlight: '#cbd5e1',
  accent: '#f472b6',
  edgeRgb: '148, 163, 184',
  halo: 'rgba(20, 24, 30, 0.92)',
  veilHover: 'rgba(20, 24, 30, 0.8)',
  veilSelection: 'rgba(20, 24, 30, 0.6)',
  plate: 'rgba(20, 24, 30, 0.88)',
  doubtful: { fill: '#262c35', stroke: '#a3acb9', label: '#9aa5b4' },
};

export const GRAPH_PALETTES: Readonly<Record<ColorScheme, GraphPalette>> = {
  light: LIGHT,
  dark: DARK,
};

/** The palette of a colour scheme. Pure. */
export function graphPalette(scheme: ColorScheme): GraphPalette {
  return GRAPH_PALETTES[scheme];
}

/**
 * The CSS colour of a kind for HTML and SVG: the custom property the colour scheme sets, with
 * the light colour as fallback (before the scheme is applied, and in tests). Pure.
 */
export function kindCssColor(kind: ActorKind): string {
  return `var(--kind-${kind}, ${LIGHT.kinds[kind]})`;
}
