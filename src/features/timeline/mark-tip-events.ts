import type { PointerEvent } from 'react';
import type { MarkTip } from './mark-tooltip.tsx';

/** Widest the tooltip gets (CSS `max-width`): its centre is kept this far from the edges. */
const TIP_HALF_WIDTH = 160;
const MARK_SELECTOR = '.timeline__mark';

/**
 * The tooltip for the mark a pointer event is over (delegated from the timeline's `<svg>`): the
 * mark's `aria-label`, centred above it and kept inside `box`, the positioned element the
 * tooltip is placed in. Null when the event is not over a labelled mark.
 */
export function markTipAt(event: PointerEvent, box: HTMLElement | null): MarkTip | null {
  const mark = (event.target as Element).closest(MARK_SELECTOR);
  const label = mark?.getAttribute('aria-label');
  if (!mark || !box || !label) return null;
  const at = mark.getBoundingClientRect();
  const frame = box.getBoundingClientRect();
  const centre = at.left + at.width / 2 - frame.left;
  const left =
    frame.width <= 2 * TIP_HALF_WIDTH
      ? frame.width / 2
      : Math.min(Math.max(centre, TIP_HALF_WIDTH), frame.width - TIP_HALF_WIDTH);
  return { label, left, top: at.top - frame.top };
}

/** True when a pointer-out event leaves the marks (not just for the next mark). */
export function leavesMarks(event: PointerEvent): boolean {
  const next = event.relatedTarget instanceof Element ? event.relatedTarget : null;
  return !next?.closest(MARK_SELECTOR);
}
