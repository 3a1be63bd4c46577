import { elementScroll, type Rect, type Virtualizer } from '@tanstack/react-virtual';

// The virtualizer's default measuring reads the scroll box's and each new item's size the
// moment React commits them (clientHeight, offsetHeight): a forced layout of the whole page
// in the middle of the commit, then another once the rest of the update has changed the DOM.
// In a trace of three actor clicks on the 20,000-article corpus those forced layouts were most
// of the layout time. These options take every size from a ResizeObserver instead, which
// reports after the browser's own layout of the frame: the same sizes, no extra layout.

/**
 * `observeElementRect` for useVirtualizer: the scroll box's size from a ResizeObserver only
 * (its first report comes after the frame's layout, so until then the list shows its
 * unmeasured head). Without ResizeObserver, reads the size once, as the default does.
 */
export function observeRectAfterLayout<S extends Element, I extends Element>(
  instance: Virtualizer<S, I>,
  cb: (rect: Rect) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  const win = instance.targetWindow;
  if (!element || !win) return undefined;
  const report = () => cb({ width: element.clientWidth, height: element.clientHeight });
  if (typeof win.ResizeObserver !== 'function') {
    report();
    return () => undefined;
  }
  // Inside the observer's callback layout is clean: reading client sizes costs nothing.
  const observer = new win.ResizeObserver(report);
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * `measureElement` for useVirtualizer: an item's height from its ResizeObserver entry; when
 * React's ref asks first (no entry yet), the size already known for that item or the estimate,
 * which the observer's report then corrects.
 */
export function measureAfterLayout<S extends Element, I extends Element>(
  element: I,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<S, I>,
): number {
  if (entry) {
    const box = entry.borderBoxSize[0];
    return Math.round(box ? box.blockSize : (element as unknown as HTMLElement).offsetHeight);
  }
  const index = instance.indexFromElement(element);
  return (
    instance.itemSizeCache.get(instance.options.getItemKey(index)) ??
    instance.options.estimateSize(index)
  );
}

/** Each scroll box's scroll position as last reported by its own scroll events. */
const knownTop = new WeakMap<Element, number>();

function track(element: Element): number {
  const known = knownTop.get(element);
  if (known !== undefined) return known;
  knownTop.set(element, 0);
  // Read in the scroll event, when layout is clean; a new box starts at the top.
  element.addEventListener('scroll', () => knownTop.set(element, element.scrollTop), {
    passive: true,
  });
  return 0;
}

/**
 * `scrollToFn` for useVirtualizer: the default, except when the box is known to be where it is
 * asked to go. A new virtualizer asks its box to scroll to where it thinks it is (the top), and
 * setting scrollTop forces a layout in the middle of React's commit; the box's own scroll
 * events say whether it is there already.
 */
export function scrollAfterLayout<S extends Element, I extends Element>(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Virtualizer<S, I>,
): void {
  const element = instance.scrollElement;
  if (element && !options.behavior && track(element) === offset + (options.adjustments ?? 0))
    return;
  elementScroll(offset, options, instance);
}
