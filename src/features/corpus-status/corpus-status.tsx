import type { SlimCorpus } from '../../corpus/slim-corpus.ts';
import type { LoadProgress } from '../../corpus/fetch-corpus.ts';
import { CorpusError } from '../../corpus/corpus-error.ts';
import { Alert } from '../../components/alert.tsx';
import { formatBytes, formatCount } from '../../components/format.ts';
import './corpus-status.css';

/** Download progress: a determinate bar when the size is known, else bytes so far. */
export function LoadingScreen({ url, progress }: { url: string; progress: LoadProgress | null }) {
  const loaded = progress?.loaded ?? 0;
  const total = progress?.total ?? null;
  const percent = total ? Math.min(100, Math.round((100 * loaded) / total)) : null;
  const text =
    total !== null
      ? `${formatBytes(loaded)} of ${formatBytes(total)}`
      : loaded > 0
        ? `${formatBytes(loaded)} received`
        : 'Connecting…';
  return (
    <div className="loading">
      <p className="loading__title" id="loading-title">
        Loading corpus
      </p>
      <p className="loading__url">{url}</p>
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
    </div>
  );
}

const TITLES: Record<CorpusError['kind'], string> = {
  http: 'The corpus could not be downloaded',
  network: 'The corpus could not be reached',
  json: 'The corpus file is not valid JSON',
  schema: 'The corpus does not match the expected format',
};

/** Why the corpus failed, in the user's terms, with a way to try again. */
export function CorpusErrorView({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const kind = error instanceof CorpusError ? error.kind : null;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Alert
      title={kind ? TITLES[kind] : 'Something went wrong while loading the corpus'}
      action={{ label: 'Retry', onClick: onRetry }}
    >
      <pre>{message}</pre>
    </Alert>
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
