import type { SlimCorpus } from '../../corpus/slim-corpus.ts';
import type { LoadProgress } from '../../loader/read-body.ts';
import { CorpusError } from '../../corpus/corpus-error.ts';
import { Alert } from '../../components/alert.tsx';
import { formatBytes, formatCount } from '../../components/format.ts';
import './corpus-status.css';

/**
 * Download progress: a determinate bar when the size is known, else bytes so far; and Cancel.
 * `source` replaces the address line and `waiting` the text before the first byte, for a corpus
 * that is not downloaded (a workspace read from this browser).
 */
export function LoadingScreen({
  url,
  progress,
  onCancel,
  source = url,
  waiting = 'Connecting…',
}: {
  url: string;
  progress: LoadProgress | null;
  onCancel?: () => void;
  source?: string;
  waiting?: string;
}) {
  const loaded = progress?.loaded ?? 0;
  const total = progress?.total ?? null;
  const percent = total ? Math.min(100, Math.round((100 * loaded) / total)) : null;
  const text =
    total !== null
      ? `${formatBytes(loaded)} of ${formatBytes(total)}`
      : loaded > 0
        ? `${formatBytes(loaded)} received`
        : waiting;
  return (
    <div className="loading">
      <p className="loading__title" id="loading-title">
        Loading corpus
      </p>
      <p className={source === url ? 'loading__url' : 'loading__url loading__url--prose'}>
        {source}
      </p>
      <div
        className="loading__bar"
        role="progressbar"
        aria-labelledby="loading-title"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={text}
      >
        <div
          className={
            percent === null ? 'loading__fill loading__fill--indeterminate' : 'loading__fill'
          }
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
      <p className="loading__text" aria-live="polite">
        {text}
      </p>
      {onCancel && (
        <button type="button" className="button loading__cancel" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}

const TITLES: Record<CorpusError['kind'], string> = {
  http: 'The corpus could not be downloaded',
  network: 'The corpus could not be reached',
  json: 'The corpus file is not valid JSON',
  schema: 'The corpus does not match the expected format',
  limit: 'The corpus is too large for this app',
  encoding: 'The corpus file is not UTF-8 text',
  timeout: 'The corpus server stopped answering',
  origin: 'This site does not load corpora from there',
  worker: 'The corpus loader stopped',
  absent: 'No workspace is kept in this browser',
};

/**
 * Why the corpus failed, in the user's terms, with a way to try again and, when the failing
 * corpus is not the bundled one, a way out to it (`onOpenBundled`).
 */
export function CorpusErrorView({
  error,
  onRetry,
  onOpenBundled,
  onAddArticles,
}: {
  error: unknown;
  onRetry: () => void;
  onOpenBundled?: () => void;
  /** For a workspace this browser does not keep: adding articles, not retrying, helps. */
  onAddArticles?: () => void;
}) {
  const kind = error instanceof CorpusError ? error.kind : null;
  const message = error instanceof Error ? error.message : String(error);
  const action =
    kind === 'absent' && onAddArticles
      ? { label: 'Add your articles', onClick: onAddArticles }
      : { label: 'Retry', onClick: onRetry };
  return (
    <Alert
      title={kind ? TITLES[kind] : 'Something went wrong while loading the corpus'}
      action={action}
      moreActions={
        onOpenBundled ? [{ label: 'Open the bundled corpus', onClick: onOpenBundled }] : []
      }
    >
      <pre>{message}</pre>
    </Alert>
  );
}

/** The user stopped the download: nothing is wrong, offer to start again or go elsewhere. */
export function LoadCancelled({
  url,
  onRetry,
  onOpenBundled,
}: {
  url: string;
  onRetry: () => void;
  onOpenBundled?: () => void;
}) {
  return (
    <Alert
      title="Loading cancelled"
      tone="info"
      action={{ label: 'Retry', onClick: onRetry }}
      moreActions={
        onOpenBundled ? [{ label: 'Open the bundled corpus', onClick: onOpenBundled }] : []
      }
    >
      <p>
        The download of <code>{url}</code> was stopped.
      </p>
    </Alert>
  );
}

/**
 * The corpus stopped working after it loaded (its worker died): say so over whatever is shown,
 * and offer the one thing that helps, a reload.
 */
export function CorpusLost({ error }: { error: CorpusError }) {
  return (
    <div className="corpus-lost">
      <Alert
        title="The corpus stopped working"
        action={{ label: 'Reload', onClick: () => window.location.reload() }}
      >
        <p>{error.message} Article texts and search are unavailable until the page is reloaded.</p>
      </Alert>
    </div>
  );
}

/**
 * Which corpus is shown when it is not the one this site bundles: its host and full address,
 * always visible, so a shared link cannot pass off someone else's data as this site's.
 * `href` is the corpus URL resolved against the page.
 */
export function CorpusOriginBanner({
  href,
  onOpenBundled,
}: {
  href: string;
  onOpenBundled: () => void;
}) {
  let url: URL | null = null;
  try {
    url = new URL(href);
  } catch {
    // Not an address at all: the load fails and says so; show it as given meanwhile.
  }
  const ownSite = url?.origin === window.location.origin;
  return (
    <div className="corpus-origin" role="note" aria-label="Corpus source">
      <span className="corpus-origin__label">
        {ownSite || !url
          ? 'Not the bundled corpus:'
          : `Corpus from ${url.host}, not from this site:`}
      </span>{' '}
      <code className="corpus-origin__url">{url?.href ?? href}</code>
      <button type="button" className="button button--small" onClick={onOpenBundled}>
        Open the bundled corpus
      </button>
    </div>
  );
}

/** A valid corpus with nothing to show: say so and say why it may be. */
export function EmptyCorpus({ corpus }: { corpus: SlimCorpus }) {
  return (
    <Alert title="This corpus has no quotes" tone="info">
      <p>
        It holds {formatCount(corpus.articles.length, 'article')} and{' '}
        {formatCount(corpus.actors.length, 'actor')}, but no quotes were extracted, so there is no
        network to show.
      </p>
      {corpus.rejected.length > 0 && (
        <>
          <p>{formatCount(corpus.rejected.length, 'file was', 'files were')} rejected at ingest:</p>
          <ul>
            {corpus.rejected.map((r) => (
              <li key={r.file}>
                <code>{r.file}</code>: {r.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </Alert>
  );
}
