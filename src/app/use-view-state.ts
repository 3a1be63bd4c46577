import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readViewState, writeViewState, type ViewPatch, type ViewState } from './view-state.ts';

export interface UpdateOptions {
  /** Replace the current history entry instead of pushing one (typing in the search box). */
  replace?: boolean;
}

/** The view held in the URL, and a way to change it that keeps unrelated params (`corpus`). */
export function useViewState(): [ViewState, (patch: ViewPatch, options?: UpdateOptions) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readViewState(params), [params]);
  const update = useCallback(
    (patch: ViewPatch, options: UpdateOptions = {}) => {
      setParams((current) => writeViewState(current, patch), { replace: options.replace ?? false });
    },
    [setParams],
  );
  return [state, update];
}
