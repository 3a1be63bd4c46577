import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ArticleId, Quote } from '../../corpus/schema.ts';
import type { CorpusIndex } from '../../corpus/corpus-index.ts';
import type { CorpusSource } from '../../loader/loaded-corpus.ts';
import { ActorButton } from '../../components/actor-button.tsx';
import { QuoteKindBadge } from '../../components/badges.tsx';
import type { ExplorerNav } from '../../components/explorer-nav.ts';
import { formatDate } from '../../components/format.ts';
import { PanelHeader } from '../../components/panel.tsx';
import { articleSegments } from './article-segments.ts';
import './article-reader.css';

interface ArticleReaderProps {
  quote: Quote;
  index: CorpusIndex;
  /** Where the article bodies come from (the loading worker keeps them). */
  source: CorpusSource;
  /** Keys the bodies per corpus. */
  corpusUrl: string;
  nav: ExplorerNav;
  actions?: ReactNode;
}

/**
 * The body of one article, fetched from the source once and cached by react-query. Answers
 * at once (no loading state) when the body is already on the main thread.
 */
function useArticleText(source: CorpusSource, corpusUrl: string, id: ArticleId) {
  const peeked = source.peekArticleText(id);
  return useQuery({
    queryKey: ['article-text', corpusUrl, id],
    queryFn: () => source.articleText(id),
    initialData: peeked === undefined ? undefined : peeked,
    staleTime: Infinity,
  });
}

/**
 * A quote in its article: the article text with the quote's span in a <mark>, scrolled into
 * view, who said it and how, and previous/next through the article's other quotes.
 */
export function ArticleReader(props: ArticleReaderProps) {
  const { quote, index, source, corpusUrl, nav, actions } = props;
  const article = index.articlesById.get(quote.articleId);
  const body = useArticleText(source, corpusUrl, quote.articleId);
  const text = body.data ?? null;
  const speaker = index.actorsById.get(quote.speakerId);
  const siblings = index.quotesByArticle.get(quote.articleId) ?? [quote];
  const position = siblings.findIndex((q) => q.id === quote.id);
  const previous = position > 0 ? siblings[position - 1] : undefined;
  const next = position >= 0 ? siblings[position + 1] : undefined;
  const markRef = useRef<HTMLElement | null>(null);
  const paragraphs = useMemo(
    () => (text !== null ? articleSegments(text, quote.start, quote.end) : []),
    [text, quote.start, quote.end],
  );

  const headRef = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const mark = markRef.current;
    // jsdom has no scrollIntoView; browsers without smooth scrolling ignore `behavior`.
    if (!mark || typeof mark.scrollIntoView !== 'function') return;
    // Centre the quote in what the header leaves visible: on a laptop the text scrolls in its
    // own box under the header (nothing to leave out); on a phone the page scrolls under the
    // sticky header, so the mark's scroll margin reserves the header's height.
    const head = headRef.current;
    const sticky = head !== null && getComputedStyle(head).position === 'sticky';
    mark.style.scrollMarginTop = sticky ? `${head.getBoundingClientRect().height}px` : '';
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    mark.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    // Again once the body arrives from the worker.
  }, [quote.id, text]);

  if (!article) return null;
  // A span crossing a line break is marked once per paragraph; the first mark is scrolled to.
  const firstMarked = paragraphs.findIndex((runs) => runs.some((run) => run.highlight));

  return (
    <article className="reader" aria-label={`Article: ${article.title || article.file}`}>
      <div ref={headRef} className="reader__head">
        <PanelHeader eyebrow="Article" title={article.title || article.file} actions={actions}>
          <p className="reader__source">
            {article.outlet && <span className="reader__outlet">{article.outlet}</span>}
            {article.date ? (
              <time dateTime={article.date}>{formatDate(article.date)}</time>
            ) : (
              <span>Undated</span>
            )}
            <span className="reader__file">{article.file}</span>
            <OriginalLink url={article.url} />
          </p>
        </PanelHeader>
        <div className="reader__quote-bar">
          <p className="reader__caption">
            {speaker ? (
              <ActorButton actor={speaker} onSelect={(a) => nav.selectActor(a.id)} />
            ) : (
              <span>{quote.speakerId}</span>
            )}
            {quote.cue && <span className="reader__cue"> — {quote.cue}</span>}
            <QuoteKindBadge kind={quote.kind} />
          </p>
          <nav className="reader__nav" aria-label="Quotes in this article">
            <button
              type="button"
              className="button button--small"
              disabled={!previous}
              onClick={() => previous && nav.openQuote(previous.id)}
            >
              <span aria-hidden="true">‹ </span>Previous quote
            </button>
            <span className="reader__position" aria-live="polite">
              <span className="reader__position-long">
                Quote {position + 1} of {siblings.length}
              </span>
              <span className="reader__position-short" aria-hidden="true">
                {position + 1} / {siblings.length}
              </span>
            </span>
            <button
              type="button"
              className="button button--small"
              disabled={!next}
              onClick={() => next && nav.openQuote(next.id)}
            >
              Next quote<span aria-hidden="true"> ›</span>
            </button>
          </nav>
        </div>
      </div>
      {/* Its own scroll box on a laptop (so the header stays put): focusable, to scroll by keys. */}
      <div
        className="reader__text"
        aria-busy={text === null}
        role="region"
        aria-label="Article text"
        tabIndex={0}
      >
        {text === null && (
          <p className="reader__status" role="status">
            {body.isPending ? 'Loading the article…' : 'The article text could not be loaded.'}
          </p>
        )}
        {paragraphs.map((runs, p) => (
          <p key={p}>
            {runs.map((run, r) => {
              if (!run.highlight) return run.text;
              return (
                <mark
                  key={r}
                  ref={p === firstMarked ? markRef : undefined}
                  className="reader__mark"
                >
                  {run.text}
                </mark>
              );
            })}
          </p>
        ))}
      </div>
    </article>
  );
}

/**
 * The link to where a saved page came from. The schema admits only http(s) addresses; checked
 * again here because this is the one place page-supplied text becomes an href.
 */
function OriginalLink({ url }: { url: string | undefined }) {
  if (!url) return null;
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    host = parsed.hostname;
  } catch {
    return null;
  }
  return (
    <a className="reader__original" href={url} target="_blank" rel="noopener noreferrer">
      Original at {host}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
