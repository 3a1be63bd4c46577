import { useMemo, type ReactNode } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index.ts';
import type { Quote } from '../corpus/schema.ts';
import type { ExplorerNav } from '../components/explorer-nav.ts';
import { ComparePanel } from '../features/compare-view/compare-panel.tsx';
import { PathPanel } from '../features/path-view/path-panel.tsx';
import type { Explored } from './use-explore.tsx';
import type { UpdateOptions } from './use-view-state.ts';
import type { ViewPatch } from './view-state.ts';

/**
 * The side panel's Explore view, when the URL asks for one: the path between two actors
 * (`path=`) or their comparison (`compare=`), memoised, with the key the side panel remounts
 * it by (a new pair is a new panel, scrolled to its top).
 */
export function useExtraPanel(
  explored: Pick<Explored, 'path' | 'compare'>,
  /** The quotes under the filters: what the comparison aligns. */
  quotes: readonly Quote[],
  index: CorpusIndex,
  nav: ExplorerNav,
  update: (patch: ViewPatch, options?: UpdateOptions) => void,
): { extra: ReactNode; extraKey: string } {
  const { path, compare } = explored;
  const closeExtra = useMemo(
    () => (
      <button
        type="button"
        className="icon-button"
        aria-label="Close panel"
        onClick={() => update({ path: null, compare: null })}
      >
        <span aria-hidden="true">×</span>
      </button>
    ),
    [update],
  );
  const extra = useMemo(
    () =>
      path ? (
        <PathPanel
          from={path.from}
          to={path.to}
          steps={path.steps}
          index={index}
          nav={nav}
          actions={closeExtra}
        />
      ) : compare ? (
        <ComparePanel
          a={compare.a}
          b={compare.b}
          quotes={quotes}
          index={index}
          nav={nav}
          actions={closeExtra}
        />
      ) : null,
    [path, compare, index, nav, closeExtra, quotes],
  );
  const extraKey = path
    ? `path:${path.from.id},${path.to.id}`
    : compare
      ? `compare:${compare.a.id},${compare.b.id}`
      : '';
  return { extra, extraKey };
}
