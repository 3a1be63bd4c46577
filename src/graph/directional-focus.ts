/** An arrow key's direction on screen (y grows downwards). */
export type FocusDirection = 'left' | 'right' | 'up' | 'down';

/** Something focusable at a point (any coordinates that are a uniform scale of the screen's). */
export interface FocusPoint<Id> {
  readonly id: Id;
  readonly x: number;
  readonly y: number;
}

/** How much sideways offset counts against a candidate, per unit of offset, vs straight ahead. */
const SIDEWAYS_WEIGHT = 2;

/**
 * The point to move to from `from` when an arrow key points in `direction`: among the points
 * strictly ahead (a positive step along the arrow's axis), the one with the smallest
 * `ahead + 2 × sideways` distance, so a point straight ahead beats a nearer one off to the
 * side; ties go to the earlier point. Returns null when nothing lies ahead. Pure; O(n).
 */
export function nearestInDirection<Id>(
  from: { readonly x: number; readonly y: number },
  points: Iterable<FocusPoint<Id>>,
  direction: FocusDirection,
): Id | null {
  let best: Id | null = null;
  let bestScore = Infinity;
  for (const p of points) {
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const ahead =
      direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const sideways = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    if (ahead <= 0) continue;
    const score = ahead + SIDEWAYS_WEIGHT * sideways;
    if (score < bestScore) {
      bestScore = score;
      best = p.id;
    }
  }
  return best;
}

/** The direction of an arrow key (`KeyboardEvent.key`), or null for any other key. Pure. */
export function arrowDirection(key: string): FocusDirection | null {
  switch (key) {
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    default:
      return null;
  }
}
