import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CorpusIndex } from '../../corpus/corpus-index.ts';
import type { ActorId, Quote, QuoteId } from '../../corpus/schema.ts';
import { formatCount, formatDate } from '../../components/format.ts';
import {
  adjustRange,
  binKind,
  binTimeline,
  brushStepDays,
  dayNumber,
  isoOfDay,
  timelineDays,
  timelineRows,
} from './timeline-bins.ts';
import { leavesMarks, markTipAt } from './mark-tip-events.ts';
import { MarkTooltip, type MarkTipControl } from './mark-tooltip.tsx';
import { useWidth } from './use-width.ts';
import './timeline-panel.css';

const DAY_MS = 86_400_000;
const ROW_HEIGHT = 18;
const DENSITY_HEIGHT = 28;
const AXIS_HEIGHT = 18;
/** Pixels per bin at most: aggregated bins keep 100,000 statements to a few hundred marks a row. */
const BIN_PX = 4;
const MAX_ROWS = 6;

interface TimelinePanelProps {
  index: CorpusIndex;
  /** The statements to place: every date, the other filters applied. */
  quotes: readonly Quote[];
  /** The date range of the URL (`from`/`to`), either end open. */
  from: string | null;
  to: string | null;
  includeUndated: boolean;
  selectedActorId: ActorId | null;
  onRangeChange: (range: { from: string | null; to: string | null }) => void;
  /** The pointer or focus came to the timeline: a range may follow (lets the caller prepare). */
  onRangeIntent?: () => void;
  onIncludeUndatedChange: (include: boolean) => void;
  onOpenQuote: (id: QuoteId) => void;
}

/** A row label that fits its column: cut with an ellipsis (the full name is the row's label). */
function truncate(name: string, chars: number): string {
  return name.length <= chars ? name : `${name.slice(0, Math.max(1, chars - 1))}…`;
}

function startsCollapsed(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(max-width: 700px)').matches;
}

/**
 * Who said what when: a density strip of every dated statement with a brush that sets the
 * explorer's `from`/`to`, and one row of marks per speaker (the most quoted, or the selected
 * actor and its counterparts). d3 computes scales, ticks and the brush gesture; React renders.
 */
