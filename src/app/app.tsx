import { Alert } from '../components/alert.tsx';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import {
  CorpusErrorView,
  CorpusLost,
  EmptyCorpus,
  LoadCancelled,
  LoadingScreen,
} from '../features/corpus-status/corpus-status.tsx';
import { AppHeader } from './app-header.tsx';
import { Explorer } from './explorer.tsx';
import { OwnArticlesHost } from './own-articles-dialog.tsx';
import { useOpenOwnArticles } from './open-own-articles.ts';
import { CorrectionsContext } from '../components/corrections-context.ts';
import { saveFile } from '../components/save-file.ts';
import { CorrectionsMenu } from '../features/corrections/corrections-menu.tsx';
import { corpusKeyForUrl } from '../loader/stored-correction.ts';
import { BOTH_WORKSPACE_URL } from '../loader/corpus-query.ts';
import {
  isBundledCorpus,
  isWorkspace,
  resolveCorpusUrl,
  useCorpus,
  useOpenBundled,
} from './use-corpus.ts';
import { useCorrections } from './use-corrections.ts';
import './app.css';

/**
 * The whole page: loads the corpus named by the URL, then hands it to the explorer.
 * Every outcome renders something: progress, an error with Retry, an empty-corpus message,
 * or the explorer (itself behind an error boundary so a bug never blanks the page).
 */
export function App() {
  return (
    <OwnArticlesHost>
      <CorpusScreen />
    </OwnArticlesHost>
  );
}

/** A workspace is read from this browser, not downloaded: its loading screen says so. */
function workspaceWording(url: string): { source?: string; waiting?: string } {
  if (!isWorkspace(url)) return {};
  return {
    source:
      url === BOTH_WORKSPACE_URL
        ? 'The bundled corpus and your own articles, merged in this browser'
        : 'Your own articles, kept in this browser',
    waiting: 'Opening your workspace…',
  };
}

function CorpusScreen() {
  const { query, url, progress, retry, cancel, cancelled, lost, failed } = useCorpus();
  const openBundled = useOpenBundled();
  const openOwnArticles = useOpenOwnArticles();
  const loaded = query.data;
  const elsewhere = isBundledCorpus(url) ? undefined : openBundled;
  // Corrections belong to the corpus's address however it is written in ?corpus=.
  const corrections = useCorrections(loaded, corpusKeyForUrl(resolveCorpusUrl(url)));
  const corrected = corrections.data;

  // A web corpus's first picture, its quotes still arriving: no corrections until they are in.
  // The same tree as the loaded view below, so the explorer stays mounted when the quotes
  // arrive: the drawing keeps its zoom and the panels their state.
  if (loaded?.rest && !failed) {
    return (
      <>
        <ErrorBoundary fallback={(error, reset) => <CrashScreen error={error} onReset={reset} />}>
          <CorrectionsContext.Provider value={null}>
            <Explorer data={loaded} corpusUrl={url} />
          </CorrectionsContext.Provider>
        </ErrorBoundary>
        {lost && <CorpusLost error={lost} />}
      </>
    );
  }

  if (loaded && !failed && corrected && corrections.ready && loaded.corpus.quotes.length > 0) {
    const download = async () => {
      // The overrides format (with zod) loads when first asked for.
      const { buildOverrides } = await import('../corpus/overrides.ts');
      const file = buildOverrides(
        loaded.corpus,
        corrections.items.map((c) => c.correction),
      );
      const json = `${JSON.stringify(file, null, 2)}\n`;
      saveFile(new Blob([json], { type: 'application/json' }), 'corrections.json');
    };
    const menu = (
      <CorrectionsMenu
        items={corrections.items}
        corpus={loaded.corpus}
        onUndo={corrections.undo}
        onRemove={corrections.remove}
        onDownload={download}
      />
    );
    return (
      <>
        <ErrorBoundary fallback={(error, reset) => <CrashScreen error={error} onReset={reset} />}>
          <CorrectionsContext.Provider value={corrections.api}>
            <Explorer data={corrected} corpusUrl={url} headerExtra={menu} />
          </CorrectionsContext.Provider>
        </ErrorBoundary>
        {lost && <CorpusLost error={lost} />}
      </>
    );
  }

  let content;
  if (failed)
    content = (
      <CorpusErrorView
        error={failed}
        onRetry={retry}
        onOpenBundled={elsewhere}
        onAddArticles={openOwnArticles}
      />
    );
  else if (loaded) content = <EmptyCorpus corpus={loaded.corpus} />;
  else if (cancelled)
    content = <LoadCancelled url={url} onRetry={retry} onOpenBundled={elsewhere} />;
  else if (query.isFetching || query.isPending)
    content = (
      <LoadingScreen url={url} progress={progress} onCancel={cancel} {...workspaceWording(url)} />
    );
  else
    content = (
      <CorpusErrorView
        error={query.error}
        onRetry={retry}
        onOpenBundled={elsewhere}
        onAddArticles={openOwnArticles}
      />
    );

  return (
    <div className="app app--status">
      <AppHeader />
      <main id="main" className="app-main app-main--status" aria-busy={query.isFetching}>
        {content}
      </main>
    </div>
  );
}

function CrashScreen({ error, onReset }: { error: Error; onReset: () => void }) {
  return (
    <div className="app app--status">
      <AppHeader />
      <main id="main" className="app-main app-main--status">
        <Alert
          title="Something went wrong while showing this view"
          action={{ label: 'Try again', onClick: onReset }}
        >
          <pre>{error.message}</pre>
        </Alert>
      </main>
    </div>
  );
}
