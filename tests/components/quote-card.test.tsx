import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexCorpus } from '../../src/corpus/corpus-index.ts';
import { validateCorpus } from '../../src/corpus/parse-corpus.ts';
import { QuoteCard } from '../../src/components/quote-card.tsx';
import type { ExplorerNav } from '../../src/components/explorer-nav.ts';
import { repostCorpus, smallCorpus } from '../fixtures/corpus/fixtures.ts';

const nav = (): ExplorerNav => ({ selectActor: vi.fn(), selectEdge: vi.fn(), openQuote: vi.fn() });

// The small fixture corpus, with the extractor's optional rule and confidence on its quotes.
function corpusWith(rule: string | undefined, confidence: number | undefined) {
  const raw = smallCorpus();
  raw.quotes = raw.quotes.map((q) => ({ ...q, rule, confidence }));
  const corpus = validateCorpus(raw);
  const quote = corpus.quotes[0];
  if (!quote) throw new Error('the fixture has quotes');
  return { corpus, quote };
}

describe('QuoteCard: how we know', () => {
  it('says which rule found the quote and its cue', () => {
    const { corpus, quote } = corpusWith('quote-then-speaker', 0.95);
    render(<QuoteCard quote={quote} index={indexCorpus(corpus)} nav={nav()} />);
    expect(
      screen.getByText(/^How we know: a direct quote followed by its attribution/),
    ).toHaveTextContent(quote.cue ? `(“${quote.cue}”)` : 'attribution.');
    expect(screen.queryByText('Uncertain attribution')).toBeNull();
  });

  it('marks a low-confidence attribution instead of hiding it', () => {
    const { corpus, quote } = corpusWith('embedded-unattributed', 0.28);
    render(<QuoteCard quote={quote} index={indexCorpus(corpus)} nav={nav()} />);
    expect(screen.getByText('Uncertain attribution')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Open in article' })).toBeVisible();
  });

  it('adds nothing for a corpus without rules', () => {
    const { corpus, quote } = corpusWith(undefined, undefined);
    render(<QuoteCard quote={quote} index={indexCorpus(corpus)} nav={nav()} />);
    expect(screen.queryByText(/How we know/)).toBeNull();
  });
});

describe('QuoteCard: a statement reported by several outlets', () => {
  const corpus = validateCorpus(repostCorpus());
  const index = indexCorpus(corpus);
  const byId = (id: string) => {
    const quote = corpus.quotes.find((q) => q.id === id);
    if (!quote) throw new Error(`no quote ${id}`);
    return quote;
  };

  it('says how many outlets reported it and who had it first', () => {
    render(<QuoteCard quote={byId('rt-repost#0')} index={index} nav={nav()} />);
    expect(screen.getByText('Reported by 3 outlets, first seen 1 Feb 2022 (TASS)')).toBeVisible();
  });

  it('lists every report, each opening its own article', async () => {
    const user = userEvent.setup();
    const n = nav();
    render(<QuoteCard quote={byId('rt-repost#0')} index={index} nav={n} />);
    await user.click(screen.getByText(/^Reported by 3 outlets/));
    const reports = screen.getByRole('list', { name: 'Reports of this statement' });
    const buttons = within(reports).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['TASS', 'RT', 'Sputnik']);
    expect(within(reports).getByRole('button', { name: 'RT' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await user.click(within(reports).getByRole('button', { name: 'Sputnik' }));
    expect(n.openQuote).toHaveBeenCalledWith('sputnik-repost#0');
  });

  it('says nothing of spread for a quote reported once', () => {
    render(<QuoteCard quote={byId('bbc-answer#0')} index={index} nav={nav()} />);
    expect(screen.queryByText(/Reported by/)).toBeNull();
  });
});

describe('QuoteCard: cite and link', () => {
  const setup = (writeText: (text: string) => Promise<void>) => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { corpus } = corpusWith(undefined, undefined);
    const quote = corpus.quotes.find((q) => q.text === 'Russia is not going to join NATO');
    if (!quote) throw new Error('fixture');
    render(<QuoteCard quote={quote} index={indexCorpus(corpus)} nav={nav()} />);
    return quote;
  };
  afterEach(() => vi.unstubAllGlobals());

  it('copies the citation with its permalink, and says so to screen readers', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    const quote = setup(writeText);
    await userEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    const permalink = new URL(`?quote=${encodeURIComponent(quote.id)}`, window.location.href).href;
    expect(writeText).toHaveBeenCalledWith(
      `Sergey Lavrov, quoted by RT, 23 Sep 2021: "Russia is not going to join NATO"\n${permalink}`,
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Citation copied.');
  });

  it('copies the ?quote= permalink', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    const quote = setup(writeText);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const copied = new URL(writeText.mock.calls[0]?.[0] ?? '');
    expect(copied.searchParams.get('quote')).toBe(quote.id);
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied.');
  });

  it('shows the text when the clipboard refuses, so nothing is lost', async () => {
    setup(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/Could not copy; here it is: http/);
  });
});
