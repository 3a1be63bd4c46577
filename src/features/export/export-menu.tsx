import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type JSX,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import type { ViewTransform } from '../../graph/coordinates.ts';
import type { ExportFormat, ExportRequest, ExportResult } from '../../loader/export-data.ts';
import { useColorScheme } from '../../theme/color-scheme.ts';
import { graphPalette } from '../../theme/palette.ts';
import { viewNarrows } from '../../graph/view-quotes.ts';
import { formatCount } from '../../components/format.ts';
import { saveFile } from '../../components/save-file.ts';
import './export-menu.css';

/** The graph view as it stands: what a picture export shows. */
export interface ExportViewport {
  transform: ViewTransform;
  width: number;
  height: number;
}

export interface ExportMenuProps {
  /** Makes the file (in the corpus worker); absent when the corpus source cannot. */
  exportFile: ((request: ExportRequest) => Promise<ExportResult>) | undefined;
  /** What the explorer shows; `format`, `picture` and `permalinkBase` are added per export. */
  request: Omit<ExportRequest, 'format' | 'picture' | 'permalinkBase'>;
  /** What will be exported, for the summary line: asked only while the menu is open. */
  counts: () => ExportCounts;
  /**
   * The whole corpus, with no filter and no Explore narrowing, offered beside the view when the
   * view leaves something out; absent when the view already shows everything.
   */
  whole?: { request: ExportMenuProps['request']; counts: () => ExportCounts } | undefined;
  /** The graph view, or null when it is not on screen (pictures are then unavailable). */
  viewport: ExportViewport | null;
}

/** Quotes, actors and links an export holds. */
export interface ExportCounts {
  quotes: number;
  actors: number;
  links: number;
}

interface Item {
  format: ExportFormat;
  label: string;
  file: string;
  picture: boolean;
}

const ITEMS: readonly Item[] = [
  { format: 'csv', label: 'Quotes as CSV', file: 'quotegraph-quotes.csv', picture: false },
  { format: 'json', label: 'Quotes as JSON', file: 'quotegraph-quotes.json', picture: false },
  { format: 'gexf', label: 'Graph as GEXF', file: 'quotegraph-graph.gexf', picture: false },
  {
    format: 'graphml',
    label: 'Graph as GraphML',
    file: 'quotegraph-graph.graphml',
    picture: false,
  },
  { format: 'png', label: 'View as PNG', file: 'quotegraph-view.png', picture: true },
  { format: 'svg', label: 'View as SVG', file: 'quotegraph-view.svg', picture: true },
];

type Status = { kind: 'idle' } | { kind: 'busy' | 'done' | 'error'; text: string };

/**
 * The header's Export menu: says what will be exported (the quotes, actors and links under the
 * current filters), and offers quotes as CSV or JSON, the graph as GEXF or GraphML, and the
 * current graph view as PNG or SVG. A menu button (WAI-ARIA APG): Enter, Space or ↓ open it on
 * the first item, ↑ on the last; arrows, Home and End move; Escape closes it. A status line,
 * which screen readers hear, says what was saved, or why not.
 */
