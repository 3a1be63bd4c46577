import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexCorpus } from '../../src/corpus/corpus-index.ts';
import { validateCorpus } from '../../src/corpus/parse-corpus.ts';
import {
  FIRST_PAINT_ITEMS,
  QuoteList,
  UNMEASURED_ITEMS,
  VIRTUALIZE_ABOVE,
} from '../../src/components/quote-list.tsx';
import type { ExplorerNav } from '../../src/components/explorer-nav.ts';
import { hubCorpus, smallCorpus } from '../fixtures/corpus/fixtures.ts';

const nav = (): ExplorerNav => ({ selectActor: vi.fn(), selectEdge: vi.fn(), openQuote: vi.fn() });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('QuoteList', () => {
  it('renders a short list plainly, every card with its provenance and actions', async () => {
    const corpus = validateCorpus(smallCorpus());
    const index = indexCorpus(corpus);
    const actions = nav();
    render(<QuoteList quotes={corpus.quotes} index={index} nav={actions} label="All quotes" />);
    const items = within(screen.getByRole('list', { name: 'All quotes' })).getAllByRole('listitem');
    expect(items).toHaveLength(corpus.quotes.length);
    const first = items[0] as HTMLElement;
    expect(first).toHaveTextContent("Guys, don't try your luck");
    expect(first).toHaveTextContent('RT');
    expect(first).toHaveTextContent('23 Sep 2021');
    expect(first).toHaveTextContent('Russia is not going to join NATO, Lavrov quips');
    expect(first).toHaveTextContent('direct');
    within(first).getByRole('button', { name: 'Open in article' }).click();
    expect(actions.openQuote).toHaveBeenCalledWith('rt-nato#0');
    within(first).getByRole('button', { name: 'Sergey Lavrov' }).click();
    expect(actions.selectActor).toHaveBeenCalledWith('sergey-lavrov');
  });

  it('says so when empty', () => {
    const corpus = validateCorpus(smallCorpus());
    render(
      <QuoteList
        quotes={[]}
        index={indexCorpus(corpus)}
        nav={nav()}
        label="x"
        emptyText="Nothing here."
      />,
    );
    expect(screen.getByText('Nothing here.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  const hub = validateCorpus(hubCorpus(10_000));
  const hubIndex = indexCorpus(hub);

  it('shows the head of a 10,000-quote list when there is no layout to measure', async () => {
    expect(hub.quotes.length).toBeGreaterThan(VIRTUALIZE_ABOVE);
    render(<QuoteList quotes={hub.quotes} index={hubIndex} nav={nav()} label="Hub quotes" />);
    const list = () => screen.getByRole('list', { name: 'Hub quotes' });
    // The first paint holds a few cards; with nothing to measure, the longer head follows.
    expect(within(list()).getAllByRole('listitem')).toHaveLength(FIRST_PAINT_ITEMS);
    await waitFor(() =>
      expect(within(list()).getAllByRole('listitem')).toHaveLength(UNMEASURED_ITEMS),
    );
    const items = within(list()).getAllByRole('listitem');
    expect(items[0]).toHaveAttribute('aria-setsize', '10000');
    expect(items[0]).toHaveTextContent('Statement number 0 about the alliance');
  });

  it('renders only a window of a 10,000-quote list once the scroll box has a size', async () => {
    // The virtualizer sizes its viewport from the scroll box's client size and each card
    // from its offsetHeight; the test DOM lays nothing out, so give both a size.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (
      this: HTMLElement,
    ) {
      return this.classList.contains('quote-list-scroll') ? 600 : 0;
    });
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(400);
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(150);
    // The list takes sizes from ResizeObserver reports only (a browser's first one comes after
    // layout); happy-dom's observer never reports, so this one reports once, as a browser does.
    vi.stubGlobal('ResizeObserver', ReportingResizeObserver);
    render(<QuoteList quotes={hub.quotes} index={hubIndex} nav={nav()} label="Hub quotes" />);
    // The head paints first; the virtualizer takes over after that paint.
    expect(
      within(screen.getByRole('list', { name: 'Hub quotes' })).getAllByRole('listitem'),
    ).toHaveLength(FIRST_PAINT_ITEMS);
    // 600 px of 150 px cards plus overscan: a handful, not 10,000 and not the unmeasured head
    // (which may show for a moment first when the unmeasured fallback wins the race with the
    // observer's first report, as it can on a loaded machine).
    const windowed = () => {
      const n = within(screen.getByRole('list', { name: 'Hub quotes' })).getAllByRole(
        'listitem',
      ).length;
      return n !== FIRST_PAINT_ITEMS && n > 3 && n < UNMEASURED_ITEMS;
    };
    await waitFor(() => expect(windowed()).toBe(true));
    const list = screen.getByRole('list', { name: 'Hub quotes' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveAttribute('aria-posinset', '1');
    // The list reserves the full height so the scrollbar is honest.
    expect(parseFloat(list.style.height)).toBeGreaterThan(10_000 * 100);
  });
});

/** A ResizeObserver that reports each observed element's current size once, soon after. */
class ReportingResizeObserver {
  readonly #callback: ResizeObserverCallback;
  #live = true;
  constructor(callback: ResizeObserverCallback) {
    this.#callback = callback;
  }
  observe(target: Element): void {
    setTimeout(() => {
      if (!this.#live) return;
      const el = target as HTMLElement;
      const size = { blockSize: el.offsetHeight, inlineSize: el.offsetWidth };
      const entry = {
        target,
        borderBoxSize: [size],
        contentBoxSize: [size],
        devicePixelContentBoxSize: [size],
        contentRect: new DOMRect(0, 0, el.clientWidth, el.clientHeight),
      } as unknown as ResizeObserverEntry;
      this.#callback([entry], this as unknown as ResizeObserver);
    }, 0);
  }
  unobserve(): void {}
  disconnect(): void {
    this.#live = false;
  }
}