export function TimelinePanel(props: TimelinePanelProps) {
  const { index, quotes, from, to, includeUndated, selectedActorId } = props;
  const { onRangeChange, onIncludeUndatedChange, onOpenQuote } = props;
  const [open, setOpen] = useState(() => !startsCollapsed());
  const [wrapRef, width] = useWidth(640);
  const tipRef = useRef<MarkTipControl | null>(null);
  const bodyId = useId();
  const labelWidth = width < 480 ? 84 : 140;
  const plotLeft = labelWidth;
  const plotRight = Math.max(plotLeft + 40, width - 8);

  const days = useMemo(() => timelineDays(quotes, index.articlesById), [quotes, index]);
  const rows = useMemo(
    () => timelineRows(days, selectedActorId, MAX_ROWS),
    [days, selectedActorId],
  );
  const bins = useMemo(
    () => binTimeline(days, rows, (plotRight - plotLeft) / BIN_PX),
    [days, rows, plotLeft, plotRight],
  );
  const span = days.span;
  const x = useMemo(
    () =>
      span
        ? scaleUtc()
            .domain([new Date(span.min * DAY_MS), new Date((span.max + 1) * DAY_MS)])
            .range([plotLeft, plotRight])
        : null,
    [span, plotLeft, plotRight],
  );
  const dayAt = (px: number) => (x ? Math.floor(x.invert(px).getTime() / DAY_MS) : 0);
  const pxOf = (day: number) => (x ? x(new Date(day * DAY_MS)) : 0);

  // The range shown: what the URL says, clamped to the data; null when no end is set.
  const range =
    span && (from !== null || to !== null)
      ? {
          from: Math.max(span.min, from ? dayNumber(from) : span.min),
          to: Math.min(span.max, to ? dayNumber(to) : span.max),
        }
      : null;

  const setRange = (next: { from: number; to: number } | null) => {
    if (!next || !span) onRangeChange({ from: null, to: null });
    else onRangeChange({ from: isoOfDay(next.from), to: isoOfDay(next.to) });
  };

  // The brush gesture belongs to d3 (it owns the overlay and handles inside its <g>); the
  // range lives in the URL and is pushed back into the brush when it changes.
  const brushRef = useRef<SVGGElement>(null);
  const brushApi = useRef<BrushBehavior<unknown> | null>(null);
  const latest = useRef({ dayAt, setRange });
  useEffect(() => {
    latest.current = { dayAt, setRange };
  });
  const brushTop = 0;
  const brushBottom = DENSITY_HEIGHT + AXIS_HEIGHT;
  useEffect(() => {
    const g = brushRef.current;
    if (!g || !open || !span) return;
    const brush = brushX<unknown>()
      .extent([
        [plotLeft, brushTop],
        [plotRight, brushBottom],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return; // our own brush.move below
        const selection = event.selection as [number, number] | null;
        const { dayAt: toDay, setRange: apply } = latest.current;
        if (!selection) apply(null);
        else
          apply({
            from: toDay(selection[0]),
            to: Math.max(toDay(selection[0]), toDay(selection[1] - 0.5)),
          });
      });
    const selection = select(g);
    selection.call(brush);
    brushApi.current = brush;
    return () => {
      selection.on('.brush', null);
      selection.selectAll('*').remove();
      brushApi.current = null;
    };
  }, [open, span, plotLeft, plotRight, brushBottom]);
  const rangeKey = range ? `${range.from}:${range.to}` : '';
  useEffect(() => {
    const g = brushRef.current;
    const brush = brushApi.current;
    if (!g || !brush) return;
    const [a, b] = rangeKey.split(':').map(Number) as [number, number];
    brush.move(select(g), rangeKey === '' ? null : [pxOf(a), pxOf(b + 1)]);
    // pxOf follows x, which the first effect's dependencies cover.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rangeKey, open, x]);

  const step = span ? brushStepDays(span) : 1;
  const onKey = (edge: 'both' | 'start' | 'end') => (event: KeyboardEvent) => {
    if (!span) return;
    const delta =
      event.key === 'ArrowRight' || event.key === 'ArrowUp'
        ? step
        : event.key === 'ArrowLeft' || event.key === 'ArrowDown'
          ? -step
          : event.key === 'PageUp'
            ? step * 10
            : event.key === 'PageDown'
              ? -step * 10
              : 0;
    if (delta === 0) {
      if (event.key === 'Escape' && range) {
        event.stopPropagation();
        setRange(null);
      }
      return;
    }
    event.preventDefault();
    setRange(adjustRange(range ?? { from: span.min, to: span.max }, span, edge, delta));
  };

  const statements = quotes.length - days.undated;
  const summary = span
    ? `${formatCount(statements, 'dated statement')}, ${formatDate(isoOfDay(span.min))} – ${formatDate(isoOfDay(span.max))}`
    : 'No dated statements';
  const densityMax = bins ? Math.max(1, ...bins.density) : 1;
  const height = brushBottom + rows.length * ROW_HEIGHT + 6;
  const ticks = x ? x.ticks(Math.max(2, Math.floor((plotRight - plotLeft) / 110))) : [];
  const tickFormat = x ? x.tickFormat() : () => '';
  const inRange = (bin: number) => {
    if (!range || !bins || !span) return true;
    const start = span.min + bin * bins.binDays;
    return start + bins.binDays > range.from && start <= range.to + 1 - 1e-9;
  };
  const nameOf = (id: ActorId) => index.actorsById.get(id)?.name ?? id;

  const slider = (edge: 'both' | 'start' | 'end', label: string, value: number, text: string) =>
    span && (
      <div
        role="slider"
        tabIndex={0}
        className="timeline__handle"
        aria-label={label}
        aria-valuemin={span.min}
        aria-valuemax={span.max}
        aria-valuenow={value}
        aria-valuetext={text}
        onKeyDown={onKey(edge)}
      >
        {label}: {text}
      </div>
    );

  return (
    <section
      className="timeline"
      aria-label="Timeline"
      onPointerEnter={props.onRangeIntent}
      onFocus={props.onRangeIntent}
    >
      <div className="timeline__header">
        <h2 className="timeline__title">Timeline</h2>
        <p className="timeline__summary" role="status">
          {summary}
          {range && (
            <>
              {' '}
              · showing {formatDate(isoOfDay(range.from))} – {formatDate(isoOfDay(range.to))}
            </>
          )}
        </p>
        {days.undated > 0 && (
          <label className="timeline__undated">
            <input
              type="checkbox"
              checked={includeUndated}
              onChange={(e) => onIncludeUndatedChange(e.target.checked)}
            />{' '}
            Include {formatCount(days.undated, 'undated statement')}
          </label>
        )}
        <button
          type="button"
          className="button button--small button--ghost"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Hide timeline' : 'Show timeline'}
        </button>
      </div>
      <div id={bodyId} ref={wrapRef} className="timeline__body" hidden={!open}>
        {open && bins && span && x && (
          <>
            <svg
              className="timeline__svg"
              width={width}
              height={height}
              role="group"
              aria-label="Statements over time"
              onPointerOver={(event) => {
                const tip = markTipAt(event, wrapRef.current);
                if (tip) tipRef.current?.show(tip);
              }}
              onPointerOut={(event) => {
                if (leavesMarks(event)) tipRef.current?.show(null);
              }}
            >
              <g aria-hidden="true">
                {Array.from(bins.density, (count, bin) =>
                  count === 0 ? null : (
                    <rect
                      key={bin}
                      className={
                        inRange(bin)
                          ? 'timeline__density'
                          : 'timeline__density timeline__density--out'
                      }
                      x={pxOf(span.min + bin * bins.binDays)}
                      width={Math.max(1, (plotRight - plotLeft) / bins.binCount - 0.5)}
                      y={DENSITY_HEIGHT - (count / densityMax) * (DENSITY_HEIGHT - 2)}
                      height={(count / densityMax) * (DENSITY_HEIGHT - 2)}
                    />
                  ),
                )}
                <text className="timeline__label" x={4} y={DENSITY_HEIGHT - 8}>
                  All statements
                </text>
                {ticks.map((t) => (
                  <g key={t.getTime()} transform={`translate(${x(t)},${DENSITY_HEIGHT})`}>
                    <line className="timeline__tick" y2={4} />
                    <text className="timeline__tick-label" y={14} textAnchor="middle">
                      {tickFormat(t)}
                    </text>
                  </g>
                ))}
              </g>
              <g ref={brushRef} className="timeline__brush" />
              {rows.map((id, r) => {
                const row = bins.rows.get(id);
                const y = brushBottom + r * ROW_HEIGHT;
                const name = nameOf(id);
                return (
                  <g key={id} role="list" aria-label={`Statements by ${name}`}>
                    <text
                      className="timeline__label"
                      x={4}
                      y={y + ROW_HEIGHT - 5}
                      aria-hidden="true"
                    >
                      {truncate(name, Math.floor((labelWidth - 8) / 6.5))}
                    </text>
                    <line
                      className="timeline__row-line"
                      x1={plotLeft}
                      x2={plotRight}
                      y1={y + ROW_HEIGHT / 2}
                      y2={y + ROW_HEIGHT / 2}
                    />
                    {row &&
                      Array.from(row.counts, (count, bin) => {
                        if (count === 0) return null;
                        const quote = quotes[row.first[bin] as number];
                        if (!quote) return null;
                        const start = Math.floor(span.min + bin * bins.binDays);
                        const end = Math.max(
                          start,
                          Math.ceil(span.min + (bin + 1) * bins.binDays) - 1,
                        );
                        const firstDay = days.days[row.first[bin] as number] as number;
                        const when =
                          count === 1
                            ? formatDate(isoOfDay(firstDay))
                            : start === end
                              ? formatDate(isoOfDay(start))
                              : `${formatDate(isoOfDay(start))} – ${formatDate(isoOfDay(end))}`;
                        const label =
                          count === 1
                            ? `${name}, ${when}: “${quote.text}”`
                            : `${count} statements by ${name}, ${when}; first: “${quote.text}”`;
                        return (
                          <rect
                            key={bin}
                            role="listitem"
                            aria-label={label}
                            className={`timeline__mark timeline__mark--${binKind(row.kinds[bin] as number)}${inRange(bin) ? '' : ' timeline__mark--out'}`}
                            x={pxOf(span.min + bin * bins.binDays)}
                            width={Math.max(3, (plotRight - plotLeft) / bins.binCount - 1)}
                            y={y + 3}
                            height={ROW_HEIGHT - 6}
                            onClick={() => onOpenQuote(quote.id)}
                          />
                        );
                      })}
                  </g>
                );
              })}
            </svg>
            <MarkTooltip controlRef={tipRef} />
            <div className="timeline__controls" role="group" aria-label="Timeline range">
              {slider(
                'start',
                'Range start',
                range?.from ?? span.min,
                formatDate(isoOfDay(range?.from ?? span.min)),
              )}
              {slider(
                'both',
                'Move range',
                range?.from ?? span.min,
                !range
                  ? 'whole period'
                  : range.from <= range.to
                    ? `${formatDate(isoOfDay(range.from))} – ${formatDate(isoOfDay(range.to))}`
                    : // Clamped to the data, a range outside it would read backwards: say what was asked.
                      `${from ? formatDate(from) : 'the beginning'} – ${to ? formatDate(to) : 'the end'}, no dated statements`,
              )}
              {slider(
                'end',
                'Range end',
                range?.to ?? span.max,
                formatDate(isoOfDay(range?.to ?? span.max)),
              )}
              {/* Always there, disabled without a range: a row that grew would resize the graph. */}
              <button
                type="button"
                className="button button--small button--ghost"
                disabled={!range}
                onClick={() => setRange(null)}
              >
                Clear range
              </button>
            </div>
          </>
        )}
      </div>
    </section>
  );
}
