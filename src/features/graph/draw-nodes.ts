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

/**
 * Fills the nodes, one path per colour, with a rim (the background) where they are big enough.
 * Effects: paints `ctx`.
 */
export function fillNodes(
  ctx: CanvasRenderingContext2D,
  nodes: Iterable<SceneNode>,
  t: ViewTransform,
  width: number,
  height: number,
  palette: GraphPalette,
): void {
  const k = t.k;
  const byColor = new Map<string, Path2D>();
  let strokeable = false;
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
    let path = byColor.get(color);
    if (!path) {
      path = new Path2D();
      byColor.set(color, path);
    }
    const x = n.x * k + t.x;
    const y = n.y * k + t.y;
    const r = screenRadius(n, k);
    if (r > 3) strokeable = true;
    path.moveTo(x + r, y);
    path.arc(x, y, r, 0, Math.PI * 2);
  }
  for (const [color, path] of byColor) {
    ctx.fillStyle = color;
    ctx.fill(path);
    if (strokeable) {
      ctx.strokeStyle = palette.rim;
      ctx.lineWidth = 1;
      ctx.stroke(path);
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
