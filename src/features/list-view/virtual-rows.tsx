import { useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  measureAfterLayout,
  observeRectAfterLayout,
  scrollAfterLayout,
} from '../../components/virtual-measure.ts';

/** Tables with more rows than this are virtualised. */
export const VIRTUALIZE_ROWS_ABOVE = 150;
/** Rows rendered when the scroll box has no measured size (jsdom). */
export const UNMEASURED_ROWS = 60;

interface VirtualTableProps<Row> {
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  renderRow: (row: Row) => ReactNode;
  /** The <thead> and <caption> of the table. */
  head: ReactNode;
  columns: number;
  className?: string;
  rowHeight: number;
}

/**
 * A table that renders only the rows in view once it is long, keeping real <tr> semantics
 * (spacer rows above and below the window). Short tables render plainly.
 */
export function VirtualTable<Row>(props: VirtualTableProps<Row>) {
  const { rows, rowKey, renderRow, head, className } = props;
  if (rows.length <= VIRTUALIZE_ROWS_ABOVE) {
    return (
      <div className="table-wrap">
        <table className={className}>
          {head}
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)}>{renderRow(row)}</tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  return <WindowedTable {...props} />;
}

function WindowedTable<Row>({
  rows,
  rowKey,
  renderRow,
  head,
  columns,
  className,
  rowHeight,
}: VirtualTableProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is meant to be read during render
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    observeElementRect: observeRectAfterLayout,
    measureElement: measureAfterLayout,
    scrollToFn: scrollAfterLayout,
  });
  const measured = (virtualizer.scrollRect?.height ?? 0) > 0;
  const items = virtualizer.getVirtualItems();
  const windowed = measured && items.length > 0;
  const first = items[0];
  const last = items[items.length - 1];
  const top = windowed && first ? first.start : 0;
  const bottom = windowed && last ? virtualizer.getTotalSize() - last.end : 0;
  const visible = windowed
    ? items.flatMap((item) => {
        const row = rows[item.index];
        return row === undefined ? [] : [{ row, index: item.index }];
      })
    : rows.slice(0, UNMEASURED_ROWS).map((row, index) => ({ row, index }));

  return (
    <div ref={scrollRef} className="table-wrap table-wrap--scroll">
      <table className={className} aria-rowcount={rows.length + 1}>
        {head}
        <tbody>
          {top > 0 && (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={columns} style={{ height: top }} />
            </tr>
          )}
          {/* Rows are measured: a narrow table folds each row onto several lines. */}
          {visible.map(({ row, index }) => (
            <tr key={rowKey(row)} data-index={index} ref={virtualizer.measureElement}>
              {renderRow(row)}
            </tr>
          ))}
          {bottom > 0 && (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={columns} style={{ height: bottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
