import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { indexCorpus } from '../../src/corpus/corpus-index.ts';
import { validateCorpus } from '../../src/corpus/parse-corpus.ts';
import { QuoteCard } from '../../src/components/quote-card.tsx';
import type { ExplorerNav } from '../../src/components/explorer-nav.ts';
import { smallCorpus } from '../fixtures/corpus/fixtures.ts';

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