export function ExportMenu(props: ExportMenuProps): JSX.Element {
  const { exportFile, viewport, whole } = props;
  const [open, setOpen] = useState(false);
  const [wantsWhole, setWantsWhole] = useState(false);
  const scope = wantsWhole && whole ? whole : props;
  const { request, counts: countsOf } = scope;
  // Counting the view's quotes scans every filtered quote: done when the menu opens, not on
  // every focus or threshold change.
  const counts = useMemo(() => (open ? countsOf() : null), [open, countsOf]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const focusOnOpen = useRef<'first' | 'last'>('first');
  const menuId = useId();
  const summaryId = useId();
  const palette = graphPalette(useColorScheme().scheme);

  const items = () => [
    ...(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? []),
  ];
  const focusItem = (index: number) => {
    const list = items();
    if (list.length === 0) return;
    list[(index + list.length) % list.length]?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const list = items();
    (focusOnOpen.current === 'first' ? list[0] : list[list.length - 1])?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const onButtonKeyDown = (event: ReactKeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusOnOpen.current = event.key === 'ArrowDown' ? 'first' : 'last';
      setOpen(true);
    }
  };

  const onMenuKeyDown = (event: ReactKeyboardEvent<HTMLUListElement>) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: list.length - 1,
    };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      focusItem(to);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  const run = useCallback(
    async (item: Item) => {
      if (!exportFile) return;
      const picture = item.picture && viewport ? { ...viewport, palette } : undefined;
      if (item.picture && !picture) return;
      setStatus({ kind: 'busy', text: `Preparing ${item.label}…` });
      try {
        const result = await exportFile({
          ...request,
          format: item.format,
          permalinkBase: window.location.href,
          ...(picture ? { picture } : {}),
        });
        const blob =
          result.data instanceof Blob
            ? result.data
            : new Blob([result.data], { type: result.mime });
        saveFile(blob, item.file);
        const counted = countsOf();
        const what =
          item.format === 'csv' || item.format === 'json'
            ? formatCount(counted.quotes, 'quote')
            : `${item.picture ? 'the view of ' : ''}${formatCount(counted.actors, 'actor')}, ${formatCount(counted.links, 'link')}`;
        setStatus({ kind: 'done', text: `Saved ${item.file} (${what}).` });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        setStatus({ kind: 'error', text: `Could not export ${item.label}: ${reason}` });
      }
    },
    [exportFile, request, viewport, palette, countsOf],
  );

  const where =
    !whole || scope === whole
      ? 'in the whole corpus'
      : viewNarrows(request)
        ? 'in the current view'
        : 'under the current filters';
  const summary = counts
    ? `${formatCount(counts.quotes, 'quote')}, ${formatCount(counts.actors, 'actor')}, ${formatCount(counts.links, 'link')} ${where}`
    : '';
  const busy = status.kind === 'busy';

  return (
    <div className="export-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--small export-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={!exportFile}
        onClick={() => {
          focusOnOpen.current = 'first';
          setOpen((o) => !o);
        }}
        onKeyDown={onButtonKeyDown}
      >
        Export
        <span aria-hidden="true" className="export-menu__caret">
          ▾
        </span>
      </button>
      {open && (
        <div className="export-menu__popup">
          <p className="export-menu__summary" id={summaryId}>
            {summary}
          </p>
          <ul
            ref={menuRef}
            id={menuId}
            role="menu"
            aria-label="Export"
            aria-describedby={summaryId}
            className="export-menu__list"
            onKeyDown={onMenuKeyDown}
          >
            {ITEMS.map((item) => {
              const unavailable = item.picture && !viewport;
              return (
                <li key={item.format} role="none">
                  <button
                    type="button"
                    role="menuitem"
                    tabIndex={-1}
                    className="export-menu__item"
                    aria-disabled={unavailable || busy || undefined}
                    onClick={() => {
                      if (unavailable || busy) return;
                      close(true);
                      void run(item);
                    }}
                  >
                    {item.label}
                    {unavailable && <span className="export-menu__hint"> (graph view only)</span>}
                  </button>
                </li>
              );
            })}
            {whole && (
              <li role="none" className="export-menu__scope">
                <button
                  type="button"
                  role="menuitemcheckbox"
                  aria-checked={wantsWhole}
                  tabIndex={-1}
                  className="export-menu__item"
                  aria-disabled={busy || undefined}
                  onClick={() => {
                    if (!busy) setWantsWhole((w) => !w);
                  }}
                >
                  <span aria-hidden="true" className="export-menu__check">
                    {wantsWhole ? '☑' : '☐'}
                  </span>{' '}
                  Whole corpus (ignore filters and view)
                </button>
              </li>
            )}
          </ul>
        </div>
      )}
      <p
        className={`export-menu__status${status.kind === 'error' ? ' export-menu__status--error' : ''}`}
        role="status"
      >
        {status.kind === 'idle' ? '' : status.text}
      </p>
    </div>
  );
}
