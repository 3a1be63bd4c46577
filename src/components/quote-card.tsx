import { useState } from 'react';
import { attributionNote } from '../corpus/attribution-notes.ts';
import { quoteCitation, quoteExportRows } from '../corpus/quote-export.ts';
import type { Quote } from '../corpus/schema.ts';
import type { CorpusIndex } from '../corpus/corpus-index.ts';
import { ActorButton } from './actor-button.tsx';
import { QuoteKindBadge } from './badges.tsx';
import type { ExplorerNav } from './explorer-nav.ts';
import { formatDate } from './format.ts';
import { StatementReports } from './statement-reports.tsx';
import { CorrectedBadge, QuoteCorrections } from './correction-tools.tsx';
import { useCorrectionsApi } from './corrections-context.ts';
import './quote-card.css';

interface QuoteCardProps {
  quote: Quote;
  index: CorpusIndex;
  nav: ExplorerNav;
}

/**
 * One quote with its provenance. All text goes through React as text nodes: a quote that
 * contains markup shows the characters, it never becomes markup.
 */
export function QuoteCard({ quote, index, nav }: QuoteCardProps) {
  const speaker = index.actorsById.get(quote.speakerId);
  const article = index.articlesById.get(quote.articleId);
  const textId = `quote-text-${quote.id}`;
  const note = attributionNote(quote);
  const corrected = useCorrectionsApi()?.correctedQuotes.has(quote.id) ?? false;
  const [copied, setCopied] = useState<{ text: string; failed: boolean } | null>(null);
  const copy = async (what: 'citation' | 'link') => {
    // The permalink keeps only ?corpus= of the page's address: it opens this quote in its article.
    const [row] = quoteExportRows([quote], index, window.location.href);
    if (!row) return;
    const text = what === 'citation' ? quoteCitation(row) : row.permalink;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setCopied({ text: what === 'citation' ? 'Citation copied.' : 'Link copied.', failed: false });
    } catch {
      // Denied or unsupported: show the text, so it can still be copied by hand.
      setCopied({ text: `Could not copy; here it is: ${text}`, failed: true });
    }
  };
  return (
    <div className="quote-card">
      <blockquote className={`quote-card__text quote-card__text--${quote.kind}`} id={textId}>
        {quote.text}
      </blockquote>
      <div className="quote-card__meta">
        {speaker ? (
          <ActorButton actor={speaker} onSelect={(a) => nav.selectActor(a.id)} />
        ) : (
          <span>{quote.speakerId}</span>
        )}
        {quote.cue && <span className="quote-card__cue">{quote.cue}</span>}
        <QuoteKindBadge kind={quote.kind} />
        {corrected && <CorrectedBadge />}
        {note?.uncertain && (
          <span className="quote-card__uncertain" title="The extractor is not sure who said this">
            Uncertain attribution
          </span>
        )}
      </div>
      {note?.how && (
        <p className="quote-card__how">
          How we know: {note.how}
          {note.cue && <> (“{note.cue}”)</>}.
        </p>
      )}
      <StatementReports quote={quote} index={index} nav={nav} />
      <div className="quote-card__footer">
        <div className="quote-card__source">
          {article && <cite className="quote-card__title">{article.title || article.file}</cite>}
          <p className="quote-card__byline">
            {article?.outlet && <span className="quote-card__outlet">{article.outlet}</span>}
            {article?.date ? (
              <time dateTime={article.date}>{formatDate(article.date)}</time>
            ) : (
              <span>Undated</span>
            )}
          </p>
        </div>
        <div className="quote-card__actions">
          <button
            type="button"
            className="button button--small button--ghost"
            aria-describedby={textId}
            onClick={() => void copy('citation')}
          >
            Copy citation
          </button>
          <button
            type="button"
            className="button button--small button--ghost"
            aria-describedby={textId}
            onClick={() => void copy('link')}
          >
            Copy link
          </button>
          <button
            type="button"
            className="button button--small"
            aria-describedby={textId}
            onClick={() => nav.openQuote(quote.id)}
          >
            Open in article
          </button>
        </div>
      </div>
      <QuoteCorrections quote={quote} />
      <p
        className={
          copied?.failed ? 'quote-card__copied quote-card__copied--failed' : 'quote-card__copied'
        }
        role="status"
      >
        {copied?.text ?? ''}
      </p>
    </div>
  );
}
