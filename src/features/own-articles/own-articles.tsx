import { useEffect, useRef, useState, type DragEvent } from 'react';
import { formatCount } from '../../components/format.ts';
import { corpusKeyForUrl } from '../../loader/stored-correction.ts';
import { warmCorpusWorker } from '../../loader/corpus-worker-client.ts';
import { BOTH_WORKSPACE_URL, WORKSPACE_URL } from '../../loader/corpus-query.ts';
import { ingestFiles, type IngestOutcome, type IngestRun } from '../../loader/ingest-client.ts';
import type { IngestFile, IngestProgress } from '../../loader/ingest-protocol.ts';
import { progressText } from './progress-text.ts';
import type { StoredWorkspace } from '../../loader/workspace-store.ts';
import { filesFromDrop, filesFromList } from './dropped-files.ts';
import './own-articles.css';

/** Which corpus the explorer shows: the bundled one, the user's own articles, or both merged. */
export type WorkspaceChoice = 'bundled' | 'own' | 'both';

const ACCEPT = '.txt,.md,.markdown,.html,.htm';

// IndexedDB code (idb) loads on use, as the corrections store does: off the page's first load.
const workspaceStore = () => import('../../loader/workspace-store.ts');
const correctionsStore = () => import('../../loader/corrections-store.ts');

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; progress: IngestProgress | null }
  | { kind: 'done'; outcome: IngestOutcome }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * "Add your articles": drop files or a folder, pick them, or paste a text; they are ingested in a
 * worker with progress and Cancel, kept in this browser as the workspace, and shown on demand.
 * Nothing is sent anywhere: the files are read by this page only.
 */
