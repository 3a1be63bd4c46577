import { useEffect, useRef } from 'react';
import type { UpdateOptions } from './use-view-state.ts';
import type { ViewPatch, ViewState } from './view-state.ts';

/**
 * What Escape closes in `view`: the open article first, then the selected actor or link, then
 * the path or comparison; null at the overview. Pure.
 */
export function escapePatch(
  view: Pick<ViewState, 'actor' | 'edge' | 'quote'> & Partial<Pick<ViewState, 'path' | 'compare'>>,
): ViewPatch | null {
  if (view.quote) return { quote: null };
  if (view.actor || view.edge) return { actor: null, edge: null };
  if (view.path || view.compare) return { path: null, compare: null };
  return null;
}

/** Keys typed into these are theirs (clearing a field, closing a list), never a navigation. */
function ownsEscape(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target.closest(
      'input, textarea, select, [contenteditable="true"], [role="combobox"], dialog',
    ) !== null
  );
}

/**
 * Escape anywhere on the page closes the innermost view through the URL (a pushed history
 * entry, so Back restores it), unless a field or a widget with its own Escape handled it.
 */
export function useEscapeToClose(
  view: Parameters<typeof escapePatch>[0],
  update: (patch: ViewPatch, options?: UpdateOptions) => void,
): void {
  const latest = useRef(view);
  useEffect(() => {
    latest.current = view;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || ownsEscape(event.target)) return;
      const patch = escapePatch(latest.current);
      if (!patch) return;
      event.preventDefault();
      update(patch);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [update]);
}
