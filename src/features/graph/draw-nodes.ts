import type { ViewTransform } from '../../graph/coordinates.ts';
import type { SceneNode } from '../../graph/graph-scene.ts';
import { DOUBTFUL_NODE_STYLE, nodeScreenRadius } from '../../graph/node-style.ts';
import type { GraphPalette } from '../../theme/palette.ts';

/** A node's disc radius on screen at zoom `k`. */
export function screenRadius(n: SceneNode, k: number): number {
  return nodeScreenRadius(n.r, k);
}

/** Whether any of the node's disc is inside the view (CSS pixels from the top left). */
export function nodeInView(n: SceneNode, t: ViewTransform, width: number, height: number): boolean {
  const r = screenRadius(n, t.k);
  const x = n.x * t.k + t.x;
  const y = n.y * t.k + t.y;
  return x + r >= 0 && x - r <= width && y + r >= 0 && y - r <= height;
}

/** Screen radius (CSS px) above which a node gets a rim: below it a rim reads as a smaller dot. */
export const RIM_MIN_RADIUS = 3;

/** Screen radius (CSS px) below which a quick frame draws a node as a square of equal area. */
export const QUICK_SQUARE_RADIUS = 2;
const SQUARE_SIDE = Math.sqrt(Math.PI);

/**
 * Fills the nodes, one path per colour, with a rim (the background) on those bigger than
 * RIM_MIN_RADIUS. Only those are stroked: rasterising a rim round each of 10,000 small dots
 * cost as much as filling them. With `quick` (frames drawn while the view moves or a filter
 * changes, replaced by a full one), dots under QUICK_SQUARE_RADIUS are squares of the same
 * area: at two or three pixels they look alike, and a square is far cheaper to rasterise than
 * a tessellated arc. Effects: paints `ctx`.
 */
export function fillNodes(
  ctx: CanvasRenderingContext2D,
  nodes: Iterable<SceneNode>,
  t: ViewTransform,
  width: number,
  height: number,
  palette: GraphPalette,
  quick = false,
): void {
  const k = t.k;
  // Per colour: all its discs, and the rims of the big ones (stroked over that colour only).
  const byColor = new Map<string, { discs: Path2D; rims: Path2D | null }>();
  const doubtful = new Path2D();
  let anyDoubtful = false;
  for (const n of nodes) {
    if (!nodeInView(n, t, width, height)) continue;
    if (n.doubtful) {
      const x = n.x * k + t.x;
      const y = n.y * k + t.y;
      const r = screenRadius(n, k);
      doubtful.moveTo(x + r, y);
      doubtful.arc(x, y, r, 0, Math.PI * 2);
      anyDoubtful = true;
      continue;
    }
    const color = n.fill ?? palette.kinds[n.node.kind];
    let paths = byColor.get(color);
    if (!paths) {
      paths = { discs: new Path2D(), rims: null };
      byColor.set(color, paths);
    }
    const x = n.x * k + t.x;
    const y = n.y * k + t.y;
    const r = screenRadius(n, k);
    if (quick && r < QUICK_SQUARE_RADIUS) {
      const side = r * SQUARE_SIDE;
      paths.discs.rect(x - side / 2, y - side / 2, side, side);
      continue;
    }
    paths.discs.moveTo(x + r, y);
    paths.discs.arc(x, y, r, 0, Math.PI * 2);
    if (r > RIM_MIN_RADIUS) {
      paths.rims ??= new Path2D();
      paths.rims.moveTo(x + r, y);
      paths.rims.arc(x, y, r, 0, Math.PI * 2);
    }
  }
  for (const [color, { discs, rims }] of byColor) {
    ctx.fillStyle = color;
    ctx.fill(discs);
    if (rims) {
      ctx.strokeStyle = palette.rim;
      ctx.lineWidth = 1;
      ctx.stroke(rims);
    }
  }
  if (anyDoubtful) {
    // Doubtful actors (the unknown speaker) are hollow and dashed: not a person, a gap.
    ctx.fillStyle = palette.doubtful.fill;
    ctx.fill(doubtful);
    ctx.setLineDash(DOUBTFUL_NODE_STYLE.dash);
    ctx.strokeStyle = palette.doubtful.stroke;
    ctx.lineWidth = 1.5;
    ctx.stroke(doubtful);
    ctx.setLineDash([]);
  }
}
