import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  measureAfterLayout,
  observeRectAfterLayout,
  scrollAfterLayout,
} from './virtual-measure.ts';
import type { Quote } from '../corpus/schema.ts';
import type { CorpusIndex } from '../corpus/corpus-index.ts';
import type { ExplorerNav } from './explorer-nav.ts';
import { QuoteCard } from './quote-card.tsx';
import './quote-list.css';

/** Lists longer than this are virtualised; shorter ones are plain DOM (simpler, printable). */
export const VIRTUALIZE_ABOVE = 40;
/** Items rendered when the scroll box has no measured size yet (jsdom, hidden tab). */
export const UNMEASURED_ITEMS = 20;
/**
 * Items of a long list's first paint, before the virtualizer takes over: what a tall panel
 * shows (cards are 150 px and more). Every card more is React work, style and layout between
 * the click and the first picture of the panel, for cards nobody sees in that frame.
 */
export const FIRST_PAINT_ITEMS = 8;

interface QuoteListProps {
  quotes: readonly Quote[];
  index: CorpusIndex;
  nav: ExplorerNav;
  /** Accessible name of the list, e.g. "Quotes by Sergey Lavrov". */
  label: string;
  /** Shown instead of an empty list. */
  emptyText?: string;
}

/** Quote cards, virtualised with @tanstack/react-virtual once the list is long. */
export function QuoteList({ quotes, index, nav, label, emptyText = 'No quotes.' }: QuoteListProps) {
  if (quotes.length === 0) return <p className="empty-note">{emptyText}</p>;
  if (quotes.length <= VIRTUALIZE_ABOVE) {
    return (
      <ul className="quote-list" aria-label={label}>
        {quotes.map((quote) => (
          <li key={quote.id} className="quote-list__item">
            <QuoteCard quote={quote} index={index} nav={nav} />
          </li>
        ))}
      </ul>
    );
  }
  return <VirtualQuoteList quotes={quotes} index={index} nav={nav} label={label} />;
}

/**
 * Calls `run` once the browser has produced the next frame (a frame, then a task), unless
 * cancelled with the returned function first. Without animation frames (jsdom), a task.
 */
function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * A long list paints its head first, in normal flow; the virtualizer takes over after that
 * paint. Mounting the virtualizer straight away would measure the scroll box and then every
 * card in layout effects, i.e. forced layouts and a second render before the first paint:
 * that made opening a 13,000-quote actor cost hundreds of milliseconds before anything showed.
 */
function VirtualQuoteList({ quotes, index, nav, label }: Omit<QuoteListProps, 'emptyText'>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [liveFor, setLiveFor] = useState<readonly Quote[] | null>(null);
  const live = liveFor === quotes;
  useEffect(() => {
    if (live) return;
    return afterNextPaint(() => setLiveFor(quotes));
  }, [quotes, live]);

  return (
    <div ref={scrollRef} className="quote-list-scroll">
      {live ? (
        <VirtualItems quotes={quotes} index={index} nav={nav} label={label} scrollRef={scrollRef} />
      ) : (
        <QuoteListHead {...{ quotes, index, nav, label }} count={FIRST_PAINT_ITEMS} />
      )}
    </div>
  );
}

function VirtualItems({
  quotes,
  index,
  nav,
  label,
  scrollRef,
}: Omit<QuoteListProps, 'emptyText'> & { scrollRef: RefObject<HTMLDivElement | null> }) {
  // Stable across renders: the virtualizer recomputes every measurement when this changes.
  const getItemKey = useCallback((i: number) => quotes[i]?.id ?? i, [quotes]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is meant to be read during render
  const virtualizer = useVirtualizer({
    count: quotes.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 150,
    overscan: 6,
    getItemKey,
    observeElementRect: observeRectAfterLayout,
    measureElement: measureAfterLayout,
    scrollToFn: scrollAfterLayout,
  });
  const measured = (virtualizer.scrollRect?.height ?? 0) > 0;
  const items = virtualizer.getVirtualItems();
  // No layout (jsdom, a hidden panel): keep the head in normal flow so it is never blank.
  if (!measured || items.length === 0) {
    return <QuoteListHead {...{ quotes, index, nav, label }} count={UNMEASURED_ITEMS} />;
  }
  return (
    <ul
      className="quote-list quote-list--virtual"
      aria-label={label}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((item) => {
        const quote = quotes[item.index];
        if (!quote) return null;
        return (
          <li
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="quote-list__item"
            aria-setsize={quotes.length}
            aria-posinset={item.index + 1}
            style={{ transform: `translateY(${item.start}px)` }}
          >
            <QuoteCard quote={quote} index={index} nav={nav} />
          </li>
        );
      })}
    </ul>
  );
}

/** The first `count` cards in normal flow, numbered within the whole list. */
function QuoteListHead({
  quotes,
  index,
  nav,
  label,
  count,
}: Omit<QuoteListProps, 'emptyText'> & { count: number }) {
  return (
    <ul className="quote-list" aria-label={label}>
      {quotes.slice(0, count).map((quote, i) => (
        <li
          key={quote.id}
          className="quote-list__item"
          aria-setsize={quotes.length}
          aria-posinset={i + 1}
        >
          <QuoteCard quote={quote} index={index} nav={nav} />
        </li>
      ))}
    </ul>
  );
}