export function OwnArticles({
  choice,
  onShow,
}: {
  choice: WorkspaceChoice;
  /** Switches the explorer to a corpus; `fresh` when the stored workspace just changed. */
  onShow: (choice: WorkspaceChoice, fresh?: boolean) => void;
}) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [stored, setStored] = useState<StoredWorkspace | null>(null);
  const [over, setOver] = useState(false);
  const [pasted, setPasted] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const run = useRef<IngestRun | null>(null);

  useEffect(() => {
    let live = true;
    void workspaceStore()
      .then((store) => store.readWorkspace())
      .then((workspace) => live && setStored(workspace));
    return () => {
      live = false;
      run.current?.cancel();
    };
  }, []);

  const start = (files: IngestFile[]) => {
    if (files.length === 0 || phase.kind === 'running') return;
    setNote(null);
    // Marks for npm run bench (scripts/bench/measure-own-articles.ts): where the time goes.
    performance.mark('own:start');
    setPhase({ kind: 'running', progress: null });
    const current = ingestFiles(files, (progress) => setPhase({ kind: 'running', progress }));
    // The workspace opens in a corpus worker when the run ends: have it loaded by then.
    warmCorpusWorker();
    run.current = current;
    current.result.then(
      async (outcome) => {
        run.current = null;
        if (!outcome) {
          setPhase({ kind: 'cancelled' });
          return;
        }
        performance.mark('own:ingested', {
          detail: { ...outcome.summary.phases, elapsedMs: outcome.summary.elapsedMs },
        });
        setPhase({ kind: 'done', outcome });
        if (outcome.summary.articles === 0) return;
        const workspace = {
          corpusJson: outcome.corpusJson,
          savedAt: new Date().toISOString(),
          articles: outcome.summary.articles,
        };
        // The explorer opens this page's copy at once; IndexedDB writes it meanwhile (for the
        // next visit), rather than the page waiting for it to write and then read it back.
        void (await workspaceStore()).saveWorkspace(workspace).then(
          () => performance.mark('own:saved'),
          () => setNote('This browser did not keep the workspace: it will be gone after a reload.'),
        );
        setStored(workspace);
        // Merged with the bundled corpus if that is what the reader was looking at.
        onShow(choice === 'both' ? 'both' : 'own', true);
      },
      (error: unknown) => {
        run.current = null;
        setPhase({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      },
    );
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void filesFromDrop(event.dataTransfer).then(start);
  };

  const openCorpusFile = async (file: File | undefined) => {
    if (!file) return;
    const workspace = {
      corpusJson: await file.text(),
      savedAt: new Date().toISOString(),
      articles: 0,
    };
    await workspaceStore()
      .then((store) => store.saveWorkspace(workspace))
      .catch(() => {});
    setStored(workspace);
    onShow('own', true);
  };

  const running = phase.kind === 'running';
  return (
    <div className="own-articles">
      <p className="own-articles__privacy" id="own-articles-privacy">
        <strong>Private:</strong> your files are read by this page, in this browser. Nothing is
        uploaded or sent anywhere; the workspace is kept on this device only.
      </p>
      <div
        className={over ? 'own-articles__drop own-articles__drop--over' : 'own-articles__drop'}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        aria-describedby="own-articles-privacy"
      >
        <p className="own-articles__drop-title">Drop articles or a folder here</p>
        <p className="own-articles__drop-hint">.txt, .md, .html or .htm, one article per file</p>
        <div className="own-articles__pickers">
          <label className="button">
            Choose files…
            <input
              className="visually-hidden"
              type="file"
              multiple
              accept={ACCEPT}
              disabled={running}
              onChange={(event) => {
                start(filesFromList(event.currentTarget.files));
                event.currentTarget.value = '';
              }}
            />
          </label>
          <label className="button">
            Choose a folder…
            <input
              className="visually-hidden"
              type="file"
              multiple
              disabled={running}
              ref={(input) => input?.setAttribute('webkitdirectory', '')}
              onChange={(event) => {
                start(filesFromList(event.currentTarget.files));
                event.currentTarget.value = '';
              }}
            />
          </label>
        </div>
      </div>

      <details className="own-articles__paste">
        <summary>Paste an article</summary>
        <label htmlFor="own-articles-paste">Article text (first line: the title)</label>
        <textarea
          id="own-articles-paste"
          rows={6}
          value={pasted}
          onChange={(event) => setPasted(event.currentTarget.value)}
        />
        <button
          type="button"
          className="button"
          disabled={running || pasted.trim() === ''}
          onClick={() => start([{ path: 'pasted.txt', blob: new Blob([pasted]) }])}
        >
          Add pasted text
        </button>
      </details>

      {phase.kind === 'running' && (
        <div className="own-articles__progress">
          <p id="own-articles-progress-label">Reading your articles</p>
          <div
            className="own-articles__bar"
            role="progressbar"
            aria-labelledby="own-articles-progress-label"
            aria-valuemin={0}
            aria-valuemax={phase.progress?.total ?? 0}
            aria-valuenow={phase.progress?.done ?? 0}
            aria-valuetext={progressText(phase.progress)}
          >
            <div
              className="own-articles__fill"
              style={{
                width: `${phase.progress?.total ? (100 * phase.progress.done) / phase.progress.total : 0}%`,
              }}
            />
          </div>
          <p aria-live="polite">{progressText(phase.progress)}</p>
          <button type="button" className="button" onClick={() => run.current?.cancel()}>
            Cancel
          </button>
        </div>
      )}
      {phase.kind === 'cancelled' && <p role="status">Cancelled: nothing was added.</p>}
      {phase.kind === 'failed' && (
        <p role="alert">The articles could not be read: {phase.message}</p>
      )}
      {phase.kind === 'done' && <Outcome outcome={phase.outcome} />}
      {note && <p role="status">{note}</p>}

      <section className="own-articles__workspace" aria-labelledby="own-articles-workspace">
        <h3 id="own-articles-workspace">Kept in this browser</h3>
        <fieldset>
          <legend>Workspace</legend>
          <label>
            <input
              type="radio"
              name="workspace-choice"
              checked={choice === 'bundled'}
              onChange={() => onShow('bundled')}
            />
            The bundled corpus
          </label>
          <label>
            <input
              type="radio"
              name="workspace-choice"
              checked={choice === 'own'}
              disabled={!stored}
              onChange={() => onShow('own')}
            />
            My articles
            {stored && stored.articles > 0 && ` (${formatCount(stored.articles, 'article')})`}
          </label>
          <label>
            <input
              type="radio"
              name="workspace-choice"
              checked={choice === 'both'}
              disabled={!stored}
              onChange={() => onShow('both')}
            />
            Both, merged
          </label>
        </fieldset>
        <div className="own-articles__actions">
          <button
            type="button"
            className="button"
            disabled={!stored}
            onClick={() => stored && download(stored.corpusJson, 'corpus.json')}
          >
            Download workspace corpus (corpus.json)
          </button>
          <label className="button">
            Open corpus.json…
            <input
              className="visually-hidden"
              type="file"
              accept=".json,application/json"
              onChange={(event) => {
                void openCorpusFile(event.currentTarget.files?.[0]);
                event.currentTarget.value = '';
              }}
            />
          </label>
          <button
            type="button"
            className="button"
            disabled={!stored}
            onClick={() => {
              // The workspace's corrections go with it (kept per workspace: corrections-store.ts).
              void Promise.all([
                workspaceStore().then((store) => store.clearWorkspace()),
                ...[WORKSPACE_URL, BOTH_WORKSPACE_URL].map((url) =>
                  correctionsStore().then((store) =>
                    store.saveCorrections(corpusKeyForUrl(url), []),
                  ),
                ),
              ]).then(() => {
                setStored(null);
                setPhase({ kind: 'idle' });
                onShow('bundled');
              });
            }}
          >
            Clear workspace
          </button>
        </div>
      </section>
    </div>
  );
}

function Outcome({ outcome }: { outcome: IngestOutcome }) {
  const { summary } = outcome;
  return (
    <div className="own-articles__outcome">
      <p role="status">
        Read {formatCount(summary.articles, 'article')}: {formatCount(summary.quotes, 'quote')},{' '}
        {formatCount(summary.actors, 'actor')}, in {seconds(summary.elapsedMs)}.
        {summary.articles === 0 && ' Nothing to show.'}
      </p>
      {summary.rejected.length > 0 && (
        <section aria-labelledby="own-articles-rejected">
          <h3 id="own-articles-rejected">
            {formatCount(summary.rejected.length, 'file')} not read
          </h3>
          <ul className="own-articles__rejected">
            {summary.rejected.map((r) => (
              <li key={r.file}>
                <span className="own-articles__file">{r.file}</span>: {r.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
