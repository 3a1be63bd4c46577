import { render, screen, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { indexCorpus } from '../../src/corpus/corpus-index.ts';
import type { CorpusSource } from '../../src/loader/loaded-corpus.ts';
import { validateCorpus } from '../../src/corpus/parse-corpus.ts';
import type { ArticleId, Quote } from '../../src/corpus/schema.ts';
import { slimCorpus } from '../../src/corpus/slim-corpus.ts';
import { ArticleReader } from '../../src/features/article-reader/article-reader.tsx';
import { smallCorpus } from '../fixtures/corpus/fixtures.ts';

const full = validateCorpus(smallCorpus());
const index = indexCorpus(slimCorpus(full));
const nav = { selectActor: vi.fn(), selectEdge: vi.fn(), openQuote: vi.fn() };

/** A source like the worker's: bodies only by asking, answered when the test says so. */
function workerLikeSource() {
  const texts = new Map(full.articles.map((a) => [a.id as string, a.text]));
  let answer: () => void = () => {};
  const articleText = vi.fn(
    (id: ArticleId) =>
      new Promise<string | null>((resolve) => {
        answer = () => resolve(texts.get(id) ?? null);
      }),
  );
  const source: CorpusSource = {
    articleText,
    peekArticleText: () => undefined,
    prepareSearch: () => {},
    search: () => Promise.resolve({ actors: [], quotes: [], quotesComplete: true }),
  };
  return { source, articleText, answer: () => answer() };
}

function renderReader(source: CorpusSource, quote: Quote) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ArticleReader quote={quote} index={index} source={source} corpusUrl="c.json" nav={nav} />
    </QueryClientProvider>,
  );
}

describe('ArticleReader with bodies kept in the worker', () => {
  it('says it is loading, asks for the body once, then marks the quote in it', async () => {
    const quote = full.quotes[1] as Quote;
    const { source, articleText, answer } = workerLikeSource();
    renderReader(source, quote);
    const article = screen.getByRole('article', { name: /^Article: / });
    expect(within(article).getByRole('status')).toHaveTextContent('Loading the article…');
    expect(articleText).toHaveBeenCalledWith(quote.articleId);

    answer();
    const mark = await within(article).findByText(quote.text, { selector: 'mark' });
    expect(mark.textContent).toBe(
      full.articles.find((a) => a.id === quote.articleId)?.text.slice(quote.start, quote.end),
    );
    expect(within(article).queryByRole('status')).not.toBeInTheDocument();
    expect(articleText).toHaveBeenCalledTimes(1);
  });

  it('says so when the body cannot be had', async () => {
    const quote = full.quotes[0] as Quote;
    const source: CorpusSource = {
      ...workerLikeSource().source,
      articleText: () => Promise.resolve(null),
    };
    renderReader(source, quote);
    expect(await screen.findByText('The article text could not be loaded.')).toBeInTheDocument();
  });
});

describe('ArticleReader and the original of a saved page', () => {
  function readerWithUrl(url: string | undefined) {
    const corpus = validateCorpus(smallCorpus());
    const quote = corpus.quotes[0] as Quote;
    const slim = slimCorpus(corpus);
    const article = slim.articles.find((a) => a.id === quote.articleId);
    if (!article) throw new Error('fixture: the quote has no article');
    // Set past the schema on purpose: the reader must not trust what reaches it.
    article.url = url;
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <ArticleReader
          quote={quote}
          index={indexCorpus(slim)}
          source={workerLikeSource().source}
          corpusUrl="c.json"
          nav={nav}
        />
      </QueryClientProvider>,
    );
  }

  it('links to the original in a new tab, without opener or referrer', () => {
    readerWithUrl('https://news.example.org/world/a?id=1');
    const link = screen.getByRole('link', { name: /Original at news\.example\.org/ });
    expect(link).toHaveAttribute('href', 'https://news.example.org/world/a?id=1');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shows no link for an address that is not http(s)', () => {
    readerWithUrl('javascript:alert(1)');
    expect(screen.queryByRole('link', { name: /Original/ })).not.toBeInTheDocument();
  });

  it('shows no link when the article names no original', () => {
    readerWithUrl(undefined);
    expect(screen.queryByRole('link', { name: /Original/ })).not.toBeInTheDocument();
  });
});
