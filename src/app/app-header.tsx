import type { ReactNode } from 'react';
import { ThemeSelect } from '../components/theme-select.tsx';
import { CorpusOriginBanner } from '../features/corpus-status/corpus-status.tsx';
import { useOpenOwnArticles } from './open-own-articles.ts';
import {
  isBundledCorpus,
  isWorkspace,
  workspaceChoice,
  resolveCorpusUrl,
  useCorpusUrl,
  useOpenBundled,
} from './use-corpus.ts';

/**
 * The banner: product name, then whatever controls the current screen offers; and, whenever
 * the corpus is not the bundled one, which corpus it is.
 */
export function AppHeader({ children, toolbar }: { children?: ReactNode; toolbar?: ReactNode }) {
  const corpusUrl = useCorpusUrl();
  const openBundled = useOpenBundled();
  const openOwnArticles = useOpenOwnArticles();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <div className="app-header__row">
        <h1 className="brand">
          <svg
            className="brand__mark"
            viewBox="0 0 24 24"
            width="22"
            height="22"
            aria-hidden="true"
          >
            <circle cx="6" cy="7" r="3.2" fill="#0072B2" />
            <circle cx="18" cy="6" r="2.6" fill="#C04F00" />
            <circle cx="13" cy="18" r="3.6" fill="#00795A" />
            <path
              d="M8.8 8.6 11.4 15M9 6.6l6.4-.4M16.9 8.4 14.3 14.8"
              stroke="#5b6472"
              strokeWidth="1.4"
              fill="none"
            />
          </svg>
          <span className="brand__name">Quotegraph</span>
        </h1>
        {children}
        <button type="button" className="button own-articles-button" onClick={openOwnArticles}>
          Add your articles
        </button>
        {!toolbar && <ThemeSelect />}
      </div>
      {isWorkspace(corpusUrl) && (
        <div className="corpus-origin" role="note" aria-label="Corpus source">
          <span className="corpus-origin__label">
            {workspaceChoice(corpusUrl) === 'both'
              ? 'Your workspace: the bundled corpus and your own articles, kept in this browser.'
              : 'Your workspace: your own articles, kept in this browser.'}
          </span>{' '}
          <button type="button" className="button button--small" onClick={openBundled}>
            Open the bundled corpus
          </button>
        </div>
      )}
      {!isBundledCorpus(corpusUrl) && !isWorkspace(corpusUrl) && (
        <CorpusOriginBanner href={resolveCorpusUrl(corpusUrl)} onOpenBundled={openBundled} />
      )}
      {/* With a toolbar, the theme goes at its end: the top row has no room for it on a phone. */}
      {toolbar && (
        <div className="app-header__toolbar">
          {toolbar}
          <ThemeSelect />
        </div>
      )}
    </header>
  );
}
