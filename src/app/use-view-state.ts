import { startTransition, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { flushSync } from 'react-dom';
import { useSearchParams } from 'react-router';
import { readViewState, writeViewState, type ViewPatch, type ViewState } from './view-state.ts';

export interface UpdateOptions {
  /** Replace the current history entry instead of pushing one (typing in the search box). */
  replace?: boolean;
  /**
   * Render the new view at once, in the event's own task, instead of in an interruptible
   * transition. For discrete controls whose result the reader waits for (Explore's focus,
   * threshold and kinds): a transition yields every few milliseconds and lets the browser
   * paint the old view between its slices, which nearly doubled the time to the new picture.
   */
  flushSync?: boolean;
}

/** The view held in the URL, and a way to change it that keeps unrelated params (`corpus`). */
export function useViewState(): [ViewState, (patch: ViewPatch, options?: UpdateOptions) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readViewState(params), [params]);
  // react-router gives a new setter after every URL change; keep `update` one function for the
  // life of the page so callbacks built on it (the graph's handlers) never change identity,
  // and a keystroke in the search box does not re-render or re-bind the graph.
  const latest = useRef(setParams);
  // Params written but not rendered yet: two updates in one event (the search box writes the
  // pending ?q= just before selecting a result) must compose, not the second undo the first.
  const written = useRef<URLSearchParams | null>(null);
  useLayoutEffect(() => {
    latest.current = setParams;
    written.current = null;
  }, [setParams, params]);
  const update = useCallback((patch: ViewPatch, options: UpdateOptions = {}) => {
    const write = () =>
      latest.current(
        (current) => {
          const next = writeViewState(written.current ?? current, patch);
          written.current = next;
          return next;
        },
        { replace: options.replace ?? false },
      );
    // The router runs without transitions (main.tsx), so the choice is made here: the router's
    // history listener sets its state synchronously inside either wrapper.
    if (options.flushSync) flushSync(write);
    else startTransition(write);
  }, []);
  return [state, update];
}
