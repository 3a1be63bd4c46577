import type { ScreenPoint } from '../../../graph/coordinates.ts';
import type { SceneEdge, SceneNode } from '../../../graph/graph-scene.ts';
import { formatCount as count } from '../../../components/format.ts';

/** "Name · 3 quotes · 1 mention". */
export function nodeTooltip(node: SceneNode): string {
  const n = node.node;
  return `${n.name} · ${count(n.quotedCount, 'quote')} · ${count(n.mentionedCount, 'mention')}`;
}

/** "Speaker → Mentioned · 2 quotes". */
export function edgeTooltip(e: SceneEdge): string {
  return `${e.source.node.name} → ${e.target.node.name} · ${count(e.quoteCount, 'quote')}`;
}

/** Hides the tooltip element, if any. */
export function hideTooltip(tip: HTMLElement | null | undefined): void {
  if (tip) tip.hidden = true;
}

/**
 * Shows `text` next to the pointer at `p`, kept inside a view of `width` × `height` (flipped
 * above the pointer near the bottom). Effects: the element's text, visibility and transform.
 */
export function showTooltip(
  tip: HTMLElement | null | undefined,
  text: string,
  p: ScreenPoint,
  width: number,
  height: number,
): void {
  if (!tip) return;
  tip.textContent = text;
  tip.hidden = false;
  const left = Math.min(p.x + 14, Math.max(0, width - tip.offsetWidth - 4));
  const top = p.y + 18 + tip.offsetHeight > height ? p.y - tip.offsetHeight - 10 : p.y + 18;
  tip.style.transform = `translate(${left}px, ${top}px)`;
}
